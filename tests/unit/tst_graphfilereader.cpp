// GraphFileReader: CapFlow's own GraphML and GEXF read back to the same data; files of networkx,
// Gephi and yEd read with names, amounts and ignored attributes; bad input located.
#include "import/GraphFileReader.h"
#include "io/CapflowFormat.h"
#include "io/GraphExport.h"
#include "support/Builders.h"
#include "support/TestFiles.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using GraphFileReader::Format;

namespace {
const QString Python = QStringLiteral("/usr/bin/python3"); // Debian's, with networkx (not a pyenv shim)

// A divestment, an undisclosed deal with capacity, an up-to amount, quarter and month
// precision, two sources, notes in both languages with markup and line breaks, awkward names.
DocumentData fixture()
{
    DocumentData data;
    data.title = QStringLiteral("Flows \"Q\" & <test>");
    Company quote = CompanyBuilder(QStringLiteral("quote"))
                        .name(QStringLiteral("He said \"hi\" <b> & co \\"))
                        .kind(CompanyKind::Investor)
                        .country(QStringLiteral("US"));
    Company zhipu = CompanyBuilder(QStringLiteral("zhipu"))
                        .name(QStringLiteral("北京智谱 🤖 AI"))
                        .kind(CompanyKind::AiLab)
                        .country(QStringLiteral("CN"));
    zhipu.note = {QStringLiteral("Lab & <co>\nsecond line"), QStringLiteral("Labor für KI")};
    data.companies = {quote, zhipu, CompanyBuilder(QStringLiteral("plain")).name(QStringLiteral("Plain Co")),
        CompanyBuilder(QStringLiteral("lonely")).kind(CompanyKind::Chips)};

    Deal d1 = DealBuilder(QStringLiteral("D1"), QStringLiteral("quote"), QStringLiteral("zhipu"))
                  .billions(10)
                  .on(QDate(2024, 3, 1), DatePrecision::Month)
                  .sources({{QStringLiteral("https://a.example/1"), QStringLiteral("Title | one")},
                      {QStringLiteral("https://b.example/2?x=1&y=2"), QStringLiteral("Title two")}})
                  .note(QStringLiteral("line one\nline \"two\""));
    d1.note.de = QStringLiteral("Zeile äöü");
    Deal undisclosed = DealBuilder(QStringLiteral("D3"), QStringLiteral("zhipu"), QStringLiteral("plain"))
                           .kind(DealKind::Compute)
                           .amountKind(AmountKind::Estimated)
                           .on(QDate(2025, 1, 15));
    undisclosed.capacityMw = 1500;
    data.deals = {d1,
        DealBuilder(QStringLiteral("D2"), QStringLiteral("quote"), QStringLiteral("zhipu"))
            .usd(415000001)
            .on(QDate(2024, 7, 1), DatePrecision::Quarter),
        undisclosed,
        DealBuilder(QStringLiteral("D4"), QStringLiteral("plain"), QStringLiteral("zhipu"))
            .kind(DealKind::Loan)
            .billions(100)
            .amountKind(AmountKind::UpTo)
            .on(QDate(2025, 1, 1), DatePrecision::Year),
        DealBuilder(QStringLiteral("D5"), QStringLiteral("plain"), QStringLiteral("zhipu"))
            .kind(DealKind::Divestment)
            .billions(2)
            .on(QDate(2025, 3, 4))};
    data.valuations
        = {ValuationBuilder(QStringLiteral("V1"), QStringLiteral("zhipu")).on(QDate(2024, 6, 1)).billions(20),
            ValuationBuilder(QStringLiteral("V2"), QStringLiteral("zhipu")).on(QDate(2025, 1, 1)).billions(40)};
    return data;
}

DocumentData dataset()
{
    const QByteArray bytes
        = fileContents(QStringLiteral(CAPFLOW_SOURCE_DIR "/resources/dataset/ai-capital-flows.capflow"));
    return CapflowFormat::read(bytes, QStringLiteral("ai-capital-flows.capflow")).data;
}

QString problemsText(const GraphFileReader::Result &result)
{
    QStringList lines;
    for (const Problem &p : result.problems)
        lines << p.toString();
    return lines.join(u'\n');
}

#define VERIFY_READ(result) QVERIFY2((result).ok(), qPrintable(problemsText(result)))

const Deal *dealById(const DocumentData &data, const QString &id)
{
    for (const Deal &d : data.deals) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QByteArray bytesOf(const char *utf8)
{
    return QByteArray(utf8);
}
} // namespace

// Multi-line raw strings confuse moc, so the hand-written files are defined after the class.
namespace Fixtures {
QByteArray gephiGexf13();
QByteArray gexf11();
QByteArray yedGraphml();
QByteArray uniqueIds();
QString networkxScript(); // writes the graph with networkx's writer %1 to argv[1]
} // namespace Fixtures

class TestGraphFileReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<DocumentData>("data");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Format>("format");
        const DocumentData bundled = dataset();
        QVERIFY(bundled.deals.size() > 20);
        for (const auto &[name, data] : {std::pair {"fixture", fixture()}, std::pair {"dataset", bundled}}) {
            QTest::addRow("%s graphml", name) << data << GraphExport::toGraphML(data) << Format::GraphML;
            QTest::addRow("%s gexf 1.2", name) << data << GraphExport::toGexf(data) << Format::Gexf;
            QTest::addRow("%s gexf 1.3", name)
                << data << GraphExport::toGexf(data, GraphExport::GexfVersion::V1_3) << Format::Gexf;
        }
    }

    void roundTrip()
    {
        QFETCH(DocumentData, data);
        QFETCH(QByteArray, bytes);
        QFETCH(Format, format);
        QCOMPARE(GraphFileReader::detect(bytes), std::optional(format));
        const auto result = GraphFileReader::read(bytes, QStringLiteral("export"));
        VERIFY_READ(result);
        QCOMPARE(result.ignored, QStringList());
        QCOMPARE(result.data.title, data.title);
        QCOMPARE(result.data.companies.size(), data.companies.size());
        for (qsizetype i = 0; i < data.companies.size(); ++i) {
            const Company &want = data.companies[i];
            const Company &got = result.data.companies[i];
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.kind, want.kind);
            QCOMPARE(got.country, want.country);
            QCOMPARE(got.note.en, want.note.en);
            QCOMPARE(got.note.de, want.note.de);
        }
        QCOMPARE(result.data.deals.size(), data.deals.size());
        for (qsizetype i = 0; i < data.deals.size(); ++i) {
            const Deal want = asInPlainFormats(data.deals[i]);
            const Deal &got = result.data.deals[i];
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.from, want.from);
            QCOMPARE(got.to, want.to);
            QCOMPARE(got.kind, want.kind);
            QCOMPARE(got.date, want.date);
            QCOMPARE(got.amount, want.amount);
            QCOMPARE(got.amountKind, want.amountKind);
            QCOMPARE(got.capacityMw, want.capacityMw);
            QCOMPARE(got.sources, want.sources);
            QCOMPARE(got.note, want.note);
            QVERIFY(got == want);
        }
        // Valuations come back by company and date, day-precise, numbered anew.
        auto key = [](const Valuation &v) {
            return v.company + u' ' + v.date.periodStart().toString(Qt::ISODate) + u' ' + v.value.toUsdString() + u' '
                + enumKey(v.kind);
        };
        QStringList want;
        for (const Valuation &v : data.valuations)
            want << key(v);
        QStringList got;
        for (const Valuation &v : result.data.valuations)
            got << key(v);
        want.sort();
        got.sort();
        QCOMPARE(got, want);
    }

    void divestmentEdgeIsFlipped()
    {
        // The exported edge runs from the sold company to the seller; the deal reads back as sold.
        const QByteArray bytes = GraphExport::toGraphML(fixture());
        QVERIFY(bytes.contains(R"(<edge id="D5" source="zhipu" target="plain">)"));
        const auto result = GraphFileReader::read(bytes, QStringLiteral("f.graphml"));
        VERIFY_READ(result);
        const Deal *d5 = dealById(result.data, QStringLiteral("D5"));
        QVERIFY(d5);
        QCOMPARE(d5->from, QStringLiteral("plain"));
        QCOMPARE(d5->to, QStringLiteral("zhipu"));
    }

    void networkx_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QStringList>("dealIds");
        QTest::addColumn<QStringList>("ignored");
        QTest::newRow("gexf") << QStringLiteral("write_gexf") << QStringList {QStringLiteral("0"), QStringLiteral("1")}
                              << QStringList {QStringLiteral("score"), QStringLiteral("networkx_key")};
        QTest::newRow("graphml") << QStringLiteral("write_graphml")
                                 << QStringList {QStringLiteral("k1"), QStringLiteral("k2")}
                                 << QStringList {QStringLiteral("score")};
    }

    void networkx()
    {
        QFETCH(QString, writer);
        QFETCH(QStringList, dealIds);
        QFETCH(QStringList, ignored);
        if (!QFile::exists(Python))
            QSKIP("/usr/bin/python3 is missing");
        const QString path = m_dir.filePath(writer);
        const QString script = Fixtures::networkxScript().arg(writer);
        QProcess p;
        p.start(Python, {QStringLiteral("-c"), script, path});
        QVERIFY(p.waitForFinished(120000));
        if (p.exitCode() != 0 && p.readAllStandardError().contains("No module named 'networkx'"))
            QSKIP("networkx is missing (install python3-networkx)");
        QCOMPARE(p.exitCode(), 0);

        const QByteArray bytes = fileContents(path);
        const auto result = GraphFileReader::read(bytes, path);
        VERIFY_READ(result);
        QCOMPARE(result.ignored, ignored);
        const QList<Company> &companies = result.data.companies;
        QCOMPARE(companies.size(), 3);
        QCOMPARE(companies[0].id, QStringLiteral("openai"));
        QCOMPARE(companies[0].name, QStringLiteral("OpenAI"));
        QCOMPARE(companies[1].name, QStringLiteral("Microsoft"));
        QCOMPARE(companies[2].id, QStringLiteral("nvidia-corp")); // "n v" is no CapFlow id
        QCOMPARE(companies[2].name, QStringLiteral("Nvidia Corp"));
        QCOMPARE(companies[2].kind, CompanyKind::Other);
        QCOMPARE(companies[2].note.en, QString());

        const QList<Deal> &deals = result.data.deals;
        QCOMPARE(deals.size(), 2);
        QCOMPARE(deals[0].id, dealIds[0]);
        QCOMPARE(deals[1].id, dealIds[1]);
        QCOMPARE(deals[0].from, QStringLiteral("msft"));
        QCOMPARE(deals[0].to, QStringLiteral("openai"));
        QCOMPARE(deals[1].from, QStringLiteral("nvidia-corp"));
        QCOMPARE(deals[0].kind, DealKind::Partnership);
        QCOMPARE(deals[0].amount, std::optional(Money::fromUsd(10000000000)));
        QCOMPARE(deals[1].amount, std::optional(Money::fromUsd(2500000000)));
        QCOMPARE(deals[0].date, FuzzyDate(QDate(2023, 1, 23), DatePrecision::Day));
        QCOMPARE(deals[1].date, FuzzyDate(QDate(2024, 5, 1), DatePrecision::Day));
        QVERIFY2(deals[0].note.en.startsWith(QStringLiteral("score: 0.75")), qPrintable(deals[0].note.en));
        QVERIFY(deals[1].note.en.contains(QStringLiteral("score: 1.5")));
        QCOMPARE(deals[0].note.en.contains(QStringLiteral("networkx_key: k1")), ignored.size() == 2);
    }

    void gephiGexf13()
    {
        // As Gephi 0.10 exports a dynamic graph: labels, weights, a modularity class, a dynamic
        // score, viz data, date-times and spells; no CapFlow attributes at all.
        const QByteArray bytes = Fixtures::gephiGexf13();
        QCOMPARE(GraphFileReader::detect(bytes), std::optional(Format::Gexf));
        const auto result = GraphFileReader::read(bytes, QStringLiteral("gephi.gexf"));
        VERIFY_READ(result);
        QCOMPARE(result.ignored,
            (QStringList {QStringLiteral("Modularity Class"), QStringLiteral("score"), QStringLiteral("label")}));
        const QList<Company> &companies = result.data.companies;
        QCOMPARE(companies.size(), 3);
        QCOMPARE(companies[0].id, QStringLiteral("0"));
        QCOMPARE(companies[0].name, QStringLiteral("Open AI"));
        QCOMPARE(companies[0].note.en,
            QStringLiteral("Modularity Class: 1\nscore: 3.5 (2024-01-01T00:00:00 – 2024-12-31T00:00:00)"));
        QCOMPARE(companies[1].name, QStringLiteral("open ai (1)")); // unique ignoring case
        QCOMPARE(companies[2].name, QStringLiteral("2")); // no label: the id
        const QList<Deal> &deals = result.data.deals;
        QCOMPARE(deals.size(), 3);
        QCOMPARE(deals[0].id, QStringLiteral("0"));
        QCOMPARE(deals[0].from, QStringLiteral("1"));
        QCOMPARE(deals[0].to, QStringLiteral("0"));
        QCOMPARE(deals[0].amount, std::optional(Money::fromUsd(13500000000)));
        QCOMPARE(deals[0].date, FuzzyDate(QDate(2024, 3, 5), DatePrecision::Day));
        QCOMPARE(deals[1].id, QStringLiteral("E1")); // no id at all
        QCOMPARE(deals[1].amount, std::optional(Money::fromUsd(250000000)));
        QCOMPARE(deals[1].date, FuzzyDate(QDate(2023, 11, 1), DatePrecision::Day));
        QCOMPARE(deals[1].kind, DealKind::Partnership);
        QCOMPARE(deals[1].note.en, QStringLiteral("label: friends"));
        QCOMPARE(deals[2].from, QStringLiteral("0")); // undirected: still source to target
        QCOMPARE(deals[2].amount, std::optional(Money::fromUsd(1000000000)));
        QCOMPARE(deals[2].date, FuzzyDate(QDate(2022, 2, 2), DatePrecision::Day));
    }

    void gexf11WithKindsAndDefaults()
    {
        // GEXF 1.1draft: defaults, a label that is a deal kind, disclosed=false wins over weight.
        const QByteArray bytes = Fixtures::gexf11();
        const auto result = GraphFileReader::read(bytes, QStringLiteral("old.gexf"));
        VERIFY_READ(result);
        QCOMPARE(result.data.companies[0].kind, CompanyKind::Cloud);
        QCOMPARE(result.data.companies[1].kind, CompanyKind::Chips);
        const Deal &x = result.data.deals[0];
        QCOMPARE(x.kind, DealKind::Compute);
        QCOMPARE(x.amount, std::optional(Money::fromUsd(3000000000)));
        QCOMPARE(x.date, FuzzyDate(QDate(2020, 1, 1), DatePrecision::Day));
        QCOMPARE(x.note.en, QString());
        const Deal &y = result.data.deals[1];
        QCOMPARE(y.kind, DealKind::Loan);
        QCOMPARE(y.amount, std::nullopt);
        QCOMPARE(y.date, FuzzyDate(QDate(2021, 4, 1), DatePrecision::Quarter));
        QCOMPARE(y.note.en, QStringLiteral("weight: 3")); // not used, so kept
        QCOMPARE(result.ignored, QStringList {QStringLiteral("weight")});
    }

    void yedGraphml()
    {
        // yEd: labels only in the node graphics (with a label model inside the label), an
        // undirected graph, a default kind, an unknown deal kind and company kind.
        const QByteArray bytes = Fixtures::yedGraphml();
        QCOMPARE(GraphFileReader::detect(bytes), std::optional(Format::GraphML));
        const auto result = GraphFileReader::read(bytes, QStringLiteral("yed.graphml"));
        VERIFY_READ(result);
        QCOMPARE(result.ignored, QStringList {QStringLiteral("description")});
        const QList<Company> &companies = result.data.companies;
        QCOMPARE(companies.size(), 2);
        QCOMPARE(companies[0].id, QStringLiteral("n0"));
        QCOMPARE(companies[0].name, QStringLiteral("SoftBank Group"));
        QCOMPARE(companies[0].kind, CompanyKind::Investor); // the key's default
        QCOMPARE(companies[0].note.en, QStringLiteral("description: Japanese & global"));
        QCOMPARE(companies[1].name, QStringLiteral("Stargate"));
        QCOMPARE(companies[1].kind, CompanyKind::Other);
        QCOMPARE(companies[1].note.en, QStringLiteral("kind: space_agency"));
        QCOMPARE(result.data.deals.size(), 1);
        const Deal &d = result.data.deals[0];
        QCOMPARE(d.id, QStringLiteral("e0"));
        QCOMPARE(d.from, QStringLiteral("n0"));
        QCOMPARE(d.to, QStringLiteral("n1"));
        QCOMPARE(d.kind, DealKind::Partnership);
        QCOMPARE(d.note.en, QStringLiteral("kind: joint_venture"));
        QCOMPARE(d.amount, std::optional(Money::fromUsd(19000000000)));
        QCOMPARE(d.date, FuzzyDate(QDate(2025, 1, 21), DatePrecision::Day));
    }

    void idsAreMadeUnique()
    {
        // deal_id wins over the edge id; repeated ids get a suffix; generated ones skip taken ids;
        // a node id with a space becomes a slug of the name, which must not take another's id.
        const QByteArray bytes = Fixtures::uniqueIds();
        const auto result = GraphFileReader::read(bytes, QStringLiteral("ids.graphml"));
        VERIFY_READ(result);
        QCOMPARE(result.data.companies[0].id, QStringLiteral("acme"));
        QCOMPARE(result.data.companies[1].id, QStringLiteral("acme-2"));
        QCOMPARE(result.data.companies[1].name, QStringLiteral("ACME"));
        QStringList ids;
        for (const Deal &d : result.data.deals)
            ids << d.id;
        QCOMPARE(ids, (QStringList {QStringLiteral("E1"), QStringLiteral("E1-2"), QStringLiteral("E2")}));
        QCOMPARE(result.data.deals[2].from, QStringLiteral("acme-2"));
        QCOMPARE(result.data.deals[2].date, FuzzyDate(QDate(2025, 2, 1), DatePrecision::Day));
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<std::optional<Format>>("format");
        QTest::newRow("graphml") << bytesOf("<?xml version='1.0'?><!-- c --><graphml/>")
                                 << std::optional(Format::GraphML);
        QTest::newRow("gexf") << bytesOf("<gexf xmlns='http://gexf.net/1.3'><graph/></gexf>")
                              << std::optional(Format::Gexf);
        QTest::newRow("html") << bytesOf("<html/>") << std::optional<Format>();
        QTest::newRow("empty") << QByteArray() << std::optional<Format>();
        QTest::newRow("json") << bytesOf("{\"format\": \"capflow\"}") << std::optional<Format>();
    }

    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(std::optional<Format>, format);
        QCOMPARE(GraphFileReader::detect(bytes), format);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray graphml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                                   "<key id=\"d\" for=\"edge\" attr.name=\"date\"/>\n"
                                   "<key id=\"u\" for=\"edge\" attr.name=\"amount_usd\"/>\n"
                                   "<key id=\"p\" for=\"edge\" attr.name=\"date_precision\"/>\n"
                                   "<key id=\"w\" for=\"edge\" attr.name=\"weight\"/>\n"
                                   "<graph><node id=\"a\"/><node id=\"b\"/>\n";
        const QByteArray end = "\n</graph></graphml>\n";
        QTest::newRow("mismatched tag") << graphml + "<edge source=\"a\" target=\"b\"></node>" + end << 7 << 35
                                        << QStringLiteral("malformed XML: ");
        QTest::newRow("truncated") << graphml << 7 << 1 << QStringLiteral("malformed XML: Premature end of document");
        QTest::newRow("empty") << QByteArray() << 1 << 1 << QStringLiteral("malformed XML: Premature end of document");
        QTest::newRow("not xml") << bytesOf("id,name\n") << 1 << 1 << QStringLiteral("malformed XML: ");
        QTest::newRow("other root") << bytesOf("<?xml version=\"1.0\"?>\n  <svg a=\"1\">\n</svg>") << 2 << 13
                                    << QStringLiteral("not a GraphML or GEXF file: the root element is <svg>");
        QTest::newRow("unknown node") << graphml
                + "<edge id=\"e\" source=\"a\" target=\"c\">"
                  "<data key=\"d\">2025-01-01</data></edge>"
                + end << 7 << 35 << QStringLiteral("edge \"e\" has the unknown target node \"c\"");
        QTest::newRow("no date") << graphml + "  <edge source=\"a\" target=\"b\"/>" + end << 7 << 31
                                 << QStringLiteral("edge \"E1\" has no date");
        QTest::newRow("bad date") << graphml
                + "<edge source=\"a\" target=\"b\">\n <data key=\"d\">2025-02-30</data></edge>"
                + end << 8 << 15 << QStringLiteral("invalid date \"2025-02-30\" of edge \"E1\" (expected YYYY-MM-DD)");
        QTest::newRow("not period start") << graphml
                + "<edge source=\"a\" target=\"b\"><data key=\"p\">month</data>\n<data "
                  "key=\"d\">2025-02-03</data></edge>"
                + end << 8 << 14 << QStringLiteral("date 2025-02-03 is not the first day of its month");
        QTest::newRow("bad precision") << graphml
                + "<edge source=\"a\" target=\"b\"><data key=\"p\">week</data><data key=\"d\">2025-02-03</data></edge>"
                + end << 7 << 42 << QStringLiteral("unknown date precision \"week\"");
        QTest::newRow("bad amount") << graphml
                + "<edge source=\"a\" target=\"b\"><data key=\"d\">2025-01-01</data>"
                  "<data key=\"u\">1.5e9</data></edge>"
                + end << 7 << 73
                                    << QStringLiteral(
                                           "malformed amount \"1.5e9\" of edge \"E1\" (expected whole US dollars");
        QTest::newRow("negative weight") << graphml
                + "<edge source=\"a\" target=\"b\"><data key=\"d\">2025-01-01</data>"
                  "<data key=\"w\">-2</data></edge>"
                + end << 7 << 73 << QStringLiteral("amount \"-2\" of edge \"E1\" must not be negative");
        QTest::newRow("too large") << graphml
                + "<edge source=\"a\" target=\"b\"><data key=\"d\">2025-01-01</data>"
                  "<data key=\"u\">100000000000000000001</data></edge>"
                + end << 7 << 73 << QStringLiteral("malformed amount");
        QTest::newRow("duplicate node") << bytesOf(
            "<graphml><graph>\n<node id=\"a\"/>\n  <node id=\"a\"/></graph></graphml>")
                                        << 3 << 16 << QStringLiteral("duplicate node id \"a\"");
        QTest::newRow("gexf bad weight")
            << bytesOf("<gexf xmlns=\"http://www.gexf.net/1.2draft\"><graph><nodes><node id=\"a\"/></nodes>\n<edges>\n"
                       "<edge source=\"a\" target=\"a\" start=\"2020-01-01\" weight=\"1e3\"/></edges></graph></gexf>")
            << 3 << 61
            << QStringLiteral("malformed amount \"1e3\" of edge \"E1\" (expected billions of USD such as 2.5)");
        QTest::newRow("gexf bad spell") << bytesOf(
            "<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes><node id=\"a\"/></nodes><edges>\n"
            "<edge source=\"a\" target=\"a\"><spells>\n  <spell "
            "start=\"2020.5\"/></spells></edge></edges></graph></gexf>")
                                        << 3 << 25 << QStringLiteral("invalid date \"2020.5\" of edge \"E1\"");
        QTest::newRow("undefined entity")
            << bytesOf("<graphml>\n<graph>&nbsp;</graph></graphml>") << 2 << 13 << QStringLiteral("malformed XML: ");
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto result = GraphFileReader::read(bytes, QStringLiteral("bad.xml"));
        QVERIFY(!result.ok());
        QVERIFY(result.data.companies.isEmpty());
        QVERIFY(result.data.deals.isEmpty());
        QCOMPARE(result.ignored, QStringList());
        const Problem &p = result.problems.first();
        QCOMPARE(p.file, QStringLiteral("bad.xml"));
        QVERIFY2(p.message.startsWith(message), qPrintable(p.message));
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QCOMPARE(result.problems.size(), 1);
    }

    void everyEdgeWithoutDateIsReported()
    {
        // A Gephi file without a timeline: each edge is a problem at its own place.
        const QByteArray bytes
            = bytesOf("<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes><node id=\"a\" label=\"A\"/>"
                      "<node id=\"b\" label=\"B\"/></nodes><edges>\n"
                      "<edge source=\"a\" target=\"b\" weight=\"2\"/>\n"
                      "<edge id=\"x\" source=\"b\" target=\"a\" weight=\"3\"/>\n"
                      "</edges></graph></gexf>");
        const auto result = GraphFileReader::read(bytes, QStringLiteral("g.gexf"));
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems[0].line, 2);
        QCOMPARE(result.problems[1].line, 3);
        QVERIFY(result.problems[1].message.startsWith(QStringLiteral("edge \"x\" has no date")));
        QVERIFY(result.data.companies.isEmpty());
    }

    void hostileInputEnds()
    {
        // Deep nesting and entity expansion end with a problem, not a crash or a hang.
        QByteArray deep = "<graphml><graph>";
        for (int i = 0; i < 5000; ++i)
            deep += "<node id=\"n" + QByteArray::number(i) + "\"><graph>";
        const auto deepResult = GraphFileReader::read(deep, QStringLiteral("deep.graphml"));
        QVERIFY(!deepResult.ok());
        const QByteArray laughs
            = "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\">"
              "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
              "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
              "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
              "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph>"
              "<node id=\"a\"><data key=\"l\">&f;&f;&f;&f;&f;</data></node></graph></graphml>";
        const auto laughsResult = GraphFileReader::read(laughs, QStringLiteral("laughs.graphml"));
        QVERIFY(!laughsResult.ok());
    }

