#pragma once

#include "itemmodels/AnalysisTableModel.h"

// The circular flows, in rank order: path, round trip, vendor-financing pattern, time order
// ("purchase before investment"), certainty, deals, and each leg's date in time order.
// DealIdsRole and CompanyIdsRole give a row's deals and companies (for highlighting).
class CycleTableModel : public AnalysisTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        RoundTripColumn,
        PathColumn,
        PatternColumn,
        TimeOrderColumn,
        CertaintyColumn,
        DealsColumn,
        DatesColumn,
        ColumnCount
    };
    using AnalysisTableModel::AnalysisTableModel;

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(int row, int column, int role, const Formatter &format) const override;
    bool isNumeric(int column) const override { return column == RankColumn || column == RoundTripColumn; }
};
