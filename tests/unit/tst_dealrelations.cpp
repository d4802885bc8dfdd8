#include "analysis/AmountTotals.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "graph/FilteredDealGraph.h"
#include "model/DealRelations.h"
#include "support/Builders.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Deal)

namespace {
constexpr qint64 Bn = 1'000'000'000;

// Naive summing double-counts here: D2 ($5bn up to) is part of D1 ($30bn, the round it is in),
// and D4 ($30bn) replaced the unsigned letter D3 (up to $100bn). Each dollar once: $60bn firm and
// nothing "up to"; naively $60bn firm plus $105bn up to.
QList<Deal> overlapping()
{
    return {
        DealBuilder(u"D1"_s, u"syndicate"_s, u"lab"_s).billions(30).amountKind(AmountKind::Committed),
        DealBuilder(u"D2"_s, u"ms"_s, u"lab"_s).billions(5).amountKind(AmountKind::UpTo).partOf({u"D1"_s}),
        DealBuilder(u"D3"_s, u"nv"_s, u"lab"_s).billions(100).amountKind(AmountKind::UpTo).on(QDate(2025, 9, 22)),
        DealBuilder(u"D4"_s, u"nv"_s, u"lab"_s)
            .billions(30)
            .amountKind(AmountKind::Committed)
            .on(QDate(2026, 2, 27))
            .supersedes({u"D3"_s}),
    };
}

QList<const Deal *> pointers(const QList<Deal> &deals, const QStringList &ids)
{
    QList<const Deal *> result;
    for (const Deal &d : deals) {
        if (ids.contains(d.id))
            result << &d;
    }
    return result;
}

DealGraph graphOf(const QList<Deal> &deals)
{
    DealGraph graph;
    for (const QString &c : {u"syndicate"_s, u"ms"_s, u"nv"_s, u"lab"_s})
        graph.addCompany(CompanyBuilder(c));
    for (const Deal &d : deals)
        graph.addDeal(d);
    return graph;
}
} // namespace

