#include "itemmodels/DocumentSortProxy.h"

#include "itemmodels/DocumentTableModel.h"

DocumentSortProxy::DocumentSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

bool DocumentSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const DocumentTableModel *>(sourceModel());
    if (model && sortRole() == DocumentTableModel::SortRole && left.column() == right.column()
        && !isSortLocaleAware()) {
        if (const std::optional<bool> less = model->sortLess(left.row(), right.row(), left.column(), sortCaseSensitivity()))
            return *less;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
