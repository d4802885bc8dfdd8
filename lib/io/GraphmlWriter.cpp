// GraphExport::toGraphML: GraphML with typed keys and yFiles graphics for yEd.
#include "io/GraphExport.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace GraphExport {

namespace {
const QString YNamespace = QStringLiteral("http://www.yworks.com/xml/graphml");

void writeKey(QXmlStreamWriter &xml, const QString &id, const QString &forWhat, const QString &name, Facts::Type type)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), forWhat);
    xml.writeAttribute(QStringLiteral("attr.name"), name);
    xml.writeAttribute(QStringLiteral("attr.type"), Facts::typeName(type));
}

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

// Key ids: node keys are named as their attribute (Gephi takes the label from the key `label`),
// edge keys get "e_" before it, as node and edge keys share one id space.
void writeValues(QXmlStreamWriter &xml, const QString &prefix, const QList<Facts::Attribute> &attributes,
    const Facts::Values &values)
{
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (values.value(i))
            writeData(xml, prefix + attributes[i].name, *values[i]);
    }
}

void writeNodeGraphics(QXmlStreamWriter &xml, const Company &company)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QStringLiteral("n_graphics"));
    xml.writeStartElement(YNamespace, QStringLiteral("ShapeNode"));
    xml.writeEmptyElement(YNamespace, QStringLiteral("Geometry"));
    const double width = std::max<double>(40, 8.0 * double(company.name.size()) + 20);
    xml.writeAttribute(QStringLiteral("width"), QString::number(width));
    xml.writeAttribute(QStringLiteral("height"), QStringLiteral("30"));
    if (company.position) {
        xml.writeAttribute(QStringLiteral("x"), QString::number(company.position->x() - width / 2));
        xml.writeAttribute(QStringLiteral("y"), QString::number(company.position->y() - 15));
    }
    xml.writeEmptyElement(YNamespace, QStringLiteral("Fill"));
    xml.writeAttribute(QStringLiteral("color"), QStringLiteral("#DCE6F2"));
    xml.writeAttribute(QStringLiteral("transparent"), QStringLiteral("false"));
    xml.writeTextElement(YNamespace, QStringLiteral("NodeLabel"), company.name);
    xml.writeEmptyElement(YNamespace, QStringLiteral("Shape"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("roundrectangle"));
    xml.writeEndElement(); // ShapeNode
    xml.writeEndElement(); // data
}

void writeEdgeGraphics(QXmlStreamWriter &xml)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QStringLiteral("e_graphics"));
    xml.writeStartElement(YNamespace, QStringLiteral("PolyLineEdge"));
    xml.writeEmptyElement(YNamespace, QStringLiteral("Arrows"));
    xml.writeAttribute(QStringLiteral("source"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("target"), QStringLiteral("standard"));
    xml.writeEndElement(); // PolyLineEdge
    xml.writeEndElement(); // data
}
} // namespace

QByteArray toGraphML(const DocumentData &data)
{
    const QList<Facts::Edge> edges = Facts::edges(data);
    const auto valuations = Facts::valuationsByCompany(data);
    const QString edgePrefix = QStringLiteral("e_");

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeNamespace(YNamespace, QStringLiteral("y"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
        QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                       "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"));

    writeKey(xml, QStringLiteral("g_title"), QStringLiteral("graph"), QStringLiteral("title"), Facts::Type::String);
    writeKey(xml, QStringLiteral("label"), QStringLiteral("node"), QStringLiteral("label"), Facts::Type::String);
    for (const Facts::Attribute &a : Facts::companyAttributes())
        writeKey(xml, a.name, QStringLiteral("node"), a.name, a.type);
    for (const Facts::Attribute &a : Facts::dealAttributes())
        writeKey(xml, edgePrefix + a.name, QStringLiteral("edge"), a.name, a.type);
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n_graphics"));
    xml.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("nodegraphics"));
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e_graphics"));
    xml.writeAttribute(QStringLiteral("for"), QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("edgegraphics"));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("capflow"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    if (!data.title.isEmpty())
        writeData(xml, QStringLiteral("g_title"), data.title);
    for (const Company &c : data.companies) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), c.id);
        writeData(xml, QStringLiteral("label"), c.name);
        writeValues(xml, QString(), Facts::companyAttributes(), Facts::companyValues(c, valuations.value(c.id)));
        writeNodeGraphics(xml, c);
        xml.writeEndElement();
    }
    for (const Facts::Edge &e : edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), e.deal->id);
        xml.writeAttribute(QStringLiteral("source"), e.source);
        xml.writeAttribute(QStringLiteral("target"), e.target);
        writeValues(xml, edgePrefix, Facts::dealAttributes(), Facts::dealValues(*e.deal));
        writeEdgeGraphics(xml);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

} // namespace GraphExport
