#pragma once

#include "model/DealFilter.h"

#include "itemmodels/DocumentSortProxy.h"

// Sorts deals by their raw values and filters them by text and by the program's one deal filter
// (model/DealFilter.h): the deals table shows the deals the network and the analysis cover.
// The source model is a DealTableModel.
class DealFilterProxy : public DocumentSortProxy
{
    Q_OBJECT
public:
    explicit DealFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setDealFilter(const DealFilter &filter);
    const DealFilter &dealFilter() const { return m_filter; }
    // Parts of the filter, each keeping the rest.
    void setDealKinds(const QSet<DealKind> &kinds); // empty: all
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to); // period overlaps range
    // With a table, only deals backed by a primary source or a news outlet it rates; without, all.
    void setReputableSources(std::optional<Sources::TierTable> tiers);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    DealFilter m_filter;
};
