#include "import/GraphFileReader.h"

#include "editing/Validation.h"

#include "document/Document.h"
#include "model/DealKinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace GraphFileReader {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(GraphFileReader)
};

constexpr int MaxDepth = 64; // nested graphs / GEXF node hierarchies
constexpr qsizetype MaxIdLength = 100;

struct At
{
    int line = 0;
    int column = 0;
};

// QXmlStreamReader's position: its line, and its column, which counts the characters read on the
// line, so it is the 1-based column of the last one (the ">" of a tag just read); 1 at a line's start.
At here(const QXmlStreamReader &xml)
{
    return {int(std::max<qint64>(xml.lineNumber(), 1)), int(std::max<qint64>(xml.columnNumber(), 1))};
}

// One attribute value of a node or an edge, where it was read.
struct Value
{
    QString name;
    QString text;
    At at;
    QString period; // a dynamic GEXF value's "start – end", else empty
};

struct RawNode
{
    QString id;
    At at;
    std::optional<Value> gexfLabel; // the label attribute
    std::optional<Value> yedLabel; // <y:NodeLabel>
    QList<Value> values;
};

struct RawEdge
{
    std::optional<QString> id;
    std::optional<QString> source;
    std::optional<QString> target;
    At at;
    std::optional<Value> kind; // GEXF edge attributes
    std::optional<Value> label;
    std::optional<Value> weight; // GEXF attribute, GraphML key "weight"
    std::optional<Value> start; // GEXF start, timestamp or first spell
    QList<Value> values;
};

struct RawGraph
{
    QString title;
    bool ownFile = false; // written by CapFlow
    QList<RawNode> nodes;
    QList<RawEdge> edges;
    Problems problems;
};

std::optional<QString> attribute(const QXmlStreamReader &xml, const QString &name)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    if (!attributes.hasAttribute(name))
        return std::nullopt;
    return attributes.value(name).toString();
}

// The text directly inside the current element (not that of its children); ends on its end tag.
QString directText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (depth == 1)
                text += xml.text();
            break;
        default: break;
        }
    }
    return text;
}

// ---------------------------------------------------------------------------------------------
// GraphML

struct GraphmlKey
{
    QString name;
    QString forWhat; // node, edge, graph, all, …
    QString yfilesType;
    std::optional<QString> defaultValue;
};

class GraphmlParser
{
public:
    GraphmlParser(QXmlStreamReader &xml, RawGraph &graph, const QString &file)
        : m_xml(xml)
        , m_graph(graph)
        , m_file(file)
    {
    }

    // The reader is on the root element.
    void parse()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"key")
                readKey();
            else if (name == u"graph")
                readGraph(1);
            else
                m_xml.skipCurrentElement();
        }
        applyDefaults();
    }