private:
    QTemporaryDir m_dir;
};

namespace Fixtures {
QByteArray gephiGexf13()
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2025-06-01"><creator>Gephi 0.10.1</creator><description></description></meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="datetime">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
    </attributes>
    <attributes class="node" mode="dynamic">
      <attribute id="score" title="score" type="double"/>
    </attributes>
    <nodes>
      <node id="0" label="Open AI">
        <attvalues>
          <attvalue for="modularity_class" value="1"/>
          <attvalue for="score" value="3.5" start="2024-01-01T00:00:00" end="2024-12-31T00:00:00"/>
        </attvalues>
        <viz:size value="10.0"/><viz:position x="1.5" y="-2.0"/><viz:color r="1" g="2" b="3"/>
      </node>
      <node id="1" label="open ai"/>
      <node id="2"/>
    </nodes>
    <edges>
      <edge id="0" source="1" target="0" weight="13.5" start="2024-03-05T10:00:00"/>
      <edge source="2" target="0" weight="0.25" label="friends">
        <spells><spell start="2023-11-01T00:00:00" end="2024-01-01T00:00:00"/></spells>
      </edge>
      <edge id="9" source="0" target="2" type="undirected" weight="1" timestamp="2022-02-02"/>
    </edges>
  </graph>
</gexf>
)");
}

