#include "timeline/TimelineAxes.h"
#include "timeline/TimelineData.h"

#include <QFont>
#include <QFontMetricsF>
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
    // Labels chosen for the axis' length are whole: each label's full text is narrower than the
    // spacing of its ticks, whatever the width and language; the year is on the first tick and on
    // every tick that starts a year; months appear when there is room for them.
    void dateLabelsFitTheirTickSpacing_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        const QList<QPair<const char *, QPair<QDate, QDate>>> ranges
            = {{"Anthropic 2023-2026", {QDate(2023, 1, 1), QDate(2026, 6, 30)}},
                {"dataset 2019-2026", {QDate(2019, 7, 22), QDate(2026, 6, 11)}},
                {"one year", {QDate(2025, 3, 1), QDate(2025, 11, 30)}},
                {"a quarter", {QDate(2025, 7, 15), QDate(2025, 9, 30)}}};
        for (Language language : {Language::English, Language::German}) {
            for (int width : {400, 640, 900, 1366, 1600}) {
                for (const auto &[name, range] : ranges)
                    QTest::addRow("%s %d %s", qPrintable(languageCode(language)), width, name)
                        << language << width << range.first << range.second;
            }
        }
    }
    void dateLabelsFitTheirTickSpacing()
    {
        QFETCH(Language, language);
        QFETCH(int, width);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFont font;
        font.setPixelSize(12);
        const QFontMetricsF metrics(font);
        constexpr qreal gap = 8; // between neighbouring labels
        const DateLabelRoom room {[&metrics](const QString &text) { return metrics.horizontalAdvance(text); },
            [width](int ticks) { return qreal(width) / std::max(1, ticks - 1) - gap; }};
        const Formatter format(language);
        const DateScale scale = dateScale(first, last, format, room);
        QVERIFY(scale.ticks.size() >= 2);
        QVERIFY(scale.from <= first);
        QVERIFY(scale.to > last);
        const qreal spacing = qreal(width) / (scale.ticks.size() - 1);
        for (qsizetype i = 0; i < scale.ticks.size(); ++i) {
            const QDate date = QDate::fromJulianDay(qint64(scale.ticks.at(i).value));
            const QString label = scale.ticks.at(i).label;
            QCOMPARE(date.day(), 1);
            // The whole text, as made for the tick, and no ellipsis.
            QCOMPARE(label, dateTickLabel(date, scale.step, scale.labels, i == 0, format));
            QVERIFY2(!label.contains(QStringLiteral("…")) && !label.contains(QStringLiteral("...")), qPrintable(label));
            QVERIFY2(metrics.horizontalAdvance(label) + gap <= spacing,
                qPrintable(
                    QStringLiteral("%1: %2 px of %3").arg(label).arg(metrics.horizontalAdvance(label)).arg(spacing)));
            if (i == 0 || date.month() == 1)
                QVERIFY2(label.contains(QString::number(date.year())), qPrintable(label));
            else // a month: its name, without a year it does not start
                QVERIFY2(label.startsWith(monthLabel(date, format)), qPrintable(label));
        }
        // Months where they fit: a year or less always shows them, from 900 px on.
        if (first.daysTo(last) <= 366 && width >= 900)
            QVERIFY(scale.step != DateStep::Year);
    }

    // The finer spacing wins when its labels fit: the Anthropic years show more of their months
    // at 1600 px than at 400 px, and at 200 px years alone.
    void dateLabelsUseTheRoom()
    {
        QFont font;
        font.setPixelSize(12);
        const QFontMetricsF metrics(font);
        auto scaleAt = [&metrics](int width) {
            const DateLabelRoom room {[&metrics](const QString &text) { return metrics.horizontalAdvance(text); },
                [width](int ticks) { return qreal(width) / std::max(1, ticks - 1) - 8; }};
            return dateScale(QDate(2023, 1, 1), QDate(2026, 6, 30), Formatter(Language::German), room);
        };
        const DateScale wide = scaleAt(1600);
        const DateScale narrow = scaleAt(400);
        const DateScale tiny = scaleAt(200);
        QVERIFY(wide.months < narrow.months);
        QVERIFY(narrow.months < tiny.months);
        QCOMPARE(tiny.step, DateStep::Year);
        QCOMPARE(tiny.ticks.first().label, QStringLiteral("2023"));
        QVERIFY(wide.ticks.size() > narrow.ticks.size());
        QVERIFY2(wide.ticks.first().label.endsWith(QStringLiteral("2023")), qPrintable(wide.ticks.first().label));
        QCOMPARE(narrow.ticks.first().label, QStringLiteral("2023"));
        // Compact labels: "Juli" between the years, or "Juli 2024" on every tick.
        const QStringList wideLabels = labels(wide.ticks);
        QVERIFY2(wideLabels.contains(QStringLiteral("2024")) || wideLabels.contains(QStringLiteral("Jan. 2024")),
            qPrintable(wideLabels.join(u'|')));
        QVERIFY2(wideLabels.contains(QStringLiteral("Juli")) || wideLabels.contains(QStringLiteral("Juli 2024")),
            qPrintable(wideLabels.join(u'|')));
    }

    void compactLabels()
    {
        const Formatter de(Language::German);
        QCOMPARE(dateTickLabel(QDate(2024, 1, 1), DateStep::Quarter, DateLabels::Compact, false, de),
            QStringLiteral("2024"));
        QCOMPARE(dateTickLabel(QDate(2024, 7, 1), DateStep::Quarter, DateLabels::Compact, false, de),
            QStringLiteral("Juli"));
        QCOMPARE(dateTickLabel(QDate(2024, 7, 1), DateStep::Quarter, DateLabels::Compact, true, de),
            QStringLiteral("Juli 2024"));
        QCOMPARE(dateTickLabel(QDate(2024, 7, 1), DateStep::Quarter, DateLabels::Full, false, de),
            QStringLiteral("Juli 2024"));
        QCOMPARE(dateTickLabel(QDate(2024, 7, 1), DateStep::Year, DateLabels::Full, false, de), QStringLiteral("2024"));
        QCOMPARE(dateTickLabel(
                     QDate(2024, 10, 1), DateStep::Quarter, DateLabels::Compact, false, Formatter(Language::English)),
            QStringLiteral("Oct"));
    }

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

QTEST_MAIN(TestTimelineAxes) // QGuiApplication: the labels are measured with fonts
#include "tst_timelineaxes.moc"
