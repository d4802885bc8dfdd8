#pragma once

#include "itemmodels/AnalysisTableModel.h"

// Per company: what its investors put in and what it committed back to them as purchases.
class VendorFinancingModel : public AnalysisTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        ReceivedColumn,
        BackColumn,
        RatioFirmColumn,
        RatioDisclosedColumn,
        InvestorsColumn,
        ColumnCount
    };
    using AnalysisTableModel::AnalysisTableModel;

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(int row, int column, int role, const Formatter &format) const override;
    bool isNumeric(int column) const override { return column >= ReceivedColumn && column <= RatioDisclosedColumn; }
};
