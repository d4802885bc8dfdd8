#pragma once

#include "analysis/AmountTotals.h"

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

namespace ImportanceAnalysis {
// One entry per company of the view, by betweenness, then weighted firm degree.
QList<Importance> compute(const FilteredDealGraph &graph);
} // namespace ImportanceAnalysis
