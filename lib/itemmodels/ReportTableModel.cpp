#include "itemmodels/ReportTableModel.h"

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QStringList &row = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return row.value(index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_table.columns.value(index.column()).alignment | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == m_table.markerColumn && index.row() < m_table.rowMarkers.size()
            && m_table.rowMarkers.at(index.row()).alpha() > 0)
            return m_table.rowMarkers.at(index.row());
        return {};
    case DealIdsRole: return m_table.rowDeals.value(index.row());
    case CompanyIdsRole: return m_table.rowCompanies.value(index.row());
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section >= m_table.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_table.columns.at(section).alignment | Qt::AlignVCenter);
    return {};
}
