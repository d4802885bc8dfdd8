#include "timeline/TimelineChart.h"

#include "format/Formatter.h"
#include "format/Palette.h"
#include "timeline/TimelineOverlay.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>

#include <cmath>

namespace {
QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels); // pixel sizes keep text the same relative size on any paint device
    font.setBold(bold);
    return font;
}

// Qt Charts gives each label of a category axis the axis' width over one more than the labels,
// less a label padding on either side, and elides what is wider. The axis is a little wider than
// the plot, so labels that fit the plot's share fit the axis'; the slack covers the text item's
// margins.
constexpr qreal AxisLabelPadding = 5;
constexpr qreal TextItemSlack = 4;
// Before the chart has been laid out: a plot of this width.
constexpr qreal UnlaidPlotWidth = 600;
} // namespace

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setTitleFont(pixelFont(18, true));
    legend()->setAlignment(Qt::AlignRight);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setFont(pixelFont(12));
    legend()->setShowToolTips(true);
    m_overlay = new TimelineOverlay(this);
    connect(this, &QChart::plotAreaChanged, this, &TimelineChart::fitDateAxis);
    connect(this, &QChart::plotAreaChanged, m_overlay, &TimelineOverlay::relayout);
}

QColor TimelineChart::companyColor(int index)
{
    // Distinct from the deal-kind colours of the palette where possible; dark enough for labels.
    static const QColor colors[]
        = {QColor(0xc0, 0x4b, 0x1d), QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x3d, 0x9a),
            QColor(0x8c, 0x6d, 0x1f), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x1f, 0x68), QColor(0x42, 0x42, 0x42)};
    return colors[index % int(std::size(colors))];
}

int TimelineChart::markerShape(ValuationKind kind)
{
    switch (kind) {
    case ValuationKind::PostMoney: return QScatterSeries::MarkerShapeCircle;
    case ValuationKind::Secondary: return QScatterSeries::MarkerShapeRotatedRectangle;
    case ValuationKind::MarketCap: return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QString TimelineChart::defaultTitle() const
{
    QStringList names;
    for (const TimelineSeries &s : m_data.series)
        names << s.companyName;
    if (names.isEmpty())
        return tr("Valuations over time");
    return tr("Valuations over time: %1").arg(localeFor(m_style.language).createSeparatedList(names));
}

QString TimelineChart::titleText() const
{
    return m_style.title.isEmpty() ? defaultTitle() : m_style.title;
}

TimelineAxes::DateLabelRoom TimelineChart::dateLabelRoom(qreal plotWidth) const
{
    const QFontMetricsF metrics(m_dateAxis ? m_dateAxis->labelsFont() : pixelFont(12));
    return {[metrics](const QString &text) { return std::ceil(metrics.horizontalAdvance(text)) + TextItemSlack; },
        [plotWidth](int ticks) { return plotWidth / (ticks + 1) - 2 * AxisLabelPadding; }};
}

void TimelineChart::setContent(const TimelineData &data, const TimelineStyle &style)
{
    m_data = data;
    m_style = style;
    removeAllSeries();
    const Formatter format(style.language);
    setLocale(format.locale());
    setTitle(style.showTitle ? titleText() : QString());
    // Paper and ink: white for print, the palette's for a dark window.
    const QColor paper = style.dark ? style.darkBackground : QColor(Qt::white);
    const QColor ink = style.dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x1A, 0x1A, 0x1A);
    setBackgroundBrush(paper);
    setPlotAreaBackgroundVisible(false);
    setTitleBrush(ink);
    legend()->setLabelColor(ink);
    rebuildAxes();

    QList<ValuationKind> kinds;
    for (int i = 0; i < m_data.series.size(); ++i) {
        const TimelineSeries &s = m_data.series.at(i);
        const QColor color = companyColor(i);
        auto *line = new QLineSeries;
        line->setName(s.points.isEmpty() ? tr("%1 (no valuations)").arg(s.companyName) : s.companyName);
        QPen pen(color, 2.5);
        line->setPen(pen);
        for (const TimelinePoint &p : s.points)
            line->append(TimelineAxes::axisX(p.date), m_valueScale.toAxis(p.billions));
        addSeries(line);
        line->attachAxis(m_dateAxis);
        line->attachAxis(m_valueAxis);
        for (ValuationKind kind : enumValues<ValuationKind>()) {
            auto *scatter = new QScatterSeries;
            for (const TimelinePoint &p : s.points) {
                if (p.kind == kind)
                    scatter->append(TimelineAxes::axisX(p.date), m_valueScale.toAxis(p.billions));
            }
            if (scatter->count() == 0) {
                delete scatter;
                continue;
            }
            if (!kinds.contains(kind))
                kinds << kind;
            scatter->setName(s.companyName);
            scatter->setMarkerShape(QScatterSeries::MarkerShape(markerShape(kind)));
            scatter->setMarkerSize(kind == ValuationKind::PostMoney ? 12 : 14);
            scatter->setColor(color);
            scatter->setBorderColor(style.dark ? style.darkBackground : QColor(Qt::white));
            addSeries(scatter);
            scatter->attachAxis(m_dateAxis);
            scatter->attachAxis(m_valueAxis);
            for (QLegendMarker *marker : legend()->markers(scatter))
                marker->setVisible(false);
        }
    }
    // Legend entries explaining the marker shapes and the deal colours.
    std::sort(kinds.begin(), kinds.end());
    for (ValuationKind kind : std::as_const(kinds))
        addLegendEntry(enumDisplayName(kind), QColor(0x55, 0x55, 0x55), markerShape(kind),
            kind == ValuationKind::PostMoney ? 12 : 14);
    if (style.showDeals) {
        QList<DealKind> dealKinds;
        for (const DealMarker &d : m_data.deals) {
            if (!dealKinds.contains(d.kind))
                dealKinds << d.kind;
        }
        std::sort(dealKinds.begin(), dealKinds.end());
        for (DealKind kind : std::as_const(dealKinds))
            addLegendEntry(tr("Deal: %1").arg(enumDisplayName(kind)), Palette::dealKind(kind),
                QScatterSeries::MarkerShapeCircle, 11);
    }
    m_overlay->setContent(format);
}

void TimelineChart::addLegendEntry(const QString &name, const QColor &color, int shape, qreal size)
{
    auto *entry = new QScatterSeries;
    entry->setName(name);
    entry->setMarkerShape(QScatterSeries::MarkerShape(shape));
    entry->setMarkerSize(size);
    entry->setColor(color);
    entry->setBorderColor(color);
    addSeries(entry);
    entry->attachAxis(m_dateAxis);
    entry->attachAxis(m_valueAxis);
}

void TimelineChart::rebuildAxes()
{
    const Formatter format(m_style.language);
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    m_valueScale = TimelineAxes::valueScale(m_data.minBillions, m_data.maxBillions, m_style.logarithmic, format);

    const QFont labelFont = pixelFont(12);
    const QFont titleFont = pixelFont(13);
    const QPen gridPen(m_style.dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xdd, 0xdd, 0xdd), 1);
    const QColor ink = m_style.dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x1A, 0x1A, 0x1A);
    const QPen axisPen(m_style.dark ? QColor(0x90, 0x90, 0x90) : QColor(0x55, 0x55, 0x55), 1);
    m_dateAxis = new QCategoryAxis;
    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dateAxis->setLabelsFont(labelFont);
    m_dateScale = {};
    fitDateAxis();
    m_dateAxis->setGridLinePen(gridPen);
    m_dateAxis->setLabelsBrush(ink);
    m_dateAxis->setLinePen(axisPen);
    addAxis(m_dateAxis, Qt::AlignBottom);

    m_valueAxis = new QCategoryAxis;
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setStartValue(m_valueScale.min - 1);
    for (const TimelineAxes::Tick &tick : std::as_const(m_valueScale.ticks))
        m_valueAxis->append(tick.label, tick.value);
    m_valueAxis->setRange(m_valueScale.min, m_valueScale.max);
    m_valueAxis->setLabelsFont(labelFont);
    m_valueAxis->setTitleFont(titleFont);
    m_valueAxis->setGridLinePen(gridPen);
    m_valueAxis->setLabelsBrush(ink);
    m_valueAxis->setTitleBrush(ink);
    m_valueAxis->setLinePen(axisPen);
    m_valueAxis->setTitleText(
        m_style.logarithmic ? tr("%1 (logarithmic scale)").arg(format.billionsUnit()) : format.billionsUnit());
    addAxis(m_valueAxis, Qt::AlignLeft);
}

