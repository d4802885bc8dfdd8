#pragma once

#include "itemmodels/AnalysisTableModel.h"

// Per company: betweenness, weighted degree (firm amounts) and concentration of its inflow.
class ImportanceModel : public AnalysisTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        BetweennessColumn,
        InColumn,
        OutColumn,
        DealsColumn,
        LargestSourceColumn,
        ConcentrationColumn,
        ColumnCount
    };
    using AnalysisTableModel::AnalysisTableModel;

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(int row, int column, int role, const Formatter &format) const override;
    bool isNumeric(int column) const override { return column != CompanyColumn && column != LargestSourceColumn; }
};
