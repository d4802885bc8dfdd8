#pragma once

#include "model/Entities.h"

#include "editing/EntityDialog.h"

class AmountEdit;
class FuzzyDateEdit;
class QComboBox;
class SourcesEdit;

// Enters a new valuation point or edits one: company, date with precision, value, kind, sources
// (each optionally with the value it reports and a rating).
class ValuationDialog : public EntityDialog
{
    Q_OBJECT
public:
    // valuationId empty: a new valuation (of companyId, when given).
    ValuationDialog(Editor *editor, const QString &valuationId = QString(), const QString &companyId = QString(),
        QWidget *parent = nullptr);

    Valuation valuation() const;
    bool apply();
    void accept() override;
    // New valuation only: saves it and clears the value for the next one from the same article,
    // keeping the sources, date and precision; false (nothing saved) when invalid.
    bool saveAndAddAnother();

private:
    void validate();

    QString m_valuationId;
    QComboBox *m_company;
    FuzzyDateEdit *m_date;
    AmountEdit *m_value;
    QComboBox *m_kind;
    SourcesEdit *m_sources;
};
