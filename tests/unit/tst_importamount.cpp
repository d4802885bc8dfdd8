#include "import/ImportAmount.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ImportAmount::Style;
using ImportAmount::Unit;

namespace {
// The expected outcome of a parse in the data tables: a number of dollars, or one of these.
constexpr qint64 kUndisclosed = -1;
constexpr qint64 kError = -2;
} // namespace

class TestImportAmount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scale()
    {
        QCOMPARE(ImportAmount::scale(Unit::Usd), 0);
        QCOMPARE(ImportAmount::scale(Unit::Thousands), 3);
        QCOMPARE(ImportAmount::scale(Unit::Millions), 6);
        QCOMPARE(ImportAmount::scale(Unit::Billions), 9);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Style>("style");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<bool>("numberCell");
        QTest::addColumn<qint64>("usd"); // kUndisclosed, kError or the exact dollars

        const Style en = Style::Point;
        const Style de = Style::Comma;
        const Unit bn = Unit::Billions;

        // The decimal mark by the style; the other mark groups thousands.
        QTest::addRow("de 2,5") << u"2,5"_s << de << bn << false << qint64(2'500'000'000);
        QTest::addRow("en 2,5 is not grouped") << u"2,5"_s << en << bn << false << kError;
        QTest::addRow("de 2.500,5 millions") << u"2.500,5"_s << de << Unit::Millions << false << qint64(2'500'500'000);
        QTest::addRow("de 2.500,5 billions") << u"2.500,5"_s << de << bn << false << qint64(2'500'500'000'000);
        QTest::addRow("en 2.500,5") << u"2.500,5"_s << en << bn << false << kError;
        QTest::addRow("en 2.5") << u"2.5"_s << en << bn << false << qint64(2'500'000'000);
        QTest::addRow("de 2.5 is not grouped") << u"2.5"_s << de << bn << false << kError;
        QTest::addRow("en 1,234.5") << u"1,234.5"_s << en << bn << false << qint64(1'234'500'000'000);
        QTest::addRow("de 1,234.5") << u"1,234.5"_s << de << bn << false << kError;
        QTest::addRow("de 2.500 is 2500") << u"2.500"_s << de << Unit::Usd << false << qint64(2500);
        QTest::addRow("de 2.500 millions") << u"2.500"_s << de << Unit::Millions << false << qint64(2'500'000'000);
        QTest::addRow("en 2.500 is 2.5") << u"2.500"_s << en << bn << false << qint64(2'500'000'000);
        QTest::addRow("en 1,000 is 1000") << u"1,000"_s << en << Unit::Usd << false << qint64(1000);
        QTest::addRow("de 12.345.678") << u"12.345.678"_s << de << Unit::Usd << false << qint64(12'345'678);
        QTest::addRow("en 12,345,678.9 thousands")
            << u"12,345,678.9"_s << en << Unit::Thousands << false << qint64(12'345'678'900);
        QTest::addRow("de spaces group") << u"1 234,5"_s << de << Unit::Millions << false << qint64(1'234'500'000);
        QTest::addRow("de no-break space") << u"1\u00A0234"_s << de << Unit::Usd << false << qint64(1234);

        // Currency marks and unit words: the word wins over the column's unit.
        QTest::addRow("en $2.5bn") << u"$2.5bn"_s << en << Unit::Usd << false << qint64(2'500'000'000);
        QTest::addRow("de $2.5bn") << u"$2.5bn"_s << de << Unit::Usd << false << kError;
        QTest::addRow("de 2,5 Mrd.") << u"2,5 Mrd."_s << de << Unit::Usd << false << qint64(2'500'000'000);
        QTest::addRow("en 2,5 Mrd.") << u"2,5 Mrd."_s << en << Unit::Usd << false << kError;
        QTest::addRow("en US$ 500 million") << u"US$ 500 million"_s << en << bn << false << qint64(500'000'000);
        QTest::addRow("de US$ 500 million") << u"US$ 500 million"_s << de << bn << false << qint64(500'000'000);
        QTest::addRow("en 1.2B") << u"1.2B"_s << en << Unit::Usd << false << qint64(1'200'000'000);
        QTest::addRow("de 1,2B") << u"1,2B"_s << de << Unit::Usd << false << qint64(1'200'000'000);
        QTest::addRow("en 750k") << u"750k"_s << en << bn << false << qint64(750'000);
        QTest::addRow("de 750k") << u"750k"_s << de << bn << false << qint64(750'000);
        QTest::addRow("en 5m in billions") << u"5m"_s << en << bn << false << qint64(5'000'000);
        QTest::addRow("de 3 Mio.") << u"3 Mio."_s << de << bn << false << qint64(3'000'000);
        QTest::addRow("de 2 Bio. is a trillion")
            << u"2 Bio."_s << de << Unit::Usd << false << qint64(2'000'000'000'000);
        QTest::addRow("en 1.5 trillion") << u"1.5 trillion"_s << en << Unit::Usd << false << qint64(1'500'000'000'000);
        QTest::addRow("en 10 thousand") << u"10 thousand"_s << en << bn << false << qint64(10'000);
        QTest::addRow("en 500 USD") << u"500 USD"_s << en << Unit::Millions << false << qint64(500'000'000);
        QTest::addRow("en USD 2 billion") << u"USD 2 billion"_s << en << Unit::Usd << false << qint64(2'000'000'000);

        // The column's unit when the text has none.
        QTest::addRow("en 2.5 usd is finer than a dollar") << u"2.5"_s << en << Unit::Usd << false << kError;
        QTest::addRow("en 2.5 thousands") << u"2.5"_s << en << Unit::Thousands << false << qint64(2500);
        QTest::addRow("en 2.5 millions") << u"2.5"_s << en << Unit::Millions << false << qint64(2'500'000);
        QTest::addRow("de 1000 usd") << u"1000"_s << de << Unit::Usd << false << qint64(1000);
        QTest::addRow("en 0.415 billions") << u"0.415"_s << en << bn << false << qint64(415'000'000);
        QTest::addRow("en surrounding spaces") << u"  7  "_s << en << bn << false << qint64(7'000'000'000);

        // Undisclosed in either style.
        for (const auto &[name, style] : {std::pair {"en", en}, std::pair {"de", de}}) {
            QTest::addRow("%s undisclosed", name) << u"undisclosed"_s << style << bn << false << kUndisclosed;
            QTest::addRow("%s Undisclosed", name) << u"Undisclosed"_s << style << bn << false << kUndisclosed;
            QTest::addRow("%s empty", name) << QString() << style << bn << false << kUndisclosed;
            QTest::addRow("%s blank", name) << u"   "_s << style << bn << false << kUndisclosed;
            QTest::addRow("%s n/a", name) << u"n/a"_s << style << bn << false << kUndisclosed;
            QTest::addRow("%s N/A", name) << u"N/A"_s << style << bn << false << kUndisclosed;
            QTest::addRow("%s dash", name) << u"\u2013"_s << style << bn << false << kUndisclosed;
        }

        // Not amounts.
        QTest::addRow("euro") << u"€5m"_s << en << bn << false << kError;
        QTest::addRow("EUR") << u"EUR 5"_s << de << bn << false << kError;
        QTest::addRow("pound") << u"£5"_s << en << bn << false << kError;
        QTest::addRow("negative en") << u"-3"_s << en << bn << false << kError;
        QTest::addRow("negative de") << u"-3"_s << de << bn << false << kError;
        QTest::addRow("negative dollars") << u"-$3"_s << en << bn << false << kError;
        QTest::addRow("en 1,23,4") << u"1,23,4"_s << en << bn << false << kError;
        QTest::addRow("de 1,23,4") << u"1,23,4"_s << de << bn << false << kError;
        QTest::addRow("de 1.23.4") << u"1.23.4"_s << de << bn << false << kError;
        QTest::addRow("en 0,500 lone zero group") << u"0,500"_s << en << bn << false << kError;
        QTest::addRow("abc") << u"abc"_s << en << bn << false << kError;
        QTest::addRow("abc de") << u"abc"_s << de << bn << false << kError;
        QTest::addRow("trailing mark") << u"3."_s << en << bn << false << kError;
        QTest::addRow("leading mark") << u".5"_s << en << bn << false << kError;
        QTest::addRow("two decimal marks") << u"1.2.3"_s << en << bn << false << kError;
        QTest::addRow("unit word alone") << u"bn"_s << en << bn << false << kError;
        QTest::addRow("above the maximum") << u"100001 trillion"_s << en << bn << false << kError;
        QTest::addRow("at the maximum") << u"100000 trillion"_s << en << bn << false << Money::MaxUsd;

        // A spreadsheet's number cell is in C-locale form whatever the style; no unit words.
        QTest::addRow("number de 2.5") << u"2.5"_s << de << bn << true << qint64(2'500'000'000);
        QTest::addRow("number de 2.500") << u"2.500"_s << de << Unit::Millions << true << qint64(2'500'000);
        QTest::addRow("number en 1000000") << u"1000000"_s << en << Unit::Usd << true << qint64(1'000'000);
        QTest::addRow("number de 0.415") << u"0.415"_s << de << bn << true << qint64(415'000'000);
        QTest::addRow("number de 2,5") << u"2,5"_s << de << bn << true << kError;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Style, style);
        QFETCH(Unit, unit);
        QFETCH(bool, numberCell);
        QFETCH(qint64, usd);
        const ImportAmount::Result result = ImportAmount::parse(text, style, unit, numberCell);
        if (usd == kError) {
            QVERIFY(!result.ok());
            QVERIFY(!result.money);
            QVERIFY2(result.error.contains(text.trimmed()), qPrintable(result.error)); // names the text
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        if (usd == kUndisclosed) {
            QVERIFY(!result.money);
        } else {
            QVERIFY(result.money);
            QCOMPARE(*result.money, Money::fromUsd(usd));
        }
    }

    // The errors say why.
    void errorMessages()
    {
        QVERIFY(ImportAmount::parse(u"€5m"_s, Style::Point, Unit::Billions).error.contains(u"USD"_s));
        QVERIFY(ImportAmount::parse(u"-3"_s, Style::Point, Unit::Billions).error.contains(u"negative"_s));
        QVERIFY(ImportAmount::parse(u"2.5"_s, Style::Comma, Unit::Billions).error.contains(u"German"_s));
        QVERIFY(ImportAmount::parse(u"2,5"_s, Style::Point, Unit::Billions).error.contains(u"English"_s));
    }

    void detect_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<Style>("fallback");
        QTest::addColumn<Style>("style");
        QTest::addColumn<bool>("ambiguous");

        const QStringList german {u"2,5"_s, u"2.500"_s, u"10"_s, u"2.500,5"_s, u"0,415"_s, u"2,5 Mrd."_s, u""_s};
        const QStringList english {u"2.5"_s, u"1,000"_s, u"10"_s, u"1,234.5"_s, u"0.415"_s, u"$2.5bn"_s, u"n/a"_s};
        QTest::addRow("german file, english fallback") << german << Style::Point << Style::Comma << false;
        QTest::addRow("german file, german fallback") << german << Style::Comma << Style::Comma << false;
        QTest::addRow("english file, german fallback") << english << Style::Comma << Style::Point << false;
        QTest::addRow("english file, english fallback") << english << Style::Point << Style::Point << false;
        for (const QString &t : {u"2,5"_s, u"2.500,5"_s, u"0,415"_s, u"1234,5"_s, u"2,5 Mrd."_s, u"0,0001"_s})
            QTest::addRow("comma decides: %s", qPrintable(t))
                << QStringList {t} << Style::Point << Style::Comma << false;
        for (const QString &t : {u"2.5"_s, u"1,234.5"_s, u"0.415"_s, u"1234.5"_s, u"$2.5bn"_s, u"1.2B"_s, u"0.0001"_s})
            QTest::addRow("point decides: %s", qPrintable(t))
                << QStringList {t} << Style::Comma << Style::Point << false;
        QTest::addRow("only 2.500, english fallback")
            << QStringList {u"2.500"_s} << Style::Point << Style::Point << true;
        QTest::addRow("only 2.500, german fallback")
            << QStringList {u"2.500"_s} << Style::Comma << Style::Comma << true;
        QTest::addRow("only 1,000, german fallback")
            << QStringList {u"1,000"_s} << Style::Comma << Style::Comma << true;
        QTest::addRow("only 1,000, english fallback")
            << QStringList {u"1,000"_s} << Style::Point << Style::Point << true;
        QTest::addRow("2.500 and 1,000") << QStringList {u"1,000"_s, u"2.500"_s} << Style::Point << Style::Point
                                         << true;
        QTest::addRow("whole numbers") << QStringList {u"10"_s, u"500"_s, u""_s} << Style::Comma << Style::Comma
                                       << false;
        // Two grouping marks can only be thousands: "1,200,000,000" is English, "1.234.567" German.
        QTest::addRow("two commas") << QStringList {u"1,200,000,000"_s, u"50000000"_s} << Style::Comma << Style::Point
                                    << false;
        QTest::addRow("two points") << QStringList {u"1.234.567"_s} << Style::Point << Style::Comma << false;
        QTest::addRow("nothing") << QStringList() << Style::Point << Style::Point << false;
        QTest::addRow("one each") << QStringList {u"2,5"_s, u"2.5"_s} << Style::Comma << Style::Comma << true;
        QTest::addRow("majority") << QStringList {u"2,5"_s, u"3,75"_s, u"2.5"_s} << Style::Point << Style::Comma
                                  << false;
    }
    void detect()
    {
        QFETCH(QStringList, texts);
        QFETCH(Style, fallback);
        QFETCH(Style, style);
        QFETCH(bool, ambiguous);
        const ImportAmount::Detection detection = ImportAmount::detect(texts, fallback);
        QCOMPARE(detection.style, style);
        QCOMPARE(detection.ambiguous, ambiguous);
    }
};

QTEST_GUILESS_MAIN(TestImportAmount)
#include "tst_importamount.moc"
