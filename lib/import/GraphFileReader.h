#pragma once

#include "document/DocumentData.h"
#include "io/Problem.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

// Reads GraphML and GEXF files (CapFlow's own exports of io/GraphExport.h, networkx, Gephi, yEd,
// igraph, Cytoscape) into CapFlow's data, for the import: nodes become companies, edges deals.
//
// Nodes: the id is the node id when it is usable as a CapFlow id (not empty, at most 100
// characters, no white space or control characters), else a slug of the name made unique. The
// name is the GEXF node label, else the GraphML key `label` or `name`, else yEd's <y:NodeLabel>,
// else the node id. Names are unique ignoring case: a later node whose name is taken is renamed
// "NAME (NODE ID)" (and "NAME (NODE ID) 2", … if that is taken too); no problem is reported.
// `kind` (an unknown kind becomes "other"), `country`, `note_en`, `note_de` and `valuations`
// (as GraphExport writes them: "DATE=USD KIND; …", read as day-precise valuations V1, V2, …) are
// read; `latest_valuation_usd_bn` and the dynamic `valuation_usd_bn` are derived from `valuations`
// and dropped when it is there. Node start/end, spells, positions and graphics are not read.
//
// Edges run from the payer to the receiver, as GraphExport writes them; a divestment's edge runs
// from the company whose shares were sold to the seller, so its deal gets from = target,
// to = source. The deal id is `deal_id`, else the edge id, else E1, E2, …, made unique ("X-2").
// The kind is `kind` (attribute or, in GEXF, the edge's kind or a label that is a kind's key);
// without one, or with an unknown one, it is "partnership" (CapFlow has no "other" deal kind;
// a partnership is the kind that says least about the money), and an unknown kind is kept in
// the note. The amount is `amount_usd` (exact whole USD), else `amount_usd_bn`, else the edge
// `weight` read as billions of USD, unless the file is CapFlow's own (GEXF creator "CapFlow",
// where a weight only repeats the amount) or says `disclosed` = false. A deal needs a date:
// `date` (YYYY-MM-DD, the first day of its `date_precision`, default day), else in GEXF the
// edge's start (or timestamp) or its first spell's start, as a date or an ISO date-time whose
// day is taken; an edge without any is a problem located at the edge. `amount_kind` (default
// reported), `capacity_gw` (exact decimal GW), `source_urls` and `source_titles` (one per line),
// `note_en` and `note_de` are read too. Undirected edges still go from source to target.
//
// Other attributes are listed in `ignored` (each name once) and kept as "NAME: VALUE" lines at
// the end of the English note of their company or deal, so that nothing is lost.
//
// Problems are located at QXmlStreamReader's line and column (the last character read: for an
// element, the ">" of its start tag; for malformed XML, where the parser stopped; column 1 at a
// line's start, e.g. for a file that ends too early): malformed
// XML, a file that is not GraphML or GEXF, duplicate node ids, edges to unknown nodes, bad
// amounts, dates, precisions, amount kinds, capacities, source URLs and valuations.
namespace GraphFileReader {

enum class Format { GraphML, Gexf };

struct Result
{
    DocumentData data; // companies (nodes) and deals (edges); empty when there are problems
    Problems problems; // located: file, line, column (QXmlStreamReader's), message
    QStringList ignored; // attribute names that were read but have no CapFlow field (kept in the note)
    bool ok() const { return problems.isEmpty(); }
};

// The format from the content (root element graphml / gexf), or nullopt.
std::optional<Format> detect(const QByteArray &bytes);
Result read(const QByteArray &bytes, const QString &fileName);

} // namespace GraphFileReader
