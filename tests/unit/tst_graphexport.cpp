// GraphML, GEXF and DOT exports read back by the real tools: networkx (GraphML, GEXF, pydot's DOT
// reader), igraph (GraphML), dot and gvpr. The Python readers are tests/data/readback/*.py; they
// print JSON, which is checked here. Missing tools skip their test.
#include "files/DocumentFiles.h"
#include "io/GraphExport.h"
#include "support/Builders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString Python = QStringLiteral("/usr/bin/python3"); // Debian's, with its modules (not a pyenv shim)
const QString Quoted = QStringLiteral("He said \"hi\" <b> & co \\"); // ends in a backslash
const QString Cjk = QStringLiteral("北京智谱 🤖 AI");

// Names with quotes, markup, a trailing backslash, CJK and an emoji; two parallel equity deals
// (one of $0.415bn, month and quarter precision), an undisclosed deal with capacity, an up-to
// amount, a divestment (money runs against from -> to), two valuations and a company without deals.
DocumentData fixture()
{
    DocumentData data;
    data.title = QStringLiteral("Flows \"Q\" & <test>");
    Company quote = CompanyBuilder(QStringLiteral("quote"))
                        .name(Quoted)
                        .kind(CompanyKind::Investor)
                        .country(QStringLiteral("US"));
    Company zhipu
        = CompanyBuilder(QStringLiteral("zhipu")).name(Cjk).kind(CompanyKind::AiLab).country(QStringLiteral("CN"));
    zhipu.note = {QStringLiteral("Lab & <co>"), QStringLiteral("Labor für KI")};
    data.companies = {quote, zhipu, CompanyBuilder(QStringLiteral("plain")).name(QStringLiteral("Plain Co")),
        CompanyBuilder(QStringLiteral("lonely"))};

    Deal d1 = DealBuilder(QStringLiteral("D1"), QStringLiteral("quote"), QStringLiteral("zhipu"))
                  .billions(10)
                  .on(QDate(2024, 3, 1), DatePrecision::Month)
                  .sources({{QStringLiteral("https://a.example/1"), QStringLiteral("Title | one")},
                      {QStringLiteral("https://b.example/2?x=1&y=2"), QStringLiteral("Title two")}})
                  .note(QStringLiteral("line one\nline \"two\""));
    d1.note.de = QStringLiteral("Zeile äöü");
    data.deals = {d1,
        DealBuilder(QStringLiteral("D2"), QStringLiteral("quote"), QStringLiteral("zhipu"))
            .usd(415'000'000)
            .on(QDate(2024, 7, 1), DatePrecision::Quarter),
        DealBuilder(QStringLiteral("D3"), QStringLiteral("zhipu"), QStringLiteral("plain"))
            .kind(DealKind::Compute)
            .on(QDate(2025, 1, 15)),
        DealBuilder(QStringLiteral("D4"), QStringLiteral("plain"), QStringLiteral("zhipu"))
            .kind(DealKind::Compute)
            .billions(100)
            .amountKind(AmountKind::UpTo)
            .on(QDate(2025, 2, 3)),
        DealBuilder(QStringLiteral("D5"), QStringLiteral("plain"), QStringLiteral("zhipu"))
            .kind(DealKind::Divestment)
            .billions(2)
            .on(QDate(2025, 3, 4))};
    data.deals[2].capacityMw = 1500;
    data.valuations = {ValuationBuilder(QStringLiteral("V2"), QStringLiteral("zhipu"))
                           .on(QDate(2025, 1, 1), DatePrecision::Quarter)
                           .billions(40),
        ValuationBuilder(QStringLiteral("V1"), QStringLiteral("zhipu")).on(QDate(2024, 6, 1)).billions(20)};
    return data;
}

QString readbackScript(const char *name)
{
    return QStringLiteral(CAPFLOW_TEST_DATA "/readback/") + QLatin1String(name);
}

// Empty when /usr/bin/python3 can import the modules, else why not.
QString missingPython(const QStringList &modules)
{
    if (!QFile::exists(Python))
        return Python + QStringLiteral(" is missing");
    QProcess p;
    p.start(Python, {QStringLiteral("-c"), QStringLiteral("import ") + modules.join(u',')});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Python + QStringLiteral(" cannot import ") + modules.join(QStringLiteral(", "))
            + QStringLiteral(" (install python3-networkx python3-igraph python3-pydot)");
    return {};
}

