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

private:
    void build();
    void validate();

    QString m_dealId; // empty: new deal
    CompanyField *m_from = nullptr;
    CompanyField *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    FuzzyDateEdit *m_date = nullptr;
    AmountEdit *m_amount = nullptr;
    QComboBox *m_amountKind = nullptr;
    QLineEdit *m_capacity = nullptr;
    SourcesEdit *m_sources = nullptr;
    QPlainTextEdit *m_noteEn = nullptr;
    QPlainTextEdit *m_noteDe = nullptr;
    QStringList m_warnings;
};
