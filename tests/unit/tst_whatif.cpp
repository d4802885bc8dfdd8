#include "support/DealGraphFixture.h"
#include "analysis/WhatIf.h"
#include "graph/FilteredDealGraph.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A chain A → B → C → D → E, with a divestment on the side that moves no money between the two.
static const QStringList chain {
    u"D1 A>B equity 10 committed"_s,
    u"D2 B>C compute 4 up_to"_s,
    u"D3 C>D chips - reported"_s,
    u"D4 D>E loan 1 estimated"_s,
    u"D5 C>B divestment 2 reported"_s,
};

class TestWhatIf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainLosses_data()
    {
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QStringList>("losses"); // "step:loser:deal"
        QTest::addColumn<QString>("directFirmBn");
        QTest::addColumn<QString>("directUpToBn");
        QTest::addColumn<int>("furtherUndisclosed");

        QTest::addRow("head") << u"A"_s << QStringList {u"1:B:D1"_s, u"2:C:D2"_s} << u"10"_s << u"0"_s << 0;
        QTest::addRow("second") << u"B"_s << QStringList {u"1:A:D1"_s, u"1:C:D2"_s, u"2:D:D3"_s} << u"10"_s << u"4"_s
                                << 1;
        QTest::addRow("middle") << u"C"_s << QStringList {u"1:B:D2"_s, u"1:D:D3"_s, u"2:E:D4"_s} << u"0"_s << u"4"_s
                                << 0;
        QTest::addRow("tail") << u"E"_s << QStringList {u"1:D:D4"_s} << u"0"_s << u"0"_s << 0;
        QTest::addRow("unknown") << u"Z"_s << QStringList {} << u"0"_s << u"0"_s << 0;
    }
    void chainLosses()
    {
        QFETCH(QString, removed);
        QFETCH(QStringList, losses);
        QFETCH(QString, directFirmBn);
        QFETCH(QString, directUpToBn);
        QFETCH(int, furtherUndisclosed);
        const DealGraph graph = dealGraphFrom(chain);
        const WhatIfResult r = WhatIf::removeCompany(FilteredDealGraph(graph, {}), removed);
        QStringList actual;
        for (const WhatIfLoss &l : r.losses)
            actual << QStringLiteral("%1:%2:%3").arg(l.step).arg(l.loserId, l.deal.id);
        QCOMPARE(actual, losses);
        QCOMPARE(r.direct.firm.toBillionsString(), directFirmBn);
        QCOMPARE(r.direct.upTo.toBillionsString(), directUpToBn);
        QCOMPARE(r.oneStepFurther.undisclosed, furtherUndisclosed);
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