private:
    void readKey()
    {
        const QString id = attribute(m_xml, QStringLiteral("id")).value_or(QString());
        GraphmlKey key;
        key.name = attribute(m_xml, QStringLiteral("attr.name")).value_or(id);
        key.forWhat = attribute(m_xml, QStringLiteral("for")).value_or(QStringLiteral("all"));
        key.yfilesType = attribute(m_xml, QStringLiteral("yfiles.type")).value_or(QString());
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"default")
                key.defaultValue = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                m_xml.skipCurrentElement();
        }
        m_keys.insert(id, key);
        m_keyOrder << id;
    }

    bool tooDeep(int depth)
    {
        if (depth <= MaxDepth)
            return false;
        const At at = here(m_xml);
        m_graph.problems << Problem {
            m_file, at.line, at.column, Tr::tr("graphs are nested more than %1 deep").arg(MaxDepth)};
        m_xml.skipCurrentElement();
        return true;
    }

    void readGraph(int depth)
    {
        if (tooDeep(depth))
            return;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"node") {
                readNode(depth);
            } else if (name == u"edge") {
                readEdge();
            } else if (name == u"data") {
                const QString key = attribute(m_xml, QStringLiteral("key")).value_or(QString());
                const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (m_keys.value(key).name == u"title" && m_graph.title.isEmpty())
                    m_graph.title = text.trimmed();
            } else {
                m_xml.skipCurrentElement(); // hyperedge, desc, …
            }
        }
    }

    // A <data> element; nullopt for graphics and other yFiles data.
    std::optional<Value> readData(std::optional<Value> *yedLabel)
    {
        const QString keyId = attribute(m_xml, QStringLiteral("key")).value_or(QString());
        const At at = here(m_xml);
        const auto key = m_keys.constFind(keyId);
        if (key != m_keys.cend() && !key->yfilesType.isEmpty()) {
            if (key->yfilesType == u"nodegraphics" && yedLabel)
                readYedLabel(yedLabel);
            else
                m_xml.skipCurrentElement();
            return std::nullopt;
        }
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        return Value {key != m_keys.cend() ? key->name : keyId, text, at, {}};
    }

    // The first <y:NodeLabel>'s own text, inside the current <data>.
    void readYedLabel(std::optional<Value> *label)
    {
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() == u"NodeLabel" && !*label) {
                    const At at = here(m_xml);
                    const QString text = directText(m_xml).trimmed();
                    if (!text.isEmpty())
                        *label = Value {QStringLiteral("label"), text, at, {}};
                } else {
                    ++depth;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
    }

    void readNode(int depth)
    {
        RawNode node;
        node.id = attribute(m_xml, QStringLiteral("id")).value_or(QString());
        node.at = here(m_xml);
        const qsizetype index = m_graph.nodes.size();
        m_graph.nodes << node; // before the nodes of its nested graphs
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"data") {
                if (auto value = readData(&m_graph.nodes[index].yedLabel))
                    m_graph.nodes[index].values << *value;
            } else if (name == u"graph") {
                readGraph(depth + 1);
            } else {
                m_xml.skipCurrentElement(); // port, desc
            }
        }
    }

    void readEdge()
    {
        RawEdge edge;
        edge.id = attribute(m_xml, QStringLiteral("id"));
        edge.source = attribute(m_xml, QStringLiteral("source"));
        edge.target = attribute(m_xml, QStringLiteral("target"));
        edge.at = here(m_xml);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"data") {
                if (auto value = readData(nullptr)) {
                    if (value->name == u"weight" && !edge.weight)
                        edge.weight = *value;
                    else
                        edge.values << *value;
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        m_graph.edges << edge;
    }

    void applyDefaults()
    {
        for (const QString &id : std::as_const(m_keyOrder)) {
            const GraphmlKey &key = m_keys[id];
            if (!key.defaultValue || !key.yfilesType.isEmpty())
                continue;
            auto missing = [&key](const QList<Value> &values) {
                return std::none_of(
                    values.cbegin(), values.cend(), [&key](const Value &v) { return v.name == key.name; });
            };
            if (key.forWhat == u"node" || key.forWhat == u"all") {
                for (RawNode &n : m_graph.nodes) {
                    if (missing(n.values))
                        n.values << Value {key.name, *key.defaultValue, n.at, {}};
                }
            }
            if (key.forWhat == u"edge" || key.forWhat == u"all") {
                for (RawEdge &e : m_graph.edges) {
                    if (key.name == u"weight") {
                        if (!e.weight)
                            e.weight = Value {key.name, *key.defaultValue, e.at, {}};
                    } else if (missing(e.values)) {
                        e.values << Value {key.name, *key.defaultValue, e.at, {}};
                    }
                }
            }
        }
    }

    QXmlStreamReader &m_xml;
    RawGraph &m_graph;
    QString m_file;
    QHash<QString, GraphmlKey> m_keys;
    QStringList m_keyOrder;
};

// ---------------------------------------------------------------------------------------------
// GEXF

struct GexfAttribute
{
    QString title;
    bool dynamic = false;
    std::optional<QString> defaultValue;
};

class GexfParser
{
public:
    GexfParser(QXmlStreamReader &xml, RawGraph &graph, const QString &file)
        : m_xml(xml)
        , m_graph(graph)
        , m_file(file)
    {
    }

