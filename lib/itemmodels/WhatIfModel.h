#pragma once

#include "itemmodels/AnalysisTableModel.h"

// The deals partners lose when one company fails, directly and one step further. The result
// depends on the company picked, so it is computed here from the analysis options and the
// document's graph; setCompany() and setAnalysis() recompute it.
class WhatIfModel : public AnalysisTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, LoserColumn, DealColumn, FlowColumn, KindColumn, AmountColumn, ColumnCount };

    WhatIfModel(Document *document, QObject *parent = nullptr);

    void setCompany(const QString &companyId);
    QString company() const { return m_companyId; }
    const WhatIfResult &result() const { return m_result; }
    void recompute();

protected:
    void analysisReplaced() override;
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(int row, int column, int role, const Formatter &format) const override;
    bool isNumeric(int column) const override { return column == AmountColumn; }

private:
    QPointer<Document> m_doc;
    QString m_companyId;
    WhatIfResult m_result;
};
