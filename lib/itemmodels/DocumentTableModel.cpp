#include "itemmodels/DocumentTableModel.h"

#include "document/Document.h"

DocumentTableModel::DocumentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentTableModel::setDocument(Document *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_ids = document ? currentIds() : QStringList();
    rowsChanged();
    endResetModel();
    if (!document)
        return;
    connect(document, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &Document::reset, this, [this] {
        m_ids = currentIds();
        rowsChanged();
        endResetModel();
    });
    // Company names appear in deal rows and deal counts in company rows: refresh on any change.
    connect(document, &Document::companyChanged, this, &DocumentTableModel::refreshAll);
    connect(document, &Document::dealChanged, this, &DocumentTableModel::refreshAll);
    connect(document, &Document::valuationChanged, this, &DocumentTableModel::refreshAll);
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void DocumentTableModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    refreshAll();
}

void DocumentTableModel::entityAdded(const QString &id)
{
    if (m_ids.contains(id) || !currentIds().contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids << id;
    rowsChanged();
    endInsertRows();
    refreshAll();
}

void DocumentTableModel::entityChanged(const QString &id)
{
    const int row = rowOf(id);
    rowsChanged();
    if (row >= 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void DocumentTableModel::entityAboutToBeRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_removing = id;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    rowsChanged();
}

void DocumentTableModel::entityRemoved(const QString &id)
{
    if (m_removing != id)
        return;
    m_removing.clear();
    endRemoveRows();
    refreshAll();
}

void DocumentTableModel::refreshAll()
{
    rowsChanged();
    if (!m_ids.isEmpty() && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
}
