#include "timeline/TimelineOverlay.h"

#include "format/Palette.h"
#include "timeline/TimelineChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace {
constexpr qreal LaneCaptionHeight = 18;
constexpr qreal LaneRowHeight = 26;
constexpr qreal LaneBottomMargin = 6;

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

qreal dealRadius(const std::optional<Money> &amount)
{
    if (!amount)
        return 4;
    // Area grows with the amount: $1bn ≈ 5 px, $30bn ≈ 12 px, capped.
    return std::clamp(3.0 + 1.7 * std::sqrt(std::max(0.0, amount->toBillions())), 3.5, 13.0);
}
} // namespace

namespace {
const QColor MarkColor(0xc0, 0x39, 0x2b); // a selected circular flow or path
} // namespace

TimelineOverlay::TimelineOverlay(TimelineChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(100); // above series and axes
    setAcceptedMouseButtons(Qt::NoButton);
}

void TimelineOverlay::setContent(const Formatter &format)
{
    m_format = format;
    const qreal lane = laneHeight();
    m_chart->setMargins(QMargins(10, 10, 10, int(std::ceil(lane)) + 4));
    relayout();
}

QStringList TimelineOverlay::laneCompanies() const
{
    QStringList ids;
    if (!m_chart->style().showDeals)
        return ids;
    for (const TimelineSeries &s : m_chart->data().series) {
        const bool any = std::any_of(m_chart->data().deals.begin(), m_chart->data().deals.end(),
            [&s](const DealMarker &d) { return d.companyId == s.companyId; });
        if (any)
            ids << s.companyId;
    }
    return ids;
}

qreal TimelineOverlay::laneHeight() const
{
    const qsizetype rows = laneCompanies().size();
    return rows == 0 ? 0 : LaneCaptionHeight + rows * LaneRowHeight + LaneBottomMargin;
}

void TimelineOverlay::relayout()
{
    prepareGeometryChange();
    update();
}

QRectF TimelineOverlay::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_chart->size());
}

