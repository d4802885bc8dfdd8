#pragma once

#include "io/CapflowFormat.h"

// Builds the bundled dataset from the sourced reference CSVs (resources/dataset/source):
// ai-companies.csv + ai-companies-extra.csv (German notes), ai-deals.csv + ai-deals-extra.csv
// (capacity, German notes) and ai-valuations.csv, each with its 2026 update (the same names with
// "-2026"); source-claims.csv (what each source reports), deal-relations.csv (supersedes, part
// of, overlaps) and seed-facts.csv (the rows the seed article states, which cite it first). Valuations have no precision column: a date on
// 1 January is year-precise, on the 1st of a month month-precise, otherwise day-precise.
namespace ReferenceImporter {
CapflowFormat::ReadResult read(const QString &directory);
}
