#pragma once

#include "analysis/AmountTotals.h"

#include <QDate>

// A cycle of deals along which money leaves a company and comes back to it:
// legs[i] is paid by companyIds[i] to companyIds[(i + 1) % length()].
struct CircularFlow
{
    enum class Bound {
        Exact, // every leg is a firm disclosed amount: the round trip is the smallest leg
        AtMost, // some legs are undisclosed, up-to ceilings or estimates: at most the smallest amount
        Unknown, // no leg is disclosed
    };

    QStringList companyIds;
    QList<Deal> legs;
    std::optional<Money> roundTrip; // the smallest disclosed amount on the cycle
    Bound bound = Bound::Unknown;
    int undisclosedLegs = 0;
    // Every disclosed leg committed or reported (no "up to" ceilings, no estimates).
    bool allLegsFirm = false;
    // An investment (equity, loan) and a purchase (compute, chips) on the same cycle.
    bool vendorFinancing = false;
    QDate firstDate;
    QDate lastDate;
    // In time order: going round from some leg, each leg is on or after the one before (periods
    // that overlap count as on or after) and the last starts within the window of the first.
    // timeOrderStart is that first leg (the earliest such start); -1 when there is none.
    bool inTimeOrder = false;
    int timeOrderStart = -1;
    // The purchase came first: a purchase leg (compute, chips) ended before the first investment
    // leg (equity, loan) began — the money went out as a sale before it came back as an investment.
    bool purchaseBeforeInvestment = false;

    int length() const { return int(legs.size()); }
    QStringList dealIds() const;
    // Fills inTimeOrder, timeOrderStart and purchaseBeforeInvestment for a window in months.
    void orderInTime(int windowMonths);
    static QString boundKey(Bound bound); // "exact", "at_most", "unknown"

    // Fills the derived fields from companyIds and legs, starting the cycle at the investor
    // of its largest investment leg when it has one (so "Microsoft → Anthropic → Microsoft").
    void finish();
    // Ranking: exact round trips before upper bounds before unknown ones; within each, the larger
    // round trip first; then shorter cycles; then by deal ids.
    static bool ranksBefore(const CircularFlow &a, const CircularFlow &b);
    // As ranksBefore, with the cycles in time order first.
    static bool ranksBeforeInTime(const CircularFlow &a, const CircularFlow &b);
};

// What can pass along a chain of deals (a cycle or a path): the smallest disclosed leg, and how
// sure that is — exact only when every leg is a firm, disclosed amount (an "up to" ceiling or an
// estimate on the way, even above the smallest firm leg, may be less).
struct ChainBound
{
    std::optional<Money> smallest;
    CircularFlow::Bound bound = CircularFlow::Bound::Unknown;
    int undisclosedLegs = 0;
    bool allLegsFirm = true; // every disclosed leg committed or reported
    QDate firstDate;
    QDate lastDate;
};
ChainBound chainBound(const QList<Deal> &legs);
// The ranking of chains of deals (cycles and paths): exact amounts before upper bounds before
// unknown ones; within each, the larger amount first; then the shorter chain; then by deal ids.
bool chainRanksBefore(CircularFlow::Bound aBound, const std::optional<Money> &aAmount, const QStringList &aDeals,
    CircularFlow::Bound bBound, const std::optional<Money> &bAmount, const QStringList &bDeals);

struct CycleSearchOptions
{
    int maxLength = 4; // deals per cycle, at least 2
    // Circuits hawick_circuits may report (of any length) before the search is stopped. The
    // algorithm does O(V+E) work between two reports, so this bounds the total work.
    qint64 workBudget = 200'000;
    int maxCycles = 20'000; // deal cycles kept after parallel deals are expanded
    // Whether a cycle is in time order (CircularFlow::inTimeOrder) is judged within this window.
    int timeWindowMonths = 24;
    // Count a circular flow only when it is in time order; the others are still listed, after
    // them. Off: every cycle counts, ranked by its round trip alone.
    bool countOnlyInTimeOrder = true;
};

struct CycleSearchResult
{
    QList<CircularFlow> cycles; // ranked
    bool truncated = false; // the work budget or maxCycles stopped the search
    qint64 circuitsExamined = 0;
    int stronglyConnectedComponents = 0; // with at least two companies
    int inTimeOrder = 0; // cycles in time order within the window
    // The cycles that count: those in time order, or all when the options do not ask for it.
    int counted() const { return options.countOnlyInTimeOrder ? inTimeOrder : int(cycles.size()); }
    CycleSearchOptions options;
};
