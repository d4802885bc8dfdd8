#pragma once

#include "analysis/CircularFlow.h"
#include "analysis/MoneyPaths.h"
#include "analysis/CompanyFlows.h"
#include "analysis/Importance.h"
#include "analysis/VendorFinancing.h"
#include "analysis/WhatIf.h"
#include "model/DealFilter.h"

#include <functional>

class DealGraph;

struct AnalysisOptions
{
    DealFilter deals; // the deals analysed (superseded ones are always left out)
    CycleSearchOptions cycles;
};

// Everything the Analysis dock and --analyze show, computed over the deals of a date range.
// What-if results depend on the company picked, so they are computed on demand.
struct CapitalFlowAnalysis
{
    AnalysisOptions options;
    QList<CompanyFlow> flows;
    CycleSearchResult cycles;
    QList<VendorFinancing> vendorFinancing;
    QList<Importance> importance;
    int betweennessSources = 0; // ImportanceResult::sources: fewer than importance.size() when estimated

    // cancelled, when given, is asked now and then (from the thread running the analysis); once it
    // says yes the run ends early with an incomplete result, which the caller drops.
    static CapitalFlowAnalysis run(
        const DealGraph &graph, const AnalysisOptions &options, const std::function<bool()> &cancelled = {});
    static WhatIfResult whatIf(const DealGraph &graph, const AnalysisOptions &options, const QString &companyId);
    // Money paths between two companies over the same deals as the analysis (superseded ones left out).
    static PathSearchResult paths(const DealGraph &graph, const AnalysisOptions &options, const QString &fromId,
        const QString &toId, const PathSearchOptions &pathOptions);
};
