#include "model/Money.h"

#include <QTest>

class TestDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addRow("integer billions") << QStringLiteral("15") << 9 << true << qint64(15'000'000'000);
        QTest::addRow("fraction billions") << QStringLiteral("0.6437") << 9 << true << qint64(643'700'000);
        QTest::addRow("trillion") << QStringLiteral("1400") << 9 << true << qint64(1'400'000'000'000);
        QTest::addRow("trailing zeros beyond scale") << QStringLiteral("1.50") << 0 << false << qint64(0);
        QTest::addRow("zeros beyond scale ok") << QStringLiteral("2.000") << 0 << true << qint64(2);
        QTest::addRow("dollars") << QStringLiteral("61500000000") << 0 << true << qint64(61'500'000'000);
        QTest::addRow("finer than a dollar") << QStringLiteral("0.0000000001") << 9 << false << qint64(0);
        QTest::addRow("negative") << QStringLiteral("-1") << 9 << false << qint64(0);
        QTest::addRow("comma") << QStringLiteral("1,5") << 9 << false << qint64(0);
        QTest::addRow("empty") << QString() << 9 << false << qint64(0);
        QTest::addRow("lone dot") << QStringLiteral("1.") << 9 << false << qint64(0);
        QTest::addRow("exponent") << QStringLiteral("1e9") << 0 << false << qint64(0);
        QTest::addRow("overflow") << QStringLiteral("99999999999999999999") << 0 << false << qint64(0);
        QTest::addRow("gigawatts") << QStringLiteral("4.5") << 3 << true << qint64(4500);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto parsed = Decimal::parse(text, scale);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }
    void format_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("text");
        QTest::addRow("billions") << qint64(1'300'000'000) << 9 << QStringLiteral("1.3");
        QTest::addRow("whole") << qint64(30'000'000'000) << 9 << QStringLiteral("30");
        QTest::addRow("small") << qint64(16'000'000) << 9 << QStringLiteral("0.016");
        QTest::addRow("zero") << qint64(0) << 9 << QStringLiteral("0");
        QTest::addRow("dollars") << qint64(123) << 0 << QStringLiteral("123");
    }
    void format()
    {
        QFETCH(qint64, value);
        QFETCH(int, scale);
        QFETCH(QString, text);
        QCOMPARE(Decimal::format(value, scale), text);
        QCOMPARE(Decimal::parse(text, scale).value(), value); // round trip
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
