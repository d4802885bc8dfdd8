// The network as of a date and what changed between two dates (NetworkChanges), its JSON
// (--compare) and the report's tables of it (ChangesReport), in English and German.
#include "support/DealGraphFixture.h"
#include "analysis/AnalysisJson.h"
#include "analysis/NetworkChanges.h"
#include "i18n/Language.h"
#include "report/ChangesReport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A and B trade from 2024; C joins in 2025 (its stake up to $6bn), D only in 2026; D4 supersedes
// D3 (so the money of D3 counts no more once D4 exists).
const QStringList network {u"D1 A>B equity 10 committed 2024-05-01"_s, u"D2 B>A compute 4 committed 2025-02-10"_s,
    u"D3 A>C equity 6 up_to 2025-04-01"_s, u"D5 C>B chips - reported 2025-09-30"_s,
    u"D6 D>C equity 2 committed 2026-01-15"_s};

DealGraph fixture()
{
    DealGraph graph = dealGraphFrom(network);
    Deal d4 = DealBuilder(u"D4"_s, u"A"_s, u"C"_s).billions(8).supersedes({u"D3"_s}).on(QDate(2025, 10, 1));
    graph.addDeal(d4);
    return graph;
}

const QList<Valuation> valuations {ValuationBuilder(u"V1"_s, u"B"_s).billions(20).on(QDate(2024, 6, 1)),
    ValuationBuilder(u"V2"_s, u"B"_s).billions(60).on(QDate(2025, 11, 1)),
    ValuationBuilder(u"V3"_s, u"C"_s).billions(5).on(QDate(2025, 5, 1)),
    ValuationBuilder(u"V4"_s, u"A"_s).billions(100).on(QDate(2025, 1, 1), DatePrecision::Year)};
} // namespace

class TestNetworkChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("dealsThen");
        QTest::addColumn<QStringList>("newDeals"); // by date
        QTest::addColumn<QStringList>("newCompanies");
        QTest::addColumn<QStringList>("newValuations");
        QTest::addRow("a year of growth") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QStringList {u"D1"_s}
                                          << QStringList {u"D2"_s, u"D3"_s, u"D5"_s, u"D4"_s}
                                          << QStringList {u"C"_s} << QStringList {u"V3"_s, u"V2"_s};
        // A year-precise valuation of 2025 is known as of 1 January 2025 (its period has begun).
        QTest::addRow("to the end") << QDate(2025, 6, 30) << QDate(2026, 6, 30)
                                    << QStringList {u"D1"_s, u"D2"_s, u"D3"_s}
                                    << QStringList {u"D5"_s, u"D4"_s, u"D6"_s} << QStringList {u"D"_s}
                                    << QStringList {u"V2"_s};
        QTest::addRow("same day: nothing new") << QDate(2025, 6, 30) << QDate(2025, 6, 30)
                                               << QStringList {u"D1"_s, u"D2"_s, u"D3"_s} << QStringList {}
                                               << QStringList {} << QStringList {};
        QTest::addRow("before everything") << QDate(2020, 1, 1) << QDate(2024, 12, 31) << QStringList {}
                                           << QStringList {u"D1"_s} << QStringList {u"A"_s, u"B"_s}
                                           << QStringList {u"V1"_s};
    }
    void compare()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, dealsThen);
        QFETCH(QStringList, newDeals);
        QFETCH(QStringList, newCompanies);
        QFETCH(QStringList, newValuations);
        const DealGraph graph = fixture();
        const NetworkChanges c = NetworkChanges::compare(graph, valuations, from, to);
        QCOMPARE(c.dealsThen, dealsThen);
        QCOMPARE(c.newDeals, newDeals);
        QCOMPARE(c.newCompanies, newCompanies);
        QStringList valuationIds;
        for (const Valuation &v : c.newValuations)
            valuationIds << v.id;
        QCOMPARE(valuationIds, newValuations);
        QCOMPARE(c.totalsThen.all.deals + c.totalsThen.leftOut, int(dealsThen.size()));
        QCOMPARE(c.totalsNow.all.deals + c.totalsNow.leftOut, int(dealsThen.size() + newDeals.size()));
    }

    // Totals count each dollar once and keep firm and up-to money apart; the superseded stake
    // is replaced by its successor.
    void totalsThenAndNow()
    {
        const NetworkChanges c = NetworkChanges::compare(fixture(), valuations, QDate(2025, 6, 30), QDate(2025, 12, 31));
        QCOMPARE(c.totalsThen.all.firm, Money::fromUsd(14'000'000'000));
        QCOMPARE(c.totalsThen.all.upTo, Money::fromUsd(6'000'000'000));
        QCOMPARE(c.totalsNow.all.firm, Money::fromUsd(22'000'000'000)); // 10 + 4 + 8; D3 superseded
        QCOMPARE(c.totalsNow.all.upTo, Money());
        QCOMPARE(c.totalsNow.all.undisclosed, 1);
        QCOMPARE(c.totalsNow.leftOut, 1);
        QCOMPARE(c.totalsNow.byKind.value(DealKind::Equity).deals, 2);
    }

    void valuationChanges()
    {
        const NetworkChanges c = NetworkChanges::compare(fixture(), valuations, QDate(2025, 6, 30), QDate(2026, 6, 30));
        // B: $20bn (June 2024) → $60bn (November 2025); A and C have one valuation each.
        QCOMPARE(c.valuationChanges.size(), 1);
        const NetworkChanges::ValuationChange &b = c.valuationChanges.first();
        QCOMPARE(b.companyId, u"B"_s);
        QCOMPARE(b.then.id, u"V1"_s);
        QCOMPARE(b.now.id, u"V2"_s);
        QCOMPARE(b.factor, 3.0);
        QCOMPARE(ChangesReport::factorText(b.factor, Language::English), u"×3.0"_s);
        QCOMPARE(ChangesReport::factorText(2.25, Language::German), u"×2,3"_s);
    }

    // The base filter applies; its kinds leave the other deals out of both dates.
    void baseFilter()
    {
        DealFilter equity;
        equity.dealKinds = {DealKind::Equity};
        const NetworkChanges c
            = NetworkChanges::compare(fixture(), valuations, QDate(2025, 1, 1), QDate(2026, 6, 30), equity);
        QCOMPARE(c.dealsThen, QStringList {u"D1"_s});
        QCOMPARE(c.newDeals, (QStringList {u"D3"_s, u"D4"_s, u"D6"_s}));
        // As of a date is the one filter with that end.
        QCOMPARE(NetworkChanges::asOf(QDate(2025, 3, 1), equity).to, QDate(2025, 3, 1));
        QCOMPARE(NetworkChanges::asOf(QDate(2025, 3, 1), equity).dealKinds, equity.dealKinds);
        DealFilter early;
        early.to = QDate(2024, 12, 31);
        QCOMPARE(NetworkChanges::asOf(QDate(2025, 3, 1), early).to, QDate(2024, 12, 31));
    }

    void json()
    {
        const DealGraph graph = fixture();
        const NetworkChanges c = NetworkChanges::compare(graph, valuations, QDate(2025, 6, 30), QDate(2026, 6, 30));
        const QJsonObject o = AnalysisJsonWriter(graph, {}).changes(c);
        QCOMPARE(o[u"format"_s].toString(), u"capflow-changes"_s);
        QCOMPARE(o[u"from"_s].toString(), u"2025-06-30"_s);
        QCOMPARE(o[u"deals_then"_s].toInt(), 3);
        QCOMPARE(o[u"deals_now"_s].toInt(), 6);
        const QJsonArray deals = o[u"new_deals"_s].toArray();
        QCOMPARE(deals.size(), 3);
        QCOMPARE(deals.at(0)[u"id"_s].toString(), u"D5"_s);
        QCOMPARE(deals.at(0)[u"amount_usd"_s], QJsonValue());
        QCOMPARE(o[u"new_companies"_s].toArray().at(0)[u"company_id"_s].toString(), u"D"_s);
        const QJsonObject change = o[u"valuation_changes"_s].toArray().at(0).toObject();
        QCOMPARE(change[u"factor"_s].toDouble(), 3.0);
        QCOMPARE(change[u"now"_s][u"value_usd"_s].toString(), u"60000000000"_s);
        QCOMPARE(o[u"totals_now"_s][u"all"_s][u"firm_usd"_s].toString(), u"24000000000"_s);
        QCOMPARE(o[u"totals_then"_s][u"all"_s][u"up_to_usd"_s].toString(), u"6000000000"_s);
    }

    void reportTables_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("allKinds");
        QTest::addRow("English") << int(Language::English)
                                 << u"What changed between June 30, 2025 and June 30, 2026"_s << u"All kinds"_s;
        QTest::addRow("German") << int(Language::German) << u"Was sich zwischen 30. Juni 2025 und 30. Juni 2026 geändert hat"_s
                                << u"Alle Arten"_s;
    }
    void reportTables()
    {
        QFETCH(int, language);
        QFETCH(QString, title);
        QFETCH(QString, allKinds);
        Translations translations;
        translations.apply(Language(language));
        const DealGraph graph = fixture();
        const NetworkChanges c = NetworkChanges::compare(graph, valuations, QDate(2025, 6, 30), QDate(2026, 6, 30));
        const QList<ReportTable> tables = ChangesReport::tables(graph, c, Language(language));
        QCOMPARE(tables.size(), 3); // totals, new deals, valuation changes
        QCOMPARE(tables.at(0).title, title);
        QCOMPARE(tables.at(0).rows.last().at(0), allKinds);
        QCOMPARE(tables.at(1).rows.size(), 3);
        QCOMPARE(tables.at(1).rowDeals.at(2), QStringList {u"D6"_s});
        QCOMPARE(tables.at(2).rowCompanies.at(0), QStringList {u"B"_s});
        // Nothing changed: the totals only.
        const NetworkChanges none = NetworkChanges::compare(graph, valuations, QDate(2025, 6, 30), QDate(2025, 6, 30));
        QCOMPARE(ChangesReport::tables(graph, none, Language(language)).size(), 1);
    }
};

QTEST_MAIN(TestNetworkChanges)
#include "tst_networkchanges.moc"
