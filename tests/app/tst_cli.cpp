// The command line of README.md, run as a real process: exit codes, messages, no display needed.
#include "files/DocumentFiles.h"
#include "support/Builders.h"
#include "support/CapflowRun.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = CapflowRun;

Run capflow(const QStringList &arguments)
{
    return runCapflow(arguments);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --size is the PNG's size in pixels, whatever --dpi says (which sets its resolution); without
    // --size the figure's default size is written at --dpi (300: 1600 × 1000 becomes 5000 × 3125).
    void pngSizeIsPixels_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<int>("dotsPerMetre");
        for (const char *option : {"--export-network", "--export-timeline"}) {
            const QString o = QString::fromLatin1(option);
            QTest::addRow("%s --size", option) << QStringList {o, QStringLiteral("--size"), QStringLiteral("1600x1000")}
                                               << QSize(1600, 1000) << qRound(96 / 0.0254);
            QTest::addRow("%s --size --dpi 192", option)
                << QStringList {o, QStringLiteral("--size"), QStringLiteral("900x600"), QStringLiteral("--dpi"),
                       QStringLiteral("192")}
                << QSize(900, 600) << qRound(192 / 0.0254);
        }
        QTest::addRow("network default") << QStringList {QStringLiteral("--export-network"), QStringLiteral("--dpi"),
            QStringLiteral("96")} << QSize(1600, 1000) << qRound(96 / 0.0254);
    }
    void pngSizeIsPixels()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QSize, pixels);
        QFETCH(int, dotsPerMetre);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("figure.png"));
        arguments.insert(1, out);
        const CapflowRun run = runCapflow(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(out);
        QCOMPARE(image.size(), pixels);
        QCOMPARE(image.dotsPerMeterX(), dotsPerMetre);
    }

    void versionWithoutDisplay()
    {
        const Run run = capflow({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("capflow ")), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void help()
    {
        const Run run = capflow({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--check", "--export-network", "--export-timeline", "--export-report",
                 "--export-data", "--analyze", "--lang", "--from", "--to", "--companies", "--size", "--dpi", "--title"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    // --lang holds for --help too, wherever it stands.
    void helpInGerman()
    {
        for (const QStringList &arguments :
            {QStringList {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")},
                QStringList {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}}) {
            const Run run = capflow(arguments);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QStringLiteral("Aufruf:")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("KI-Branche")), qPrintable(run.out));
        }
        const Run english = capflow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY2(english.out.contains(QStringLiteral("Usage:")), qPrintable(english.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("unknown option") << QStringList {QStringLiteral("--bogus")};
        QTest::addRow("bad language") << QStringList {
            QStringLiteral("--check"), QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::addRow("bad date") << QStringList {QStringLiteral("--export-data"), QStringLiteral("x.csv"),
            QStringLiteral("--from"), QStringLiteral("2025-13-01")};
        QTest::addRow("slashed date") << QStringList {QStringLiteral("--export-data"), QStringLiteral("x.csv"),
            QStringLiteral("--to"), QStringLiteral("2025/01/02")};
        QTest::addRow("reversed range") << QStringList {QStringLiteral("--export-data"), QStringLiteral("x.csv"),
            QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
            QStringLiteral("2024-01-01")};
        QTest::addRow("two files") << QStringList {
            QStringLiteral("a.capflow"), QStringLiteral("b.capflow"), QStringLiteral("--check")};
        QTest::addRow("two actions") << QStringList {QStringLiteral("--check"), QStringLiteral("--analyze")};
        QTest::addRow("bad size") << QStringList {
            QStringLiteral("--export-data"), QStringLiteral("x.csv"), QStringLiteral("--size"), QStringLiteral("big")};
        QTest::addRow("bad dpi") << QStringList {
            QStringLiteral("--export-data"), QStringLiteral("x.csv"), QStringLiteral("--dpi"), QStringLiteral("0")};
        QTest::addRow("unknown data format") << QStringList {QStringLiteral("--export-data"), QStringLiteral("x.xyz")};
        QTest::addRow("missing value") << QStringList {QStringLiteral("--export-data")};
        QTest::addRow("export option without export")
            << QStringList {QStringLiteral("--from"), QStringLiteral("2025-01-01")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = capflow(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
    }

    void checkBundled()
    {
        const Run run = capflow({QStringLiteral("--check"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("140 deals")), qPrintable(run.out));
    }

    void checkReportsProblemsWithPlace()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("broken.capflow"),
            "{\n  \"format\": \"capflow\",\n  \"version\": 1,\n  \"companies\": [\n"
            "    {\"id\": \"a\", \"name\": \"A\", \"kind\": \"rocket\"}\n  ]\n}\n");
        const Run run = capflow({path, QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + QStringLiteral(":5:38: ")), qPrintable(run.err));
    }

    void checkMissingFile()
    {
        const Run run = capflow({QStringLiteral("/nonexistent/file.capflow"), QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/file.capflow")));
    }

    void exportCapflowReproducesBundled()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.capflow"));
        const Run run = capflow({QStringLiteral("--export-data"), out});
        QCOMPARE(run.exitCode, 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QFile bundled(QStringLiteral(CAPFLOW_SOURCE_DIR "/resources/dataset/ai-capital-flows.capflow"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), bundled.readAll());
    }

    void exportCsvColumnsAndFilter()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const Run run = capflow({QStringLiteral("--export-data"), out, QStringLiteral("--from"),
            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31")});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,"
                               "source_title,note_de\r\n"));
        const CapflowFormat::ReadResult back = DocumentFiles::load(out);
        QVERIFY(back.ok());
        QVERIFY(back.data.deals.size() > 30);
        for (const Deal &d : back.data.deals)
            QCOMPARE(d.date.periodStart().year(), 2025);
    }

    void exportUnknownCompany()
    {
        QTemporaryDir dir;
        const Run run = capflow({QStringLiteral("--export-data"), dir.filePath(QStringLiteral("x.csv")),
            QStringLiteral("--companies"), QStringLiteral("Anthropic,Nobody Inc")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Nobody Inc")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }

    void exportIntoUnwritablePathLeavesNothing()
    {
        const Run run = capflow({QStringLiteral("--export-data"), QStringLiteral("/nonexistent/dir/out.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/dir/out.csv")));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/out.csv")));
    }

    void csvInputIsChecked()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("deals.csv"),
            "id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title\r\n"
            "X1,2025-01-05,day,Acme,Anthropic,equity,1.5,committed,ok,https://example.com,T\r\n"
            "X2,2025-02-30,day,Acme,Anthropic,equity,1,committed,bad date,https://example.com,T\r\n");
        const Run run = capflow({path, QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + QStringLiteral(":3:")), qPrintable(run.err));
    }

    // --import-mapping converts a table through a preset or a saved mapping file.
    void importMappingConverts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QString>("amountUsd");
        QTest::addRow("crunchbase preset")
            << QStringLiteral("rounds.csv")
            << QByteArray("Organization Name,Investor Names,Money Raised (in USD),Announced Date,Funding Type,"
                          "Transaction Name URL\n"
                          "Lumen Labs,Nvidia Corp.,\"50,000,000\",2025-02-10,Seed,https://cb.example/r/1\n")
            << QStringLiteral("crunchbase") << QStringLiteral("50000000");
        QTest::addRow("capflow preset, German Excel")
            << QStringLiteral("deals-de.csv")
            << QByteArray("\xEF\xBB\xBFid;date;date_precision;from;to;kind;amount_usd_bn;amount_kind;source_url\r\n"
                          "X1;18.11.2025;day;Nvidia;Anthropic;equity;2,5;up_to;https://e.com/1\r\n")
            << QStringLiteral("capflow") << QStringLiteral("2500000000");
        QTest::addRow("mapping file")
            << QStringLiteral("sheet.csv")
            << QByteArray("Payer\tReceiver\tWhen\tMillions\tLink\nNvidia\tAnthropic\tNov 2025\t750\thttps://e.com/2\n")
            << QStringLiteral("FILE") << QStringLiteral("750000000");
    }
    void importMappingConverts()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, mapping);
        QFETCH(QString, amountUsd);
        QTemporaryDir dir;
        const QString in = writeFile(dir, name, content);
        if (mapping == QLatin1String("FILE"))
            mapping = writeFile(dir, QStringLiteral("mapping.json"),
                "{\"format\": \"capflow-import-mapping\", \"version\": 1, \"unit\": \"millions\", "
                "\"columns\": {\"from\": \"Payer\", \"to\": \"Receiver\", \"date\": \"When\", "
                "\"amount\": \"Millions\", \"source_url\": \"Link\"}}");
        const QString out = dir.filePath(QStringLiteral("out.capflow"));
        const Run run
            = capflow({in, QStringLiteral("--import-mapping"), mapping, QStringLiteral("--export-data"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const CapflowFormat::ReadResult written = DocumentFiles::load(out);
        QVERIFY2(written.ok(), qPrintable(written.problems.value(0).toString()));
        QCOMPARE(written.data.deals.size(), 1);
        QCOMPARE(written.data.deals.first().amount, Money::fromUsdString(amountUsd));
        // Names the bundled dataset knows take its companies: "Nvidia Corp." is nvidia.
        QCOMPARE(written.data.deals.first().from, QStringLiteral("nvidia"));
    }

    void importMappingProblems_data()
    {
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QByteArray>("mappingFile");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown preset") << QStringLiteral("nonsense") << QByteArray() << QStringLiteral("nonsense: ");
        QTest::addRow("not JSON") << QStringLiteral("FILE") << QByteArray("{oops") << QStringLiteral("invalid JSON");
        QTest::addRow("unknown field") << QStringLiteral(
            "FILE") << QByteArray("{\"format\": \"capflow-import-mapping\", \"columns\": {\"payer\": \"A\"}}")
                                       << QStringLiteral("unknown field \"payer\"");
    }
    void importMappingProblems()
    {
        QFETCH(QString, mapping);
        QFETCH(QByteArray, mappingFile);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("t.csv"), "a,b\n1,2\n");
        if (mapping == QLatin1String("FILE"))
            mapping = writeFile(dir, QStringLiteral("m.json"), mappingFile);
        const Run run = capflow({in, QStringLiteral("--import-mapping"), mapping, QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void rowProblemsAreLocated()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("rounds.csv"),
            "Organization Name,Investor Names,Money Raised (in USD),Announced Date,Transaction Name URL\n"
            "Lumen,Nvidia,€5m,2025-02-10,https://cb.example/1\n");
        const Run run = capflow(
            {in, QStringLiteral("--import-mapping"), QStringLiteral("crunchbase"), QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(in + QStringLiteral(":2:14: ")), qPrintable(run.err));
    }

    // "-" is standard input as FILE and standard output as OUT, in the format --format names.
    void standardInputAndOutput()
    {
        QProcess writer;
        startCapflow(writer,
            {QStringLiteral("--export-data"), QStringLiteral("-"), QStringLiteral("--format"),
                QStringLiteral("graphml")});
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);
        const QByteArray graphml = writer.readAllStandardOutput();
        QVERIFY2(graphml.startsWith("<?xml"), graphml.left(80).constData()); // nothing else on stdout
        QVERIFY(graphml.contains("<graphml"));

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("from-stdin.capflow"));
        QProcess reader;
        startCapflow(reader,
            {QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("graphml"),
                QStringLiteral("--export-data"), out});
        reader.write(graphml);
        reader.closeWriteChannel();
        QVERIFY(reader.waitForFinished(60000));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        const CapflowFormat::ReadResult back = DocumentFiles::load(out);
        QVERIFY(back.ok());
        QList<Deal> plain;
        for (const Deal &d : DocumentFiles::bundled().deals)
            plain << asInPlainFormats(d);
        QCOMPARE(back.data.deals, plain);

        // Problems name <stdin>; "-" without --format is a usage error.
        QProcess bad;
        startCapflow(
            bad, {QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--check")});
        bad.write("id,date\nX,2025-13-01\n");
        bad.closeWriteChannel();
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("<stdin>:1:1: "));
        const Run noFormat = capflow({QStringLiteral("-"), QStringLiteral("--check")});
        QCOMPARE(noFormat.exitCode, 2);
        QVERIFY2(noFormat.err.contains(QStringLiteral("--format")), qPrintable(noFormat.err));
    }

    void unknownSuffixSaysWhatCapflowReads()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("notes.txt"), "hello\n");
        const Run run = capflow({in, QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("CapFlow cannot read .txt files; it reads .capflow, .csv")),
            qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("JSON")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
