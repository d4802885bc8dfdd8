#pragma once

#include <QSortFilterProxyModel>

// Sorts a DocumentTableModel by its SortRole values, as QSortFilterProxyModel does, but with each
// row's value made once (DocumentTableModel::sortLess) rather than twice per comparison: the
// companies table of a 300,000-company document sorted in seconds, now in a fraction of one.
class DocumentSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DocumentSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