    void parse()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"meta")
                readMeta();
            else if (name == u"graph")
                readGraph();
            else
                m_xml.skipCurrentElement();
        }
        applyDefaults(m_nodeAttributes, m_graph.nodes);
        applyDefaults(m_edgeAttributes, m_graph.edges);
    }

private:
    void readMeta()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"creator")
                m_graph.ownFile = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed() == u"CapFlow";
            else if (name == u"description" && m_graph.title.isEmpty())
                m_graph.title = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readGraph()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"attributes")
                readAttributes();
            else if (name == u"nodes")
                readNodes(1);
            else if (name == u"edges")
                readEdges();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readAttributes()
    {
        const QString cls = attribute(m_xml, QStringLiteral("class")).value_or(QStringLiteral("node"));
        const bool dynamic = attribute(m_xml, QStringLiteral("mode")) == u"dynamic";
        QHash<QString, GexfAttribute> &target = cls == u"edge" ? m_edgeAttributes : m_nodeAttributes;
        QStringList &order = cls == u"edge" ? m_edgeOrder : m_nodeOrder;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"attribute") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString id = attribute(m_xml, QStringLiteral("id")).value_or(QString());
            GexfAttribute a;
            a.title = attribute(m_xml, QStringLiteral("title")).value_or(id);
            a.dynamic = dynamic;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"default")
                    a.defaultValue = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else
                    m_xml.skipCurrentElement(); // options
            }
            if (!target.contains(id))
                order << id;
            target.insert(id, a);
        }
    }

    QList<Value> readAttvalues(const QHash<QString, GexfAttribute> &declared)
    {
        QList<Value> values;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"attvalue") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString id = attribute(m_xml, QStringLiteral("for"))
                                   .value_or(attribute(m_xml, QStringLiteral("id")).value_or(QString()));
            Value v;
            v.name = declared.contains(id) ? declared[id].title : id;
            v.text = attribute(m_xml, QStringLiteral("value")).value_or(QString());
            v.at = here(m_xml);
            const QString start = attribute(m_xml, QStringLiteral("start"))
                                      .value_or(attribute(m_xml, QStringLiteral("startopen")).value_or(QString()));
            const QString end = attribute(m_xml, QStringLiteral("end"))
                                    .value_or(attribute(m_xml, QStringLiteral("endopen")).value_or(QString()));
            if (!start.isEmpty() || !end.isEmpty())
                v.period = start + QStringLiteral(" – ") + end;
            values << v;
            m_xml.skipCurrentElement();
        }
        return values;
    }

    void readNodes(int depth)
    {
        if (depth > MaxDepth) {
            const At at = here(m_xml);
            m_graph.problems << Problem {
                m_file, at.line, at.column, Tr::tr("nodes are nested more than %1 deep").arg(MaxDepth)};
            m_xml.skipCurrentElement();
            return;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"node") {
                m_xml.skipCurrentElement();
                continue;
            }
            RawNode node;
            node.id = attribute(m_xml, QStringLiteral("id")).value_or(QString());
            node.at = here(m_xml);
            if (const auto label = attribute(m_xml, QStringLiteral("label")))
                node.gexfLabel = Value {QStringLiteral("label"), *label, node.at, {}};
            const qsizetype index = m_graph.nodes.size();
            m_graph.nodes << node;
            while (m_xml.readNextStartElement()) {
                const QStringView name = m_xml.name();
                if (name == u"attvalues")
                    m_graph.nodes[index].values << readAttvalues(m_nodeAttributes);
                else if (name == u"nodes")
                    readNodes(depth + 1);
                else
                    m_xml.skipCurrentElement(); // spells, viz:*, parents, edges
            }
        }
    }

    void readEdges()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"edge") {
                m_xml.skipCurrentElement();
                continue;
            }
            RawEdge edge;
            edge.id = attribute(m_xml, QStringLiteral("id"));
            edge.source = attribute(m_xml, QStringLiteral("source"));
            edge.target = attribute(m_xml, QStringLiteral("target"));
            edge.at = here(m_xml);
            auto take = [this, &edge](const QString &name) -> std::optional<Value> {
                if (const auto text = attribute(m_xml, name))
                    return Value {name, *text, edge.at, {}};
                return std::nullopt;
            };
            edge.kind = take(QStringLiteral("kind"));
            edge.label = take(QStringLiteral("label"));
            edge.weight = take(QStringLiteral("weight"));
            edge.start = take(QStringLiteral("start"));
            if (!edge.start)
                edge.start = take(QStringLiteral("startopen"));
            if (!edge.start)
                edge.start = take(QStringLiteral("timestamp"));
            while (m_xml.readNextStartElement()) {
                const QStringView name = m_xml.name();
                if (name == u"attvalues")
                    edge.values << readAttvalues(m_edgeAttributes);
                else if (name == u"spells")
                    readSpells(edge);
                else
                    m_xml.skipCurrentElement();
            }
            m_graph.edges << edge;
        }
    }

    void readSpells(RawEdge &edge)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"spell" && !edge.start) {
                const At at = here(m_xml);
                for (const QString &name : {QStringLiteral("start"), QStringLiteral("startopen")}) {
                    if (const auto text = attribute(m_xml, name); text && !edge.start)
                        edge.start = Value {name, *text, at, {}};
                }
            }
            m_xml.skipCurrentElement();
        }
    }

    template<typename Item> void applyDefaults(const QHash<QString, GexfAttribute> &declared, QList<Item> &items)
    {
        const QStringList &order = &declared == &m_edgeAttributes ? m_edgeOrder : m_nodeOrder;
        for (const QString &id : order) {
            const GexfAttribute &a = declared[id];
            if (!a.defaultValue)
                continue;
            for (Item &item : items) {
                if (std::none_of(
                        item.values.cbegin(), item.values.cend(), [&a](const Value &v) { return v.name == a.title; }))
                    item.values << Value {a.title, *a.defaultValue, item.at, {}};
            }
        }
    }

    QXmlStreamReader &m_xml;
    RawGraph &m_graph;
    QString m_file;
    QHash<QString, GexfAttribute> m_nodeAttributes;
    QHash<QString, GexfAttribute> m_edgeAttributes;
    QStringList m_nodeOrder;
    QStringList m_edgeOrder;
};

