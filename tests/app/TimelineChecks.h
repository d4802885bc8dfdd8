#pragma once

#include "timeline/TimelineAxes.h"
#include "timeline/TimelineChart.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QTest>

// Checks of the timeline chart shared by the timeline's tests and the window's geometry test.
// The texts Qt Charts shows on the chart (axis labels, title, legend), each with its place.
inline QList<QPair<QString, QRectF>> shownTexts(const QGraphicsItem *item)
{
    QList<QPair<QString, QRectF>> texts;
    for (const QGraphicsItem *child : item->childItems()) {
        if (!child->isVisible())
            continue;
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(child))
            texts << qMakePair(text->toPlainText(), text->sceneBoundingRect());
        texts << shownTexts(child);
    }
    return texts;
}

// Every date label is shown whole below the plot, no text there is elided, each label's
// full width fits the spacing of its ticks, and the year stands on the first tick and on each
// tick that starts a year.
inline void verifyDateLabelsWhole(const TimelineChart *chart)
{
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    const QList<TimelineAxes::Tick> &ticks = chart->dateScale().ticks;
    QVERIFY(ticks.size() >= 2);
    QStringList belowPlot;
    const QList<QPair<QString, QRectF>> texts = shownTexts(chart);
    for (const auto &[text, rect] : texts) {
        if (rect.top() >= plot.bottom() - 1 && rect.top() < plot.bottom() + 30) {
            QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QStringLiteral("…")), qPrintable(text));
            belowPlot << text;
        }
    }
    const QFontMetricsF metrics(chart->dateAxis()->labelsFont());
    const qreal spacing = plot.width() / qreal(ticks.size() - 1);
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const QString &label = ticks.at(i).label;
        QVERIFY2(belowPlot.contains(label), qPrintable(label + QStringLiteral(" not in ") + belowPlot.join(u'|')));
        QVERIFY2(metrics.horizontalAdvance(label) < spacing,
            qPrintable(
                QStringLiteral("%1: %2 of %3 px").arg(label).arg(metrics.horizontalAdvance(label)).arg(spacing)));
        const QDate date = QDate::fromJulianDay(qint64(ticks.at(i).value));
        if (i == 0 || date.month() == 1)
            QVERIFY2(label.contains(QString::number(date.year())), qPrintable(label));
    }
}

