#pragma once

#include "extract/ArticleExtractor.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractTableModel>
#include <QPointer>

class Document;

// The deals and valuations an article states (ArticleExtractor), one row each, for a person to
// check, edit in place and accept or reject one by one. Accepted rows become the document's deals,
// valuations and new companies, each citing the article (accepted()).
//
// Cells are edited as text in the user's language: companies by name (a name the document does not
// know becomes a new company), amounts in billions of USD as in the deals table (empty:
// undisclosed), dates as DateInput reads them; kinds, amount kinds and precisions by choice (the
// ChoicesRole lists them for the row).
class ProposalTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString lastEditError READ lastEditError)
public:
    enum Column {
        AcceptColumn,
        WhatColumn,
        FromColumn,
        ToColumn,
        KindColumn,
        AmountColumn,
        AmountKindColumn,
        DateColumn,
        PrecisionColumn,
        ColumnCount
    };
    enum Roles {
        ChoicesRole = ItemRoles::Choices, // the choices of an enum cell, for this row
        ProblemRole = Qt::UserRole + 1, // why this row cannot be accepted as it stands; empty when it can
    };

    struct Row
    {
        bool isValuation = false;
        bool accepted = true;
        DealProposal deal; // when !isValuation
        ValuationProposal valuation; // when isValuation
        const ArticleEvidence &evidence() const { return isValuation ? valuation.evidence : deal.evidence; }
    };

    // What accepting the rows adds to the document, every deal and valuation citing the source.
    struct Additions
    {
        QList<Company> companies;
        QList<Deal> deals;
        QList<Valuation> valuations;
        bool isEmpty() const { return companies.isEmpty() && deals.isEmpty() && valuations.isEmpty(); }
    };

    explicit ProposalTableModel(const Document *document, QObject *parent = nullptr);

    // Replaces the rows: the result's deals first, then its valuations, all accepted. A note the
    // extractor wrote (an amount in another currency) goes into the note of the article's language.
    void setProposals(const ExtractionResult &result);
    void clear();
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setAllAccepted(bool accepted);
    int acceptedCount() const;
    // Why an accepted row cannot go in ("Row 2: who pays is missing."), one line each.
    QStringList problems() const;
    QString lastEditError() const { return m_lastEditError; }

    // The accepted rows as the document's new entities, with fresh ids; empty while problems()
    // is not. New companies named by several rows are added once.
    Additions accepted(const Source &source) const;

    // Call after the language changed.
    void retranslate();

Q_SIGNALS:
    void acceptedChanged();

private:
    QString problem(const Row &row) const;
    QString partyText(const ProposedCompany &party) const;
    ProposedCompany partyFor(const QString &text) const;
    bool refuse(const QString &reason)
    {
        m_lastEditError = reason;
        return false;
    }

    QPointer<const Document> m_document;
    QList<Row> m_rows;
    Language m_articleLanguage = Language::English;
    QString m_lastEditError;
};
