#include "support/DealGraphFixture.h"
#include "analysis/Importance.h"
#include "graph/FilteredDealGraph.h"

#include <QRandomGenerator>
#include <QTest>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <set>

using namespace Qt::StringLiterals;

// A diamond with a tail, plus a parallel deal A>B:  A→B→C, A→D→C, C→E.
//
// Betweenness worked out by hand, over ordered pairs (s, t) with t reachable from s:
//   A→B, A→D, B→C, D→C, C→E: direct, nobody in between.
//   A→C: two shortest paths (A-B-C, A-D-C)       → B += 1/2, D += 1/2
//   A→E: two shortest paths (A-B-C-E, A-D-C-E)   → B += 1/2, D += 1/2, C += 1
//   B→E: B-C-E                                   → C += 1
//   D→E: D-C-E                                   → C += 1
// So A = 0, B = 1, C = 3, D = 1, E = 0. Normalised by (n-1)(n-2) = 4·3 = 12: C = 0.25, B = D = 1/12.
// The parallel deal A>B must not count as a second path (it would make B 4/3 and D 2/3).
static const QStringList diamond {
    u"D1 A>B equity 2 committed"_s,
    u"D2 A>B equity 1 up_to"_s,
    u"D3 B>C compute 4 committed"_s,
    u"D4 A>D loan 3 committed"_s,
    u"D5 D>C chips 1 reported"_s,
    u"D6 C>E compute 7 committed"_s,
};

// A random network of n companies and about n * density deals (parallel deals, self-deals and
// deals that move no money among them), the same for a seed.
static QStringList randomDeals(int n, double density, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QStringList kinds {u"equity"_s, u"compute"_s, u"chips"_s, u"loan"_s, u"partnership"_s};
    QStringList lines;
    const int deals = int(n * density);
    for (int i = 0; i < deals; ++i) {
        const int a = int(random.bounded(n));
        // Mostly between near neighbours, so that there are long shortest paths and hubs.
        const int b = random.bounded(4) == 0 ? int(random.bounded(n)) : (a + 1 + int(random.bounded(3))) % n;
        lines << u"D%1 C%2>C%3 %4 1 committed"_s.arg(i).arg(a).arg(b).arg(kinds.at(int(random.bounded(5))));
    }
    return lines;
}

// Boost's Brandes betweenness of the same company graph (one arc per ordered pair of companies
// with a deal that moves money), by company id.
static QHash<QString, double> boostBetweenness(const DealGraph &graph)
{
    using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    const QList<const Company *> companies = graph.companies();
    QHash<QString, int> index;
    for (const Company *c : companies)
        index.insert(c->id, int(index.size()));
    std::set<std::pair<int, int>> arcs;
    for (const Deal *d : graph.deals()) {
        if (MoneyFlow::movesMoney(*d))
            arcs.insert({index.value(d->from), index.value(d->to)});
    }
    Simple simple(companies.size());
    for (const auto &[a, b] : arcs)
        boost::add_edge(Simple::vertex_descriptor(a), Simple::vertex_descriptor(b), simple);
    std::vector<double> centrality(companies.size(), 0.0);
    boost::brandes_betweenness_centrality(simple,
        boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, simple))));
    QHash<QString, double> result;
    for (const Company *c : companies)
        result.insert(c->id, centrality[size_t(index.value(c->id))]);
    return result;
}