// ---------------------------------------------------------------------------------------------
// From the raw graph to CapFlow's data

bool usableId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    return std::none_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

class Converter
{
public:
    Converter(const RawGraph &graph, const QString &file, Result &result)
        : m_graph(graph)
        , m_file(file)
        , m_result(result)
    {
    }

    void convert()
    {
        m_result.data.title = m_graph.title;
        convertNodes();
        convertEdges();
    }

private:
    void report(At at, const QString &message) { m_result.problems << Problem {m_file, at.line, at.column, message}; }

    // Remembers an attribute that has no CapFlow field and keeps it in the note.
    void keep(const Value &v, QStringList &lines)
    {
        if (!m_ignored.contains(v.name)) {
            m_ignored.insert(v.name);
            m_result.ignored << v.name;
        }
        lines << v.name + QStringLiteral(": ") + v.text
                + (v.period.isEmpty() ? QString() : QStringLiteral(" (") + v.period + u')');
    }

    static void appendLines(QString &note, const QStringList &lines)
    {
        if (lines.isEmpty())
            return;
        if (!note.isEmpty() && !note.endsWith(u'\n'))
            note += u'\n';
        note += lines.join(u'\n');
    }

    // The first value of each name, and the values used (by index) so far.
    struct Values
    {
        const QList<Value> &all;
        QSet<qsizetype> used;
        const Value *take(const QString &name)
        {
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (all[i].name == name && !used.contains(i)) {
                    used.insert(i);
                    return &all[i];
                }
            }
            return nullptr;
        }
        // Marks all (further) values of a name as used.
        void drop(const QString &name)
        {
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (all[i].name == name)
                    used.insert(i);
            }
        }
        bool has(const QString &name) const
        {
            return std::any_of(all.cbegin(), all.cend(), [&name](const Value &v) { return v.name == name; });
        }
    };

    void convertNodes();
    void convertEdges();
    void readValuations(const Value &v, const QString &company);
    QString uniqueName(const QString &name, const QString &nodeId);

    const RawGraph &m_graph;
    QString m_file;
    Result &m_result;
    QSet<QString> m_ignored;
    QHash<QString, QString> m_companyByNode; // node id -> company id
    QSet<QString> m_names; // case-folded
    int m_nextValuation = 1;
};

