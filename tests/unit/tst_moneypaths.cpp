#include "support/DealGraphFixture.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "analysis/MoneyPaths.h"
#include "graph/FilteredDealGraph.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A path written as its deal ids, its amount in billions and its bound: "D1,D3 4 exact".
QString key(const MoneyPath &p)
{
    const QString amount = p.amount ? QString::number(p.amount->usd() / 1'000'000'000) : u"-"_s;
    return p.dealIds().join(u',') + u' ' + amount + u' ' + CircularFlow::boundKey(p.bound);
}

// A → B twice (10 and 2, firm), B → C 4 firm, A → C up to 6, A → D undisclosed loan, D → C 3 firm,
// C → A 1 (a way back, never part of a path to C), B sells its E stake (a divestment: no leg).
const QStringList network {u"D1 A>B equity 10 committed"_s, u"D2 A>B equity 2 committed 2025-03-01"_s,
    u"D3 B>C compute 4 committed 2025-06-01"_s, u"D4 A>C equity 6 up_to"_s, u"D5 A>D loan - reported"_s,
    u"D6 D>C compute 3 committed"_s, u"D7 C>A loan 1 committed"_s, u"D8 B>E divestment 5 reported"_s};
} // namespace

class TestMoneyPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paths_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("expected"); // in rank order

        QTest::addRow("exact first, larger first, then at-most")
            << u"A"_s << u"C"_s << 4 << QStringList {}
            << QStringList {u"D1,D3 4 exact"_s, u"D2,D3 2 exact"_s, u"D4 6 at_most"_s, u"D5,D6 3 at_most"_s};
        QTest::addRow("one deal at most") << u"A"_s << u"C"_s << 1 << QStringList {}
                                          << QStringList {u"D4 6 at_most"_s};
        QTest::addRow("kinds: equity and compute only")
            << u"A"_s << u"C"_s << 4 << QStringList {u"equity"_s, u"compute"_s}
            << QStringList {u"D1,D3 4 exact"_s, u"D2,D3 2 exact"_s, u"D4 6 at_most"_s};
        QTest::addRow("through the way back") << u"B"_s << u"D"_s << 4 << QStringList {}
                                              << QStringList {u"D3,D7,D5 1 at_most"_s};
        QTest::addRow("too long for the limit") << u"B"_s << u"D"_s << 2 << QStringList {} << QStringList {};
        QTest::addRow("a divestment is no leg") << u"A"_s << u"E"_s << 4 << QStringList {} << QStringList {};
        QTest::addRow("against the money") << u"C"_s << u"B"_s << 4 << QStringList {}
                                           << QStringList {u"D7,D1 1 exact"_s, u"D7,D2 1 exact"_s};
        QTest::addRow("unknown company") << u"A"_s << u"Z"_s << 4 << QStringList {} << QStringList {};
        QTest::addRow("same company") << u"A"_s << u"A"_s << 4 << QStringList {} << QStringList {};
    }

    void paths()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, maxLength);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, expected);
        const DealGraph graph = dealGraphFrom(network);
        const FilteredDealGraph view(graph, {});
        PathSearchOptions options;
        options.maxLength = maxLength;
        for (const QString &k : kinds)
            options.kinds.insert(*enumFromKey<DealKind>(k));
        const PathSearchResult result = MoneyPaths::find(view, from, to, options);
        QStringList keys;
        for (const MoneyPath &p : result.paths) {
            keys << key(p);
            QVERIFY(p.length() <= maxLength);
            QCOMPARE(p.companyIds.size(), p.legs.size() + 1);
            QCOMPARE(p.companyIds.constFirst(), from);
            QCOMPARE(p.companyIds.constLast(), to);
            for (int i = 0; i < p.length(); ++i) {
                QCOMPARE(p.legs[i].from, p.companyIds[i]);
                QCOMPARE(p.legs[i].to, p.companyIds[i + 1]);
            }
            QCOMPARE(QSet<QString>(p.companyIds.cbegin(), p.companyIds.cend()).size(), p.companyIds.size());
        }
        QCOMPARE(keys, expected);
        QVERIFY(!result.truncated);
    }

    void datesFilterTheLegs()
    {
        const DealGraph graph = dealGraphFrom(network);
        DealFilter filter;
        filter.to = QDate(2025, 4, 30); // before B → C
        const FilteredDealGraph view(graph, filter);
        QStringList keys;
        for (const MoneyPath &p : MoneyPaths::find(view, u"A"_s, u"C"_s).paths)
            keys << key(p);
        QCOMPARE(keys, (QStringList {u"D4 6 at_most"_s, u"D5,D6 3 at_most"_s}));
    }

    void datesOfAPath()
    {
        const DealGraph graph = dealGraphFrom(network);
        const FilteredDealGraph view(graph, {});
        const MoneyPath p = MoneyPaths::find(view, u"A"_s, u"C"_s).paths.at(1); // D2, D3
        QCOMPARE(p.firstDate, QDate(2025, 3, 1));
        QCOMPARE(p.lastDate, QDate(2025, 6, 1));
    }

    void truncation()
    {
        const DealGraph graph = dealGraphFrom(network);
        const FilteredDealGraph view(graph, {});
        PathSearchOptions budget;
        budget.workBudget = 2;
        const PathSearchResult cut = MoneyPaths::find(view, u"A"_s, u"C"_s, budget);
        QVERIFY(cut.truncated);
        QVERIFY(cut.paths.size() < 4);
        PathSearchOptions few;
        few.maxPaths = 1;
        const PathSearchResult one = MoneyPaths::find(view, u"A"_s, u"C"_s, few);
        QVERIFY(one.truncated);
        QCOMPARE(one.paths.size(), 1);
        // The length is clamped to 1 … 8.
        PathSearchOptions huge;
        huge.maxLength = 40;
        QCOMPARE(MoneyPaths::find(view, u"A"_s, u"C"_s, huge).options.maxLength, MoneyPaths::MaxLength);
    }

    void supersededDealsAreNoLeg()
    {
        DealGraph graph = dealGraphFrom(network);
        Deal newer = DealBuilder(u"D9"_s, u"A"_s, u"C"_s).billions(7).supersedes({u"D4"_s});
        QVERIFY(graph.addDeal(newer));
        QStringList keys;
        for (const MoneyPath &p :
            CapitalFlowAnalysis::paths(graph, {}, u"A"_s, u"C"_s, PathSearchOptions {}).paths)
            keys << key(p);
        QCOMPARE(keys, (QStringList {u"D9 7 exact"_s, u"D1,D3 4 exact"_s, u"D2,D3 2 exact"_s, u"D5,D6 3 at_most"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMoneyPaths)
#include "tst_moneypaths.moc"
