// DealGraph: companies as vertices and deals as edges, looked up by id, and the filtered graph.
#include "document/Document.h"
#include "graph/FilteredDealGraph.h"
#include "support/Builders.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(DealFilter)

using namespace Qt::StringLiterals;

namespace {
Company company(const QString &id, CompanyKind kind = CompanyKind::AiLab)
{
    return CompanyBuilder(id).name(id.toUpper()).kind(kind);
}

Deal deal(const QString &id, const QString &from, const QString &to, DealKind kind = DealKind::Equity,
    std::optional<qint64> usd = std::nullopt, FuzzyDate date = {QDate(2025, 1, 15), DatePrecision::Day})
{
    return DealBuilder(id, from, to).kind(kind).usd(usd).date(date);
}

QStringList ids(const QList<const Deal *> &deals)
{
    QStringList result;
    for (const Deal *d : deals)
        result << d->id;
    std::sort(result.begin(), result.end());
    return result;
}

QStringList ids(const QList<const Company *> &companies)
{
    QStringList result;
    for (const Company *c : companies)
        result << c->id;
    std::sort(result.begin(), result.end());
    return result;
}

// Every id lookup agrees with the Boost descriptors: the vertex of a company holds that company,
// and the edge of a deal holds that deal and runs between the vertices of its endpoints.
void verifyIndex(const DealGraph &graph)
{
    const DealGraph::Storage::Graph &g = graph.storage().graph;
    for (const Company *c : graph.companies()) {
        const auto v = graph.storage().vertex(c->id);
        QVERIFY2(v, qPrintable(c->id));
        QCOMPARE(g[*v].id, c->id);
    }
    for (const Deal *d : graph.deals()) {
        const auto e = graph.storage().edge(d->id);
        QVERIFY2(e, qPrintable(d->id));
        QCOMPARE(g[*e].id, d->id);
        QCOMPARE(g[boost::source(*e, g)].id, d->from);
        QCOMPARE(g[boost::target(*e, g)].id, d->to);
    }
}

// Deals between a chain of companies of different kinds, dated across 2023-2025.
//   openai (ai_lab) <- msft (conglomerate), nvda (chips); openai -> msft, amzn (cloud)
DealGraph sampleGraph()
{
    DealGraph g;
    g.addCompany(company(QStringLiteral("openai"), CompanyKind::AiLab));
    g.addCompany(company(QStringLiteral("msft"), CompanyKind::Conglomerate));
    g.addCompany(company(QStringLiteral("nvda"), CompanyKind::Chips));
    g.addCompany(company(QStringLiteral("amzn"), CompanyKind::Cloud));
    g.addDeal(deal(QStringLiteral("D1"), QStringLiteral("msft"), QStringLiteral("openai"), DealKind::Equity,
        10'000'000'000, {QDate(2023, 1, 1), DatePrecision::Year}));
    g.addDeal(deal(QStringLiteral("D2"), QStringLiteral("nvda"), QStringLiteral("openai"), DealKind::Equity,
        std::nullopt, {QDate(2025, 7, 1), DatePrecision::Quarter}));
    g.addDeal(deal(QStringLiteral("D3"), QStringLiteral("openai"), QStringLiteral("msft"), DealKind::Compute,
        250'000'000'000, {QDate(2025, 10, 28), DatePrecision::Day}));
    g.addDeal(deal(QStringLiteral("D4"), QStringLiteral("openai"), QStringLiteral("amzn"), DealKind::Compute,
        38'000'000'000, {QDate(2025, 11, 3), DatePrecision::Day}));
    g.addDeal(deal(QStringLiteral("D5"), QStringLiteral("msft"), QStringLiteral("openai"), DealKind::Equity,
        2'000'000'000, {QDate(2025, 3, 1), DatePrecision::Month}));
    return g;
}

int countEdges(const FilteredDealGraph::View &view)
{
    const auto [begin, end] = boost::edges(view);
    return int(std::distance(begin, end));
}

int countVertices(const FilteredDealGraph::View &view)
{
    const auto [begin, end] = boost::vertices(view);
    return int(std::distance(begin, end));
}
} // namespace

class TestDealGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parallelDealsAndDirections()
    {
        const DealGraph g = sampleGraph();
        QCOMPARE(g.companyCount(), 4);
        QCOMPARE(g.dealCount(), 5);
        verifyIndex(g);
        QCOMPARE(ids(g.dealsOut(QStringLiteral("msft"))), QStringList({u"D1"_s, u"D5"_s}));
        QCOMPARE(ids(g.dealsIn(QStringLiteral("msft"))), QStringList({u"D3"_s}));
        QCOMPARE(ids(g.dealsIn(QStringLiteral("openai"))), QStringList({u"D1"_s, u"D2"_s, u"D5"_s}));
        QCOMPARE(ids(g.dealsOut(QStringLiteral("openai"))), QStringList({u"D3"_s, u"D4"_s}));
        QCOMPARE(ids(g.dealsOut(QStringLiteral("amzn"))), QStringList());
        QCOMPARE(ids(g.dealsIn(QStringLiteral("nobody"))), QStringList());
        // Two parallel deals from msft to openai, one back.
        QCOMPARE(
            ids(g.dealsBetween(QStringLiteral("msft"), QStringLiteral("openai"))), QStringList({u"D1"_s, u"D5"_s}));
        QCOMPARE(ids(g.dealsBetween(QStringLiteral("openai"), QStringLiteral("msft"))), QStringList({u"D3"_s}));
        QCOMPARE(ids(g.dealsBetween(QStringLiteral("openai"), QStringLiteral("msft"), true)),
            QStringList({u"D1"_s, u"D3"_s, u"D5"_s}));
        QCOMPARE(ids(g.dealsBetween(QStringLiteral("msft"), QStringLiteral("openai"), true)),
            QStringList({u"D1"_s, u"D3"_s, u"D5"_s}));
        QCOMPARE(ids(g.dealsBetween(QStringLiteral("amzn"), QStringLiteral("nvda"), true)), QStringList());
        QCOMPARE(g.deal(QStringLiteral("D4"))->amount->usd(), qint64(38'000'000'000));
        QCOMPARE(g.companyByName(QStringLiteral("Openai"))->id, QStringLiteral("openai"));
    }

    void selfLoopCountedOnceBetween()
    {
        DealGraph g;
        QVERIFY(g.addCompany(company(QStringLiteral("a"))));
        QVERIFY(g.addDeal(deal(QStringLiteral("L"), QStringLiteral("a"), QStringLiteral("a"))));
        QCOMPARE(ids(g.dealsBetween(QStringLiteral("a"), QStringLiteral("a"), true)), QStringList({u"L"_s}));
        QCOMPARE(ids(g.dealsIn(QStringLiteral("a"))), QStringList({u"L"_s}));
        QCOMPARE(ids(g.dealsOut(QStringLiteral("a"))), QStringList({u"L"_s}));
    }

    void idsStableAfterRemovingCompanies()
    {
        DealGraph g;
        for (const char16_t *id : {u"c0", u"c1", u"c2", u"c3", u"c4", u"c5"})
            QVERIFY(g.addCompany(company(QString::fromUtf16(id))));
        QVERIFY(g.addDeal(deal(u"D01"_s, u"c0"_s, u"c1"_s)));
        QVERIFY(g.addDeal(deal(u"D02"_s, u"c2"_s, u"c3"_s)));
        QVERIFY(g.addDeal(deal(u"D03"_s, u"c3"_s, u"c5"_s)));
        QVERIFY(g.addDeal(deal(u"D04"_s, u"c5"_s, u"c2"_s)));
        QVERIFY(g.addDeal(deal(u"D05"_s, u"c4"_s, u"c0"_s)));
        QVERIFY(g.addDeal(deal(u"D06"_s, u"c1"_s, u"c4"_s)));
        QVERIFY(g.addDeal(deal(u"D07"_s, u"c5"_s, u"c4"_s)));

        // Removing low-numbered vertices renumbers every vertex after them.
        const auto removed = g.removeCompany(u"c1"_s);
        QVERIFY(removed);
        QCOMPARE(g.companyCount(), 5);
        QCOMPARE(g.dealCount(), 5);
        verifyIndex(g);
        QVERIFY(!g.company(u"c1"_s));
        QVERIFY(!g.deal(u"D01"_s));
        QVERIFY(!g.deal(u"D06"_s));
        QCOMPARE(g.company(u"c5"_s)->name, u"C5"_s);
        QCOMPARE(g.deal(u"D03"_s)->from, u"c3"_s);
        QCOMPARE(g.deal(u"D03"_s)->to, u"c5"_s);
        QCOMPARE(ids(g.dealsOut(u"c5"_s)), QStringList({u"D04"_s, u"D07"_s}));
        QCOMPARE(ids(g.dealsIn(u"c4"_s)), QStringList({u"D07"_s}));
        QCOMPARE(ids(g.dealsIn(u"c0"_s)), QStringList({u"D05"_s}));

        QVERIFY(g.removeCompany(u"c0"_s));
        QVERIFY(g.removeCompany(u"c3"_s));
        QCOMPARE(ids(g.companies()), QStringList({u"c2"_s, u"c4"_s, u"c5"_s}));
        QCOMPARE(ids(g.deals()), QStringList({u"D04"_s, u"D07"_s}));
        verifyIndex(g);
        QCOMPARE(ids(g.dealsBetween(u"c2"_s, u"c5"_s, true)), QStringList({u"D04"_s}));

        // The index keeps working for edits after renumbering.
        QVERIFY(g.addCompany(company(u"c6"_s)));
        QVERIFY(g.addDeal(deal(u"D08"_s, u"c6"_s, u"c2"_s)));
        QVERIFY(g.removeDeal(u"D04"_s));
        verifyIndex(g);
        QCOMPARE(ids(g.dealsIn(u"c2"_s)), QStringList({u"D08"_s}));
        QCOMPARE(ids(g.dealsOut(u"c5"_s)), QStringList({u"D07"_s}));
    }

    void removingCompanyRemovesItsDeals()
    {
        DealGraph g = sampleGraph();
        QVERIFY(g.addDeal(deal(u"SELF"_s, u"openai"_s, u"openai"_s)));
        const auto removed = g.removeCompany(u"openai"_s);
        QVERIFY(removed);
        QStringList removedIds;
        for (const Deal &d : *removed)
            removedIds << d.id;
        std::sort(removedIds.begin(), removedIds.end());
        // Each deal exactly once, the self-loop included.
        QCOMPARE(removedIds, QStringList({u"D1"_s, u"D2"_s, u"D3"_s, u"D4"_s, u"D5"_s, u"SELF"_s}));
        QCOMPARE(g.dealCount(), 0);
        QCOMPARE(g.companyCount(), 3);
        for (const QString &id : removedIds)
            QVERIFY(!g.deal(id));
        QCOMPARE(ids(g.dealsOut(u"msft"_s)), QStringList());
        verifyIndex(g);
        QVERIFY(!g.removeCompany(u"openai"_s));
    }

    void updateDealMovesEndpoints()
    {
        DealGraph g = sampleGraph();
        Deal d = *g.deal(u"D4"_s);
        d.from = u"nvda"_s;
        d.to = u"msft"_s;
        d.amount = Money::fromUsd(1);
        QVERIFY(g.updateDeal(d));
        QCOMPARE(g.dealCount(), 5);
        verifyIndex(g);
        QCOMPARE(*g.deal(u"D4"_s), d);
        QCOMPARE(ids(g.dealsOut(u"openai"_s)), QStringList({u"D3"_s}));
        QCOMPARE(ids(g.dealsIn(u"amzn"_s)), QStringList());
        QCOMPARE(ids(g.dealsOut(u"nvda"_s)), QStringList({u"D2"_s, u"D4"_s}));
        QCOMPARE(ids(g.dealsIn(u"msft"_s)), QStringList({u"D3"_s, u"D4"_s}));

        // Same endpoints: only the data changes.
        d.kind = DealKind::Loan;
        QVERIFY(g.updateDeal(d));
        QCOMPARE(g.deal(u"D4"_s)->kind, DealKind::Loan);
        verifyIndex(g);

        // Unknown endpoint or deal: refused, nothing changes.
        Deal bad = d;
        bad.to = u"nobody"_s;
        bad.kind = DealKind::Chips;
        QVERIFY(!g.updateDeal(bad));
        QCOMPARE(*g.deal(u"D4"_s), d);
        bad = d;
        bad.id = u"D99"_s;
        QVERIFY(!g.updateDeal(bad));
        QVERIFY(!g.deal(u"D99"_s));
        QCOMPARE(g.dealCount(), 5);
    }

    void duplicateAndUnknownIdsRejected()
    {
        DealGraph g = sampleGraph();
        Company clash = company(u"msft"_s, CompanyKind::Other);
        clash.name = u"Other Microsoft"_s;
        QVERIFY(!g.addCompany(clash));
        QVERIFY(!g.addCompany(company(QString())));
        QCOMPARE(g.companyCount(), 4);
        QCOMPARE(g.company(u"msft"_s)->name, u"MSFT"_s);
        QCOMPARE(g.company(u"msft"_s)->kind, CompanyKind::Conglomerate);

        QVERIFY(!g.addDeal(deal(u"D1"_s, u"amzn"_s, u"nvda"_s)));
        QCOMPARE(g.deal(u"D1"_s)->from, u"msft"_s);
        QVERIFY(!g.addDeal(deal(u"D9"_s, u"amzn"_s, u"nobody"_s)));
        QVERIFY(!g.addDeal(deal(u"D9"_s, u"nobody"_s, u"amzn"_s)));
        QVERIFY(!g.addDeal(deal(QString(), u"amzn"_s, u"nvda"_s)));
        QVERIFY(!g.deal(u"D9"_s));
        QCOMPARE(g.dealCount(), 5);
        QVERIFY(!g.removeDeal(u"D9"_s));
        QVERIFY(!g.updateCompany(company(u"nobody"_s)));
        QCOMPARE(g.companyCount(), 4);
        verifyIndex(g);
    }

    void filteredGraph_data()
    {
        QTest::addColumn<DealFilter>("filter");
        QTest::addColumn<QStringList>("deals");
        QTest::addColumn<int>("companies");
        const QStringList all {u"D1"_s, u"D2"_s, u"D3"_s, u"D4"_s, u"D5"_s};
        QTest::addRow("no filter") << DealFilter {} << all << 4;

        DealFilter f;
        f.from = QDate(2023, 12, 31); // the year-precise 2023 deal overlaps its last day
        f.to = QDate(2024, 12, 31);
        QTest::addRow("year period overlaps start") << f << QStringList({u"D1"_s}) << 4;
        f = {};
        f.from = QDate(2025, 9, 30); // Q3 2025 ends on this day
        QTest::addRow("quarter period overlaps") << f << QStringList({u"D2"_s, u"D3"_s, u"D4"_s}) << 4;
        f.from = QDate(2025, 10, 1);
        QTest::addRow("quarter period ended") << f << QStringList({u"D3"_s, u"D4"_s}) << 4;
        f = {};
        f.to = QDate(2025, 3, 31); // the March deal starts inside, Q3 starts after
        QTest::addRow("to bound") << f << QStringList({u"D1"_s, u"D5"_s}) << 4;
        f.to = QDate(2025, 2, 28);
        QTest::addRow("to before month start") << f << QStringList({u"D1"_s}) << 4;

        f = {};
        f.dealKinds = {DealKind::Compute};
        QTest::addRow("deal kind") << f << QStringList({u"D3"_s, u"D4"_s}) << 4;
        f.dealKinds = {DealKind::Compute, DealKind::Equity};
        QTest::addRow("two deal kinds") << f << all << 4;
        f.dealKinds = {DealKind::Loan};
        QTest::addRow("no deal of kind") << f << QStringList() << 4;

        f = {};
        f.companyKinds = {CompanyKind::AiLab, CompanyKind::Conglomerate};
        QTest::addRow("company kinds") << f << QStringList({u"D1"_s, u"D3"_s, u"D5"_s}) << 2;
        f.companyKinds = {CompanyKind::AiLab, CompanyKind::Cloud, CompanyKind::Chips};
        QTest::addRow("company kinds 2") << f << QStringList({u"D2"_s, u"D4"_s}) << 3;

        f = {};
        f.minAmount = Money::fromUsd(10'000'000'000);
        QTest::addRow("minimum inclusive, undisclosed out") << f << QStringList({u"D1"_s, u"D3"_s, u"D4"_s}) << 4;
        f.minAmount = Money::fromUsd(10'000'000'001);
        QTest::addRow("minimum just above") << f << QStringList({u"D3"_s, u"D4"_s}) << 4;
        f.minAmount = Money::fromUsd(0);
        QTest::addRow("zero minimum still drops undisclosed")
            << f << QStringList({u"D1"_s, u"D3"_s, u"D4"_s, u"D5"_s}) << 4;

        f = {};
        f.from = QDate(2025, 1, 1);
        f.dealKinds = {DealKind::Equity};
        f.minAmount = Money::fromUsd(1);
        QTest::addRow("combined") << f << QStringList({u"D5"_s}) << 4;
    }

    void filteredGraph()
    {
        QFETCH(DealFilter, filter);
        QFETCH(QStringList, deals);
        QFETCH(int, companies);
        const DealGraph g = sampleGraph();
        QCOMPARE(filter.isEmpty(),
            filter.from == std::nullopt && filter.to == std::nullopt && filter.dealKinds.isEmpty()
                && filter.companyKinds.isEmpty() && !filter.minAmount);
        const FilteredDealGraph filtered(g, filter);
        QCOMPARE(countEdges(filtered.view()), deals.size());
        QCOMPARE(countVertices(filtered.view()), companies);
        QCOMPARE(ids(filtered.deals()), deals);
        for (const Deal *d : g.deals())
            QCOMPARE(filter.acceptsDeal(*d, g), deals.contains(d->id));
        // Out-edges of the view agree with its edge set.
        int outEdges = 0;
        for (auto v : boost::make_iterator_range(boost::vertices(filtered.view())))
            outEdges += int(boost::out_degree(v, filtered.view()));
        QCOMPARE(outEdges, deals.size());
    }
};

QTEST_GUILESS_MAIN(TestDealGraph)
#include "tst_dealgraph.moc"
