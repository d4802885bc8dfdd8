#pragma once

#include "document/DocumentData.h"
#include "io/Problem.h"

#include <QCoreApplication>

// The .capflow document format: UTF-8 JSON.
//   { "format": "capflow", "version": 2, "title": "…",
//     "companies":  [ { "id", "name", "kind", "country"?, "note_en"?, "note_de"?, "position"?: {"x","y"} } ],
//     "deals":      [ { "id", "date": "YYYY-MM-DD", "date_precision", "from", "to", "kind",
//                       "amount_usd"?: "15000000000", "amount_kind", "capacity_gw"?: "1.5",
//                       "note_en"?, "note_de"?, "sources": [ { "url", "title" } ] } ],
//                       "supersedes"?: ["D059"], "part_of"?: ["D100"], "overlaps"?: ["D087"] } ],
//     "valuations": [ { "id", "company", "date", "date_precision", "value_usd", "kind", "sources" } ],
//     "source_tiers"?: [ { "domain": "ft.com", "tier": "news_outlet" } ],
//     "data_through"?: { "date": "2026-06-01", "date_precision": "month" },
//     "aliases"?: [ { "alias", "name" } ] }
// A source is { "url", "title"?, "tier"?, "claimed_usd"?, "claimed_date"?: "YYYY-MM-DD", "note"? }:
// the figure and date that source reports, which may differ from the one the user chose.
// Version 2 added the tiers, claims, relations and "data_through"; version 1 files read unchanged.
// Money is a string of whole US dollars, so that it stays exact.
class ReadControl;

namespace CapflowFormat {
constexpr int CurrentVersion = 2;

struct ReadResult
{
    DocumentData data;
    Problems problems;
    bool ok() const { return problems.isEmpty(); }
};

// `control` (optional) is told how far the read is; when it is cancelled, the read stops early
// with a problem saying so.
ReadResult read(const QByteArray &utf8, const QString &fileName, ReadControl *control = nullptr);
QByteArray write(const DocumentData &data);
} // namespace CapflowFormat
