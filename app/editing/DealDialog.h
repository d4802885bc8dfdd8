#pragma once

#include "model/Entities.h"

#include "editing/EntityDialog.h"

class AmountEdit;
class CompanyField;
class FuzzyDateEdit;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class SourcesEdit;

// Enters a new deal or edits one. Every field is checked as it is typed: problems are marked on
// the field and listed with the reason, and OK stays disabled until there are none. Warnings
// (a company paying itself, a date far ahead, an exact duplicate) are shown but do not block.
// Its sources may each report their own figure and carry a rating; its relations to other deals
// (supersedes, part of, may overlap) are lists of deal ids, completed over the document's deals
// and checked like the other fields (DealRelations::problemsOf).
class DealDialog : public EntityDialog
{
    Q_OBJECT
public:
    // New deal.
    DealDialog(Editor *editor, QWidget *parent = nullptr);
    // Edit the deal with this id.
    DealDialog(Editor *editor, const QString &dealId, QWidget *parent = nullptr);

    // The deal as entered (valid only when errors() is empty), with a fresh id for a new deal.
    Deal deal() const;
    // Companies the deal names that do not exist yet and are to be created with it.
    QList<Company> newCompanies() const;
    QStringList warnings() const { return m_warnings; }
    // Pushes the edit through the Editor (one undo step); false when invalid.
    bool apply();

    void accept() override;

    // The field of a relation's deal ids ("D059, D060").
    QLineEdit *relationEdit(DealRelation relation) const;
    // New deal only: saves it (one undo step) and clears the fields for the next deal from the
    // same article, keeping its sources, date, precision and kind; false (nothing saved) when invalid.
    bool saveAndAddAnother();

private:
    void build();
    QWidget *buildRelations();
    void validate();
    QStringList relationIds(DealRelation relation) const;

    QString m_dealId; // empty: new deal
    CompanyField *m_from = nullptr;
    CompanyField *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    FuzzyDateEdit *m_date = nullptr;
    AmountEdit *m_amount = nullptr;
    QComboBox *m_amountKind = nullptr;
    QLineEdit *m_capacity = nullptr;
    SourcesEdit *m_sources = nullptr;
    QLineEdit *m_supersedes = nullptr;
    QLineEdit *m_partOf = nullptr;
    QLineEdit *m_overlaps = nullptr;
    QPlainTextEdit *m_noteEn = nullptr;
    QPlainTextEdit *m_noteDe = nullptr;
    QStringList m_warnings;
};
