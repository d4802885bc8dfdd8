#include "io/GraphExport.h"

#include "graph/DealGraph.h"

#include <QXmlStreamWriter>

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <sstream>

namespace {
using Graph = DealGraph::Graph;
using Vertex = DealGraph::Vertex;
using Edge = DealGraph::Edge;

DealGraph buildGraph(const DocumentData &data)
{
    DealGraph graph;
    for (const Company &c : data.companies)
        graph.addCompany(c);
    for (const Deal &d : data.deals)
        graph.addDeal(d);
    return graph;
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString sourcesText(const QList<Source> &sources)
{
    QStringList urls;
    for (const Source &s : sources)
        urls << s.url;
    return urls.join(u' ');
}

// The attributes every format carries, as (name, value of a vertex / an edge).
template<typename Fn> void forEachVertexAttribute(Fn fn)
{
    fn("name", [](const Company &c) { return c.name; });
    fn("kind", [](const Company &c) { return enumKey(c.kind); });
    fn("country", [](const Company &c) { return c.country; });
}

template<typename Fn> void forEachEdgeAttribute(Fn fn)
{
    fn("deal_id", [](const Deal &d) { return d.id; });
    fn("date", [](const Deal &d) { return d.date.periodStart().toString(Qt::ISODate); });
    fn("date_precision", [](const Deal &d) { return enumKey(d.date.precision()); });
    fn("kind", [](const Deal &d) { return enumKey(d.kind); });
    fn("amount_usd", [](const Deal &d) { return d.amount ? d.amount->toUsdString() : QString(); });
    fn("amount_kind", [](const Deal &d) { return enumKey(d.amountKind); });
    fn("capacity_gw", [](const Deal &d) { return d.capacityMw ? Decimal::format(*d.capacityMw, 3) : QString(); });
    fn("sources", [](const Deal &d) { return sourcesText(d.sources); });
}

boost::dynamic_properties properties(const Graph &g)
{
    boost::dynamic_properties dp(boost::ignore_other_properties);
    forEachVertexAttribute([&](const char *name, auto value) {
        dp.property(name, boost::make_function_property_map<Vertex, std::string>([&g, value](Vertex v) {
            return utf8(value(g[v]));
        }));
    });
    forEachEdgeAttribute([&](const char *name, auto value) {
        dp.property(name,
            boost::make_function_property_map<Edge, std::string>([&g, value](Edge e) { return utf8(value(g[e])); }));
    });
    return dp;
}
} // namespace

namespace GraphExport {

QByteArray toGraphML(const DocumentData &data)
{
    const DealGraph graph = buildGraph(data);
    const Graph &g = graph.graph();
    std::ostringstream out;
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), properties(g), true);
    return QByteArray::fromStdString(out.str());
}

QByteArray toDot(const DocumentData &data)
{
    const DealGraph graph = buildGraph(data);
    const Graph &g = graph.graph();
    boost::dynamic_properties dp = properties(g);
    dp.property(
        "node_id", boost::make_function_property_map<Vertex, std::string>([&g](Vertex v) { return utf8(g[v].id); }));
    dp.property(
        "label", boost::make_function_property_map<Vertex, std::string>([&g](Vertex v) { return utf8(g[v].name); }));
    std::ostringstream out;
    boost::write_graphviz_dp(out, g, dp, "node_id");
    return QByteArray::fromStdString(out.str());
}

QByteArray toGexf(const DocumentData &data)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("CapFlow"));
    xml.writeTextElement(QStringLiteral("description"), data.title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));

    auto declare = [&xml](const QString &cls, auto forEach) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), cls);
        int index = 0;
        forEach([&](const char *name, auto) {
            xml.writeEmptyElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), QString::number(index++));
            xml.writeAttribute(QStringLiteral("title"), QString::fromLatin1(name));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
        });
        xml.writeEndElement();
    };
    declare(QStringLiteral("node"), [](auto fn) { forEachVertexAttribute(fn); });
    declare(QStringLiteral("edge"), [](auto fn) { forEachEdgeAttribute(fn); });
    auto values = [&xml](const auto &item, auto forEach) {
        xml.writeStartElement(QStringLiteral("attvalues"));
        int index = 0;
        forEach([&](const char *, auto value) {
            xml.writeEmptyElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), QString::number(index++));
            xml.writeAttribute(QStringLiteral("value"), value(item));
        });
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const Company &c : data.companies) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), c.id);
        xml.writeAttribute(QStringLiteral("label"), c.name);
        values(c, [](auto fn) { forEachVertexAttribute(fn); });
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    for (const Deal &d : data.deals) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), d.id);
        xml.writeAttribute(QStringLiteral("source"), d.from);
        xml.writeAttribute(QStringLiteral("target"), d.to);
        xml.writeAttribute(QStringLiteral("label"), enumKey(d.kind));
        if (d.amount) // Gephi's edge weight: billions, for display only; the exact amount is an attribute
            xml.writeAttribute(QStringLiteral("weight"), QString::number(d.amount->toBillions(), 'g', 12));
        values(d, [](auto fn) { forEachEdgeAttribute(fn); });
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return bytes;
}

} // namespace GraphExport
