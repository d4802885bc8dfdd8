#include "support/DealGraphFixture.h"
#include "analysis/CompanyFlows.h"
#include "graph/FilteredDealGraph.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Amounts of every certainty on the same company: firm, up to, estimated and undisclosed sums
// must land in their own fields.
static const QStringList mixed {
    u"D1 A>B equity 10 committed"_s,
    u"D2 A>B equity 5 up_to"_s,
    u"D3 A>B compute 2 estimated"_s,
    u"D4 A>B loan - reported"_s,
    u"D5 C>A chips 1.5 reported"_s,
    u"D6 A>C divestment 3 reported"_s,
    u"D7 A>A partnership 9 committed"_s,
    u"D8 B>C compute 0.25 committed 2023-05-01"_s,
};

class TestCompanyFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totals_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("direction"); // in | out
        QTest::addColumn<QString>("kind"); // a deal kind, or "all"
        QTest::addColumn<int>("deals");
        QTest::addColumn<QString>("firmBn");
        QTest::addColumn<QString>("upToBn");
        QTest::addColumn<QString>("estimatedBn");
        QTest::addColumn<int>("undisclosed");

        QTest::addRow("A out") << u"A"_s << u"out"_s << u"all"_s << 4 << u"10"_s << u"5"_s << u"2"_s << 1;
        QTest::addRow("A out equity") << u"A"_s << u"out"_s << u"equity"_s << 2 << u"10"_s << u"5"_s << u"0"_s << 0;
        QTest::addRow("A out loan") << u"A"_s << u"out"_s << u"loan"_s << 1 << u"0"_s << u"0"_s << u"0"_s << 1;
        // In: the chips purchase from C and the proceeds of selling C's shares; not the self-loop.
        QTest::addRow("A in") << u"A"_s << u"in"_s << u"all"_s << 2 << u"4.5"_s << u"0"_s << u"0"_s << 0;
        QTest::addRow("A in divestment") << u"A"_s << u"in"_s << u"divestment"_s << 1 << u"3"_s << u"0"_s << u"0"_s
                                         << 0;
        QTest::addRow("B in") << u"B"_s << u"in"_s << u"all"_s << 4 << u"10"_s << u"5"_s << u"2"_s << 1;
        QTest::addRow("B out") << u"B"_s << u"out"_s << u"all"_s << 1 << u"0.25"_s << u"0"_s << u"0"_s << 0;
        // C's shares were sold by A: C receives nothing from it.
        QTest::addRow("C in") << u"C"_s << u"in"_s << u"all"_s << 1 << u"0.25"_s << u"0"_s << u"0"_s << 0;
        QTest::addRow("C out") << u"C"_s << u"out"_s << u"all"_s << 1 << u"1.5"_s << u"0"_s << u"0"_s << 0;
    }
    void totals()
    {
        QFETCH(QString, company);
        QFETCH(QString, direction);
        QFETCH(QString, kind);
        QFETCH(int, deals);
        QFETCH(QString, firmBn);
        QFETCH(QString, upToBn);
        QFETCH(QString, estimatedBn);
        QFETCH(int, undisclosed);
        const DealGraph graph = dealGraphFrom(mixed);
        const QList<CompanyFlow> flows = CompanyFlows::compute(FilteredDealGraph(graph, {}));
        const auto it
            = std::find_if(flows.begin(), flows.end(), [&](const CompanyFlow &f) { return f.companyId == company; });
        QVERIFY(it != flows.end());
        const bool in = direction == u"in";
        AmountTotals t = in ? it->in : it->out;
        if (kind != u"all")
            t = (in ? it->inByKind : it->outByKind).value(*enumFromKey<DealKind>(kind));
        QCOMPARE(t.deals, deals);
        QCOMPARE(t.firm.toBillionsString(), firmBn);
        QCOMPARE(t.upTo.toBillionsString(), upToBn);
        QCOMPARE(t.estimated.toBillionsString(), estimatedBn);
        QCOMPARE(t.undisclosed, undisclosed);
    }

    void netKeepsCertaintiesApart()
    {
        const DealGraph graph = dealGraphFrom(mixed);
        const QList<CompanyFlow> flows = CompanyFlows::compute(FilteredDealGraph(graph, {}));
        const CompanyFlow &a = flows.constFirst();
        QCOMPARE(a.companyId, u"A"_s);
        QCOMPARE(a.netFirm().toUsdString(), u"-5500000000"_s);
        QCOMPARE(a.netUpTo().toUsdString(), u"-5000000000"_s);
        QCOMPARE(a.netEstimated().toUsdString(), u"-2000000000"_s);
    }

    void dateRange()
    {
        const DealGraph graph = dealGraphFrom(mixed);
        DealFilter filter;
        filter.from = QDate(2024, 1, 1);
        const QList<CompanyFlow> flows = CompanyFlows::compute(FilteredDealGraph(graph, filter));
        for (const CompanyFlow &f : flows) {
            if (f.companyId == u"B")
                QCOMPARE(f.out.deals, 0); // D8 is from 2023
        }
    }
};

QTEST_GUILESS_MAIN(TestCompanyFlows)
#include "tst_companyflows.moc"