class TestDealRelations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totals_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<qint64>("firm");
        QTest::addColumn<qint64>("upTo");
        QTest::addColumn<int>("leftOut");
        QTest::addRow("all: each dollar once")
            << QStringList {u"D1"_s, u"D2"_s, u"D3"_s, u"D4"_s} << 60 * Bn << qint64(0) << 2;
        QTest::addRow("part without its whole counts") << QStringList {u"D2"_s, u"D4"_s} << 30 * Bn << 5 * Bn << 0;
        QTest::addRow("letter before its replacement counts")
            << QStringList {u"D1"_s, u"D2"_s, u"D3"_s} << 30 * Bn << 100 * Bn << 1;
        QTest::addRow("replacement alone") << QStringList {u"D4"_s} << 30 * Bn << qint64(0) << 0;
    }

    void totals()
    {
        QFETCH(QStringList, ids);
        QFETCH(qint64, firm);
        QFETCH(qint64, upTo);
        QFETCH(int, leftOut);
        const QList<Deal> deals = overlapping();
        const KindTotals totals = KindTotals::of(pointers(deals, ids));
        QCOMPARE(totals.all.firm.usd(), firm);
        QCOMPARE(totals.all.upTo.usd(), upTo);
        QCOMPARE(totals.leftOut, leftOut);
        QCOMPARE(totals.all.deals, int(ids.size()) - leftOut);
    }

    void naiveSumWouldDoubleCount()
    {
        AmountTotals naive;
        for (const Deal &d : overlapping())
            naive.add(d);
        QCOMPARE(naive.upTo.usd(), 105 * Bn); // what the totals showed before relations
        QCOMPARE(KindTotals::of(overlapping()).all.upTo.usd(), qint64(0));
    }

    void statusNamesTheOtherDeal()
    {
        const auto status = DealRelations::uncounted(overlapping());
        QCOMPARE(status.size(), 2);
        QCOMPARE(status.value(u"D2"_s).countedIn, u"D1"_s);
        QCOMPARE(status.value(u"D3"_s).supersededBy, u"D4"_s);
        QVERIFY(!status.contains(u"D1"_s));
    }

    // The view decides: filtered to 2025, the letter is what there was and counts.
    void viewUncounted()
    {
        const DealGraph graph = graphOf(overlapping());
        {
            const FilteredDealGraph all(graph, DealFilter {});
            QVERIFY(!all.countsInTotals(*graph.deal(u"D3"_s)));
            QVERIFY(!all.countsInTotals(*graph.deal(u"D2"_s)));
            QVERIFY(all.countsInTotals(*graph.deal(u"D4"_s)));
        }
        DealFilter to2025;
        to2025.to = QDate(2025, 12, 31);
        const FilteredDealGraph early(graph, to2025);
        QVERIFY(early.countsInTotals(*graph.deal(u"D3"_s)));
        QVERIFY(!early.countsInTotals(*graph.deal(u"D2"_s)));
    }

    // The analyses leave superseded deals out and do not add parts to their wholes.
    void flowsCountOnce()
    {
        const DealGraph graph = graphOf(overlapping());
        const CapitalFlowAnalysis analysis = CapitalFlowAnalysis::run(graph, {});
        Money firmIn;
        Money upToIn;
        for (const CompanyFlow &f : analysis.flows) {
            firmIn += f.in.firm;
            upToIn += f.in.upTo;
        }
        QCOMPARE(firmIn.usd(), 60 * Bn);
        QCOMPARE(upToIn.usd(), qint64(0));
    }

    void problems_data()
    {
        QTest::addColumn<Deal>("deal");
        QTest::addColumn<QString>("message");
        QTest::addRow("fine") << Deal(DealBuilder(u"D9"_s, u"a"_s, u"b"_s).partOf({u"D1"_s})) << QString();
        QTest::addRow("unknown") << Deal(DealBuilder(u"D9"_s, u"a"_s, u"b"_s).supersedes({u"D77"_s}))
                                 << u"unknown deal \"D77\" (supersedes)"_s;
        QTest::addRow("itself") << Deal(DealBuilder(u"D9"_s, u"a"_s, u"b"_s).overlaps({u"D9"_s}))
                                << u"a deal cannot be related to itself (may overlap D9)"_s;
        QTest::addRow("twice") << Deal(DealBuilder(u"D9"_s, u"a"_s, u"b"_s).partOf({u"D1"_s, u"D1"_s}))
                               << u"deal D1 is named twice (part of)"_s;
        QTest::addRow("circle") << Deal(DealBuilder(u"D1"_s, u"a"_s, u"b"_s).billions(30).partOf({u"D2"_s}))
                                << u"D1 part of D2 makes a circle: D2 already leads back to D1"_s;
        QTest::addRow("part larger than whole")
            << Deal(DealBuilder(u"D9"_s, u"a"_s, u"b"_s).billions(31).partOf({u"D1"_s}))
            << u"a part cannot be larger than its whole: D9 is larger than D1"_s;
        QTest::addRow("up to larger than a whole it overlaps is allowed")
            << Deal(DealBuilder(u"D9"_s, u"a"_s, u"b"_s).billions(31).overlaps({u"D1"_s})) << QString();
    }

    void problems()
    {
        QFETCH(Deal, deal);
        QFETCH(QString, message);
        const QList<Deal> deals = overlapping();
        QHash<QString, const Deal *> byId;
        for (const Deal &d : deals) {
            if (d.id != deal.id)
                byId.insert(d.id, &d);
        }
        const auto problems = DealRelations::problemsOf(deal, byId);
        QCOMPARE(problems.isEmpty() ? QString() : problems.first().message, message);
    }

    void referencesAreDropped()
    {
        const QList<Deal> changed = DealRelations::withoutReferencesTo(overlapping(), u"D1"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().id, u"D2"_s);
        QVERIFY(changed.first().partOf.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDealRelations)
#include "tst_dealrelations.moc"