class TestImportance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void centrality_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<double>("betweenness");
        QTest::addColumn<double>("normalized");
        QTest::addColumn<QString>("firmInBn");
        QTest::addColumn<QString>("firmOutBn");
        QTest::addColumn<QString>("largestSource");
        QTest::addColumn<double>("concentration"); // -1: none

        QTest::addRow("A") << u"A"_s << 0.0 << 0.0 << u"0"_s << u"5"_s << QString() << -1.0;
        QTest::addRow("B") << u"B"_s << 1.0 << 1.0 / 12 << u"2"_s << u"4"_s << u"A"_s << 1.0;
        QTest::addRow("C") << u"C"_s << 3.0 << 0.25 << u"5"_s << u"7"_s << u"B"_s << 0.8;
        QTest::addRow("D") << u"D"_s << 1.0 << 1.0 / 12 << u"3"_s << u"1"_s << u"A"_s << 1.0;
        QTest::addRow("E") << u"E"_s << 0.0 << 0.0 << u"7"_s << u"0"_s << u"C"_s << 1.0;
    }
    void centrality()
    {
        QFETCH(QString, company);
        QFETCH(double, betweenness);
        QFETCH(double, normalized);
        QFETCH(QString, firmInBn);
        QFETCH(QString, firmOutBn);
        QFETCH(QString, largestSource);
        QFETCH(double, concentration);
        const DealGraph graph = dealGraphFrom(diamond);
        const QList<Importance> all = ImportanceAnalysis::compute(FilteredDealGraph(graph, {})).companies;
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.constFirst().companyId, u"C"_s); // ranked by betweenness
        const auto it
            = std::find_if(all.begin(), all.end(), [&](const Importance &i) { return i.companyId == company; });
        QVERIFY(it != all.end());
        QVERIFY(qAbs(it->betweenness - betweenness) < 1e-9);
        QVERIFY(qAbs(it->betweennessNormalized - normalized) < 1e-9);
        QCOMPARE(it->in.firm.toBillionsString(), firmInBn);
        QCOMPARE(it->out.firm.toBillionsString(), firmOutBn);
        QCOMPARE(it->largestSourceId, largestSource);
        if (concentration < 0)
            QVERIFY(!it->concentration);
        else
            QVERIFY(it->concentration && qAbs(*it->concentration - concentration) < 1e-9);
    }

    void upToIsKeptOutOfFirmDegree()
    {
        const DealGraph graph = dealGraphFrom(diamond);
        const QList<Importance> all = ImportanceAnalysis::compute(FilteredDealGraph(graph, {})).companies;
        const auto a = std::find_if(all.begin(), all.end(), [](const Importance &i) { return i.companyId == u"A"; });
        QCOMPARE(a->outDeals, 3);
        QCOMPARE(a->out.upTo.toBillionsString(), u"1"_s);
    }

    // Exact betweenness (within the budget) is Boost's, on networks large enough to be worth the
    // threads, with parallel deals, self-deals and deals that move no money.
    void exactIsBoostsBrandes_data()
    {
        QTest::addColumn<int>("companies");
        QTest::addColumn<double>("density");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("30 sparse") << 30 << 1.2 << 1u;
        QTest::addRow("30 dense") << 30 << 6.0 << 2u;
        QTest::addRow("400") << 400 << 3.0 << 3u;
        QTest::addRow("1500, threads") << 1500 << 2.5 << 4u;
    }
    void exactIsBoostsBrandes()
    {
        QFETCH(int, companies);
        QFETCH(double, density);
        QFETCH(quint32, seed);
        const DealGraph graph = dealGraphFrom(randomDeals(companies, density, seed));
        const ImportanceResult result = ImportanceAnalysis::compute(FilteredDealGraph(graph, {}));
        QVERIFY(!result.estimated());
        QCOMPARE(result.sources, result.companies.size());
        const QHash<QString, double> expected = boostBetweenness(graph);
        QCOMPARE(result.companies.size(), expected.size());
        double largest = 0;
        for (const Importance &i : result.companies) {
            QVERIFY2(qAbs(i.betweenness - expected.value(i.companyId)) <= 1e-9 * std::max(1.0, expected.value(i.companyId)),
                qPrintable(u"%1: %2, Boost %3"_s.arg(i.companyId).arg(i.betweenness).arg(expected.value(i.companyId))));
            largest = std::max(largest, i.betweenness);
        }
        QVERIFY(largest > 0);
    }

    // Beyond the budget betweenness is estimated from a sample of sources, scaled to all of them:
    // the same sample every time, close to the exact values for the companies that matter.
    void estimatedBeyondTheBudget()
    {
        const DealGraph graph = dealGraphFrom(randomDeals(2000, 2.5, 5));
        const FilteredDealGraph view(graph, {});
        const ImportanceResult exact = ImportanceAnalysis::compute(view);
        QVERIFY(!exact.estimated());
        const qsizetype arcs = [&] {
            std::set<std::pair<QString, QString>> pairs;
            for (const Deal *d : graph.deals()) {
                if (MoneyFlow::movesMoney(*d))
                    pairs.insert({d->from, d->to});
            }
            return qsizetype(pairs.size());
        }();
        const double work = ImportanceAnalysis::exactWork(graph.companyCount(), arcs);
        // Exactly the budget: still exact.
        QCOMPARE(ImportanceAnalysis::compute(view, work).sources, graph.companyCount());

        const ImportanceResult estimate = ImportanceAnalysis::compute(view, work / 4);
        QVERIFY(estimate.estimated());
        QCOMPARE(estimate.sources, graph.companyCount() / 4);
        QCOMPARE(estimate.companies.size(), exact.companies.size());
        const ImportanceResult again = ImportanceAnalysis::compute(view, work / 4);
        for (qsizetype i = 0; i < estimate.companies.size(); ++i) {
            QCOMPARE(again.companies.at(i).companyId, estimate.companies.at(i).companyId);
            QCOMPARE(again.companies.at(i).betweenness, estimate.companies.at(i).betweenness);
        }
        // The sum over all companies is unbiased; a quarter of the sources gets it within 10 %.
        auto sum = [](const ImportanceResult &r) {
            double total = 0;
            for (const Importance &i : r.companies)
                total += i.betweenness;
            return total;
        };
        QVERIFY2(qAbs(sum(estimate) / sum(exact) - 1) < 0.1, qPrintable(QString::number(sum(estimate) / sum(exact))));
        // Most of the exact top 20 are in the estimate's top 40.
        QSet<QString> estimatedTop;
        for (qsizetype i = 0; i < 40; ++i)
            estimatedTop.insert(estimate.companies.at(i).companyId);
        int found = 0;
        for (qsizetype i = 0; i < 20; ++i)
            found += estimatedTop.contains(exact.companies.at(i).companyId) ? 1 : 0;
        QVERIFY2(found >= 15, qPrintable(QString::number(found)));
        // Never fewer than 64 sources (or all), however small the budget.
        QCOMPARE(ImportanceAnalysis::compute(view, 1).sources, 64);
        QCOMPARE(ImportanceAnalysis::compute(FilteredDealGraph(dealGraphFrom(diamond), {}), 1).sources, 5);
    }
};

QTEST_GUILESS_MAIN(TestImportance)
#include "tst_importance.moc"