QString Converter::uniqueName(const QString &name, const QString &nodeId)
{
    QString unique = name;
    if (m_names.contains(unique.toCaseFolded())) {
        const QString base = name + QStringLiteral(" (") + nodeId + u')';
        unique = base;
        for (int n = 2; m_names.contains(unique.toCaseFolded()); ++n)
            unique = base + u' ' + QString::number(n);
    }
    m_names.insert(unique.toCaseFolded());
    return unique;
}

void Converter::convertNodes()
{
    QSet<QString> taken; // company ids: the usable node ids, then the slugs given out
    QSet<QString> seen;
    for (const RawNode &n : m_graph.nodes) {
        if (n.id.isEmpty())
            report(n.at, Tr::tr("a node without an id"));
        else if (seen.contains(n.id))
            report(n.at, Tr::tr("duplicate node id \"%1\"").arg(n.id));
        seen.insert(n.id);
        if (usableId(n.id))
            taken.insert(n.id);
    }
    if (!m_result.problems.isEmpty())
        return;
    QHash<QString, int> nextSuffix;
    static const QRegularExpression isoCountry(QStringLiteral("^[A-Z]{2}$"));
    for (const RawNode &n : m_graph.nodes) {
        Values values {n.values, {}};
        Company c;
        QStringList extra;
        // The name: the first of these that is not empty; a label or name attribute not used for
        // it is kept when it says something else.
        const Value *keyLabel = values.take(QStringLiteral("label"));
        const Value *keyName = values.take(QStringLiteral("name"));
        const Value *candidates[]
            = {n.gexfLabel ? &*n.gexfLabel : nullptr, keyLabel, keyName, n.yedLabel ? &*n.yedLabel : nullptr};
        QString name;
        for (const Value *candidate : candidates) {
            if (candidate && name.isEmpty())
                name = candidate->text.trimmed();
        }
        for (const Value *key : {keyLabel, keyName}) {
            if (key && key->text.trimmed() != name)
                keep(*key, extra);
        }
        if (name.isEmpty())
            name = n.id.trimmed();
        if (name.isEmpty())
            name = Tr::tr("Company");
        c.name = uniqueName(name, n.id);
        c.id = usableId(n.id)
            ? n.id
            : freeId(
                slugify(name), [&taken](const QString &id) { return taken.contains(id); }, nextSuffix);
        taken.insert(c.id);
        m_companyByNode.insert(n.id, c.id);

        if (const Value *kind = values.take(QStringLiteral("kind"))) {
            if (const auto k = enumFromKey<CompanyKind>(kind->text.trimmed()))
                c.kind = *k;
            else
                extra << QStringLiteral("kind: ") + kind->text;
        }
        if (const Value *country = values.take(QStringLiteral("country"))) {
            if (isoCountry.match(country->text.trimmed()).hasMatch())
                c.country = country->text.trimmed();
            else if (!country->text.trimmed().isEmpty())
                extra << QStringLiteral("country: ") + country->text;
        }
        if (const Value *en = values.take(QStringLiteral("note_en")))
            c.note.en = en->text;
        if (const Value *de = values.take(QStringLiteral("note_de")))
            c.note.de = de->text;
        if (const Value *valuations = values.take(QStringLiteral("valuations"))) {
            readValuations(*valuations, c.id);
            values.drop(QStringLiteral("latest_valuation_usd_bn")); // derived from the valuations
            values.drop(QStringLiteral("valuation_usd_bn"));
        }
        for (qsizetype i = 0; i < n.values.size(); ++i) {
            if (!values.used.contains(i))
                keep(n.values[i], extra);
        }
        appendLines(c.note.en, extra);
        m_result.data.companies << c;
    }
}

