#pragma once

#include "itemmodels/AnalysisTableModel.h"

// Money in and out per company, firm, up-to and estimated amounts in their own columns.
class FlowTableModel : public AnalysisTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        InFirmColumn,
        InUpToColumn,
        InEstimatedColumn,
        OutFirmColumn,
        OutUpToColumn,
        OutEstimatedColumn,
        NetFirmColumn,
        UndisclosedColumn,
        DealsColumn,
        ColumnCount
    };
    using AnalysisTableModel::AnalysisTableModel;

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(int row, int column, int role, const Formatter &format) const override;
};
