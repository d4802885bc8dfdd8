#pragma once

#include "format/Formatter.h"
#include "timeline/TimelineData.h"

#include <QGraphicsObject>

class TimelineChart;
struct TimelineHit;

// Everything of the timeline that Qt Charts cannot draw by itself, painted on top of the chart in
// its coordinates: value labels, the period a coarse date stands for, growth call-outs and the
// lane of deal markers below the date axis. Geometry is computed from the chart's current plot
// area each time, so it always matches the series (and works the same in a view and an export).
class TimelineOverlay : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit TimelineOverlay(TimelineChart *chart);
    const TimelineChart *chart() const { return m_chart; }

    void setContent(const Formatter &format);
    // Room the deal lane needs below the date axis (0 when deals are hidden).
    qreal laneHeight() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    TimelineHit hitTest(QPointF position) const;
    // The texts painted (labels and call-outs), for tests and accessibility.
    QStringList texts() const;
    // Where each text is painted: value labels, then growth call-outs. A call-out never covers a
    // value label, a point or another call-out; one that finds no free place is shortened to its
    // factor ("×1.7") or, with no place for that either, left out.
    struct PlacedText
    {
        QRectF rect;
        QString text;
        bool callout = false;
    };
    QList<PlacedText> placedTexts() const;
    // Deals to mark on the deal strip (a selected circular flow or path): a line at each one's date
    // across the strip, and their markers outlined. Empty clears the marks.
    void setMarkedDeals(const QStringList &dealIds, const QList<QDate> &dates);
    const QList<QDate> &markedDates() const { return m_markedDates; }
    // The x positions of the marks that fall on the plot, for tests.
    QList<qreal> markedPositions() const;

public Q_SLOTS:
    void relayout();

private:
    struct Label
    {
        QRectF rect;
        QString text;
        QColor color;
        bool callout = false;
        QPointF anchor; // call-outs: the segment's middle
        bool emphasis = false; // the latest step of a company: its headline growth
        QLineF segment;
    };
    struct PointSpot
    {
        QPointF center;
        QString valuationId;
        QString companyId;
    };
    struct DealSpot
    {
        QPointF center;
        qreal radius = 0;
        const DealMarker *marker = nullptr;
    };
    struct Layout
    {
        QList<Label> labels;
        QList<PointSpot> points;
        QList<QPair<QLineF, QColor>> spans;
        QList<QPair<QRectF, QString>> laneRows;
        QRectF laneCaption;
        QList<DealSpot> deals;
    };
    Layout computeLayout() const;
    QStringList laneCompanies() const;

    TimelineChart *m_chart;
    Formatter m_format {Language::English};
    QStringList m_markedDeals;
    QList<QDate> m_markedDates;
};