QByteArray gexf11()
{
    return QByteArray(R"(<gexf xmlns="http://www.gexf.net/1.1draft" version="1.1">
<graph defaultedgetype="directed">
<attributes class="node"><attribute id="k" title="kind" type="string"><default>cloud</default></attribute></attributes>
<attributes class="edge">
<attribute id="0" title="date" type="string"><default>2020-01-01</default></attribute>
<attribute id="1" title="disclosed" type="boolean"/>
<attribute id="2" title="date_precision" type="string"/>
</attributes>
<nodes><node id="a" label="A"/><node id="b" label="B"><attvalues><attvalue for="k" value="chips"/></attvalues></node></nodes>
<edges>
<edge id="x" source="a" target="b" label="compute" weight="3"/>
<edge id="y" source="a" target="b" label="loan" weight="3"><attvalues><attvalue for="1" value="false"/><attvalue for="0" value="2021-04-01"/><attvalue for="2" value="quarter"/></attvalues></edge>
</edges></graph></gexf>)");
}

QByteArray yedGraphml()
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d0" yfiles.type="nodegraphics"/>
  <key for="edge" id="d1" yfiles.type="edgegraphics"/>
  <key attr.name="kind" attr.type="string" for="all" id="d2"><default>investor</default></key>
  <key attr.name="date" attr.type="string" for="edge" id="d3"/>
  <key attr.name="description" attr.type="string" for="node" id="d4"/>
  <key attr.name="amount_usd_bn" attr.type="double" for="edge" id="d5"/>
  <graph edgedefault="undirected" id="G">
    <node id="n0">
      <data key="d0"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
        <y:NodeLabel alignment="center" visible="true">SoftBank Group<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel>
      </y:ShapeNode></data>
      <data key="d4">Japanese &amp; global</data>
    </node>
    <node id="n1">
      <data key="d2">space_agency</data>
      <data key="d0"><y:ShapeNode><y:NodeLabel>  Stargate  </y:NodeLabel><y:NodeLabel>second</y:NodeLabel></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d3">2025-01-21</data>
      <data key="d2">joint_venture</data>
      <data key="d5">19</data>
      <data key="d1"><y:PolyLineEdge><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data>
    </edge>
  </graph>
