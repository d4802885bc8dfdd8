// The table of deal kinds: one entry per kind, and the rules and texts made from it.
#include "analysis/AmountTotals.h"
#include "format/Palette.h"
#include "model/DealKinds.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDealKinds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneEntryPerKind()
    {
        QSet<int> kinds;
        QSet<QString> keys;
        for (const DealKinds::Traits &traits : DealKinds::all()) {
            kinds.insert(int(traits.kind));
            keys.insert(QString::fromLatin1(traits.key));
            QCOMPARE(&DealKinds::of(traits.kind), &traits);
            QCOMPARE(enumFromKey<DealKind>(QString::fromLatin1(traits.key)), traits.kind);
            QCOMPARE(Palette::dealKind(traits.kind), QColor(traits.colour));
        }
        QCOMPARE(kinds.size(), DealKinds::all().size());
        QCOMPARE(keys.size(), DealKinds::all().size());
        QCOMPARE(enumValues<DealKind>().size(), DealKinds::all().size());
        QCOMPARE(enumKeyList<DealKind>(), u"equity, compute, chips, partnership, divestment, acquisition, loan"_s);
    }

    void moneyRules_data()
    {
        QTest::addColumn<DealKind>("kind");
        QTest::addColumn<bool>("movesMoney");
        QTest::addColumn<bool>("investment");
        QTest::addColumn<bool>("purchase");
        QTest::addColumn<bool>("sellerPaid");
        QTest::addColumn<QString>("name");
        QTest::addRow("equity") << DealKind::Equity << true << true << false << false << u"Equity"_s;
        QTest::addRow("loan") << DealKind::Loan << true << true << false << false << u"Loan"_s;
        QTest::addRow("compute") << DealKind::Compute << true << false << true << false << u"Compute"_s;
        QTest::addRow("chips") << DealKind::Chips << true << false << true << false << u"Chips"_s;
        QTest::addRow("partnership") << DealKind::Partnership << true << false << false << false << u"Partnership"_s;
        QTest::addRow("acquisition") << DealKind::Acquisition << true << false << false << false << u"Acquisition"_s;
        QTest::addRow("divestment") << DealKind::Divestment << false << false << false << true << u"Divestment"_s;
    }
    void moneyRules()
    {
        QFETCH(DealKind, kind);
        QFETCH(bool, movesMoney);
        QFETCH(bool, investment);
        QFETCH(bool, purchase);
        QFETCH(bool, sellerPaid);
        QFETCH(QString, name);
        Deal deal;
        deal.kind = kind;
        deal.from = u"a"_s;
        deal.to = u"b"_s;
        QCOMPARE(MoneyFlow::movesMoney(deal), movesMoney);
        QCOMPARE(MoneyFlow::isInvestment(deal), investment);
        QCOMPARE(MoneyFlow::isPurchase(deal), purchase);
        const auto expected = sellerPaid ? std::pair {u"b"_s, u"a"_s} : std::pair {u"a"_s, u"b"_s};
        QCOMPARE(DealKinds::payerAndReceiver(deal), expected);
        QCOMPARE(enumDisplayName(kind), name);
        // A deal of a company with itself moves no money, whatever its kind.
        deal.to = deal.from;
        QVERIFY(!MoneyFlow::movesMoney(deal));
    }
};

QTEST_GUILESS_MAIN(TestDealKinds)
#include "tst_dealkinds.moc"
