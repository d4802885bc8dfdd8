// GraphExport::toGexf: a dynamic GEXF graph whose timeline is the deals' dates.
#include "io/GraphExport.h"

#include <QXmlStreamWriter>

namespace GraphExport {

namespace {
// Attribute ids are numbers (titles are the names): the static ones first, then the dynamic one.
void declare(QXmlStreamWriter &xml, const QString &cls, const QString &mode, const QList<Facts::Attribute> &attributes,
    int firstId)
{
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), cls);
    xml.writeAttribute(QStringLiteral("mode"), mode);
    for (const Facts::Attribute &a : attributes) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(firstId++));
        xml.writeAttribute(QStringLiteral("title"), a.name);
        xml.writeAttribute(QStringLiteral("type"), Facts::typeName(a.type));
    }
    xml.writeEndElement();
}

void writeAttvalue(QXmlStreamWriter &xml, qsizetype id, const QString &value)
{
    xml.writeEmptyElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), QString::number(id));
    xml.writeAttribute(QStringLiteral("value"), value);
}

// One spell per valuation date, from that date to the day before the next one; the last of a date
// wins, and the latest lasts on.
void writeValuationSpells(QXmlStreamWriter &xml, qsizetype id, const QList<Valuation> &valuations)
{
    for (qsizetype i = 0; i < valuations.size(); ++i) {
        const QDate start = valuations[i].date.periodStart();
        if (i + 1 < valuations.size() && valuations[i + 1].date.periodStart() == start)
            continue;
        writeAttvalue(xml, id, valuations[i].value.toBillionsString());
        xml.writeAttribute(QStringLiteral("start"), start.toString(Qt::ISODate));
        if (i + 1 < valuations.size())
            xml.writeAttribute(
                QStringLiteral("end"), valuations[i + 1].date.periodStart().addDays(-1).toString(Qt::ISODate));
    }
}
} // namespace

QByteArray toGexf(const DocumentData &data, GexfVersion version)
{
    const QList<Facts::Edge> edges = Facts::edges(data);
    const QHash<QString, QDate> starts = Facts::firstDealDates(edges);
    const auto valuations = Facts::valuationsByCompany(data);
    const QList<Facts::Attribute> &nodeAttributes = Facts::companyAttributes();
    const QList<Facts::Attribute> &edgeAttributes = Facts::dealAttributes();
    const qsizetype valuationId = nodeAttributes.size();
    const bool v13 = version == GexfVersion::V1_3;

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    // networkx 2.8 reads only the 1.2draft namespace with "www."; 1.3 dropped the "www.".
    xml.writeDefaultNamespace(
        v13 ? QStringLiteral("http://gexf.net/1.3") : QStringLiteral("http://www.gexf.net/1.2draft"));
    xml.writeAttribute(QStringLiteral("version"), v13 ? QStringLiteral("1.3") : QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("CapFlow"));
    if (!data.title.isEmpty())
        xml.writeTextElement(QStringLiteral("description"), data.title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));

    declare(xml, QStringLiteral("node"), QStringLiteral("static"), nodeAttributes, 0);
    declare(xml, QStringLiteral("node"), QStringLiteral("dynamic"),
        {{QStringLiteral("valuation_usd_bn"), Facts::Type::Double}}, int(valuationId));
    declare(xml, QStringLiteral("edge"), QStringLiteral("static"), edgeAttributes, 0);

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const Company &c : data.companies) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), c.id);
        xml.writeAttribute(QStringLiteral("label"), c.name);
        if (const QDate start = starts.value(c.id); start.isValid())
            xml.writeAttribute(QStringLiteral("start"), start.toString(Qt::ISODate));
        const QList<Valuation> companyValuations = valuations.value(c.id);
        xml.writeStartElement(QStringLiteral("attvalues"));
        const Facts::Values values = Facts::companyValues(c, companyValuations);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values[i])
                writeAttvalue(xml, i, *values[i]);
        }
        writeValuationSpells(xml, valuationId, companyValuations);
        xml.writeEndElement(); // attvalues
        xml.writeEndElement(); // node
    }
    xml.writeEndElement(); // nodes

    xml.writeStartElement(QStringLiteral("edges"));
    for (const Facts::Edge &e : edges) {
        const Deal &d = *e.deal;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), d.id);
        xml.writeAttribute(QStringLiteral("source"), e.source);
        xml.writeAttribute(QStringLiteral("target"), e.target);
        xml.writeAttribute(QStringLiteral("kind"), enumKey(d.kind));
        xml.writeAttribute(QStringLiteral("label"), enumKey(d.kind));
        if (d.amount)
            xml.writeAttribute(QStringLiteral("weight"), d.amount->toBillionsString());
        if (d.date.isValid())
            xml.writeAttribute(QStringLiteral("start"), Facts::isoDate(d.date));
        xml.writeStartElement(QStringLiteral("attvalues"));
        const Facts::Values values = Facts::dealValues(d);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values[i])
                writeAttvalue(xml, i, *values[i]);
        }
        xml.writeEndElement(); // attvalues
        xml.writeEndElement(); // edge
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return bytes;
}

} // namespace GraphExport
