#pragma once

#include "analysis/AmountTotals.h"

#include <QList>

#include <functional>

class FilteredDealGraph;

// How central a company is in the money graph (deals that move money, see MoneyFlow).
struct Importance
{
    QString companyId;
    int inDeals = 0;
    int outDeals = 0;
    AmountTotals in; // weighted in-degree, by certainty
    AmountTotals out; // weighted out-degree, by certainty
    // Brandes betweenness on the directed company graph (one arc per ordered pair, unweighted):
    // the number of shortest paths between other companies through this one, summed over ordered
    // pairs, each pair's paths weighted 1/(number of shortest paths).
    double betweenness = 0;
    double betweennessNormalized = 0; // divided by (n-1)(n-2), the most a vertex can have
    // The largest single source of firm inflow, and its share of all firm inflow.
    QString largestSourceId;
    Money largestSourceFirm;
    std::optional<double> concentration;
};

struct ImportanceResult
{
    QList<Importance> companies; // one per company of the view, by betweenness, then weighted firm degree
    // The companies whose shortest paths were followed. All of them (exact betweenness) unless
    // that is more work than the budget allows; then a sample of them, the same sample on every
    // run, and each company's betweenness is the sample's scaled to all sources (Brandes & Pich,
    // "Centrality estimation in large networks", 2007).
    int sources = 0;
    bool estimated() const { return sources < companies.size(); }
};

namespace ImportanceAnalysis {
// Arcs followed by the breadth-first searches of an exact betweenness of a network this size.
double exactWork(qsizetype companies, qsizetype arcs);
// The arcs the searches may follow in all; about 10^8 a second on one core.
inline constexpr double defaultWork = 4e8;
// cancelled, when given, is asked now and then; once it says yes the result is incomplete.
ImportanceResult compute(
    const FilteredDealGraph &graph, double maxWork = defaultWork, const std::function<bool()> &cancelled = {});
} // namespace ImportanceAnalysis