void Converter::readValuations(const Value &v, const QString &company)
{
    for (const QString &entry : v.text.split(QStringLiteral(";"), Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        const qsizetype equals = trimmed.indexOf(u'=');
        const qsizetype space = trimmed.indexOf(u' ', equals + 1);
        const QDate date = equals > 0 ? FuzzyDate::parseIsoDate(QStringView(trimmed).left(equals)) : QDate();
        const auto value = space > equals
            ? Money::fromUsdString(QStringView(trimmed).mid(equals + 1, space - equals - 1))
            : std::nullopt;
        const auto kind
            = space > equals ? enumFromKey<ValuationKind>(QStringView(trimmed).mid(space + 1)) : std::nullopt;
        if (!date.isValid() || !value || !value->isAcceptable() || !kind) {
            report(v.at,
                Tr::tr("malformed valuation \"%1\" (expected DATE=USD KIND such as 2025-01-15=300000000000 post_money)")
                    .arg(trimmed));
            continue;
        }
        Valuation val;
        val.id = QStringLiteral("V") + QString::number(m_nextValuation++);
        val.company = company;
        val.date = FuzzyDate(date, DatePrecision::Day);
        val.value = *value;
        val.kind = *kind;
        m_result.data.valuations << val;
    }
}

void Converter::convertEdges()
{
    if (!m_result.problems.isEmpty())
        return;
    // Deal ids: the explicit ones first, so that generated ones do not take them.
    QList<QString> wanted;
    QSet<QString> explicitIds;
    for (const RawEdge &e : m_graph.edges) {
        QString id;
        for (const Value &v : e.values) {
            if (v.name == u"deal_id") {
                id = v.text.trimmed();
                break;
            }
        }
        if (id.isEmpty() && e.id)
            id = e.id->trimmed();
        wanted << id;
        if (!id.isEmpty())
            explicitIds.insert(id);
    }
    QSet<QString> dealIds;
    QHash<QString, int> nextSuffix;
    int generated = 1;
    qint64 total = 0;
    bool totalReported = false;

    for (qsizetype index = 0; index < m_graph.edges.size(); ++index) {
        const RawEdge &e = m_graph.edges[index];
        const qsizetype problemsBefore = m_result.problems.size();
        Values values {e.values, {}};
        QStringList extra;
        Deal d;
        values.drop(QStringLiteral("deal_id"));
        if (wanted[index].isEmpty()) {
            QString id;
            do
                id = QStringLiteral("E") + QString::number(generated++);
            while (dealIds.contains(id) || explicitIds.contains(id));
            d.id = id;
        } else {
            d.id = freeId(
                wanted[index], [&dealIds](const QString &id) { return dealIds.contains(id); }, nextSuffix);
        }
        dealIds.insert(d.id);

        // Kind
        const Value *kind = values.take(QStringLiteral("kind"));
        if (!kind && e.kind)
            kind = &*e.kind;
        bool labelUsed = false;
        if (!kind && e.label && enumFromKey<DealKind>(e.label->text.trimmed())) {
            kind = &*e.label;
            labelUsed = true;
        }
        d.kind = DealKind::Partnership;
        if (kind) {
            if (const auto k = enumFromKey<DealKind>(kind->text.trimmed()))
                d.kind = *k;
            else
                extra << QStringLiteral("kind: ") + kind->text;
        }
        if (e.label && !labelUsed && e.label->text.trimmed() != enumKey(d.kind))
            keep(*e.label, extra);

        // Ends: the edge follows the money.
        const QString *ends[] = {e.source ? &*e.source : nullptr, e.target ? &*e.target : nullptr};
        QString companies[2];
        for (int side = 0; side < 2; ++side) {
            const QString attributeName = side == 0 ? QStringLiteral("source") : QStringLiteral("target");
            if (!ends[side])
                report(e.at, Tr::tr("edge \"%1\" has no %2").arg(d.id, attributeName));
            else if (!m_companyByNode.contains(*ends[side]))
                report(
                    e.at, Tr::tr("edge \"%1\" has the unknown %2 node \"%3\"").arg(d.id, attributeName, *ends[side]));
            else
                companies[side] = m_companyByNode.value(*ends[side]);
        }
        const bool toSeller = DealKinds::of(d.kind).money == DealKinds::Money::ToSeller;
        d.from = toSeller ? companies[1] : companies[0];
        d.to = toSeller ? companies[0] : companies[1];

        // Date
        DatePrecision precision = DatePrecision::Day;
        if (const Value *p = values.take(QStringLiteral("date_precision"))) {
            if (const auto known = enumFromKey<DatePrecision>(p->text.trimmed()))
                precision = *known;
            else
                report(p->at,
                    Tr::tr("unknown date precision \"%1\" (expected one of: %2)")
                        .arg(p->text, enumKeyList<DatePrecision>()));
        }
        const Value *date = values.take(QStringLiteral("date"));
        if (!date && e.start)
            date = &*e.start;
        if (!date) {
            report(e.at,
                Tr::tr("edge \"%1\" has no date; CapFlow needs one for each deal "
                       "(a \"date\" attribute, or a GEXF start or spell)")
                    .arg(d.id));
        } else {
            const QString text = date->text.trimmed();
            const qsizetype t = text.indexOf(u'T');
            const QDate day = FuzzyDate::parseIsoDate(t == 10 ? QStringView(text).left(10) : QStringView(text));
            if (!day.isValid())
                report(date->at, Tr::tr("invalid date \"%1\" of edge \"%2\" (expected YYYY-MM-DD)").arg(text, d.id));
            else if (!FuzzyDate::isPeriodStart(day, precision))
                report(date->at, Tr::tr("date %1 is not the first day of its %2").arg(text, enumKey(precision)));
            else
                d.date = FuzzyDate(day, precision);
        }
        if (e.start && date != &*e.start && !m_graph.ownFile)
            keep(*e.start, extra);

        // Amount
        auto money = [this, &d](const Value &v, bool billions) -> std::optional<Money> {
            const QString text = v.text.trimmed();
            if (text.startsWith(u'-')) {
                report(v.at, Tr::tr("amount \"%1\" of edge \"%2\" must not be negative").arg(text, d.id));
                return std::nullopt;
            }
            const auto m = billions ? Money::fromBillionsString(text) : Money::fromUsdString(text);
            if (!m) {
                report(v.at,
                    billions ? Tr::tr("malformed amount \"%1\" of edge \"%2\" (expected billions of USD such as 2.5)")
                                   .arg(text, d.id)
                             : Tr::tr("malformed amount \"%1\" of edge \"%2\" (expected whole US dollars, digits only)")
                                   .arg(text, d.id));
                return std::nullopt;
            }
            if (!m->isAcceptable()) {
                report(v.at,
                    Tr::tr("amount \"%1\" is larger than CapFlow accepts (at most %2 USD)")
                        .arg(text, Money::fromUsd(Money::MaxUsd).toUsdString()));
                return std::nullopt;
            }
            return m;
        };
        const Value *usd = values.take(QStringLiteral("amount_usd"));
        const Value *bn = values.take(QStringLiteral("amount_usd_bn"));
        const Value *disclosed = values.take(QStringLiteral("disclosed"));
        const bool undisclosed = disclosed && disclosed->text.trimmed().compare(u"false", Qt::CaseInsensitive) == 0;
        const Value *amount = usd ? usd : bn;
        if (amount) {
            d.amount = money(*amount, amount == bn);
        } else if (e.weight && !m_graph.ownFile && !undisclosed) {
            amount = &*e.weight;
            d.amount = money(*amount, true);
        }
        if (e.weight && amount != &*e.weight && !m_graph.ownFile)
            keep(*e.weight, extra);
        if (d.amount && __builtin_add_overflow(total, d.amount->usd(), &total) && !totalReported) {
            report(
                amount->at, Tr::tr("the amounts of the deals up to here add up to more than CapFlow can add exactly"));
            totalReported = true;
        }
        if (const Value *k = values.take(QStringLiteral("amount_kind"))) {
            if (const auto known = enumFromKey<AmountKind>(k->text.trimmed()))
                d.amountKind = *known;
            else
                report(k->at,
                    Tr::tr("unknown amount kind \"%1\" (expected one of: %2)").arg(k->text, enumKeyList<AmountKind>()));
        }
        if (const Value *gw = values.take(QStringLiteral("capacity_gw"))) {
            d.capacityMw = Decimal::parse(gw->text.trimmed(), 3);
            if (!d.capacityMw)
                report(gw->at, Tr::tr("malformed capacity \"%1\" (expected gigawatts such as 1.5)").arg(gw->text));
        }

        // Sources and notes
        const Value *urls = values.take(QStringLiteral("source_urls"));
        const Value *titles = values.take(QStringLiteral("source_titles"));
        if (urls) {
            const QStringList titleList = titles ? titles->text.split(u'\n') : QStringList();
            const QStringList urlList = urls->text.split(u'\n');
            for (qsizetype i = 0; i < urlList.size(); ++i) {
                const QString url = urlList[i].trimmed();
                if (url.isEmpty())
                    continue;
                if (const QString why = Validation::sourceUrlProblem(url); !why.isEmpty())
                    report(urls->at, why);
                d.sources << Source {url, titleList.value(i)};
            }
        } else if (titles) {
            keep(*titles, extra);
        }
        if (const Value *en = values.take(QStringLiteral("note_en")))
            d.note.en = en->text;
        if (const Value *de = values.take(QStringLiteral("note_de")))
            d.note.de = de->text;
        for (qsizetype i = 0; i < e.values.size(); ++i) {
            if (!values.used.contains(i))
                keep(e.values[i], extra);
        }
        appendLines(d.note.en, extra);
        if (m_result.problems.size() == problemsBefore)
            m_result.data.deals << d;
    }
}

std::optional<Format> formatOfRoot(QStringView name)
{
    if (name == u"graphml")
        return Format::GraphML;
    if (name == u"gexf")
        return Format::Gexf;
    return std::nullopt;
}

// Moves to the root element; false at an error or the end.
bool toRoot(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}
} // namespace

