#pragma once

#include "model/Entities.h"

#include <QDialog>

class AmountEdit;
class Document;
class Editor;
class FuzzyDateEdit;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class SourcesEdit;

// Enters a new valuation point or edits one: company, date with precision, value, kind, sources.
class ValuationDialog : public QDialog
{
    Q_OBJECT
public:
    // valuationId empty: a new valuation (of companyId, when given).
    ValuationDialog(Editor *editor, const QString &valuationId = QString(), const QString &companyId = QString(),
        QWidget *parent = nullptr);

    Valuation valuation() const;
    QStringList errors() const { return m_errors; }
    bool apply();
    void accept() override;

private:
    void validate();

    Editor *m_editor;
    Document *m_document;
    QString m_valuationId;
    QComboBox *m_company;
    FuzzyDateEdit *m_date;
    AmountEdit *m_value;
    QComboBox *m_kind;
    SourcesEdit *m_sources;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    QStringList m_errors;
};
