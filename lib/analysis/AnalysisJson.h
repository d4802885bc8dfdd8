#pragma once

#include "analysis/CapitalFlowAnalysis.h"

#include <QJsonObject>
#include <QSet>

// The --analyze output: stable snake_case field names, amounts as exact decimal strings of USD,
// ids with names. When onlyCompanies is not empty, only entries that involve one of those company
// ids are written (the analysis itself always runs on the whole date range, so that cycles through
// other companies are still found).
namespace AnalysisJson {
QJsonObject write(const DealGraph &graph, const CapitalFlowAnalysis &analysis, const QSet<QString> &onlyCompanies = {});
} // namespace AnalysisJson
