#pragma once

#include "i18n/Language.h"
#include "report/ReportTable.h"

class DealGraph;
struct NetworkChanges;

// What changed between two dates (NetworkChanges) as tables: totals by kind then and now (with
// the new companies and valuation points in its note), the new deals, and the valuation changes.
// The report's page "What changed between A and B" and the Compare window show the same tables.
namespace ChangesReport {
struct Tables
{
    ReportTable totals; // titled "What changed between A and B"; its note sums the changes up
    ReportTable newDeals;
    ReportTable valuations;
};
QString title(const NetworkChanges &changes, Language language);
// All new deals, or the first maxNewDeals by date (with a note saying so).
Tables build(const DealGraph &graph, const NetworkChanges &changes, Language language, int maxNewDeals = -1);
// The report's page: the totals, then the new deals (at most 60) and valuation changes when there
// are any.
QList<ReportTable> tables(const DealGraph &graph, const NetworkChanges &changes, Language language);
// "×3.0" in the language's number format.
QString factorText(double factor, Language language);
} // namespace ChangesReport
