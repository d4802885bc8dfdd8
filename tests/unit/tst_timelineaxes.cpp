#include "timeline/TimelineAxes.h"
#include "timeline/TimelineData.h"

#include <QTest>

#include <cmath>

using namespace TimelineAxes;

namespace {
QStringList labels(const QList<Tick> &ticks)
{
    QStringList result;
    for (const Tick &t : ticks)
        result << t.label;
    return result;
}
} // namespace

class TestTimelineAxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateTicks_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("firstLabel");
        QTest::addColumn<QString>("lastLabel");
        QTest::addRow("months de") << Language::German << QDate(2025, 3, 1) << QDate(2025, 9, 30)
                                   << int(DateStep::Month) << QStringLiteral("März 2025")
                                   << QStringLiteral("Okt. 2025");
        QTest::addRow("months en") << Language::English << QDate(2025, 3, 1) << QDate(2025, 9, 30)
                                   << int(DateStep::Month) << QStringLiteral("Mar 2025") << QStringLiteral("Oct 2025");
        QTest::addRow("quarters de") << Language::German << QDate(2024, 2, 1) << QDate(2025, 9, 30)
                                     << int(DateStep::Quarter) << QStringLiteral("Jan. 2024")
                                     << QStringLiteral("Okt. 2025");
        QTest::addRow("years en") << Language::English << QDate(2019, 7, 22) << QDate(2025, 11, 30)
                                  << int(DateStep::Year) << QStringLiteral("2019") << QStringLiteral("2026");
    }
    void dateTicks()
    {
        QFETCH(Language, language);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, step);
        QFETCH(QString, firstLabel);
        QFETCH(QString, lastLabel);
        const DateScale scale = dateScale(first, last, Formatter(language));
        QCOMPARE(int(scale.step), step);
        QVERIFY(scale.ticks.size() <= 10);
        QCOMPARE(scale.ticks.first().label, firstLabel);
        QCOMPARE(scale.ticks.last().label, lastLabel);
        QVERIFY(scale.from <= first);
        QVERIFY(scale.to > last);
        for (const Tick &t : scale.ticks) // every tick on the first day of a period
            QCOMPARE(QDate::fromJulianDay(qint64(t.value)).day(), 1);
    }

    void linearValues_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<double>("max");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("anthropic en") << Language::English << 183.0
                                      << QStringList {QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("100"),
                                             QStringLiteral("150"), QStringLiteral("200")};
        QTest::addRow("small de") << Language::German << 1.2
                                  << QStringList {QStringLiteral("0"), QStringLiteral("0,2"), QStringLiteral("0,4"),
                                         QStringLiteral("0,6"), QStringLiteral("0,8"), QStringLiteral("1"),
                                         QStringLiteral("1,2"), QStringLiteral("1,4")};
        QTest::addRow("small en") << Language::English << 1.2
                                  << QStringList {QStringLiteral("0"), QStringLiteral("0.2"), QStringLiteral("0.4"),
                                         QStringLiteral("0.6"), QStringLiteral("0.8"), QStringLiteral("1"),
                                         QStringLiteral("1.2"), QStringLiteral("1.4")};
        QTest::addRow("trillion de") << Language::German << 4500.0
                                     << QStringList {QStringLiteral("0"), QStringLiteral("1000"),
                                            QStringLiteral("2000"), QStringLiteral("3000"), QStringLiteral("4000"),
                                            QStringLiteral("5000")};
    }
    void linearValues()
    {
        QFETCH(Language, language);
        QFETCH(double, max);
        QFETCH(QStringList, expected);
        const ValueScale scale = valueScale(1, max, false, Formatter(language));
        QCOMPARE(labels(scale.ticks), expected);
        QVERIFY(scale.max >= max);
        QCOMPARE(scale.toAxis(61.5), 61.5);
    }

    // The value axis goes logarithmic when one series shown spans more than 20×, not before.
    void logScaleWhenASeriesSpansMoreThan20Times_data()
    {
        QTest::addColumn<QList<QList<double>>>("series"); // billions of each series' points
        QTest::addColumn<bool>("logarithmic");
        QTest::addRow("Anthropic 2023 to 2026: 235×") << QList<QList<double>> {{4.1, 15, 61.5, 183, 380, 965}} << true;
        QTest::addRow("Anthropic 2025 to 2026: 15.7×") << QList<QList<double>> {{61.5, 183, 380, 965}} << false;
        QTest::addRow("just over 20×") << QList<QList<double>> {{10, 201}} << true;
        QTest::addRow("exactly 20×") << QList<QList<double>> {{10, 200}} << false;
        QTest::addRow("one series of two spans 25×") << QList<QList<double>> {{157, 300, 500}, {2, 50}} << true;
        QTest::addRow("each series narrow") << QList<QList<double>> {{157, 300, 500}, {2, 5}} << false;
        QTest::addRow("one point") << QList<QList<double>> {{965}} << false;
        QTest::addRow("zero is no value") << QList<QList<double>> {{0, 1, 10}} << false;
        QTest::addRow("nothing") << QList<QList<double>> {} << false;
    }
    void logScaleWhenASeriesSpansMoreThan20Times()
    {
        QFETCH(QList<QList<double>>, series);
        QFETCH(bool, logarithmic);
        TimelineData data;
        for (const QList<double> &values : series) {
            TimelineSeries s;
            for (double billions : values) {
                TimelinePoint p;
                p.billions = billions;
                s.points << p;
            }
            data.series << s;
        }
        QCOMPARE(data.prefersLogScale(), logarithmic);
        // The scale made for that choice is the one the chart shows.
        const ValueScale scale = valueScale(1, 965, data.prefersLogScale(), Formatter(Language::English));
        QCOMPARE(scale.logarithmic, logarithmic);
    }

    void logValues_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("anthropic de") << Language::German << 4.1 << 183.0
                                      << QStringList {QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("10"),
                                             QStringLiteral("20"), QStringLiteral("50"), QStringLiteral("100"),
                                             QStringLiteral("200"), QStringLiteral("500")};
        QTest::addRow("below one de") << Language::German << 0.3 << 8.0
                                      << QStringList {QStringLiteral("0,2"), QStringLiteral("0,5"), QStringLiteral("1"),
                                             QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("10")};
        QTest::addRow("below one en") << Language::English << 0.3 << 8.0
                                      << QStringList {QStringLiteral("0.2"), QStringLiteral("0.5"), QStringLiteral("1"),
                                             QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("10")};
        QTest::addRow("wide: decades only")
            << Language::English << 0.05 << 4000.0
            << QStringList {QStringLiteral("0.01"), QStringLiteral("0.1"), QStringLiteral("1"), QStringLiteral("10"),
                   QStringLiteral("100"), QStringLiteral("1000"), QStringLiteral("10000")};
    }
    void logValues()
    {
        QFETCH(Language, language);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QStringList, expected);
        const ValueScale scale = valueScale(min, max, true, Formatter(language));
        QCOMPARE(labels(scale.ticks), expected);
        QVERIFY(scale.min <= std::log10(min));
        QVERIFY(scale.max >= std::log10(max));
        QCOMPARE(scale.toAxis(100), 2.0);
        for (const QString &label : labels(scale.ticks))
            QVERIFY2(!label.contains(u'e', Qt::CaseInsensitive), qPrintable(label));
    }
};

QTEST_GUILESS_MAIN(TestTimelineAxes)
#include "tst_timelineaxes.moc"