void TimelineChart::fitDateAxis()
{
    if (!m_dateAxis)
        return;
    QDate first = m_style.from.value_or(m_data.first);
    QDate last = m_style.to.value_or(m_data.last);
    if (!m_data.first.isValid() && !m_style.from)
        first = QDate();
    const qreal width = plotArea().width() >= 1 ? plotArea().width() : UnlaidPlotWidth;
    const TimelineAxes::DateScale scale
        = TimelineAxes::dateScale(first, last, Formatter(m_style.language), dateLabelRoom(width));
    const auto same = [](const TimelineAxes::DateScale &a, const TimelineAxes::DateScale &b) {
        return a.months == b.months && a.labels == b.labels && a.from == b.from && a.to == b.to
            && a.ticks.size() == b.ticks.size();
    };
    if (!m_dateAxis->categoriesLabels().isEmpty() && same(scale, m_dateScale))
        return; // also ends the relayout the new labels cause
    m_dateScale = scale;
    for (const QString &label : m_dateAxis->categoriesLabels())
        m_dateAxis->remove(label);
    m_dateAxis->setStartValue(m_dateScale.min() - 1);
    // A category axis takes each label once; a month repeated in compact labels ("Apr." of two
    // years) is told apart by an HTML comment, which the label, being HTML, does not show.
    QSet<QString> seen;
    for (const TimelineAxes::Tick &tick : std::as_const(m_dateScale.ticks)) {
        QString label = tick.label;
        if (seen.contains(label))
            label += QStringLiteral("<!--%1-->").arg(seen.size());
        seen.insert(label);
        m_dateAxis->append(label, tick.value);
    }
    m_dateAxis->setRange(m_dateScale.min(), m_dateScale.max());
}

QPointF TimelineChart::toPosition(double x, double y) const
{
    const QRectF plot = plotArea();
    const double xSpan = std::max(1.0, m_dateScale.max() - m_dateScale.min());
    const double ySpan = std::max(1e-9, m_valueScale.max - m_valueScale.min);
    return {plot.left() + (x - m_dateScale.min()) / xSpan * plot.width(),
        plot.bottom() - (y - m_valueScale.min) / ySpan * plot.height()};
}

TimelineHit TimelineChart::hitTest(QPointF chartPosition) const
{
    return m_overlay->hitTest(chartPosition);
}