QString missingProgram(const QString &program)
{
    return QFile::exists(program) ? QString() : program + QStringLiteral(" is missing (install graphviz)");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Run result;
    if (p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit)
        result.exitCode = p.exitCode();
    result.out = p.readAllStandardOutput();
    result.err = p.readAllStandardError();
    return result;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// The edge objects of a readback by their deal id.
QHash<QString, QJsonObject> edgesById(const QJsonObject &graph, const QString &idField)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &e : graph[QStringLiteral("edges")].toArray())
        result.insert(e[idField].toString(), e.toObject());
    return result;
}

QString labelOf(const QJsonObject &graph, const QString &node)
{
    return graph[QStringLiteral("nodes")][node][QStringLiteral("label")].toString();
}
} // namespace

#define READ_BACK(result, program, arguments)                                                                          \
    const Run result##Run = run(program, arguments);                                                                   \
    QVERIFY2(result##Run.exitCode == 0, result##Run.err.constData());                                                  \
    QJsonParseError result##Error;                                                                                     \
    const QJsonObject result = QJsonDocument::fromJson(result##Run.out, &result##Error).object();                      \
    QVERIFY2(result##Error.error == QJsonParseError::NoError, qPrintable(result##Error.errorString()));

class TestGraphExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void graphmlReadsInNetworkx()
    {
        if (const QString why = missingPython({QStringLiteral("networkx")}); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString path = writeFile(m_dir, QStringLiteral("f.graphml"), GraphExport::toGraphML(fixture()));
        READ_BACK(g, Python, (QStringList {readbackScript("networkx_read.py"), QStringLiteral("graphml"), path}));

        QVERIFY(g[QStringLiteral("directed")].toBool());
        QVERIFY(g[QStringLiteral("multigraph")].toBool()); // D1 and D2 both run quote -> zhipu
        QCOMPARE(g[QStringLiteral("title")].toString(), fixture().title);
        QCOMPARE(g[QStringLiteral("nodes")].toObject().size(), 4);
        QCOMPARE(labelOf(g, QStringLiteral("quote")), Quoted);
        QCOMPARE(labelOf(g, QStringLiteral("zhipu")), Cjk);
        const QJsonObject zhipu = g[QStringLiteral("nodes")][QStringLiteral("zhipu")].toObject();
        QCOMPARE(zhipu[QStringLiteral("kind")].toString(), QStringLiteral("ai_lab"));
        QCOMPARE(zhipu[QStringLiteral("country")].toString(), QStringLiteral("CN"));
        QCOMPARE(zhipu[QStringLiteral("note_en")].toString(), QStringLiteral("Lab & <co>"));
        QCOMPARE(zhipu[QStringLiteral("note_de")].toString(), QStringLiteral("Labor für KI"));
        QCOMPARE(zhipu[QStringLiteral("valuations")].toString(),
            QStringLiteral("2024-06-01=20000000000 post_money; 2025-01-01=40000000000 post_money"));
        QCOMPARE(zhipu[QStringLiteral("latest_valuation_usd_bn")].toDouble(), 40.0);

        const auto edges = edgesById(g, QStringLiteral("key"));
        QCOMPARE(g[QStringLiteral("edges")].toArray().size(), 5);
        const QJsonObject d1 = edges[QStringLiteral("D1")];
        QCOMPARE(d1[QStringLiteral("source")].toString(), QStringLiteral("quote"));
        QCOMPARE(d1[QStringLiteral("target")].toString(), QStringLiteral("zhipu"));
        QCOMPARE(d1[QStringLiteral("deal_id")].toString(), QStringLiteral("D1"));
        QCOMPARE(d1[QStringLiteral("date")].toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(d1[QStringLiteral("date_precision")].toString(), QStringLiteral("month"));
        QCOMPARE(d1[QStringLiteral("amount_usd")].toString(), QStringLiteral("10000000000"));
        QCOMPARE(d1[QStringLiteral("source_urls")].toString(),
            QStringLiteral("https://a.example/1\nhttps://b.example/2?x=1&y=2"));
        QCOMPARE(d1[QStringLiteral("source_titles")].toString(), QStringLiteral("Title | one\nTitle two"));
        QCOMPARE(d1[QStringLiteral("note_en")].toString(), QStringLiteral("line one\nline \"two\""));
        QCOMPARE(d1[QStringLiteral("note_de")].toString(), QStringLiteral("Zeile äöü"));
        const QJsonObject d2 = edges[QStringLiteral("D2")];
        QCOMPARE(d2[QStringLiteral("amount_usd")].toString(), QStringLiteral("415000000"));
        QCOMPARE(d2[QStringLiteral("amount_usd_bn")].toDouble(), 0.415);
        QCOMPARE(d2[QStringLiteral("types")][QStringLiteral("amount_usd_bn")].toString(), QStringLiteral("float"));
        QCOMPARE(d2[QStringLiteral("types")][QStringLiteral("amount_usd")].toString(), QStringLiteral("str"));
        QCOMPARE(d2[QStringLiteral("date_precision")].toString(), QStringLiteral("quarter"));
        const QJsonObject d3 = edges[QStringLiteral("D3")];
        QVERIFY(!d3.contains(QStringLiteral("amount_usd")));
        QCOMPARE(d3[QStringLiteral("disclosed")].toBool(true), false);
        QCOMPARE(d3[QStringLiteral("types")][QStringLiteral("disclosed")].toString(), QStringLiteral("bool"));
        QCOMPARE(d3[QStringLiteral("capacity_gw")].toDouble(), 1.5);
        QCOMPARE(d3[QStringLiteral("types")][QStringLiteral("capacity_gw")].toString(), QStringLiteral("float"));
        QCOMPARE(edges[QStringLiteral("D4")][QStringLiteral("amount_kind")].toString(), QStringLiteral("up_to"));
        QCOMPARE(edges[QStringLiteral("D4")][QStringLiteral("kind")].toString(), QStringLiteral("compute"));
        // The seller is paid: the divestment's money runs from zhipu (whose shares were sold) to plain.
        QCOMPARE(edges[QStringLiteral("D5")][QStringLiteral("source")].toString(), QStringLiteral("zhipu"));
        QCOMPARE(edges[QStringLiteral("D5")][QStringLiteral("target")].toString(), QStringLiteral("plain"));
    }

    void graphmlReadsInIgraph()
    {
        if (const QString why = missingPython({QStringLiteral("igraph")}); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString path = writeFile(m_dir, QStringLiteral("i.graphml"), GraphExport::toGraphML(fixture()));
        READ_BACK(g, Python, (QStringList {readbackScript("graphml_igraph.py"), path}));
        QVERIFY(g[QStringLiteral("directed")].toBool());
        QCOMPARE(g[QStringLiteral("labels")].toArray(),
            QJsonArray({Quoted, Cjk, QStringLiteral("Plain Co"), QStringLiteral("lonely")}));
        QCOMPARE(g[QStringLiteral("ids")].toArray(),
            QJsonArray(
                {QStringLiteral("quote"), QStringLiteral("zhipu"), QStringLiteral("plain"), QStringLiteral("lonely")}));
        QCOMPARE(g[QStringLiteral("edges")].toArray().size(), 5);
        const auto edges = edgesById(g, QStringLiteral("id"));
        QCOMPARE(edges[QStringLiteral("D2")][QStringLiteral("amount_usd")].toString(), QStringLiteral("415000000"));
        QCOMPARE(edges[QStringLiteral("D2")][QStringLiteral("amount_usd_bn")].toDouble(), 0.415);
        QCOMPARE(edges[QStringLiteral("D2")][QStringLiteral("source")].toString(), QStringLiteral("quote"));
        QVERIFY(edges[QStringLiteral("D3")][QStringLiteral("amount_usd_bn")].isNull()); // undisclosed
        QCOMPARE(edges[QStringLiteral("D5")][QStringLiteral("source")].toString(), QStringLiteral("zhipu"));
    }

    // yEd shows the labels of yFiles' nodegraphics data, not GraphML keys.
    void graphmlHasYedLabels()
    {
        const DocumentData data = fixture();
        QXmlStreamReader xml(GraphExport::toGraphML(data));
        const QString y = QStringLiteral("http://www.yworks.com/xml/graphml");
        bool nodeGraphicsKey = false;
        QStringList labels;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"key" && a.value(QStringLiteral("yfiles.type")) == u"nodegraphics"
                && a.value(QStringLiteral("for")) == u"node")
                nodeGraphicsKey = true;
            if (xml.namespaceUri() == y && xml.name() == u"NodeLabel")
                labels << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(nodeGraphicsKey);
        QCOMPARE(labels, QStringList({Quoted, Cjk, QStringLiteral("Plain Co"), QStringLiteral("lonely")}));
    }

    void gexfReadsInNetworkxAsDynamicGraph()
    {
        if (const QString why = missingPython({QStringLiteral("networkx")}); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString path = writeFile(m_dir, QStringLiteral("f.gexf"), GraphExport::toGexf(fixture()));
        READ_BACK(g, Python, (QStringList {readbackScript("networkx_read.py"), QStringLiteral("gexf"), path}));

        QCOMPARE(g[QStringLiteral("mode")].toString(), QStringLiteral("dynamic"));
        QVERIFY(g[QStringLiteral("directed")].toBool());
        QVERIFY(g[QStringLiteral("multigraph")].toBool());
        QCOMPARE(g[QStringLiteral("nodes")].toObject().size(), 4);
        QCOMPARE(labelOf(g, QStringLiteral("quote")), Quoted);
        QCOMPARE(labelOf(g, QStringLiteral("zhipu")), Cjk);
        const QJsonObject nodes = g[QStringLiteral("nodes")].toObject();
        QCOMPARE(nodes[QStringLiteral("quote")][QStringLiteral("kind")].toString(), QStringLiteral("investor"));
        QCOMPARE(nodes[QStringLiteral("quote")][QStringLiteral("country")].toString(), QStringLiteral("US"));
        // A company starts with its first deal; one without deals has no start.
        QCOMPARE(nodes[QStringLiteral("quote")][QStringLiteral("start")].toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(nodes[QStringLiteral("plain")][QStringLiteral("start")].toString(), QStringLiteral("2025-01-15"));
        QVERIFY(!nodes[QStringLiteral("lonely")].toObject().contains(QStringLiteral("start")));
        // One spell per valuation, the last open-ended (networkx reads a missing end as "None").
        QCOMPARE(nodes[QStringLiteral("zhipu")][QStringLiteral("valuation_usd_bn")].toArray(),
            QJsonArray({QJsonArray({20.0, QStringLiteral("2024-06-01"), QStringLiteral("2024-12-31")}),
                QJsonArray({40.0, QStringLiteral("2025-01-01"), QStringLiteral("None")})}));
        QCOMPARE(nodes[QStringLiteral("zhipu")][QStringLiteral("latest_valuation_usd_bn")].toDouble(), 40.0);

        QCOMPARE(g[QStringLiteral("edges")].toArray().size(), 5);
        const auto edges = edgesById(g, QStringLiteral("id"));
        for (auto it = edges.cbegin(); it != edges.cend(); ++it) // the MultiDiGraph is keyed by deal id
            QCOMPARE(it.value()[QStringLiteral("key")].toString(), it.key());
        QCOMPARE(edges.size(), 5);
        for (const QString &id : {QStringLiteral("D1"), QStringLiteral("D2")}) {
            QCOMPARE(edges[id][QStringLiteral("source")].toString(), QStringLiteral("quote"));
            QCOMPARE(edges[id][QStringLiteral("target")].toString(), QStringLiteral("zhipu"));
        }
        const QJsonObject d1 = edges[QStringLiteral("D1")];
        QCOMPARE(d1[QStringLiteral("start")].toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(d1[QStringLiteral("weight")].toDouble(), 10.0);
        QCOMPARE(d1[QStringLiteral("kind")].toString(), QStringLiteral("equity"));
        QCOMPARE(d1[QStringLiteral("source_urls")].toString(),
            QStringLiteral("https://a.example/1\nhttps://b.example/2?x=1&y=2"));
        QCOMPARE(d1[QStringLiteral("note_en")].toString(), QStringLiteral("line one\nline \"two\""));
        const QJsonObject d2 = edges[QStringLiteral("D2")];
        QCOMPARE(d2[QStringLiteral("start")].toString(), QStringLiteral("2024-07-01"));
        QCOMPARE(d2[QStringLiteral("amount_usd")].toString(), QStringLiteral("415000000"));
        QCOMPARE(d2[QStringLiteral("amount_usd_bn")].toDouble(), 0.415);
        QCOMPARE(d2[QStringLiteral("types")][QStringLiteral("amount_usd_bn")].toString(), QStringLiteral("float"));
        QCOMPARE(d2[QStringLiteral("weight")].toDouble(), 0.415);
        QCOMPARE(d2[QStringLiteral("disclosed")].toBool(), true);
        const QJsonObject d3 = edges[QStringLiteral("D3")];
        QVERIFY(!d3.contains(QStringLiteral("weight")));
        QVERIFY(!d3.contains(QStringLiteral("amount_usd")));
        QCOMPARE(d3[QStringLiteral("disclosed")].toBool(true), false);
        QCOMPARE(d3[QStringLiteral("types")][QStringLiteral("disclosed")].toString(), QStringLiteral("bool"));
        QCOMPARE(d3[QStringLiteral("capacity_gw")].toDouble(), 1.5);
        QCOMPARE(edges[QStringLiteral("D4")][QStringLiteral("amount_kind")].toString(), QStringLiteral("up_to"));
        QCOMPARE(edges[QStringLiteral("D5")][QStringLiteral("source")].toString(), QStringLiteral("zhipu"));
    }

    // GEXF 1.3 (networkx 2.8 reads only 1.2draft): the namespace, the version and the same content.
    void gexf13IsWellFormed()
    {
        const DocumentData data = fixture();
        QXmlStreamReader xml(GraphExport::toGexf(data, GraphExport::GexfVersion::V1_3));
        const QString ns = QStringLiteral("http://gexf.net/1.3");
        int nodes = 0;
        int edges = 0;
        QString version;
        QString mode;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            QCOMPARE(xml.namespaceUri().toString(), ns);
            if (xml.name() == u"gexf")
                version = xml.attributes().value(QStringLiteral("version")).toString();
            if (xml.name() == u"graph")
                mode = xml.attributes().value(QStringLiteral("mode")).toString();
            nodes += xml.name() == u"node";
            if (xml.name() == u"edge") {
                ++edges;
                QVERIFY(xml.attributes().hasAttribute(QStringLiteral("start")));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(version, QStringLiteral("1.3"));
        QCOMPARE(mode, QStringLiteral("dynamic"));
        QCOMPARE(nodes, 4);
        QCOMPARE(edges, 5);
        QVERIFY(GraphExport::toGexf(data).contains("xmlns=\"http://www.gexf.net/1.2draft\""));
    }

    void dotRendersAndReadsInGvpr()
    {
        for (const QString &program : {QStringLiteral("/usr/bin/dot"), QStringLiteral("/usr/bin/gvpr")}) {
            if (const QString why = missingProgram(program); !why.isEmpty())
                QSKIP(qPrintable(why));
        }
        const QString path = writeFile(m_dir, QStringLiteral("f.dot"), GraphExport::toDot(fixture()));
        const Run svg = run(QStringLiteral("/usr/bin/dot"), {QStringLiteral("-Tsvg"), path});
        QVERIFY2(svg.exitCode == 0, svg.err.constData());
        QVERIFY2(svg.err.isEmpty(), svg.err.constData()); // no syntax warnings either
        QVERIFY(svg.out.contains("<svg"));
        QVERIFY(QString::fromUtf8(svg.out).contains(QStringLiteral("北京智谱 🤖 AI")));

        // gvpr sees the values as written: Graphviz keeps \\ and \n as two characters.
        const Run counts = run(QStringLiteral("/usr/bin/gvpr"),
            {QStringLiteral("BEG_G { printf(\"%d %d\\n\", nNodes($G), nEdges($G)) }"), path});
        QVERIFY2(counts.exitCode == 0, counts.err.constData());
        QCOMPARE(counts.out.trimmed(), QByteArray("4 5"));
        const Run values = run(QStringLiteral("/usr/bin/gvpr"),
            {QStringLiteral("N[name==\"quote\"] { print($.label); } "
                            "E { print(aget($, \"id\"), \" \", $.tail.name, \">\", $.head.name, \" \", "
                            "aget($, \"amount_usd\")); }"),
                path});
        QVERIFY2(values.exitCode == 0, values.err.constData());
        QStringList lines = QString::fromUtf8(values.out).split(u'\n', Qt::SkipEmptyParts);
        lines.sort(); // gvpr walks edges by node, not in document order
        QCOMPARE(lines,
            QStringList({QStringLiteral("D1 quote>zhipu 10000000000"), QStringLiteral("D2 quote>zhipu 415000000"),
                QStringLiteral("D3 zhipu>plain "), QStringLiteral("D4 plain>zhipu 100000000000"),
                QStringLiteral("D5 zhipu>plain 2000000000"), QStringLiteral("He said \"hi\" <b> & co \\\\")}));
    }

    void dotReadsInPydot()
    {
        if (const QString why = missingPython({QStringLiteral("networkx"), QStringLiteral("pydot")}); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString path = writeFile(m_dir, QStringLiteral("p.dot"), GraphExport::toDot(fixture()));
        READ_BACK(g, Python, (QStringList {readbackScript("dot_pydot.py"), path}));
        QVERIFY(g[QStringLiteral("directed")].toBool());
        QCOMPARE(g[QStringLiteral("nodes")].toObject().keys(),
            QStringList({QStringLiteral("lonely"), QStringLiteral("plain"), QStringLiteral("quote"),
                QStringLiteral("zhipu")})); // and no stray node "\n"
        QCOMPARE(labelOf(g, QStringLiteral("quote")), Quoted);
        QCOMPARE(labelOf(g, QStringLiteral("zhipu")), Cjk);
        QCOMPARE(g[QStringLiteral("edges")].toArray().size(), 5);
        const auto edges = edgesById(g, QStringLiteral("id"));
        QCOMPARE(edges[QStringLiteral("D2")][QStringLiteral("amount_usd")].toString(), QStringLiteral("415000000"));
        QCOMPARE(edges[QStringLiteral("D2")][QStringLiteral("amount_usd_bn")].toString(), QStringLiteral("0.415"));
        QCOMPARE(edges[QStringLiteral("D1")][QStringLiteral("note_en")].toString(),
            QStringLiteral("line one\nline \"two\""));
        QCOMPARE(edges[QStringLiteral("D1")][QStringLiteral("source")].toString(), QStringLiteral("quote"));
        QVERIFY(!edges[QStringLiteral("D3")].contains(QStringLiteral("amount_usd")));
    }

    // The bundled dataset: every company and deal, exact amounts.
    void bundledDatasetReadsBack()
    {
        const DocumentData data = DocumentFiles::bundled();
        QXmlStreamReader xml(GraphExport::toGraphML(data));
        int nodes = 0;
        int edges = 0;
        QString edge;
        QString amountOfD072;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            nodes += xml.name() == u"node";
            if (xml.name() == u"edge") {
                ++edges;
                edge = xml.attributes().value(QStringLiteral("id")).toString();
            }
            if (xml.name() == u"data" && edge == u"D072"
                && xml.attributes().value(QStringLiteral("key")) == u"e_amount_usd")
                amountOfD072 = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes, int(data.companies.size()));
        QCOMPARE(edges, int(data.deals.size()));
        QCOMPARE(amountOfD072, QStringLiteral("1400000000000")); // exact, not 1.4e+12

        const QString dot = QString::fromUtf8(GraphExport::toDot(data));
        QVERIFY(dot.startsWith(QStringLiteral("digraph")));
        QCOMPARE(int(dot.count(QStringLiteral("->"))), int(data.deals.size()));
        QVERIFY(dot.contains(QStringLiteral("amount_usd=\"30000000000\"")));

        if (const QString why = missingPython({QStringLiteral("networkx")}); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString path = writeFile(m_dir, QStringLiteral("bundled.gexf"), GraphExport::toGexf(data));
        READ_BACK(g, Python, (QStringList {readbackScript("networkx_read.py"), QStringLiteral("gexf"), path}));
        QCOMPARE(g[QStringLiteral("mode")].toString(), QStringLiteral("dynamic"));
        QCOMPARE(g[QStringLiteral("nodes")].toObject().size(), int(data.companies.size()));
        const QJsonArray gexfEdges = g[QStringLiteral("edges")].toArray();
        QCOMPARE(gexfEdges.size(), int(data.deals.size()));
        for (const QJsonValue &e : gexfEdges)
            QVERIFY2(!e[QStringLiteral("start")].toString().isEmpty(), qPrintable(e[QStringLiteral("id")].toString()));
        QCOMPARE(edgesById(g, QStringLiteral("id"))[QStringLiteral("D016")][QStringLiteral("amount_usd")].toString(),
            QStringLiteral("643700000"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
