#include "support/CapflowRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real program: `capflow --extract-deals ARTICLE.txt` on the bundled dataset's companies.
class TestExtractCli : public QObject
{
    Q_OBJECT
    static QString article(const QString &name) { return QStringLiteral(CAPFLOW_TEST_DATA "/articles/") + name; }
    static QString readText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void seedArticle()
    {
        const QString path = article(u"seed-ntv-2025-11-18.de.txt"_s);
        const CapflowRun r
            = runCapflow({u"--extract-deals"_s, path, u"--lang"_s, u"de"_s, u"--date"_s, u"2025-11-18"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(json[u"language"_s].toString(), u"de"_s);
        QCOMPARE(json[u"article_date"_s].toString(), u"2025-11-18"_s);
        const QJsonArray deals = json[u"deals"_s].toArray();
        QCOMPARE(deals.size(), 8);
        // The field names of --analyze's deals.
        const QJsonObject first = deals.at(0).toObject();
        QCOMPARE(first[u"from_id"_s].toString(), u"nvidia"_s);
        QCOMPARE(first[u"from_name"_s].toString(), u"Nvidia"_s);
        QCOMPARE(first[u"to_id"_s].toString(), u"anthropic"_s);
        QCOMPARE(first[u"to_name"_s].toString(), u"Anthropic"_s);
        QCOMPARE(first[u"kind"_s].toString(), u"equity"_s);
        QCOMPARE(first[u"amount_usd"_s].toString(), u"10000000000"_s);
        QCOMPARE(first[u"amount_kind"_s].toString(), u"up_to"_s);
        QCOMPARE(first[u"certainty"_s].toString(), u"up_to"_s);
        QCOMPARE(first[u"date"_s].toString(), u"2025-11-01"_s);
        QCOMPARE(first[u"date_precision"_s].toString(), u"month"_s);
        QCOMPARE(first[u"part_of_total"_s].toInt(-1), 0);
        // The sentence and the figure by their offsets in the article.
        const QString text = readText(path);
        for (const QJsonValue &v : deals) {
            const QJsonObject d = v.toObject();
            const int start = d[u"sentence_start"_s].toInt(-1);
            const int end = d[u"sentence_end"_s].toInt(-1);
            QVERIFY(start >= 0 && end > start);
            QCOMPARE(text.mid(start, end - start), d[u"sentence"_s].toString());
        }
        QCOMPARE(text.mid(first[u"figure_start"_s].toInt(),
                     first[u"figure_end"_s].toInt() - first[u"figure_start"_s].toInt()),
            u"bis zu 10 Milliarden US-Dollar"_s);
        // The $1.4tn for 30 GW: a provider the article does not name.
        const QJsonObject aggregate = deals.at(5).toObject();
        QCOMPARE(aggregate[u"amount_usd"_s].toString(), u"1400000000000"_s);
        QVERIFY(aggregate[u"to_id"_s].isNull());
        QCOMPARE(aggregate[u"capacity_gw"_s].toString(), u"30"_s);
        // Undisclosed: null, not "0".
        QVERIFY(deals.at(3).toObject()[u"amount_usd"_s].isNull());
        QVERIFY(deals.at(3).toObject()[u"figure_start"_s].isNull());

        const QJsonArray totals = json[u"totals"_s].toArray();
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.at(0).toObject()[u"amount_usd"_s].toString(), u"15000000000"_s);
        QCOMPARE(totals.at(0).toObject()[u"parts"_s].toArray(), (QJsonArray {0, 1}));
        const QJsonArray valuations = json[u"valuations"_s].toArray();
        QCOMPARE(valuations.size(), 2);
        QCOMPARE(valuations.at(1).toObject()[u"company_id"_s].toString(), u"anthropic"_s);
        QCOMPARE(valuations.at(1).toObject()[u"value_usd"_s].toString(), u"61500000000"_s);
        QCOMPARE(valuations.at(1).toObject()[u"date"_s].toString(), u"2025-03-01"_s);
        const QJsonArray unused = json[u"unused_figures"_s].toArray();
        QCOMPARE(unused.size(), 2);
        QCOMPARE(unused.at(1).toObject()[u"text"_s].toString(), u"über 13 Milliarden Dollar"_s);
        QVERIFY(!unused.at(1).toObject()[u"reason"_s].toString().isEmpty());
    }

    void detectsTheLanguage()
    {
        const CapflowRun r = runCapflow({u"--extract-deals"_s, article(u"groq-acquisitions-2025-12-24.en.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[u"language"_s].toString(), u"en"_s);
        QVERIFY(json[u"article_date"_s].isNull());
        QCOMPARE(json[u"deals"_s].toArray().size(), 3);
        // Without the article's date, "in July" has no year.
        QVERIFY(json[u"deals"_s].toArray().at(1).toObject()[u"date"_s].isNull());
        const QJsonObject headline = json[u"unused_figures"_s].toArray().at(0).toObject();
        QCOMPARE(headline[u"text"_s].toString(), u"$20bn"_s);
        QVERIFY(headline[u"reason"_s].toString().contains(u"headline"_s));
    }

    void newCompany()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"article.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nvidia übernimmt das Start-up Enfabrica für 900 Millionen Dollar.\n");
        file.close();
        const CapflowRun r = runCapflow({u"--extract-deals"_s, path, u"--date"_s, u"2025-09-18"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject deal
            = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"deals"_s].toArray().at(0).toObject();
        QVERIFY(deal[u"to_id"_s].isNull());
        QCOMPARE(deal[u"to_name"_s].toString(), u"Enfabrica"_s);
        QCOMPARE(deal[u"to_new_company"_s].toBool(), true);
        QCOMPARE(deal[u"kind"_s].toString(), u"acquisition"_s);
        QCOMPARE(deal[u"date"_s].toString(), u"2025-09-01"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // the start of stderr
        const QString seed = article(u"seed-ntv-2025-11-18.de.txt"_s);
        QTest::addRow("missing article") << QStringList {u"--extract-deals"_s, u"/nonexistent/article.txt"_s} << 1
                                         << u"/nonexistent/article.txt: "_s;
        QTest::addRow("article is a folder") << QStringList {u"--extract-deals"_s, QStringLiteral(CAPFLOW_TEST_DATA)}
                                             << 1 << QStringLiteral(CAPFLOW_TEST_DATA ": ");
        QTest::addRow("missing document") << QStringList {u"/nonexistent/doc.capflow"_s, u"--extract-deals"_s, seed}
                                          << 1 << u"/nonexistent/doc.capflow"_s;
        QTest::addRow("bad date") << QStringList {u"--extract-deals"_s, seed, u"--date"_s, u"2025-13-01"_s} << 2
                                  << u"--date: \"2025-13-01\""_s;
        QTest::addRow("date without extraction") << QStringList {u"--analyze"_s, u"--date"_s, u"2025-11-18"_s} << 2
                                                 << u"--date applies to --extract-deals only."_s;
        QTest::addRow("no article") << QStringList {u"--extract-deals"_s} << 2 << QString();
        QTest::addRow("empty article name") << QStringList {u"--extract-deals"_s, u""_s} << 2
                                            << u"--extract-deals: the article's file name is empty."_s;
        QTest::addRow("two actions") << QStringList {u"--extract-deals"_s, seed, u"--analyze"_s} << 2 << QString();
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CapflowRun r = runCapflow(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(message) && !r.err.isEmpty(), qPrintable(r.err));
    }

    void help()
    {
        const CapflowRun r = runCapflow({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--extract-deals <ARTICLE.txt>"_s));
        QVERIFY(r.out.contains(u"--date <YYYY-MM-DD>"_s));
    }
};

QTEST_GUILESS_MAIN(TestExtractCli)
#include "tst_extractcli.moc"
