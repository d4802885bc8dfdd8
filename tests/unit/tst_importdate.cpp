#include "import/ImportDate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ImportAmount::Style;

class TestImportDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Style>("style");
        QTest::addColumn<QDate>("start"); // the period start; invalid: not a date
        QTest::addColumn<DatePrecision>("precision");

        const Style en = Style::Point;
        const Style de = Style::Comma;
        const QDate nov18(2025, 11, 18);
        const QDate nov1(2025, 11, 1);
        const DatePrecision day = DatePrecision::Day;
        const DatePrecision month = DatePrecision::Month;
        const DatePrecision quarter = DatePrecision::Quarter;

        // Days, in every form ImportDate.h lists, in both styles where the style does not matter.
        for (const auto &[name, style] : {std::pair {"en", en}, std::pair {"de", de}}) {
            QTest::addRow("%s iso", name) << u"2025-11-18"_s << style << nov18 << day;
            QTest::addRow("%s iso slashes", name) << u"2025/11/18"_s << style << nov18 << day;
            QTest::addRow("%s iso time", name) << u"2025-11-18T09:30:00Z"_s << style << nov18 << day;
            QTest::addRow("%s iso time offset", name) << u"2025-11-18T23:30:00+02:00"_s << style << nov18 << day;
            QTest::addRow("%s iso space time", name) << u"2025-11-18 09:30"_s << style << nov18 << day;
            QTest::addRow("%s german", name) << u"18.11.2025"_s << style << nov18 << day;
            QTest::addRow("%s german short year", name) << u"18.11.25"_s << style << nov18 << day;
            QTest::addRow("%s german one digit", name) << u"3.2.2025"_s << style << QDate(2025, 2, 3) << day;
            QTest::addRow("%s Nov 18, 2025", name) << u"Nov 18, 2025"_s << style << nov18 << day;
            QTest::addRow("%s November 18 2025", name) << u"November 18 2025"_s << style << nov18 << day;
            QTest::addRow("%s 18 November 2025", name) << u"18 November 2025"_s << style << nov18 << day;
            QTest::addRow("%s 18. November 2025", name) << u"18. November 2025"_s << style << nov18 << day;
            QTest::addRow("%s 1. März 2025", name) << u"1. März 2025"_s << style << QDate(2025, 3, 1) << day;
            QTest::addRow("%s 5 Okt. 2025", name) << u"5 Okt. 2025"_s << style << QDate(2025, 10, 5) << day;
            QTest::addRow("%s Dez 24, 2024", name) << u"Dez 24, 2024"_s << style << QDate(2024, 12, 24) << day;
            QTest::addRow("%s 29.02.2024 leap", name) << u"29.02.2024"_s << style << QDate(2024, 2, 29) << day;
            QTest::addRow("%s padded", name) << u"  2025-11-18 "_s << style << nov18 << day;

            // Months.
            QTest::addRow("%s 2025-11", name) << u"2025-11"_s << style << nov1 << month;
            QTest::addRow("%s 11.2025", name) << u"11.2025"_s << style << nov1 << month;
            QTest::addRow("%s 11/2025", name) << u"11/2025"_s << style << nov1 << month;
            QTest::addRow("%s 3/2025", name) << u"3/2025"_s << style << QDate(2025, 3, 1) << month;
            QTest::addRow("%s November 2025", name) << u"November 2025"_s << style << nov1 << month;
            QTest::addRow("%s Nov. 2025", name) << u"Nov. 2025"_s << style << nov1 << month;
            QTest::addRow("%s Nov 2025", name) << u"Nov 2025"_s << style << nov1 << month;
            QTest::addRow("%s nov 2025", name) << u"nov 2025"_s << style << nov1 << month;
            QTest::addRow("%s Mai 2025", name) << u"Mai 2025"_s << style << QDate(2025, 5, 1) << month;
            QTest::addRow("%s Januar 2025", name) << u"Januar 2025"_s << style << QDate(2025, 1, 1) << month;
            QTest::addRow("%s Sept. 2025", name) << u"Sept. 2025"_s << style << QDate(2025, 9, 1) << month;
            QTest::addRow("%s MÄRZ 2025", name) << u"MÄRZ 2025"_s << style << QDate(2025, 3, 1) << month;

            // Quarters.
            QTest::addRow("%s Q4 2025", name) << u"Q4 2025"_s << style << QDate(2025, 10, 1) << quarter;
            QTest::addRow("%s q1 2025", name) << u"q1 2025"_s << style << QDate(2025, 1, 1) << quarter;
            QTest::addRow("%s 2025 Q4", name) << u"2025 Q4"_s << style << QDate(2025, 10, 1) << quarter;
            QTest::addRow("%s Q4/2025", name) << u"Q4/2025"_s << style << QDate(2025, 10, 1) << quarter;
            QTest::addRow("%s Q2-2025", name) << u"Q2-2025"_s << style << QDate(2025, 4, 1) << quarter;
            QTest::addRow("%s 4Q2025", name) << u"4Q2025"_s << style << QDate(2025, 10, 1) << quarter;
            QTest::addRow("%s 3Q 2025", name) << u"3Q 2025"_s << style << QDate(2025, 7, 1) << quarter;
            QTest::addRow("%s 4. Quartal 2025", name) << u"4. Quartal 2025"_s << style << QDate(2025, 10, 1) << quarter;
            QTest::addRow("%s 2. Quartal 2024", name) << u"2. Quartal 2024"_s << style << QDate(2024, 4, 1) << quarter;

            // Years.
            QTest::addRow("%s 2025", name) << u"2025"_s << style << QDate(2025, 1, 1) << DatePrecision::Year;

            // Not dates.
            const QDate none;
            QTest::addRow("%s empty", name) << QString() << style << none << day;
            QTest::addRow("%s 31.02.2025", name) << u"31.02.2025"_s << style << none << day;
            QTest::addRow("%s 29.02.2025", name) << u"29.02.2025"_s << style << none << day;
            QTest::addRow("%s 13/13/2025", name) << u"13/13/2025"_s << style << none << day;
            QTest::addRow("%s 2025-13-01", name) << u"2025-13-01"_s << style << none << day;
            QTest::addRow("%s 2025-13", name) << u"2025-13"_s << style << none << day;
            QTest::addRow("%s 13.2025", name) << u"13.2025"_s << style << none << day;
            QTest::addRow("%s Q5 2025", name) << u"Q5 2025"_s << style << none << day;
            QTest::addRow("%s Q0 2025", name) << u"Q0 2025"_s << style << none << day;
            QTest::addRow("%s 5. Quartal 2025", name) << u"5. Quartal 2025"_s << style << none << day;
            QTest::addRow("%s Foo 2025", name) << u"Foo 2025"_s << style << none << day;
            QTest::addRow("%s Foo 18, 2025", name) << u"Foo 18, 2025"_s << style << none << day;
            QTest::addRow("%s 18 Foo 2025", name) << u"18 Foo 2025"_s << style << none << day;
            QTest::addRow("%s Nov 31, 2025", name) << u"Nov 31, 2025"_s << style << none << day;
            QTest::addRow("%s 0999", name) << u"0999"_s << style << none << day;
            QTest::addRow("%s words", name) << u"next year"_s << style << none << day;
            QTest::addRow("%s 2025-11-18 trailing", name) << u"2025-11-18x"_s << style << none << day;
        }

        // "A/B/YYYY": the month first in the English style, the day first in the German one,
        // unless a part above 12 decides.
        QTest::addRow("en 11/18/2025") << u"11/18/2025"_s << en << nov18 << day;
        QTest::addRow("de 11/18/2025") << u"11/18/2025"_s << de << nov18 << day;
        QTest::addRow("en 18/11/2025") << u"18/11/2025"_s << en << nov18 << day;
        QTest::addRow("de 18/11/2025") << u"18/11/2025"_s << de << nov18 << day;
        QTest::addRow("en 03/04/2025") << u"03/04/2025"_s << en << QDate(2025, 3, 4) << day;
        QTest::addRow("de 03/04/2025") << u"03/04/2025"_s << de << QDate(2025, 4, 3) << day;
        QTest::addRow("en 3/4/25") << u"3/4/25"_s << en << QDate(2025, 3, 4) << day;
        QTest::addRow("de 3/4/25") << u"3/4/25"_s << de << QDate(2025, 4, 3) << day;
        QTest::addRow("en 2/30/2025") << u"2/30/2025"_s << en << QDate() << day;
        QTest::addRow("de 30/2/2025") << u"30/2/2025"_s << de << QDate() << day;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Style, style);
        QFETCH(QDate, start);
        QFETCH(DatePrecision, precision);
        const std::optional<FuzzyDate> date = ImportDate::parse(text, style);
        if (!start.isValid()) {
            QVERIFY2(!date, qPrintable(date ? date->periodStart().toString(Qt::ISODate) : QString()));
            return;
        }
        QVERIFY(date);
        QCOMPARE(date->periodStart(), start);
        QCOMPARE(date->precision(), precision);
        QVERIFY(FuzzyDate::isPeriodStart(date->periodStart(), date->precision()));
    }

    // The default style is the English one.
    void defaultStyle()
    {
        QCOMPARE(ImportDate::parse(u"03/04/2025"_s), FuzzyDate(QDate(2025, 3, 4), DatePrecision::Day));
    }
};

QTEST_GUILESS_MAIN(TestImportDate)
#include "tst_importdate.moc"
