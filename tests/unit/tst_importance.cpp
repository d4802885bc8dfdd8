#include "support/DealGraphFixture.h"
#include "analysis/Importance.h"
#include "graph/FilteredDealGraph.h"

#include <QTest>

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
        const QList<Importance> all = ImportanceAnalysis::compute(FilteredDealGraph(graph, {}));
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
        const QList<Importance> all = ImportanceAnalysis::compute(FilteredDealGraph(graph, {}));
        const auto a = std::find_if(all.begin(), all.end(), [](const Importance &i) { return i.companyId == u"A"; });
        QCOMPARE(a->outDeals, 3);
        QCOMPARE(a->out.upTo.toBillionsString(), u"1"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportance)
#include "tst_importance.moc"
