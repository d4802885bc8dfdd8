#pragma once

#include "model/Enums.h"
#include "model/Sources.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

// Sorts deals by their raw values and filters them by text, deal kinds, a date range and the
// standing of their sources.
class DealFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DealFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setDealKinds(const QSet<DealKind> &kinds); // empty: all
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to); // period overlaps range
    // With a table, only deals backed by a primary source or a news outlet it rates (as
    // DealFilter::reputableSources); without, all.
    void setReputableSources(std::optional<Sources::TierTable> tiers);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<DealKind> m_kinds;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    std::optional<Sources::TierTable> m_reputable;
};
