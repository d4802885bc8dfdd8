#include "format/Formatter.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Language)

class TestFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The formatter must not depend on the default locale.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void money_data()
    {
        QTest::addColumn<qint64>("usd");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::addRow("1m") << qint64(1'000'000) << u"1 Mio. $"_s << u"$1m"_s;
        QTest::addRow("500m") << qint64(500'000'000) << u"500 Mio. $"_s << u"$500m"_s;
        QTest::addRow("643.7m") << qint64(643'700'000) << u"643,7 Mio. $"_s << u"$643.7m"_s;
        QTest::addRow("995m stays in millions") << qint64(995'000'000) << u"995 Mio. $"_s << u"$995m"_s;
        QTest::addRow("999m") << qint64(999'000'000) << u"999 Mio. $"_s << u"$999m"_s;
        QTest::addRow("999.99m") << qint64(999'994'999) << u"999,99 Mio. $"_s << u"$999.99m"_s;
        QTest::addRow("999.995m rounds up") << qint64(999'995'000) << u"1 Mrd. $"_s << u"$1bn"_s;
        QTest::addRow("1bn") << qint64(1'000'000'000) << u"1 Mrd. $"_s << u"$1bn"_s;
        QTest::addRow("1.23bn rounded") << qint64(1'234'000'000) << u"1,23 Mrd. $"_s << u"$1.23bn"_s;
        QTest::addRow("9.7bn") << qint64(9'700'000'000) << u"9,7 Mrd. $"_s << u"$9.7bn"_s;
        QTest::addRow("61.5bn") << qint64(61'500'000'000) << u"61,5 Mrd. $"_s << u"$61.5bn"_s;
        QTest::addRow("183bn") << qint64(183'000'000'000) << u"183 Mrd. $"_s << u"$183bn"_s;
        QTest::addRow("999bn") << qint64(999'000'000'000) << u"999 Mrd. $"_s << u"$999bn"_s;
        QTest::addRow("just below 1tn rounds up") << qint64(999'995'000'000) << u"1 Bio. $"_s << u"$1tn"_s;
        QTest::addRow("1.4tn") << qint64(1'400'000'000'000) << u"1,4 Bio. $"_s << u"$1.4tn"_s;
        QTest::addRow("250k") << qint64(250'000) << u"0,25 Mio. $"_s << u"$0.25m"_s;
        QTest::addRow("small amounts in dollars") << qint64(4'000) << u"4.000 $"_s << u"$4,000"_s;
        QTest::addRow("1.25m") << qint64(1'250'000) << u"1,25 Mio. $"_s << u"$1.25m"_s;
        // Beyond 9.2e16 USD the old hundredths computation overflowed.
        QTest::addRow("largest accepted amount") << Money::MaxUsd << u"100000 Bio. $"_s << u"$100000tn"_s;
        QTest::addRow("largest 64-bit amount")
            << std::numeric_limits<qint64>::max() << u"9223372,04 Bio. $"_s << u"$9223372.04tn"_s;
        QTest::addRow("most negative 64-bit amount")
            << std::numeric_limits<qint64>::min() << u"-9223372,04 Bio. $"_s << u"-$9223372.04tn"_s;
    }

    // Sums never wrap round to negative amounts.
    void moneySumsSaturate()
    {
        const Money big = Money::fromUsd(std::numeric_limits<qint64>::max() - 1);
        QCOMPARE((big + Money::fromUsd(5)).usd(), std::numeric_limits<qint64>::max());
        Money total = big;
        total += big;
        QCOMPARE(total.usd(), std::numeric_limits<qint64>::max());
        QCOMPARE((Money::fromUsd(std::numeric_limits<qint64>::min()) - Money::fromUsd(1)).usd(),
            std::numeric_limits<qint64>::min());
        QCOMPARE((Money::fromUsd(7) + Money::fromUsd(5)).usd(), qint64(12));
        QCOMPARE(Decimal::format(std::numeric_limits<qint64>::min(), 0), u"-9223372036854775808"_s);
    }
    void money()
    {
        QFETCH(qint64, usd);
        QFETCH(QString, german);
        QFETCH(QString, english);
        QCOMPARE(Formatter(Language::German).money(Money::fromUsd(usd)), german);
        QCOMPARE(Formatter(Language::English).money(Money::fromUsd(usd)), english);
    }

    void dealAmount_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<std::optional<Money>>("amount");
        QTest::addColumn<AmountKind>("kind");
        QTest::addColumn<QString>("text");
        const auto bn = [](qint64 n) { return std::optional(Money::fromUsd(n * 1'000'000'000)); };
        QTest::addRow("de up to") << Language::German << bn(10) << AmountKind::UpTo << u"bis zu 10 Mrd. $"_s;
        QTest::addRow("en up to") << Language::English << bn(10) << AmountKind::UpTo << u"up to $10bn"_s;
        QTest::addRow("de estimated") << Language::German << bn(3) << AmountKind::Estimated << u"ca. 3 Mrd. $"_s;
        QTest::addRow("en estimated") << Language::English << bn(3) << AmountKind::Estimated << u"~$3bn"_s;
        QTest::addRow("de committed") << Language::German << bn(30) << AmountKind::Committed << u"30 Mrd. $"_s;
        QTest::addRow("en committed") << Language::English << bn(30) << AmountKind::Committed << u"$30bn"_s;
        QTest::addRow("de reported") << Language::German << bn(38) << AmountKind::Reported << u"38 Mrd. $"_s;
        QTest::addRow("en reported") << Language::English << bn(38) << AmountKind::Reported << u"$38bn"_s;
        const std::optional<Money> none;
        QTest::addRow("de undisclosed") << Language::German << none << AmountKind::Reported << u"nicht genannt"_s;
        QTest::addRow("en undisclosed") << Language::English << none << AmountKind::Reported << u"undisclosed"_s;
        QTest::addRow("en undisclosed up to") << Language::English << none << AmountKind::UpTo << u"undisclosed"_s;
    }
    void dealAmount()
    {
        QFETCH(Language, language);
        QFETCH(std::optional<Money>, amount);
        QFETCH(AmountKind, kind);
        QFETCH(QString, text);
        QCOMPARE(Formatter(language).dealAmount(amount, kind), text);
    }

    void number_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::addRow("61.5") << 61.5 << 2 << u"61,5"_s << u"61.5"_s;
        QTest::addRow("whole") << 183.0 << 2 << u"183"_s << u"183"_s;
        QTest::addRow("no grouping") << 1234.5 << 1 << u"1234,5"_s << u"1234.5"_s;
        QTest::addRow("rounded") << 2.456 << 2 << u"2,46"_s << u"2.46"_s;
        QTest::addRow("zero decimals") << 40.0 << 0 << u"40"_s << u"40"_s;
        QTest::addRow("trailing zeros") << 1.5 << 3 << u"1,5"_s << u"1.5"_s;
        QTest::addRow("negative") << -0.25 << 2 << u"-0,25"_s << u"-0.25"_s;
    }
    void number()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, german);
        QFETCH(QString, english);
        QCOMPARE(Formatter(Language::German).number(value, decimals), german);
        QCOMPARE(Formatter(Language::English).number(value, decimals), english);
    }

    void gigawatts_data()
    {
        QTest::addColumn<qint64>("megawatts");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::addRow("4.5 GW") << qint64(4500) << u"4,5 GW"_s << u"4.5 GW"_s;
        QTest::addRow("1 GW") << qint64(1000) << u"1 GW"_s << u"1 GW"_s;
        QTest::addRow("30 GW") << qint64(30'000) << u"30 GW"_s << u"30 GW"_s;
        QTest::addRow("250 MW") << qint64(250) << u"0,25 GW"_s << u"0.25 GW"_s;
        QTest::addRow("1 MW") << qint64(1) << u"0,001 GW"_s << u"0.001 GW"_s;
    }
    void gigawatts()
    {
        QFETCH(qint64, megawatts);
        QFETCH(QString, german);
        QFETCH(QString, english);
        QCOMPARE(Formatter(Language::German).gigawatts(megawatts), german);
        QCOMPARE(Formatter(Language::English).gigawatts(megawatts), english);
    }

    void date_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::addRow("day") << QDate(2019, 7, 22) << DatePrecision::Day << u"22. Juli 2019"_s << u"July 22, 2019"_s;
        QTest::addRow("single-digit day")
            << QDate(2025, 11, 3) << DatePrecision::Day << u"3. November 2025"_s << u"November 3, 2025"_s;
        QTest::addRow("month") << QDate(2025, 3, 1) << DatePrecision::Month << u"März 2025"_s << u"March 2025"_s;
        QTest::addRow("month 2") << QDate(2025, 9, 1) << DatePrecision::Month << u"September 2025"_s
                                 << u"September 2025"_s;
        QTest::addRow("Q1") << QDate(2024, 1, 1) << DatePrecision::Quarter << u"Q1 2024"_s << u"Q1 2024"_s;
        QTest::addRow("Q3") << QDate(2025, 7, 1) << DatePrecision::Quarter << u"Q3 2025"_s << u"Q3 2025"_s;
        QTest::addRow("Q4") << QDate(2025, 10, 1) << DatePrecision::Quarter << u"Q4 2025"_s << u"Q4 2025"_s;
        QTest::addRow("year") << QDate(2023, 1, 1) << DatePrecision::Year << u"2023"_s << u"2023"_s;
    }
    void date()
    {
        QFETCH(QDate, date);
        QFETCH(DatePrecision, precision);
        QFETCH(QString, german);
        QFETCH(QString, english);
        const FuzzyDate fuzzy(date, precision);
        QCOMPARE(Formatter(Language::German).date(fuzzy), german);
        QCOMPARE(Formatter(Language::English).date(fuzzy), english);
    }

    void axisTexts()
    {
        QCOMPARE(Formatter(Language::German).billions(61.5), u"61,5"_s);
        QCOMPARE(Formatter(Language::English).billions(61.5), u"61.5"_s);
        QCOMPARE(Formatter(Language::English).billions(1.234), u"1.23"_s);
        QCOMPARE(Formatter(Language::English).billions(1400), u"1400"_s);
        QCOMPARE(Formatter(Language::German).monthYear(QDate(2025, 3, 15)), u"März 2025"_s);
        QCOMPARE(Formatter(Language::English).monthYear(QDate(2025, 3, 15)), u"March 2025"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
