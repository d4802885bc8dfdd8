// GraphExport::toDot: Graphviz DOT with every ID and value quoted as the Graphviz grammar wants.
#include "io/GraphExport.h"

namespace GraphExport {

namespace {
// A double-quoted DOT string: only \" is an escape in the grammar, so a quote is \", and a
// backslash is doubled so that it cannot escape the closing quote (a name ending in "\"); labels
// render \\ as one backslash and \n as a line break.
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r')
            out += c;
    }
    out += u'"';
    return out;
}

// name="value", … of the known values.
QString attributeList(const QList<std::pair<QString, QString>> &first, const QList<Facts::Attribute> &attributes,
    const Facts::Values &values)
{
    QStringList parts;
    for (const auto &[name, value] : first)
        parts << name + u'=' + quoted(value);
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (values.value(i))
            parts << attributes[i].name + u'=' + quoted(*values[i]);
    }
    return QStringLiteral(" [") + parts.join(QStringLiteral(", ")) + u']';
}
} // namespace

// Statements end with a newline and no ";": pydot reads "a -> b;" as an extra node "\n".
QByteArray toDot(const DocumentData &data)
{
    const auto valuations = Facts::valuationsByCompany(data);
    QString out = QStringLiteral("digraph capflow {\n");
    if (!data.title.isEmpty())
        out += QStringLiteral("  graph [label=") + quoted(data.title) + QStringLiteral(", labelloc=\"t\"]\n");
    out += QStringLiteral("  node [shape=\"box\", style=\"rounded\"]\n");
    for (const Company &c : data.companies) {
        out += QStringLiteral("  ") + quoted(c.id)
            + attributeList({{QStringLiteral("label"), c.name}}, Facts::companyAttributes(),
                Facts::companyValues(c, valuations.value(c.id)))
            + u'\n';
    }
    for (const Facts::Edge &e : Facts::edges(data)) {
        out += QStringLiteral("  ") + quoted(e.source) + QStringLiteral(" -> ") + quoted(e.target)
            + attributeList({{QStringLiteral("id"), e.deal->id}}, Facts::dealAttributes(), Facts::dealValues(*e.deal))
            + u'\n';
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

} // namespace GraphExport
