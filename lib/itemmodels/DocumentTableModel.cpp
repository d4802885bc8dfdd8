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
    changedRows();
    endResetModel();
    if (!document)
        return;
    connect(document, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &Document::reset, this, [this] {
        m_ids = currentIds();
        changedRows();
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
    if (!showsId(id) || m_ids.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids << id;
    changedRows();
    endInsertRows();
    refreshAll();
}

void DocumentTableModel::entityChanged(const QString &id)
{
    const int row = rowOf(id);
    changedRows();
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
    changedRows();
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
    changedRows();
    if (!m_ids.isEmpty() && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
}

void DocumentTableModel::changedRows()
{
    m_sortValues.clear();
    m_sortColumn = -1;
    rowsChanged();
}

std::optional<bool> DocumentTableModel::sortLess(int rowA, int rowB, int column, Qt::CaseSensitivity cs) const
{
    const int rows = rowCount();
    if (rowA < 0 || rowB < 0 || rowA >= rows || rowB >= rows || column < 0 || column >= columnCount())
        return std::nullopt;
    if (m_sortColumn != column || int(m_sortValues.size()) != rows) {
        m_sortValues.assign(size_t(rows), QVariant());
        for (int row = 0; row < rows; ++row)
            m_sortValues[size_t(row)] = data(index(row, column), SortRole);
        m_sortColumn = column;
    }
    const QVariant &a = m_sortValues[size_t(rowA)], &b = m_sortValues[size_t(rowB)];
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::compare(*static_cast<const QString *>(a.constData()),
                   *static_cast<const QString *>(b.constData()), cs)
            < 0;
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Unordered)
        return std::nullopt;
    return order == QPartialOrdering::Less;
}
