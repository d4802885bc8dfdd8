#pragma once

#include "i18n/Language.h"
#include "timeline/TimelineAxes.h"
#include "timeline/TimelineData.h"

#include <QChart>
#include <QColor>

class QCategoryAxis;
class TimelineOverlay;

// How a timeline is drawn; the data comes separately (TimelineData).
struct TimelineStyle
{
    Language language = Language::English;
    bool logarithmic = false;
    bool showDeals = false;
    QString title; // empty: a title naming the companies
    bool showTitle = true; // false: the page around the chart has the title (the report)
    // Under a dark window palette: light text and rules on the palette's base colour. Exports and
    // the report always draw on white.
    bool dark = false;
    QColor darkBackground {0x2b, 0x2b, 0x2b};
    std::optional<QDate> from; // axis range overrides
    std::optional<QDate> to;
};

// What lies under a point of the chart: a valuation, a deal marker or nothing.
struct TimelineHit
{
    enum class Kind { None, Valuation, Deal } kind = Kind::None;
    QString id;
    QString companyId;
    explicit operator bool() const { return kind != Kind::None; }
};

// The valuation timeline as a QChart: one line per company, marker shapes by valuation kind,
// category axes with labels made in the chosen language, and an overlay for value labels,
// precision spans, growth call-outs and the deal lane. Used by the window and the exporter alike.
// Animations stay off so that the overlay and the series always agree (and printing is exact).
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(QGraphicsItem *parent = nullptr);

    // Rebuilds every series and axis; call again after the language changed (QChart gets no
    // LanguageChange event).
    void setContent(const TimelineData &data, const TimelineStyle &style);
    const TimelineData &data() const { return m_data; }
    const TimelineStyle &style() const { return m_style; }
    const TimelineAxes::ValueScale &valueScale() const { return m_valueScale; }
    const TimelineAxes::DateScale &dateScale() const { return m_dateScale; }
    QCategoryAxis *dateAxis() const { return m_dateAxis; }
    QCategoryAxis *valueAxis() const { return m_valueAxis; }
    TimelineOverlay *overlay() const { return m_overlay; }
    // The default title for the companies shown, in the chart's language.
    QString defaultTitle() const;
    // The title the style asks for, also when it is not drawn (showTitle false).
    QString titleText() const;
    // The room the date labels have on a plot of that width: Qt Charts elides a label wider than
    // its share of the axis ("Jan. 2…"), so the ticks are chosen to give every label its whole text.
    TimelineAxes::DateLabelRoom dateLabelRoom(qreal plotWidth) const;

    // Chart coordinates of a data value (x: Julian day, y: axis coordinate).
    QPointF toPosition(double x, double y) const;
    TimelineHit hitTest(QPointF chartPosition) const;

    static QColor companyColor(int index);
    static int markerShape(ValuationKind kind); // a QScatterSeries::MarkerShape

private:
    void rebuildAxes();
    // Chooses the date ticks for the plot's current width; re-run when the plot is resized.
    void fitDateAxis();
    void addLegendEntry(const QString &name, const QColor &color, int shape, qreal size);

    TimelineData m_data;
    TimelineStyle m_style;
    TimelineAxes::ValueScale m_valueScale;
    TimelineAxes::DateScale m_dateScale;
    QCategoryAxis *m_dateAxis = nullptr;
    QCategoryAxis *m_valueAxis = nullptr;
    TimelineOverlay *m_overlay = nullptr;
};
