#pragma once

#include "report/ReportTable.h"

#include <QAbstractTableModel>

// A report table (report/ReportTable.h) on screen: the same rows the printed page has, with the
// row's deals and companies for lighting them in the other views. Replaced whole by setTable().
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { DealIdsRole = Qt::UserRole + 1, CompanyIdsRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};