std::optional<Format> detect(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    return toRoot(xml) ? formatOfRoot(xml.name()) : std::nullopt;
}

Result read(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    QXmlStreamReader xml(bytes);
    RawGraph graph;
    auto xmlProblem = [&]() {
        const At at = here(xml);
        result.problems = {Problem {fileName, at.line, at.column, Tr::tr("malformed XML: %1").arg(xml.errorString())}};
    };
    if (!toRoot(xml)) {
        if (xml.hasError())
            xmlProblem();
        else {
            const At at = here(xml);
            result.problems << Problem {
                fileName, at.line, at.column, Tr::tr("the file has no XML element; expected GraphML or GEXF")};
        }
        return result;
    }
    const auto format = formatOfRoot(xml.name());
    if (!format) {
        const At at = here(xml);
        result.problems << Problem {fileName, at.line, at.column,
            Tr::tr("not a GraphML or GEXF file: the root element is <%1>").arg(xml.name())};
        return result;
    }
    if (*format == Format::GraphML)
        GraphmlParser(xml, graph, fileName).parse();
    else
        GexfParser(xml, graph, fileName).parse();
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext(); // what follows the root: only comments and processing instructions are allowed
    if (xml.hasError()) {
        xmlProblem();
        return result;
    }
    result.problems = graph.problems;
    if (result.problems.isEmpty())
        Converter(graph, fileName, result).convert();
    if (!result.problems.isEmpty()) {
        result.data = DocumentData {};
        result.ignored.clear();
    }
    return result;
}

} // namespace GraphFileReader