TimelineOverlay::Layout TimelineOverlay::computeLayout() const
{
    Layout layout;
    const TimelineData &data = m_chart->data();
    const QRectF plot = m_chart->plotArea();
    const QFontMetricsF labelMetrics(pixelFont(12, true));
    const QFontMetricsF calloutMetrics(pixelFont(12, true));
    // A value label above its point, else beside or below it, a little farther out if need be,
    // clear of other markers where it can be; none where every place covers another label (the
    // tool tip still has it).
    QList<QRectF> pointMarkers;
    auto placeLabel = [&](QPointF at, QRectF size) {
        const qreal w = size.width() + 8;
        const qreal h = size.height() + 2;
        QList<QRectF> candidates;
        for (qreal d : {0.0, 14.0}) {
            candidates << QRectF(at.x() - w / 2, at.y() - h - 9 - d, w, h) << QRectF(at.x() + 10 + d, at.y() - h / 2, w, h)
                       << QRectF(at.x() - w - 10 - d, at.y() - h / 2, w, h) << QRectF(at.x() - w / 2, at.y() + 9 + d, w, h);
        }
        candidates << QRectF(at.x() + 6, at.y() - h - 6, w, h) << QRectF(at.x() - w - 6, at.y() - h - 6, w, h)
                   << QRectF(at.x() + 6, at.y() + 6, w, h) << QRectF(at.x() - w - 6, at.y() + 6, w, h);
        for (QRectF &c : candidates) {
            if (c.right() > plot.right())
                c.moveRight(plot.right());
            if (c.left() < plot.left())
                c.moveLeft(plot.left());
            if (c.top() < plot.top() - h)
                c.moveTop(plot.top() - h);
        }
        const QRectF own(at - QPointF(7, 7), QSizeF(14, 14));
        // Clear of labels and markers; else clear of labels at least.
        for (bool avoidMarkers : {true, false}) {
            for (const QRectF &c : std::as_const(candidates)) {
                const bool clash = std::any_of(layout.labels.begin(), layout.labels.end(),
                                       [&c](const Label &l) { return l.rect.intersects(c); })
                    || (avoidMarkers && std::any_of(pointMarkers.begin(), pointMarkers.end(), [&c, &own](const QRectF &m) {
                           return m != own && m.intersects(c);
                       }));
                if (!clash)
                    return c;
            }
        }
        return QRectF();
    };

    // Points and their spans first, then their labels, then call-outs where room is left.
    for (int i = 0; i < data.series.size(); ++i) {
        const TimelineSeries &s = data.series.at(i);
        const QColor color = TimelineChart::companyColor(i);
        for (const TimelinePoint &p : s.points) {
            const double y = m_chart->valueScale().toAxis(p.billions);
            const QPointF center = m_chart->toPosition(TimelineAxes::axisX(p.date), y);
            layout.points << PointSpot {center, p.valuationId, s.companyId};
            if (p.precision != DatePrecision::Day) {
                const QPointF a = m_chart->toPosition(TimelineAxes::axisX(p.periodStart), y);
                const QPointF b = m_chart->toPosition(TimelineAxes::axisX(p.periodEnd.addDays(1)), y);
                layout.spans << qMakePair(QLineF(a, b), color);
            }
        }
    }
    for (const PointSpot &p : std::as_const(layout.points))
        pointMarkers << QRectF(p.center - QPointF(7, 7), QSizeF(14, 14));
    for (int i = 0; i < data.series.size(); ++i) {
        const TimelineSeries &s = data.series.at(i);
        const QColor color = TimelineChart::companyColor(i).darker(115);
        for (const TimelinePoint &p : s.points) {
            const QPointF center
                = m_chart->toPosition(TimelineAxes::axisX(p.date), m_chart->valueScale().toAxis(p.billions));
            const QString text = m_format.money(p.value);
            const QRectF rect = placeLabel(center, labelMetrics.boundingRect(text));
            if (!rect.isNull())
                layout.labels << Label {rect, text, color, false, {}, false, {}};
        }
    }
    // Points count as obstacles too: a call-out must not hide a marker.
    QList<QRectF> markers;
    for (const PointSpot &p : std::as_const(layout.points))
        markers << QRectF(p.center - QPointF(8, 8), QSizeF(16, 16));
    auto placeCallout = [&](QPointF mid, bool rising, QSizeF textSize) {
        const qreal w = textSize.width() + 14;
        const qreal h = textSize.height() + 8;
        // On the side of the segment away from the line's continuation first (below-right of a
        // rise, above-right of a fall), then the other sides, then farther out.
        QList<QRectF> candidates;
        for (qreal d : {12.0, 30.0, 52.0, 80.0}) {
            const QRectF belowRight(mid.x() + 10, mid.y() + d, w, h);
            const QRectF aboveRight(mid.x() + 10, mid.y() - h - d, w, h);
            const QRectF aboveLeft(mid.x() - w - 10, mid.y() - h - d, w, h);
            const QRectF belowLeft(mid.x() - w - 10, mid.y() + d, w, h);
            const QRectF right(mid.x() + d + 4, mid.y() - h / 2, w, h);
            const QRectF left(mid.x() - w - d - 4, mid.y() - h / 2, w, h);
            const QRectF above(mid.x() - w / 2, mid.y() - h - d, w, h);
            const QRectF below(mid.x() - w / 2, mid.y() + d, w, h);
            candidates << (rising
                    ? QList<QRectF> {belowRight, aboveLeft, right, belowLeft, below, above, left, aboveRight}
                    : QList<QRectF> {aboveRight, belowLeft, right, aboveLeft, above, below, left, belowRight});
        }
        for (QRectF &c : candidates) { // keep the box inside the plot
            c.moveLeft(std::clamp(c.left(), plot.left() + 2, std::max(plot.left() + 2, plot.right() - c.width() - 2)));
            c.moveTop(std::clamp(c.top(), plot.top() + 2, std::max(plot.top() + 2, plot.bottom() - c.height() - 2)));
        }
        for (const QRectF &c : std::as_const(candidates)) {
            const QRectF padded = c.adjusted(-2, -2, 2, 2);
            // Inside the plot's width: beyond it the legend or the page's edge would cut it.
            if (c.left() < plot.left() || c.right() > plot.right())
                continue;
            const bool clash = std::any_of(layout.labels.begin(), layout.labels.end(),
                                   [&padded](const Label &l) { return l.rect.intersects(padded); })
                || std::any_of(
                    markers.begin(), markers.end(), [&padded](const QRectF &m) { return m.intersects(padded); });
            if (!clash)
                return c;
        }
        return QRectF();
    };
    const int withPoints = int(std::count_if(
        data.series.begin(), data.series.end(), [](const TimelineSeries &s) { return s.points.size() > 1; }));
    for (int i = 0; i < data.series.size(); ++i) {
        const TimelineSeries &s = data.series.at(i);
        // One company: every step; several: the latest step of each that changed the value (a
        // "×1.0" says nothing there), to keep the chart readable.
        QList<GrowthStep> steps = s.steps;
        if (withPoints > 1) {
            const auto changed = std::find_if(steps.crbegin(), steps.crend(),
                [this](const GrowthStep &step) { return m_format.locale().toString(step.factor, 'f', 1) != m_format.locale().toString(1.0, 'f', 1); });
            steps = changed == steps.crend() ? QList<GrowthStep>() : QList<GrowthStep> {*changed};
        }
        for (const GrowthStep &step : steps) {
            const TimelinePoint &a = s.points.at(step.fromIndex);
            const TimelinePoint &b = s.points.at(step.toIndex);
            const QPointF pa
                = m_chart->toPosition(TimelineAxes::axisX(a.date), m_chart->valueScale().toAxis(a.billions));
            const QPointF pb
                = m_chart->toPosition(TimelineAxes::axisX(b.date), m_chart->valueScale().toAxis(b.billions));
            const QPointF mid = (pa + pb) / 2;
            //: A growth call-out shortened to its factor when there is no room for the months
            const QString factor = tr("×%1").arg(m_format.locale().toString(step.factor, 'f', 1));
            const QString text
                = tr("×%1 in %n month(s)", nullptr, step.months).arg(m_format.locale().toString(step.factor, 'f', 1));
            const bool emphasis = &step == &steps.last();
            const QFontMetricsF metrics = emphasis ? QFontMetricsF(pixelFont(14, true)) : calloutMetrics;
            const bool rising = pb.y() <= pa.y();
            // The full text where it fits, else the factor alone, else nothing: never over a label.
            for (const QString &candidate : {text, factor}) {
                const QRectF chosen = placeCallout(mid, rising, metrics.boundingRect(candidate).size());
                if (!chosen.isNull()) {
                    layout.labels << Label {
                        chosen, candidate, TimelineChart::companyColor(i), true, mid, emphasis, QLineF(pa, pb)};
                    break;
                }
            }
        }
    }

    const QStringList lane = laneCompanies();
    if (!lane.isEmpty()) {
        const QRectF chartRect(QPointF(0, 0), m_chart->size());
        const qreal top = chartRect.bottom() - laneHeight();
        layout.laneCaption = QRectF(plot.left(), top, plot.width(), LaneCaptionHeight);
        for (int row = 0; row < lane.size(); ++row) {
            const QRectF rowRect(
                plot.left(), top + LaneCaptionHeight + row * LaneRowHeight, plot.width(), LaneRowHeight);
            const TimelineSeries *s = data.seriesOf(lane.at(row));
            layout.laneRows << qMakePair(rowRect, s ? s->companyName : QString());
            for (const DealMarker &d : data.deals) {
                if (d.companyId != lane.at(row))
                    continue;
                const QPointF at = m_chart->toPosition(TimelineAxes::axisX(d.date), 0);
                layout.deals << DealSpot {QPointF(at.x(), rowRect.center().y()), dealRadius(d.amount), &d};
            }
        }
    }
    return layout;
}

void TimelineOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Layout layout = computeLayout();
    const bool dark = m_chart->style().dark;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const auto &[line, color] : layout.spans) {
        // The period a month-, quarter- or year-precise value stands for: a bar with end caps.
        QColor c = color;
        c.setAlpha(150);
        painter->setPen(QPen(c, 2.5, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(line);
        painter->drawLine(QLineF(line.p1() + QPointF(0, -5), line.p1() + QPointF(0, 5)));
        painter->drawLine(QLineF(line.p2() + QPointF(0, -5), line.p2() + QPointF(0, 5)));
    }
    for (const Label &label : layout.labels) {
        if (label.emphasis) { // a broad translucent band along the headline step
            QColor band = label.color;
            band.setAlpha(55);
            painter->setPen(QPen(band, 10, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(label.segment);
        }
    }
    for (const Label &label : layout.labels) {
        painter->setFont(pixelFont(label.emphasis ? 14 : 12, true));
        if (label.emphasis) {
            painter->setPen(QPen(label.color, 1.2, Qt::DashLine));
            const QPointF edge(
                label.rect.left() > label.anchor.x() ? label.rect.left() : label.rect.right(), label.rect.center().y());
            painter->drawLine(label.anchor, edge);
            painter->setBrush(label.color);
            painter->setPen(QPen(label.color.darker(130), 1.2));
            painter->drawRoundedRect(label.rect, 4, 4);
            painter->setPen(Qt::white);
        } else if (label.callout) {
            painter->setPen(QPen(label.color, 1, Qt::DashLine));
            const QPointF edge(
                label.rect.left() > label.anchor.x() ? label.rect.left() : label.rect.right(), label.rect.center().y());
            painter->drawLine(label.anchor, edge);
            painter->setBrush(QColor(0xff, 0xfb, 0xf0));
            painter->setPen(QPen(label.color, 1.2));
            painter->drawRoundedRect(label.rect, 4, 4);
            painter->setPen(label.color.darker(120));
        } else {
            // A light card under the value, so that it reads on either paper.
            painter->setPen(Qt::NoPen);
            painter->setBrush(dark ? QColor(255, 255, 255, 230) : QColor(255, 255, 255, 210));
            painter->drawRoundedRect(label.rect, 3, 3);
            painter->setPen(label.color);
        }
        painter->drawText(label.rect, Qt::AlignCenter, label.text);
    }
    if (!layout.laneRows.isEmpty()) {
        painter->setFont(pixelFont(11));
        painter->setPen(dark ? QColor(0xC0, 0xC0, 0xC0) : QColor(0x55, 0x55, 0x55));
        painter->drawText(layout.laneCaption, Qt::AlignLeft | Qt::AlignVCenter,
            std::any_of(m_chart->data().deals.cbegin(), m_chart->data().deals.cend(),
                [](const DealMarker &d) { return !d.countsInTotals(); })
                ? tr("Deals (filled: money in, ring: money out; size by amount; faded: counted in another deal)")
                : tr("Deals (filled: money in, ring: money out; size by amount)"));
        const QFontMetricsF metrics(pixelFont(11));
        for (const auto &[rect, name] : layout.laneRows) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xf3, 0xf3, 0xf3));
            painter->drawRect(rect.adjusted(0, 1, 0, -1));
            painter->setPen(dark ? QColor(0xE0, 0xE0, 0xE0) : QColor(0x33, 0x33, 0x33));
            const qreal room = std::max(20.0, rect.left() - 8);
            const QRectF nameRect(rect.left() - room - 4, rect.top(), room, rect.height());
            painter->drawText(
                nameRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(name, Qt::ElideRight, room));
        }
        QList<DealSpot> spots = layout.deals;
        // Large markers first, so that small deals of the same month stay visible on top.
        std::stable_sort(
            spots.begin(), spots.end(), [](const DealSpot &a, const DealSpot &b) { return a.radius > b.radius; });
        for (const DealSpot &spot : std::as_const(spots)) {
            QColor color = Palette::dealKind(spot.marker->kind);
            if (!spot.marker->countsInTotals())
                color.setAlpha(90); // superseded or part of another deal shown: faded, never summed
            if (spot.marker->incoming) {
                QColor fill = color;
                fill.setAlpha(spot.marker->countsInTotals() ? 200 : 60);
                painter->setBrush(fill);
                painter->setPen(QPen(color.darker(130), 1));
            } else {
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(color, 2.2));
            }
            if (!spot.marker->amount)
                painter->setPen(QPen(color, 1.5, Qt::DotLine));
            painter->drawEllipse(spot.center, spot.radius, spot.radius);
            if (m_markedDeals.contains(spot.marker->dealId)) {
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(MarkColor, 2));
                painter->drawEllipse(spot.center, spot.radius + 3, spot.radius + 3);
            }
        }
        // The marked deals' dates: a line across the strip and a triangle above it.
        const qreal top = layout.laneRows.constFirst().first.top();
        const qreal bottom = layout.laneRows.constLast().first.bottom();
        for (qreal x : markedPositions()) {
            painter->setPen(QPen(MarkColor, 1.5, Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QPointF(x, top), QPointF(x, bottom));
            painter->setPen(Qt::NoPen);
            painter->setBrush(MarkColor);
            painter->drawPolygon(QPolygonF({QPointF(x - 4, top - 6), QPointF(x + 4, top - 6), QPointF(x, top)}));
        }
    }
    painter->restore();
}

