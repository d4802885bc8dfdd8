#pragma once

#include "analysis/CircularFlow.h"

#include <QSet>

class FilteredDealGraph;

// How money can reach one company from another: every simple directed path of deals (no company
// twice) from `from` to `to` through the filtered network, each leg a deal that moves money from
// its payer to its receiver (MoneyFlow::movesMoney: a divestment's seller is paid from outside, so
// a sale is no leg, as in circular flows). Parallel deals between two companies make distinct
// paths, each with its own amount.
struct MoneyPath
{
    QStringList companyIds; // from … to: one more than legs
    QList<Deal> legs;
    // What can pass: the smallest disclosed leg, and how sure that is (as for circular flows:
    // exact only when every leg is a firm disclosed amount).
    std::optional<Money> amount;
    CircularFlow::Bound bound = CircularFlow::Bound::Unknown;
    int undisclosedLegs = 0;
    QDate firstDate;
    QDate lastDate;

    int length() const { return int(legs.size()); }
    QStringList dealIds() const;
    // Ranking: exact before at-most before unknown; the larger amount first; then the shorter
    // path; then by deal ids.
    static bool ranksBefore(const MoneyPath &a, const MoneyPath &b);
};

struct PathSearchOptions
{
    int maxLength = 4; // deals per path, 1 to 8
    QSet<DealKind> kinds; // the legs' kinds; empty: every kind
    // Steps of the search (companies entered) before it stops, and paths kept.
    qint64 workBudget = 2'000'000;
    int maxPaths = 5'000;
};

struct PathSearchResult
{
    QList<MoneyPath> paths; // ranked
    bool truncated = false; // the work budget or maxPaths stopped the search
    qint64 stepsTaken = 0;
    PathSearchOptions options;
};

namespace MoneyPaths {
// The longest path searched (PathSearchOptions::maxLength is clamped to 1 … this).
constexpr int MaxLength = 8;
PathSearchResult find(
    const FilteredDealGraph &graph, const QString &fromId, const QString &toId, const PathSearchOptions &options = {});
} // namespace MoneyPaths
