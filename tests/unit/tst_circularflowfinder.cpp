#include "support/DealGraphFixture.h"
#include "analysis/CircularFlowFinder.h"
#include "graph/FilteredDealGraph.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A cycle written order-independently: its deal ids, sorted, joined by commas.
static QString key(const CircularFlow &c)
{
    QStringList ids = c.dealIds();
    ids.sort();
    return ids.join(u',');
}

class TestCircularFlowFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cycles_data()
    {
        QTest::addColumn<QStringList>("deals");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QStringList>("expected"); // keys, in rank order

        QTest::addRow("length 2") << QStringList {u"D1 A>B equity 10 committed"_s, u"D2 B>A compute 30 committed"_s}
                                  << 4 << QStringList {u"D1,D2"_s};
        QTest::addRow("length 3") << QStringList {u"D1 A>B equity 3 committed"_s, u"D2 B>C compute 2 committed"_s,
            u"D3 C>A chips 5 committed"_s}
                                  << 4 << QStringList {u"D1,D2,D3"_s};
        const QStringList square {u"D1 A>B equity 4 committed"_s, u"D2 B>C compute 3 committed"_s,
            u"D3 C>D loan 2 committed"_s, u"D4 D>A chips 1 committed"_s};
        QTest::addRow("length 4") << square << 4 << QStringList {u"D1,D2,D3,D4"_s};
        QTest::addRow("length 4 over a limit of 3") << square << 3 << QStringList {};
        QTest::addRow("limit keeps the short one") << QStringList {u"D1 A>B equity 4 committed"_s,
            u"D2 B>A compute 1 committed"_s, u"D3 B>C compute 9 committed"_s, u"D4 C>A chips 9 committed"_s}
                                                   << 2 << QStringList {u"D1,D2"_s};
        QTest::addRow("both lengths, ranked by round trip") << QStringList {u"D1 A>B equity 4 committed"_s,
            u"D2 B>A compute 1 committed"_s, u"D3 B>C compute 9 committed"_s, u"D4 C>A chips 9 committed"_s}
                                                            << 3 << QStringList {u"D1,D3,D4"_s, u"D1,D2"_s};
        QTest::addRow("parallel deals expand") << QStringList {u"D1 A>B equity 5 committed"_s,
            u"D2 A>B equity 7 committed"_s, u"D3 B>A compute 6 committed"_s}
                                               << 4 << QStringList {u"D2,D3"_s, u"D1,D3"_s};
        QTest::addRow("self-loops ignored") << QStringList {u"D1 A>A equity 5 committed"_s,
            u"D2 A>B equity 2 committed"_s, u"D3 B>A compute 6 committed"_s, u"D4 B>B chips 1 committed"_s}
                                            << 4 << QStringList {u"D2,D3"_s};
        QTest::addRow("divestments are not money between the two")
            << QStringList {u"D1 A>B divestment 5 committed"_s, u"D2 B>A equity 2 committed"_s} << 4 << QStringList {};
        QTest::addRow("no cycle in a chain")
            << QStringList {u"D1 A>B equity 5 committed"_s, u"D2 B>C compute 2 committed"_s} << 4 << QStringList {};
        QTest::addRow("two components") << QStringList {u"D1 A>B equity 1 committed"_s, u"D2 B>A compute 1 committed"_s,
            u"D3 C>D equity 8 committed"_s, u"D4 D>C compute 8 committed"_s, u"D5 B>C loan 100 committed"_s}
                                        << 4 << QStringList {u"D3,D4"_s, u"D1,D2"_s};
        QTest::addRow("known before bounded") << QStringList {u"D1 A>B equity 1 committed"_s,
            u"D2 B>A compute 1 committed"_s, u"D3 C>D equity 50 up_to"_s, u"D4 D>C chips - reported"_s,
            u"D5 E>F equity - reported"_s, u"D6 F>E chips - reported"_s}
                                              << 4 << QStringList {u"D1,D2"_s, u"D3,D4"_s, u"D5,D6"_s};
    }
    void cycles()
    {
        QFETCH(QStringList, deals);
        QFETCH(int, maxLength);
        QFETCH(QStringList, expected);
        const DealGraph graph = dealGraphFrom(deals);
        const FilteredDealGraph view(graph, {});
        CycleSearchOptions options;
        options.maxLength = maxLength;
        const CycleSearchResult result = CircularFlowFinder::find(view, options);
        QStringList keys;
        for (const CircularFlow &c : result.cycles) {
            keys << key(c);
            QVERIFY(c.length() <= maxLength);
            // Each leg starts where the previous one ended, and the cycle closes.
            for (int i = 0; i < c.length(); ++i) {
                QCOMPARE(c.legs[i].from, c.companyIds[i]);
                QCOMPARE(c.legs[i].to, c.companyIds[(i + 1) % c.length()]);
            }
        }
        QCOMPARE(keys, expected);
        QVERIFY(!result.truncated);
    }

    void timeOrder_data()
    {
        QTest::addColumn<QStringList>("deals");
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("inTimeOrder");
        QTest::addColumn<QString>("firstDeal"); // where the time order starts
        QTest::addColumn<bool>("purchaseFirst");
        QTest::addColumn<bool>("countOnly"); // CycleSearchOptions::countOnlyInTimeOrder

        const QStringList investThenBuy {u"D1 A>B equity 10 committed 2025-01-10"_s,
            u"D2 B>A compute 30 committed 2025-06-01"_s};
        QTest::addRow("investment, then purchase") << investThenBuy << 24 << true << u"D1"_s << false << true;
        QTest::addRow("too far apart for 4 months") << investThenBuy << 4 << false << QString() << false << true;
        QTest::addRow("out of order, but every cycle counts") << investThenBuy << 4 << false << QString() << false
                                                             << false;
        QTest::addRow("purchase, then investment")
            << QStringList {u"D1 A>B equity 10 committed 2026-02-27"_s, u"D2 B>A compute 38 committed 2025-11-03"_s}
            << 24 << true << u"D2"_s << true << true;
        // Round three companies: D3 comes before D2, so no start makes the legs follow each other.
        QTest::addRow("out of order round three")
            << QStringList {u"D1 A>B equity 5 committed 2025-01-01"_s, u"D2 B>C compute 3 committed 2025-09-01"_s,
                   u"D3 C>A chips 2 committed 2025-03-01"_s}
            << 24 << false << QString() << false << true;
        QTest::addRow("in order round three")
            << QStringList {u"D1 A>B equity 5 committed 2025-01-01"_s, u"D2 B>C compute 3 committed 2025-03-01"_s,
                   u"D3 C>A chips 2 committed 2025-09-01"_s}
            << 24 << true << u"D1"_s << false << true;
        // The same day both ways: in order, and neither came first.
        QTest::addRow("same day") << QStringList {u"D1 A>B equity 5 up_to 2025-11-18"_s,
            u"D2 B>A compute 30 committed 2025-11-18"_s} << 24 << true << u"D1"_s << false << true;
    }

    void timeOrder()
    {
        QFETCH(QStringList, deals);
        QFETCH(int, window);
        QFETCH(bool, inTimeOrder);
        QFETCH(QString, firstDeal);
        QFETCH(bool, purchaseFirst);
        QFETCH(bool, countOnly);
        const DealGraph graph = dealGraphFrom(deals);
        const FilteredDealGraph view(graph, {});
        CycleSearchOptions options;
        options.timeWindowMonths = window;
        options.countOnlyInTimeOrder = countOnly;
        const CycleSearchResult result = CircularFlowFinder::find(view, options);
        QCOMPARE(result.cycles.size(), 1);
        const CircularFlow &c = result.cycles.constFirst();
        QCOMPARE(c.inTimeOrder, inTimeOrder);
        QCOMPARE(c.timeOrderStart >= 0 ? c.legs.at(c.timeOrderStart).id : QString(), firstDeal);
        QCOMPARE(c.purchaseBeforeInvestment, purchaseFirst);
        // The count: cycles in time order, or all when the options do not ask for it.
        QCOMPARE(result.counted(), countOnly ? (inTimeOrder ? 1 : 0) : 1);
        QCOMPARE(result.inTimeOrder, inTimeOrder ? 1 : 0);
    }

    void timeOrderedCyclesRankFirst()
    {
        // A bigger cycle out of time order ranks after a smaller one in order.
        const DealGraph graph = dealGraphFrom({u"D1 A>B equity 50 committed 2020-01-01"_s,
            u"D2 B>A compute 90 committed 2025-01-01"_s, u"D3 C>D equity 2 committed 2025-01-01"_s,
            u"D4 D>C compute 3 committed 2025-02-01"_s});
        const FilteredDealGraph view(graph, {});
        QStringList inOrder;
        for (const CircularFlow &c : CircularFlowFinder::find(view).cycles)
            inOrder << key(c);
        QCOMPARE(inOrder, (QStringList {u"D3,D4"_s, u"D1,D2"_s}));
        CycleSearchOptions any;
        any.countOnlyInTimeOrder = false;
        QStringList byAmount;
        for (const CircularFlow &c : CircularFlowFinder::find(view, any).cycles)
            byAmount << key(c);
        QCOMPARE(byAmount, (QStringList {u"D1,D2"_s, u"D3,D4"_s}));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("deals");
        QTest::addColumn<QString>("roundTripBn"); // empty: none
        QTest::addColumn<QString>("bound");
        QTest::addColumn<int>("undisclosed");
        QTest::addColumn<bool>("vendorFinancing");
        QTest::addColumn<QString>("start");

        QTest::addRow("exact") << QStringList {u"D1 B>A compute 30 committed"_s, u"D2 A>B equity 5 reported"_s}
                               << u"5"_s << u"exact"_s << 0 << true << u"A"_s;
        // An "up to" ceiling is not money that surely came back: the round trip is at most it.
        QTest::addRow("up-to leg") << QStringList {u"D1 B>A compute 30 committed"_s, u"D2 A>B equity 5 up_to"_s}
                                   << u"5"_s << u"at_most"_s << 0 << true << u"A"_s;
        // Nor is a firm smallest leg exact when a ceiling elsewhere on the cycle may be lower.
        QTest::addRow("up-to leg above the smallest")
            << QStringList {u"D1 B>A compute 3 committed"_s, u"D2 A>B equity 5 up_to"_s} << u"3"_s << u"at_most"_s << 0
            << true << u"A"_s;
        QTest::addRow("undisclosed leg") << QStringList {u"D1 A>B equity 10 up_to"_s, u"D2 B>A chips - reported"_s}
                                         << u"10"_s << u"at_most"_s << 1 << true << u"A"_s;
        QTest::addRow("nothing disclosed") << QStringList {u"D1 A>B equity - up_to"_s, u"D2 B>A chips - reported"_s}
                                           << QString() << u"unknown"_s << 2 << true << u"A"_s;
        QTest::addRow("no investment") << QStringList {u"D1 A>B compute 2 committed"_s, u"D2 B>A chips 3 reported"_s}
                                       << u"2"_s << u"exact"_s << 0 << false << u"A"_s;
        QTest::addRow("starts at the investor") << QStringList {u"D1 A>B compute 2 committed"_s,
            u"D2 B>C loan 3 reported"_s, u"D3 C>A acquisition 0.5 estimated"_s}
                                                << u"0.5"_s << u"at_most"_s << 0 << true << u"B"_s;
    }
    void roundTrip()
    {
        QFETCH(QStringList, deals);
        QFETCH(QString, roundTripBn);
        QFETCH(QString, bound);
        QFETCH(int, undisclosed);
        QFETCH(bool, vendorFinancing);
        QFETCH(QString, start);
        const DealGraph graph = dealGraphFrom(deals);
        const CycleSearchResult result = CircularFlowFinder::find(FilteredDealGraph(graph, {}));
        QCOMPARE(result.cycles.size(), 1);
        const CircularFlow &c = result.cycles.constFirst();
        QCOMPARE(c.roundTrip ? c.roundTrip->toBillionsString() : QString(), roundTripBn);
        QCOMPARE(CircularFlow::boundKey(c.bound), bound);
        QCOMPARE(c.undisclosedLegs, undisclosed);
        QCOMPARE(c.vendorFinancing, vendorFinancing);
        QCOMPARE(c.companyIds.constFirst(), start);
    }

    void dateRange()
    {
        const DealGraph graph
            = dealGraphFrom({u"D1 A>B equity 1 committed 2024-03-01"_s, u"D2 B>A compute 1 committed 2025-06-01"_s});
        DealFilter all;
        QCOMPARE(CircularFlowFinder::find(FilteredDealGraph(graph, all)).cycles.size(), 1);
        DealFilter from2025;
        from2025.from = QDate(2025, 1, 1);
        QCOMPARE(CircularFlowFinder::find(FilteredDealGraph(graph, from2025)).cycles.size(), 0);
    }

    // A complete digraph on 30 companies has more circuits than could ever be listed: the work
    // budget must stop the search and say so.
    void denseGraphStopsWithinBudget()
    {
        QStringList deals;
        int id = 0;
        for (int a = 0; a < 30; ++a) {
            for (int b = 0; b < 30; ++b) {
                if (a != b)
                    deals << QStringLiteral("D%1 C%2>C%3 equity 1 committed").arg(++id).arg(a).arg(b);
            }
        }
        const DealGraph graph = dealGraphFrom(deals);
        CycleSearchOptions options;
        options.maxLength = 3;
        options.workBudget = 20'000;
        const CycleSearchResult result = CircularFlowFinder::find(FilteredDealGraph(graph, {}), options);
        QVERIFY(result.truncated);
        QCOMPARE(result.circuitsExamined, options.workBudget);
        QVERIFY(!result.cycles.isEmpty());
        for (const CircularFlow &c : result.cycles)
            QVERIFY(c.length() <= 3);
    }

    void expansionCapIsReported()
    {
        QStringList deals;
        for (int i = 1; i <= 10; ++i) {
            deals << QStringLiteral("D%1 A>B equity %1 committed").arg(i);
            deals << QStringLiteral("E%1 B>A compute %1 committed").arg(i);
        }
        const DealGraph graph = dealGraphFrom(deals);
        CycleSearchOptions options;
        options.maxCycles = 40;
        const CycleSearchResult capped = CircularFlowFinder::find(FilteredDealGraph(graph, {}), options);
        QCOMPARE(capped.cycles.size(), 40);
        QVERIFY(capped.truncated);
        const CycleSearchResult full = CircularFlowFinder::find(FilteredDealGraph(graph, {}));
        QCOMPARE(full.cycles.size(), 100);
        QVERIFY(!full.truncated);
        QCOMPARE(full.cycles.constFirst().roundTrip->toBillionsString(), u"10"_s);
    }
};

QTEST_GUILESS_MAIN(TestCircularFlowFinder)
#include "tst_circularflowfinder.moc"
