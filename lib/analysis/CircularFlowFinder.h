#pragma once

#include "analysis/CircularFlow.h"

class FilteredDealGraph;

// Finds circular flows with Boost.Graph: strong_components first, then hawick_circuits inside each
// component of two or more companies, stopped from its visitor by the length limit and the work
// budget. The search runs on the company graph with one arc per ordered pair; each company cycle
// is then expanded into one deal cycle per combination of parallel deals, because each combination
// is a distinct path the money can take and has its own round-trip amount. Self-loops and
// divestments (see MoneyFlow::movesMoney) are not part of any cycle.
namespace CircularFlowFinder {
CycleSearchResult find(const FilteredDealGraph &graph, const CycleSearchOptions &options = {});
} // namespace CircularFlowFinder
