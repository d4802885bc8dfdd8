#include "itemmodels/DealFilterProxy.h"

#include "document/Document.h"
#include "itemmodels/DealTableModel.h"

DealFilterProxy::DealFilterProxy(QObject *parent)
    : DocumentSortProxy(parent)
{
    setSortRole(DealTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DealFilterProxy::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DealFilterProxy::setDealFilter(const DealFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

void DealFilterProxy::setDealKinds(const QSet<DealKind> &kinds)
{
    m_filter.dealKinds = kinds;
    invalidateFilter();
}

void DealFilterProxy::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_filter.from = from;
    m_filter.to = to;
    invalidateFilter();
}

void DealFilterProxy::setReputableSources(std::optional<Sources::TierTable> tiers)
{
    m_filter.reputableSources = std::move(tiers);
    invalidateFilter();
}

bool DealFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_filter.isEmpty()) {
        const auto *deals = qobject_cast<const DocumentTableModel *>(model);
        const Document *document = deals ? deals->document() : nullptr;
        const Deal *deal = document ? document->deal(deals->idAt(sourceRow)) : nullptr;
        if (deal && !m_filter.acceptsDeal(*deal, *document))
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