void TimelineOverlay::setMarkedDeals(const QStringList &dealIds, const QList<QDate> &dates)
{
    m_markedDeals = dealIds;
    m_markedDates = dates;
    update();
}

QList<qreal> TimelineOverlay::markedPositions() const
{
    QList<qreal> xs;
    const QRectF plot = m_chart->plotArea();
    for (const QDate &date : m_markedDates) {
        const qreal x = m_chart->toPosition(TimelineAxes::axisX(date), 0).x();
        if (x >= plot.left() - 0.5 && x <= plot.right() + 0.5)
            xs << x;
    }
    return xs;
}

TimelineHit TimelineOverlay::hitTest(QPointF position) const
{
    const Layout layout = computeLayout();
    TimelineHit best;
    qreal bestDistance = 10; // pixels of tolerance around a marker
    for (const PointSpot &p : layout.points) {
        const qreal d = QLineF(p.center, position).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = TimelineHit {TimelineHit::Kind::Valuation, p.valuationId, p.companyId};
        }
    }
    if (best)
        return best;
    // Deals of the same month share a centre and are drawn large-first: the smallest one under
    // the pointer is the one on top.
    qreal bestRadius = 1e9;
    for (const DealSpot &spot : layout.deals) {
        const qreal d = QLineF(spot.center, position).length();
        if (d <= std::max<qreal>(spot.radius, 6) + 2 && spot.radius < bestRadius) {
            bestRadius = spot.radius;
            best = TimelineHit {TimelineHit::Kind::Deal, spot.marker->dealId, spot.marker->companyId};
        }
    }
    return best;
}

QList<TimelineOverlay::PlacedText> TimelineOverlay::placedTexts() const
{
    QList<PlacedText> result;
    for (const Label &label : computeLayout().labels)
        result << PlacedText {label.rect, label.text, label.callout};
    return result;
}

QStringList TimelineOverlay::texts() const
{
    QStringList result;
    for (const Label &label : computeLayout().labels)
        result << label.text;
    return result;
}
