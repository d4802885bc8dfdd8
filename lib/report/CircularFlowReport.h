#pragma once

#include "i18n/Language.h"
#include "report/ReportTable.h"

class DealGraph;
struct CapitalFlowAnalysis;

// The report's page on circular flows: the highest-ranked cycles with their deals, round trip and
// vendor-financing pattern. No table when the analysis found no cycle.
QList<ReportTable> circularFlowReport(const DealGraph &graph, const CapitalFlowAnalysis &analysis, Language language);
