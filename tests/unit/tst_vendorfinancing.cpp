#include "support/DealGraphFixture.h"
#include "analysis/VendorFinancing.h"
#include "graph/FilteredDealGraph.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestVendorFinancing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratios_data()
    {
        QTest::addColumn<QStringList>("deals");
        QTest::addColumn<QStringList>("purchases");
        QTest::addColumn<double>("ratioFirm"); // -1: none
        QTest::addColumn<double>("ratioDisclosed"); // -1: none

        // I invests 10 (firm) and J up to 5; C buys 4 back from I, chips of unknown value from I,
        // and 100 from K, who never invested: K does not count.
        QTest::addRow("mixed") << QStringList {u"D1 I>C equity 10 committed"_s, u"D2 C>I compute 4 committed"_s,
            u"D3 C>I chips - reported"_s, u"D4 J>C equity 5 up_to"_s, u"D5 C>K compute 100 committed"_s}
                               << QStringList {u"D2"_s, u"D3"_s} << 0.4 << 4.0 / 15;
        QTest::addRow("more back than in") << QStringList {u"D1 I>C loan 2 reported"_s, u"D2 C>I compute 3 committed"_s}
                                           << QStringList {u"D2"_s} << 1.5 << 1.5;
        QTest::addRow("only ceilings in") << QStringList {u"D1 I>C equity 10 up_to"_s, u"D2 C>I chips 1 committed"_s}
                                          << QStringList {u"D2"_s} << -1.0 << 0.1;
        QTest::addRow("partnership is no purchase")
            << QStringList {u"D1 I>C equity 10 committed"_s, u"D2 C>I partnership 1 committed"_s} << QStringList {}
            << 0.0 << 0.0;
    }
    void ratios()
    {
        QFETCH(QStringList, deals);
        QFETCH(QStringList, purchases);
        QFETCH(double, ratioFirm);
        QFETCH(double, ratioDisclosed);
        const DealGraph graph = dealGraphFrom(deals);
        const QList<VendorFinancing> all = VendorFinancingAnalysis::compute(FilteredDealGraph(graph, {}));
        const auto it
            = std::find_if(all.begin(), all.end(), [](const VendorFinancing &v) { return v.companyId == u"C"; });
        QVERIFY(it != all.end());
        QCOMPARE(it->purchaseDeals, purchases);
        auto check = [](const std::optional<double> &actual, double expected) {
            return expected < 0 ? !actual : actual && qAbs(*actual - expected) < 1e-9;
        };
        QVERIFY(check(it->ratioFirm(), ratioFirm));
        QVERIFY(check(it->ratioDisclosed(), ratioDisclosed));
    }
};

QTEST_GUILESS_MAIN(TestVendorFinancing)
#include "tst_vendorfinancing.moc"
