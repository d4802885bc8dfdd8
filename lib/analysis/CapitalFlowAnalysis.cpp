#include "analysis/CapitalFlowAnalysis.h"

#include "analysis/CircularFlowFinder.h"
#include "graph/FilteredDealGraph.h"

namespace {
DealFilter filterFor(const AnalysisOptions &options)
{
    DealFilter filter = options.deals;
    filter.dropSuperseded = true; // what was replaced never happened
    return filter;
}
} // namespace

CapitalFlowAnalysis CapitalFlowAnalysis::run(const DealGraph &graph, const AnalysisOptions &options)
{
    const FilteredDealGraph view(graph, filterFor(options));
    CapitalFlowAnalysis result;
    result.options = options;
    result.flows = CompanyFlows::compute(view);
    result.cycles = CircularFlowFinder::find(view, options.cycles);
    result.vendorFinancing = VendorFinancingAnalysis::compute(view);
    result.importance = ImportanceAnalysis::compute(view);
    return result;
}

WhatIfResult CapitalFlowAnalysis::whatIf(
    const DealGraph &graph, const AnalysisOptions &options, const QString &companyId)
{
    const FilteredDealGraph view(graph, filterFor(options));
    return WhatIf::removeCompany(view, companyId);
}

PathSearchResult CapitalFlowAnalysis::paths(const DealGraph &graph, const AnalysisOptions &options,
    const QString &fromId, const QString &toId, const PathSearchOptions &pathOptions)
{
    const FilteredDealGraph view(graph, filterFor(options));
    return MoneyPaths::find(view, fromId, toId, pathOptions);
}
