#pragma once

#include "io/CapflowFormat.h"

// Deals as CSV, in the columns of the reference data (resources/dataset/source/ai-deals.csv) plus note_de:
// id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
// Companies are named, not referenced by id; several sources are separated by line breaks.
namespace DealCsv {

QStringList columns();

// Reads deals by header name (any order, note_de optional). A company not found in `known`
// (by name) becomes a company of kind "other". Any bad row: problems, and no data at all.
CapflowFormat::ReadResult read(const QByteArray &utf8, const QString &fileName, const DocumentData &known);

QByteArray write(const DocumentData &data);

} // namespace DealCsv
