#include "format/AmountParser.h"

#include <QTest>

class TestAmountParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("german");
        QTest::addColumn<int>("unit");
        QTest::addColumn<qint64>("usd"); // -1: rejected
        QTest::addColumn<bool>("noted");
        const int mn = int(AmountParser::Unit::Million);
        const int bn = int(AmountParser::Unit::Billion);
        const int tn = int(AmountParser::Unit::Trillion);
        QTest::addRow("de integer") << QStringLiteral("10") << true << bn << qint64(10'000'000'000) << false;
        QTest::addRow("de comma") << QStringLiteral("2,5") << true << bn << qint64(2'500'000'000) << false;
        QTest::addRow("de dot as decimal") << QStringLiteral("2.5") << true << bn << qint64(2'500'000'000) << true;
        QTest::addRow("de grouping") << QStringLiteral("1.400") << true << bn << qint64(1'400'000'000'000) << true;
        QTest::addRow("de grouping and decimals")
            << QStringLiteral("1.400,5") << true << mn << qint64(1'400'500'000) << false;
        QTest::addRow("de two groups") << QStringLiteral("1.000.000") << true << mn << qint64(1'000'000'000'000)
                                       << true;
        QTest::addRow("de english mix") << QStringLiteral("1,400.5") << true << bn << qint64(-1) << false;
        QTest::addRow("de bad groups") << QStringLiteral("1.40.0") << true << bn << qint64(-1) << false;
        QTest::addRow("de two commas") << QStringLiteral("1,4,0") << true << bn << qint64(-1) << false;
        QTest::addRow("de trillion") << QStringLiteral("1,4") << true << tn << qint64(1'400'000'000'000) << false;
        QTest::addRow("de spaces") << QStringLiteral(" 1 400 ") << true << mn << qint64(1'400'000'000) << false;
        QTest::addRow("en integer") << QStringLiteral("15") << false << bn << qint64(15'000'000'000) << false;
        QTest::addRow("en dot") << QStringLiteral("61.5") << false << bn << qint64(61'500'000'000) << false;
        QTest::addRow("en grouping") << QStringLiteral("1,400") << false << bn << qint64(1'400'000'000'000) << true;
        QTest::addRow("en comma as decimal") << QStringLiteral("2,5") << false << bn << qint64(2'500'000'000) << true;
        QTest::addRow("en grouping and decimals")
            << QStringLiteral("1,234.5") << false << mn << qint64(1'234'500'000) << false;
        QTest::addRow("empty") << QString() << false << bn << qint64(-1) << false;
        QTest::addRow("letters") << QStringLiteral("15bn") << false << bn << qint64(-1) << false;
        QTest::addRow("negative") << QStringLiteral("-3") << true << bn << qint64(-1) << false;
        QTest::addRow("zero") << QStringLiteral("0") << true << bn << qint64(-1) << false;
        QTest::addRow("trailing mark") << QStringLiteral("3,") << true << bn << qint64(-1) << false;
        QTest::addRow("leading mark") << QStringLiteral(",5") << true << bn << qint64(-1) << false;
        QTest::addRow("finer than a dollar") << QStringLiteral("0,0000001") << true << mn << qint64(-1) << false;
        QTest::addRow("overflow") << QStringLiteral("99999999999") << false << tn << qint64(-1) << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, german);
        QFETCH(int, unit);
        QFETCH(qint64, usd);
        QFETCH(bool, noted);
        const auto result
            = AmountParser::parse(text, german ? Language::German : Language::English, AmountParser::Unit(unit));
        QCOMPARE(result.ok(), usd >= 0);
        if (usd >= 0) {
            QCOMPARE(result.money->usd(), usd);
            QVERIFY(result.error.isEmpty());
            QCOMPARE(!result.note.isEmpty(), noted);
        } else {
            QVERIFY(!result.error.isEmpty());
        }
    }
    void roundTrip_data()
    {
        QTest::addColumn<qint64>("usd");
        QTest::addRow("15bn") << qint64(15'000'000'000);
        QTest::addRow("61.5bn") << qint64(61'500'000'000);
        QTest::addRow("1.4tn") << qint64(1'400'000'000'000);
        QTest::addRow("250m") << qint64(250'000'000);
        QTest::addRow("odd") << qint64(1'234'567);
    }
    void roundTrip()
    {
        QFETCH(qint64, usd);
        for (Language language : {Language::German, Language::English}) {
            const Money money = Money::fromUsd(usd);
            const auto unit = AmountParser::bestUnit(money);
            const auto back = AmountParser::parse(AmountParser::toText(money, language, unit), language, unit);
            QVERIFY2(back.ok(), qPrintable(back.error));
            QCOMPARE(back.money->usd(), usd);
        }
    }
};

QTEST_GUILESS_MAIN(TestAmountParser)
#include "tst_amountparser.moc"
