#include "support/CapflowRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
int CircularFlowBoundOrder(const QString &bound)
{
    return bound == u"exact" ? 0 : bound == u"at_most" ? 1 : 2;
}
} // namespace

// Runs the real program: `capflow --analyze` on the bundled dataset.
class TestAnalyzeCli : public QObject
{
    Q_OBJECT
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };
    // The program's run with its output read as the --analyze JSON.
    static Run run(const QStringList &arguments)
    {
        const CapflowRun r = runCapflow(arguments);
        return {r.exitCode, QJsonDocument::fromJson(r.out.toUtf8()).object(), r.err.toUtf8()};
    }
    static QJsonObject findCycle(const QJsonObject &json, const QStringList &dealIds)
    {
        for (const QJsonValue &v : json[u"cycles"_s][u"items"_s].toArray()) {
            QStringList ids;
            for (const QJsonValue &id : v[u"deal_ids"_s].toArray())
                ids << id.toString();
            if (ids == dealIds)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void seedCycles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("dealIds");
        QTest::addColumn<QStringList>("companies");
        QTest::addColumn<QString>("roundTrip");
        QTest::addColumn<QString>("bound");

        const QStringList msAnthropicDeals {u"D075"_s, u"D073"_s};
        const QStringList msAnthropic {u"microsoft"_s, u"anthropic"_s};
        const QStringList nvAnthropicDeals {u"D076"_s, u"D074"_s};
        const QStringList nvAnthropic {u"nvidia"_s, u"anthropic"_s};
        const QStringList all {u"--analyze"_s};
        const QStringList range {u"--analyze"_s, u"--from"_s, u"2025-10-01"_s, u"--to"_s, u"2025-12-31"_s};
        const QStringList named {u"--analyze"_s, u"--companies"_s, u"Anthropic"_s, u"--max-cycle-length"_s, u"2"_s};
        // Microsoft's $5bn into Anthropic is "up to": the round trip is at most $5bn, not exactly.
        QTest::addRow("Microsoft-Anthropic") << all << msAnthropicDeals << msAnthropic << u"5000000000"_s << u"at_most"_s;
        QTest::addRow("Nvidia-Anthropic") << all << nvAnthropicDeals << nvAnthropic << u"10000000000"_s << u"at_most"_s;
        QTest::addRow("Microsoft-OpenAI")
            << all << QStringList {u"D005"_s, u"D071"_s} << QStringList {u"microsoft"_s, u"openai"_s}
            << u"10000000000"_s << u"exact"_s;
        // The $30bn stake of 2026 (D107), not the up-to-$100bn letter it superseded (D059).
        QTest::addRow("Nvidia-OpenAI") << all << QStringList {u"D107"_s, u"D060"_s}
                                       << QStringList {u"nvidia"_s, u"openai"_s} << u"30000000000"_s << u"at_most"_s;
        QTest::addRow("CoreWeave-OpenAI") << all << QStringList {u"D034"_s, u"D036"_s}
                                          << QStringList {u"coreweave"_s, u"openai"_s} << u"350000000"_s << u"exact"_s;
        QTest::addRow("in a date range") << range << msAnthropicDeals << msAnthropic << u"5000000000"_s << u"at_most"_s;
        QTest::addRow("named, short") << named << nvAnthropicDeals << nvAnthropic << u"10000000000"_s << u"at_most"_s;
    }
    void seedCycles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, dealIds);
        QFETCH(QStringList, companies);
        QFETCH(QString, roundTrip);
        QFETCH(QString, bound);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"format"_s].toString(), u"capflow-analysis"_s);
        const QJsonObject cycle = findCycle(r.json, dealIds);
        QVERIFY2(!cycle.isEmpty(), qPrintable(dealIds.join(u',')));
        QCOMPARE(cycle[u"company_ids"_s].toArray(), QJsonArray::fromStringList(companies));
        QCOMPARE(cycle[u"round_trip_usd"_s].toString(), roundTrip);
        QCOMPARE(cycle[u"round_trip_bound"_s].toString(), bound);
        QVERIFY(cycle[u"vendor_financing"_s].toBool());
        QCOMPARE(r.json[u"cycles"_s][u"truncated"_s].toBool(), false);
    }

    // What was replaced never happened: the letter D059 is in no circular flow.
    void supersededDealsInNoCycle()
    {
        const Run r = run({u"--analyze"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray cycles = r.json[u"cycles"_s][u"items"_s].toArray();
        QVERIFY(!cycles.isEmpty());
        for (const QJsonValue &c : cycles)
            QVERIFY(!c[u"deal_ids"_s].toArray().contains(u"D059"_s));
    }

    void sectionsPresent()
    {
        const Run r = run({u"--analyze"_s, u"--companies"_s, u"Anthropic"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &section : {u"flows"_s, u"vendor_financing"_s, u"importance"_s, u"what_if"_s}) {
            const QJsonArray a = r.json[section].toArray();
            QCOMPARE(a.size(), 1); // only Anthropic's entry
        }
        const QJsonObject flow = r.json[u"flows"_s].toArray().first().toObject();
        QCOMPARE(flow[u"company_name"_s].toString(), u"Anthropic"_s);
        // 30 Azure + 50 Fluidstack (2025), 21 Broadcom, 200 Google Cloud and the rest of 2026
        QCOMPARE(flow[u"out"_s][u"firm_usd"_s].toString(), u"417800000000"_s);
        QCOMPARE(flow[u"out"_s][u"undisclosed_deals"_s].toInt(), 2); // Nvidia chips, Google TPUs
        // Every cycle listed involves Anthropic.
        for (const QJsonValue &c : r.json[u"cycles"_s][u"items"_s].toArray())
            QVERIFY(c[u"company_ids"_s].toArray().contains(u"anthropic"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("length too short") << QStringList {u"--analyze"_s, u"--max-cycle-length"_s, u"1"_s} << 2;
        QTest::addRow("length without analyze") << QStringList {u"--check"_s, u"--max-cycle-length"_s, u"3"_s} << 2;
        QTest::addRow("unknown company") << QStringList {u"--analyze"_s, u"--companies"_s, u"Nobody Inc"_s} << 1;
        QTest::addRow("paths: one company") << QStringList {u"--paths"_s, u"Nvidia"_s} << 2;
        QTest::addRow("paths: unknown company") << QStringList {u"--paths"_s, u"Nvidia"_s, u"Nobody Inc"_s} << 1;
        QTest::addRow("paths: same company") << QStringList {u"--paths"_s, u"Nvidia"_s, u"nvidia"_s} << 2;
        QTest::addRow("paths: length 9")
            << QStringList {u"--paths"_s, u"Nvidia"_s, u"Anthropic"_s, u"--max-path-length"_s, u"9"_s} << 2;
        QTest::addRow("paths: unknown kind")
            << QStringList {u"--paths"_s, u"Nvidia"_s, u"Anthropic"_s, u"--kinds"_s, u"equity,gift"_s} << 2;
        QTest::addRow("kinds without paths") << QStringList {u"--analyze"_s, u"--kinds"_s, u"equity"_s} << 2;
        QTest::addRow("compare: one date") << QStringList {u"--compare"_s, u"2025-03-01"_s} << 2;
        QTest::addRow("compare: not a date") << QStringList {u"--compare"_s, u"2025-03-01"_s, u"März 2026"_s} << 2;
        QTest::addRow("compare: reversed") << QStringList {u"--compare"_s, u"2026-03-01"_s, u"2025-03-01"_s} << 2;
        QTest::addRow("compare: with --to")
            << QStringList {u"--compare"_s, u"2025-03-01"_s, u"2026-03-01"_s, u"--to"_s, u"2026-01-01"_s} << 2;
        QTest::addRow("compare: with --paths")
            << QStringList {u"--compare"_s, u"--paths"_s, u"Nvidia"_s, u"Anthropic"_s} << 2;
        QTest::addRow("compare: unknown company")
            << QStringList {u"--compare"_s, u"2025-03-01"_s, u"2026-03-01"_s, u"--companies"_s, u"Nobody"_s} << 1;
    }

    // How Nvidia's money reaches Anthropic: the direct up-to $10bn stake is "at most", and a path
    // through OpenAI's Amazon contract is exact.
    void paths()
    {
        const Run r = run({u"--paths"_s, u"nvidia"_s, u"ANTHROPIC"_s, u"--max-path-length"_s, u"3"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"from_id"_s].toString(), u"nvidia"_s);
        QCOMPARE(r.json[u"to_id"_s].toString(), u"anthropic"_s);
        QCOMPARE(r.json[u"max_length"_s].toInt(), 3);
        const QJsonArray items = r.json[u"items"_s].toArray();
        QVERIFY(items.size() > 1);
        QCOMPARE(r.json[u"count"_s].toInt(), items.size());
        bool direct = false;
        QString lastBound = u"exact"_s;
        for (const QJsonValue &v : items) {
            QVERIFY(v[u"length"_s].toInt() <= 3);
            const QJsonArray ids = v[u"company_ids"_s].toArray();
            QCOMPARE(ids.first().toString(), u"nvidia"_s);
            QCOMPARE(ids.last().toString(), u"anthropic"_s);
            // Ranked: exact paths before at-most before unknown.
            const QString bound = v[u"amount_bound"_s].toString();
            QVERIFY(CircularFlowBoundOrder(lastBound) <= CircularFlowBoundOrder(bound));
            lastBound = bound;
            if (v[u"deal_ids"_s].toArray() == QJsonArray {u"D076"_s}) {
                direct = true;
                QCOMPARE(v[u"amount_usd"_s].toString(), u"10000000000"_s);
                QCOMPARE(bound, u"at_most"_s);
            }
        }
        QVERIFY(direct);
        // Kinds: compute and chips only leave no way from Nvidia's investments.
        const Run equityOnly = run({u"--paths"_s, u"Nvidia"_s, u"Anthropic"_s, u"--kinds"_s, u"equity"_s});
        QCOMPARE(equityOnly.exitCode, 0);
        for (const QJsonValue &v : equityOnly.json[u"items"_s].toArray())
            for (const QJsonValue &d : v[u"deals"_s].toArray())
                QCOMPARE(d[u"kind"_s].toString(), u"equity"_s);
        // The date range: Nvidia's stake of November 2025 is not a leg before it.
        const Run early = run({u"--paths"_s, u"Nvidia"_s, u"Anthropic"_s, u"--to"_s, u"2025-10-31"_s});
        QCOMPARE(early.exitCode, 0);
        QCOMPARE(early.json[u"date_to"_s].toString(), u"2025-10-31"_s);
        for (const QJsonValue &v : early.json[u"items"_s].toArray()) {
            QVERIFY(!v[u"deal_ids"_s].toArray().contains(u"D076"_s));
            for (const QJsonValue &d : v[u"deals"_s].toArray())
                QVERIFY(d[u"date"_s].toString() <= u"2025-10-31"_s);
        }
    }
    // What changed between 1 March 2025 and 1 March 2026 in the bundled data.
    void compare()
    {
        const Run r = run({u"--compare"_s, u"2025-03-01"_s, u"2026-03-01"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json[u"format"_s].toString(), u"capflow-changes"_s);
        QCOMPARE(r.json[u"from"_s].toString(), u"2025-03-01"_s);
        QCOMPARE(r.json[u"to"_s].toString(), u"2026-03-01"_s);
        const QJsonArray deals = r.json[u"new_deals"_s].toArray();
        QCOMPARE(r.json[u"deals_now"_s].toInt() - r.json[u"deals_then"_s].toInt(), deals.size());
        QStringList ids;
        QString last;
        for (const QJsonValue &d : deals) {
            const QString date = d[u"date"_s].toString();
            QVERIFY(date > u"2025-03-01"_s && date <= u"2026-03-01"_s);
            QVERIFY(last <= date); // by date
            last = date;
            ids << d[u"id"_s].toString();
        }
        // Nvidia's up-to $10bn stake in Anthropic (November 2025) is new.
        QVERIFY(ids.contains(u"D076"_s));
        bool anthropic = false;
        for (const QJsonValue &v : r.json[u"valuation_changes"_s].toArray()) {
            if (v[u"company_id"_s].toString() == u"anthropic"_s) {
                anthropic = true;
                QVERIFY(v[u"factor"_s].toDouble() > 3);
                QVERIFY(v[u"then"_s][u"date"_s].toString() <= u"2025-03-01"_s);
            }
        }
        QVERIFY(anthropic);
        // Firm money grew; up-to ceilings are summed apart.
        QVERIFY(r.json[u"totals_now"_s][u"all"_s][u"firm_usd"_s].toString().toLongLong()
            > r.json[u"totals_then"_s][u"all"_s][u"firm_usd"_s].toString().toLongLong());
        QVERIFY(r.json[u"totals_now"_s][u"all"_s].toObject().contains(u"up_to_usd"_s));

        // --kinds and --companies narrow it down.
        const Run equity = run({u"--compare"_s, u"2025-03-01"_s, u"2026-03-01"_s, u"--kinds"_s, u"equity"_s,
            u"--companies"_s, u"anthropic"_s});
        QCOMPARE(equity.exitCode, 0);
        for (const QJsonValue &d : equity.json[u"new_deals"_s].toArray()) {
            QCOMPARE(d[u"kind"_s].toString(), u"equity"_s);
            QVERIFY(d[u"from_id"_s].toString() == u"anthropic"_s || d[u"to_id"_s].toString() == u"anthropic"_s);
        }
        QVERIFY(equity.json[u"new_deals"_s].toArray().size() < deals.size());
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_MAIN(TestAnalyzeCli)
#include "tst_analyzecli.moc"
