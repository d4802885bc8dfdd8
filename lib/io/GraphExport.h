#pragma once

#include "document/DocumentData.h"

#include <QByteArray>
#include <QDate>
#include <QHash>

#include <optional>

// The deal network for other graph tools: companies are nodes (id = company id, label = name),
// deals are directed edges from payer to receiver (DealKinds::payerAndReceiver; a divestment runs
// from the company whose shares were sold to the seller), id = deal id, so parallel deals stay
// apart. Deals whose companies are missing are left out.
//
// Every format carries the same facts, and leaves a fact out when it is unknown:
//   companies: label, kind, country, note_en, note_de, valuations, latest_valuation_usd_bn
//   deals:     deal_id, kind, date (ISO, first day of its period), date_precision, amount_usd,
//              amount_usd_bn, amount_kind, disclosed (boolean), capacity_gw, source_urls,
//              source_titles, note_en, note_de
// Money stays exact: amount_usd is the exact string of whole USD; the *_usd_bn numbers are typed
// extras written as exact decimal text ("0.415"), which a reader may round to its double.
// source_urls and source_titles list a deal's sources in the same order, one per line ("\n").
// valuations lists a company's valuations by date as "DATE=USD KIND" joined by "; "
// ("2025-01-15=300000000000 post_money; 2025-10-02=500000000000 secondary");
// latest_valuation_usd_bn is the latest of them (the last listed of its date).
namespace GraphExport {

enum class GexfVersion { V1_2Draft, V1_3 };

// GraphML (QXmlStreamWriter). networkx, igraph, Gephi and Cytoscape get typed keys named as above
// (the *_usd_bn and capacity_gw keys are attr.type="double"), the title as graph data `title`, and
// edge ids = deal ids; yEd gets yFiles node labels (nodegraphics) and arrows (edgegraphics).
QByteArray toGraphML(const DocumentData &data);

// GEXF 1.2draft (xmlns http://www.gexf.net/1.2draft, which networkx 2.8 reads; Gephi too). The
// graph is dynamic (timeformat="date"): an edge starts at its deal's date, a company at its first
// deal's date (no deals: always there), and `valuation_usd_bn` is a dynamic attribute with one
// spell per valuation date (to the day before the next), so Gephi's timeline plays the network's
// growth. Edges carry id = deal id, kind = the deal kind's key (Gephi keeps parallel edges of
// different kinds apart; same-kind ones follow its import's merge setting), label = that key and,
// for disclosed amounts only, weight = the amount in USD billions; a boolean `disclosed` says
// which (Gephi takes 1 for a missing weight). networkx's read_gexf gives a MultiDiGraph keyed by
// deal id when there are parallel deals.
QByteArray toGexf(const DocumentData &data);
// The same in GEXF 1.3 (xmlns http://gexf.net/1.3) for Gephi 0.10; networkx 2.8 cannot read it.
QByteArray toGexf(const DocumentData &data, GexfVersion version);

// Graphviz DOT, for dot, gvpr and pydot. IDs and values are double-quoted with the Graphviz
// escapes: `"` as \", a backslash doubled and a newline as \n. Graphviz keeps \\ and \n as two
// characters in values (labels render them as \ and a line break), so readers that want the text
// unescape them. Nodes are quoted company ids with `label` = name (pydot cannot read an attribute
// called `name`), edges have `id` = deal id. No `weight`: dot wants whole numbers there.
QByteArray toDot(const DocumentData &data);

// What all three writers say, in GraphExport.cpp: the attributes above (without the label, which
// each format writes its own way) and their values, unknown ones as nullopt.
namespace Facts {
enum class Type { String, Double, Boolean };
// "string", "double", "boolean": the type names GraphML's attr.type and GEXF's type share.
QString typeName(Type type);
struct Attribute
{
    QString name;
    Type type;
};
using Values = QList<std::optional<QString>>; // in the order of the attributes
const QList<Attribute> &companyAttributes();
const QList<Attribute> &dealAttributes();
Values companyValues(const Company &company, const QList<Valuation> &valuations);
Values dealValues(const Deal &deal);

struct Edge
{
    const Deal *deal;
    QString source; // payer
    QString target; // receiver
};
QList<Edge> edges(const DocumentData &data); // in document order
QHash<QString, QDate> firstDealDates(const QList<Edge> &edges); // company id -> date
QHash<QString, QList<Valuation>> valuationsByCompany(const DocumentData &data); // each by date
QString isoDate(const FuzzyDate &date);
} // namespace Facts

} // namespace GraphExport