</graphml>
)");
}

QByteArray uniqueIds()
{
    return QByteArray(R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="n" for="node" attr.name="name" attr.type="string"/>
<key id="id" for="edge" attr.name="deal_id" attr.type="string"/>
<key id="dt" for="edge" attr.name="date" attr.type="string"><default>2025-02-01</default></key>
<graph edgedefault="directed">
<node id="acme"><data key="n">Other</data></node>
<node id="a b"><data key="n">ACME</data></node>
<edge source="acme" target="a b"><data key="id">E1</data></edge>
<edge source="acme" target="a b" id="E1"/>
<edge source="a b" target="acme"/>
</graph></graphml>)");
}

QString networkxScript()
{
    return QStringLiteral(R"(
import sys
import networkx as nx
G = nx.MultiDiGraph()
G.add_node('openai', label='OpenAI')
G.add_node('msft', label='Microsoft')
G.add_node('n v', label='Nvidia Corp')
G.add_edge('msft', 'openai', key='k1', weight=10.0, date='2023-01-23', score=0.75)
G.add_edge('n v', 'openai', key='k2', weight=2.5, date='2024-05-01', score=1.5)
nx.%1(G, sys.argv[1])
)");
}
} // namespace Fixtures

QTEST_GUILESS_MAIN(TestGraphFileReader)
#include "tst_graphfilereader.moc"
