// A date known to a precision: its period, the middle a chart draws it at, which days may start a
// period, strict ISO parsing and the order of dates.
#include "model/FuzzyDate.h"

#include <QTest>

class TestFuzzyDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void period_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("middle");
        QTest::addRow("day") << QDate(2025, 3, 14) << DatePrecision::Day << QDate(2025, 3, 14) << QDate(2025, 3, 14);
        QTest::addRow("month") << QDate(2025, 2, 1) << DatePrecision::Month << QDate(2025, 2, 28) << QDate(2025, 2, 14);
        QTest::addRow("leap February") << QDate(2024, 2, 1) << DatePrecision::Month << QDate(2024, 2, 29)
                                       << QDate(2024, 2, 15);
        QTest::addRow("quarter") << QDate(2025, 10, 1) << DatePrecision::Quarter << QDate(2025, 12, 31)
                                 << QDate(2025, 11, 15);
        QTest::addRow("year") << QDate(2023, 1, 1) << DatePrecision::Year << QDate(2023, 12, 31) << QDate(2023, 7, 2);
    }
    void period()
    {
        QFETCH(QDate, start);
        QFETCH(DatePrecision, precision);
        QFETCH(QDate, end);
        QFETCH(QDate, middle);
        const FuzzyDate date(start, precision);
        QVERIFY(date.isValid());
        QCOMPARE(date.periodStart(), start);
        QCOMPARE(date.periodEnd(), end);
        QCOMPARE(date.periodMiddle(), middle);
        QVERIFY(FuzzyDate::isPeriodStart(start, precision));
    }

    void periodStarts_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<bool>("starts");
        QTest::addRow("any day") << QDate(2025, 6, 17) << DatePrecision::Day << true;
        QTest::addRow("mid-month") << QDate(2025, 6, 17) << DatePrecision::Month << false;
        QTest::addRow("first of a month") << QDate(2025, 6, 1) << DatePrecision::Month << true;
        QTest::addRow("first of a quarter") << QDate(2025, 7, 1) << DatePrecision::Quarter << true;
        QTest::addRow("first of a mid-quarter month") << QDate(2025, 8, 1) << DatePrecision::Quarter << false;
        QTest::addRow("new year") << QDate(2025, 1, 1) << DatePrecision::Year << true;
        QTest::addRow("first of February") << QDate(2025, 2, 1) << DatePrecision::Year << false;
    }
    void periodStarts()
    {
        QFETCH(QDate, date);
        QFETCH(DatePrecision, precision);
        QFETCH(bool, starts);
        QCOMPARE(FuzzyDate::isPeriodStart(date, precision), starts);
    }

    void parseIsoDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addRow("ISO") << QStringLiteral("2025-11-18") << QDate(2025, 11, 18);
        QTest::addRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::addRow("no leap day") << QStringLiteral("2025-02-29") << QDate();
        QTest::addRow("month 13") << QStringLiteral("2025-13-01") << QDate();
        QTest::addRow("slashes") << QStringLiteral("2025/11/18") << QDate();
        QTest::addRow("with a time") << QStringLiteral("2025-11-18T10:00") << QDate();
        QTest::addRow("German") << QStringLiteral("18.11.2025") << QDate();
        QTest::addRow("short") << QStringLiteral("2025-1-18") << QDate();
        QTest::addRow("signs") << QStringLiteral("+025-11-18") << QDate();
        QTest::addRow("empty") << QString() << QDate();
    }
    void parseIsoDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(FuzzyDate::parseIsoDate(text), date);
    }

    // Dates sort by day; on the same day the more precise one comes first.
    void order()
    {
        const FuzzyDate month(QDate(2025, 3, 1), DatePrecision::Month);
        const FuzzyDate day(QDate(2025, 3, 1), DatePrecision::Day);
        const FuzzyDate later(QDate(2025, 3, 2), DatePrecision::Day);
        QVERIFY(day < month);
        QVERIFY(!(month < day));
        QVERIFY(month < later);
        QVERIFY(!(day == month));
        QCOMPARE(FuzzyDate(QDate(2025, 3, 1), DatePrecision::Day), day);
        QVERIFY(!FuzzyDate().isValid());
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
