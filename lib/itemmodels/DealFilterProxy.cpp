#include "itemmodels/DealFilterProxy.h"

#include "itemmodels/DealTableModel.h"

DealFilterProxy::DealFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DealTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DealFilterProxy::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DealFilterProxy::setDealKinds(const QSet<DealKind> &kinds)
{
    m_kinds = kinds;
    invalidateFilter();
}

void DealFilterProxy::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void DealFilterProxy::setReputableSources(std::optional<Sources::TierTable> tiers)
{
    m_reputable = std::move(tiers);
    invalidateFilter();
}

bool DealFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_kinds.isEmpty() && !m_kinds.contains(DealKind(model->data(first, DealTableModel::KindRole).toInt())))
        return false;
    // As in DealFilter, a deal is in the range when its period overlaps it ("2023" overlaps June 2023).
    const QDate start = model->data(first, DealTableModel::SortRole).toDate();
    const QDate end = model->data(first, DealTableModel::PeriodEndRole).toDate();
    if ((m_from && end < *m_from) || (m_to && start > *m_to))
        return false;
    if (m_reputable) {
        const auto *deals = qobject_cast<const DocumentTableModel *>(model);
        const Deal *deal = deals && deals->document() ? deals->document()->deal(deals->idAt(sourceRow)) : nullptr;
        if (deal && !m_reputable->isBackedByReputableSource(deal->sources))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->data(model->index(sourceRow, column, sourceParent)).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
