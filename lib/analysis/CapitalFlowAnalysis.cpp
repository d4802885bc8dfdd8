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

CapitalFlowAnalysis CapitalFlowAnalysis::run(
    const DealGraph &graph, const AnalysisOptions &options, const std::function<bool()> &cancelled)
{
    auto stop = [&cancelled] { return cancelled && cancelled(); };
    const FilteredDealGraph view(graph, filterFor(options));
    CapitalFlowAnalysis result;
    result.options = options;
    result.flows = CompanyFlows::compute(view);
    if (stop())
        return result;
    result.cycles = CircularFlowFinder::find(view, options.cycles);
    if (stop())
        return result;
    result.vendorFinancing = VendorFinancingAnalysis::compute(view);
    if (stop())
        return result;
    ImportanceResult importance = ImportanceAnalysis::compute(view, ImportanceAnalysis::defaultWork, cancelled);
    result.importance = std::move(importance.companies);
    result.betweennessSources = importance.sources;
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
