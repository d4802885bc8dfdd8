#pragma once

#include "document/DocumentData.h"
#include "io/Problem.h"

#include <QCoreApplication>

// The .capflow document format: UTF-8 JSON.
//   { "format": "capflow", "version": 1, "title": "…",
//     "companies":  [ { "id", "name", "kind", "country"?, "note_en"?, "note_de"?, "position"?: {"x","y"} } ],
//     "deals":      [ { "id", "date": "YYYY-MM-DD", "date_precision", "from", "to", "kind",
//                       "amount_usd"?: "15000000000", "amount_kind", "capacity_gw"?: "1.5",
//                       "note_en"?, "note_de"?, "sources": [ { "url", "title" } ] } ],
//     "valuations": [ { "id", "company", "date", "date_precision", "value_usd", "kind", "sources" } ] }
// Money is a string of whole US dollars, so that it stays exact.
namespace CapflowFormat {
constexpr int CurrentVersion = 1;

struct ReadResult
{
    DocumentData data;
    Problems problems;
    bool ok() const { return problems.isEmpty(); }
};

ReadResult read(const QByteArray &utf8, const QString &fileName);
QByteArray write(const DocumentData &data);
} // namespace CapflowFormat
