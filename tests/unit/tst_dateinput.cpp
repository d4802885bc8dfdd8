#include "format/DateInput.h"

#include <QTest>

class TestDateInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // What people type, in each language, at each precision.
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("german");
        QTest::addColumn<QDate>("start"); // invalid: not a date
        QTest::addColumn<int>("precision"); // DatePrecision
        const int day = int(DatePrecision::Day);
        const int month = int(DatePrecision::Month);
        const int quarter = int(DatePrecision::Quarter);
        const int year = int(DatePrecision::Year);
        const QDate nov18(2025, 11, 18);
        const QDate nov1(2025, 11, 1);
        const QDate oct1(2025, 10, 1);
        const QDate jan1(2025, 1, 1);
        // German
        QTest::addRow("de dotted") << QStringLiteral("18.11.2025") << true << nov18 << day;
        QTest::addRow("de short year") << QStringLiteral("18.11.25") << true << nov18 << day;
        QTest::addRow("de no leading zeros") << QStringLiteral("1.3.2025") << true << QDate(2025, 3, 1) << day;
        QTest::addRow("de spaced") << QStringLiteral(" 18. 11. 2025 ") << true << nov18 << day;
        QTest::addRow("de iso") << QStringLiteral("2025-11-18") << true << nov18 << day;
        QTest::addRow("de slash is day first") << QStringLiteral("18/11/2025") << true << nov18 << day;
        QTest::addRow("de month name") << QStringLiteral("18. November 2025") << true << nov18 << day;
        QTest::addRow("de month abbreviation") << QStringLiteral("18. Nov. 2025") << true << nov18 << day;
        QTest::addRow("de März") << QStringLiteral("4. März 2025") << true << QDate(2025, 3, 4) << day;
        QTest::addRow("de Mrz") << QStringLiteral("Mrz 2025") << true << QDate(2025, 3, 1) << month;
        QTest::addRow("de month") << QStringLiteral("11.2025") << true << nov1 << month;
        QTest::addRow("de month slash") << QStringLiteral("11/2025") << true << nov1 << month;
        QTest::addRow("de month words") << QStringLiteral("November 2025") << true << nov1 << month;
        QTest::addRow("de month lower case") << QStringLiteral("november 2025") << true << nov1 << month;
        QTest::addRow("de Dez.") << QStringLiteral("Dez. 2025") << true << QDate(2025, 12, 1) << month;
        QTest::addRow("de iso month") << QStringLiteral("2025-11") << true << nov1 << month;
        QTest::addRow("de quarter") << QStringLiteral("Q4 2025") << true << oct1 << quarter;
        QTest::addRow("de quarter slash") << QStringLiteral("Q4/2025") << true << oct1 << quarter;
        QTest::addRow("de quarter words") << QStringLiteral("4. Quartal 2025") << true << oct1 << quarter;
        QTest::addRow("de quarter after year") << QStringLiteral("2025 Q4") << true << oct1 << quarter;
        QTest::addRow("de year") << QStringLiteral("2025") << true << jan1 << year;
        QTest::addRow("de English month") << QStringLiteral("March 2025") << true << QDate(2025, 3, 1) << month;
        // English
        QTest::addRow("en month day year") << QStringLiteral("Nov 18, 2025") << false << nov18 << day;
        QTest::addRow("en full month") << QStringLiteral("November 18, 2025") << false << nov18 << day;
        QTest::addRow("en ordinal") << QStringLiteral("November 18th, 2025") << false << nov18 << day;
        QTest::addRow("en day month year") << QStringLiteral("18 Nov 2025") << false << nov18 << day;
        QTest::addRow("en slash is month first") << QStringLiteral("11/18/2025") << false << nov18 << day;
        QTest::addRow("en slash short year") << QStringLiteral("11/18/25") << false << nov18 << day;
        QTest::addRow("en iso") << QStringLiteral("2025-11-18") << false << nov18 << day;
        QTest::addRow("en dotted") << QStringLiteral("18.11.2025") << false << nov18 << day;
        QTest::addRow("en month") << QStringLiteral("Nov 2025") << false << nov1 << month;
        QTest::addRow("en month dot") << QStringLiteral("Sept. 2025") << false << QDate(2025, 9, 1) << month;
        QTest::addRow("en quarter") << QStringLiteral("Q4 2025") << false << oct1 << quarter;
        QTest::addRow("en quarter words") << QStringLiteral("4th quarter of 2025") << false << oct1 << quarter;
        QTest::addRow("en year") << QStringLiteral("2025") << false << jan1 << year;
        // Not dates
        QTest::addRow("de no such day") << QStringLiteral("31.02.2025") << true << QDate() << day;
        QTest::addRow("de no such month") << QStringLiteral("18.13.2025") << true << QDate() << day;
        QTest::addRow("en no such day (month first)") << QStringLiteral("18/11/2025") << false << QDate() << day;
        QTest::addRow("de no year") << QStringLiteral("18.11.") << true << QDate() << day;
        QTest::addRow("de unknown word") << QStringLiteral("Quartal 2025") << true << QDate() << day;
        QTest::addRow("en ambiguous word") << QStringLiteral("Ju 2025") << false << QDate() << day;
        QTest::addRow("en three-digit year") << QStringLiteral("Nov 18, 202") << false << QDate() << day;
        QTest::addRow("en quarter five") << QStringLiteral("Q5 2025") << false << QDate() << day;
        QTest::addRow("en words") << QStringLiteral("last tuesday") << false << QDate() << day;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, german);
        QFETCH(QDate, start);
        QFETCH(int, precision);
        const DateInput::Result r = DateInput::parse(text, german ? Language::German : Language::English);
        if (!start.isValid()) {
            QVERIFY(!r.date.isValid());
            QVERIFY2(!r.error.isEmpty(), qPrintable(text));
            QVERIFY2(r.error.contains(text.simplified()), qPrintable(r.error)); // names what was typed
            return;
        }
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.date.periodStart(), start);
        QCOMPARE(int(r.date.precision()), precision);
    }

    void emptyIsNoDateAndNoMistake()
    {
        for (const QString &text : {QString(), QStringLiteral("   ")}) {
            const DateInput::Result r = DateInput::parse(text, Language::German);
            QVERIFY(r.isEmpty());
            QVERIFY(!r.date.isValid());
        }
    }

    // The form a date is shown in for editing reads back as the same date, in both languages.
    void textReadsBack_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::addRow("day") << QDate(2025, 11, 18) << int(DatePrecision::Day) << QStringLiteral("18.11.2025")
                             << QStringLiteral("Nov 18, 2025");
        QTest::addRow("month") << QDate(2025, 3, 1) << int(DatePrecision::Month) << QStringLiteral("03.2025")
                               << QStringLiteral("Mar 2025");
        QTest::addRow("quarter") << QDate(2025, 7, 1) << int(DatePrecision::Quarter) << QStringLiteral("Q3 2025")
                                 << QStringLiteral("Q3 2025");
        QTest::addRow("year") << QDate(2019, 1, 1) << int(DatePrecision::Year) << QStringLiteral("2019")
                              << QStringLiteral("2019");
    }
    void textReadsBack()
    {
        QFETCH(QDate, start);
        QFETCH(int, precision);
        QFETCH(QString, german);
        QFETCH(QString, english);
        const FuzzyDate date(start, DatePrecision(precision));
        QCOMPARE(DateInput::text(date, Language::German), german);
        QCOMPARE(DateInput::text(date, Language::English), english);
        QCOMPARE(DateInput::parse(german, Language::German).date, date);
        QCOMPARE(DateInput::parse(english, Language::English).date, date);
    }

    void examplesAreDates()
    {
        for (Language language : {Language::German, Language::English}) {
            const QString examples = DateInput::examples(language);
            QVERIFY(examples.contains(QStringLiteral("Q4 2025")));
            QVERIFY(examples.contains(DateInput::text(FuzzyDate(QDate(2025, 11, 18), DatePrecision::Day), language)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDateInput)
#include "tst_dateinput.moc"
