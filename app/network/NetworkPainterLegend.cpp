// The legend of NetworkPainter: the company and deal kinds present, line styles and disc sizes,
// drawn in device coordinates.
#include "network/NetworkPainter.h"

#include "format/Formatter.h"
#include "format/Palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

QList<double> NetworkPainter::legendSizes(double maxMeasure)
{
    QList<double> values;
    if (maxMeasure <= 0)
        return values;
    // The largest value rounded down to two significant digits, so its disc is never larger than
    // the largest company's; a count stays whole.
    const double topMagnitude = std::pow(10.0, std::floor(std::log10(maxMeasure)) - 1);
    const double top = std::max(1.0, std::floor(maxMeasure / topMagnitude + 1e-9) * topMagnitude);
    values << top;
    const double quarter = maxMeasure / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(quarter)));
    const double rounded = std::max(1.0, std::round(quarter / magnitude) * magnitude);
    if (rounded < top * 0.8)
        values << rounded;
    return values;
}

QRectF NetworkPainter::paintLegend(QPainter *painter, const QRectF &area, double scale) const
{
    const Formatter format(m_language);
    // Only the kinds present, in the palette's order.
    QList<CompanyKind> companyKinds;
    for (CompanyKind kind : enumValues<CompanyKind>()) {
        if (std::any_of(
                m_scene.nodes().begin(), m_scene.nodes().end(), [&](const NetworkNode &n) { return n.kind == kind; }))
            companyKinds << kind;
    }
    QList<DealKind> dealKinds;
    bool mixed = false;
    for (DealKind kind : enumValues<DealKind>()) {
        if (std::any_of(m_scene.edges().begin(), m_scene.edges().end(),
                [&](const NetworkEdge &e) { return e.kind == kind && !e.mixedKinds; }))
            dealKinds << kind;
    }
    mixed = std::any_of(
        m_scene.edges().begin(), m_scene.edges().end(), [](const NetworkEdge &e) { return e.mixedKinds; });

    painter->save();
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(false);
    QFont heading = font;
    heading.setBold(true);
    const QFontMetricsF metrics(font), headingMetrics(heading);
    const double row = metrics.height() + 3;
    double swatch = 26;

    const QList<double> sizeValues = legendSizes(m_scene.maxMeasure());
    const SizeMeasure measure = m_scene.options().sizeMeasure;
    auto sizeText = [&](double value) {
        return measure == SizeMeasure::DealCount ? format.number(value, 0)
                                                 : format.money(Money::fromUsd(qint64(value)));
    };
    const double maxDisc = std::min(NetworkPicture::MaxRadius * scale, 22.0);
    const double discScale = NetworkPicture::MaxRadius * scale > 0 ? maxDisc / (NetworkPicture::MaxRadius * scale) : 1;

    struct Line
    {
        enum Kind { Heading, Dot, Stroke, Disc, Halo } kind;
        QString text;
        QColor color;
        EdgeStyle style = EdgeStyle::Solid;
        double radius = 0;
    };
    QList<Line> lines;
    lines << Line {Line::Heading, tr("Companies"), {}};
    for (CompanyKind kind : std::as_const(companyKinds))
        lines << Line {Line::Dot, enumDisplayName(kind), Palette::companyKind(kind)};
    lines << Line {Line::Heading, tr("Deals (arrow: money flows)"), {}};
    for (DealKind kind : std::as_const(dealKinds))
        lines << Line {Line::Stroke,
            kind == DealKind::Divestment ? tr("%1 (paid to the seller)").arg(enumDisplayName(kind))
                                         : enumDisplayName(kind),
            Palette::dealKind(kind)};
    if (mixed)
        lines << Line {Line::Stroke, tr("Several kinds"), QColor(0x44, 0x44, 0x44)};
    lines << Line {Line::Heading, tr("Amounts"), {}};
    lines << Line {Line::Stroke, tr("committed or reported"), QColor(0x55, 0x55, 0x55), EdgeStyle::Solid};
    lines << Line {Line::Stroke, tr("up to or estimated"), QColor(0x55, 0x55, 0x55), EdgeStyle::Dashed};
    lines << Line {Line::Stroke, tr("undisclosed"), QColor(0x55, 0x55, 0x55), EdgeStyle::Dotted};
    if (std::any_of(m_scene.edges().begin(), m_scene.edges().end(), [](const NetworkEdge &e) { return e.haloWidth > 0; }))
        lines << Line {Line::Halo, tr("firm, with up-to money around it"), QColor(0x55, 0x55, 0x55), EdgeStyle::Solid};
    if (std::any_of(m_scene.edges().begin(), m_scene.edges().end(), [](const NetworkEdge &e) { return e.superseded; }))
        lines << Line {Line::Stroke, tr("superseded by another deal (not counted)"), QColor(0x55, 0x55, 0x55, 90),
            EdgeStyle::Solid};
    lines << Line {Line::Heading, tr("Size: %1").arg(NetworkPicture::measureName(measure)), {}};
    for (double value : std::as_const(sizeValues))
        lines << Line {Line::Disc, sizeText(value), QColor(0x99, 0x99, 0x99), EdgeStyle::Solid,
            std::max(2.0, m_scene.radiusFor(value) * scale * discScale)};

    for (const Line &line : std::as_const(lines))
        swatch = std::max(swatch, 2 * line.radius);
    double width = 0, height = 8;
    for (const Line &line : std::as_const(lines)) {
        if (line.kind == Line::Heading) {
            width = std::max(width, headingMetrics.horizontalAdvance(line.text));
            height += row + 2;
        } else {
            width = std::max(width, swatch + 6 + metrics.horizontalAdvance(line.text));
            height += line.kind == Line::Disc ? std::max(row, 2 * line.radius + 4) : row;
        }
    }
    const QRectF box(area.topLeft() + QPointF(10, 10), QSizeF(width + 20, height + 4));
    painter->setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 4, 4);
    double y = box.top() + 6;
    const double x = box.left() + 10;
    for (const Line &line : std::as_const(lines)) {
        if (line.kind == Line::Heading) {
            y += 2;
            painter->setFont(heading);
            painter->setPen(QColor(0x1A, 0x1A, 0x1A));
            painter->drawText(QRectF(x, y, width, row), Qt::AlignLeft | Qt::AlignVCenter, line.text);
            y += row;
            continue;
        }
        const double h = line.kind == Line::Disc ? std::max(row, 2 * line.radius + 4) : row;
        const double mid = y + h / 2;
        painter->setRenderHint(QPainter::Antialiasing);
        switch (line.kind) {
        case Line::Dot:
            painter->setPen(Qt::NoPen);
            painter->setBrush(line.color);
            painter->drawEllipse(QPointF(x + swatch / 2, mid), 5, 5);
            break;
        case Line::Stroke: {
            QPen pen(line.color, 2.5,
                line.style == EdgeStyle::Solid        ? Qt::SolidLine
                    : line.style == EdgeStyle::Dashed ? Qt::DashLine
                                                      : Qt::DotLine);
            if (line.style == EdgeStyle::Dotted) {
                pen.setWidthF(2);
                pen.setCapStyle(Qt::RoundCap);
            } else {
                pen.setCapStyle(Qt::FlatCap);
            }
            painter->setPen(pen);
            painter->drawLine(QPointF(x, mid), QPointF(x + swatch - 6, mid));
            painter->setPen(Qt::NoPen);
            painter->setBrush(line.color);
            painter->drawPolygon(QPolygonF(
                {QPointF(x + swatch, mid), QPointF(x + swatch - 7, mid - 4), QPointF(x + swatch - 7, mid + 4)}));
            break;
        }
        case Line::Halo: {
            QColor halo = line.color;
            halo.setAlphaF(0.35);
            painter->setPen(QPen(halo, 8, Qt::DashLine, Qt::FlatCap));
            painter->drawLine(QPointF(x, mid), QPointF(x + swatch - 6, mid));
            painter->setPen(QPen(line.color, 2.5, Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QPointF(x, mid), QPointF(x + swatch - 6, mid));
            painter->setPen(Qt::NoPen);
            painter->setBrush(line.color);
            painter->drawPolygon(QPolygonF(
                {QPointF(x + swatch, mid), QPointF(x + swatch - 7, mid - 4), QPointF(x + swatch - 7, mid + 4)}));
            break;
        }
        case Line::Disc:
            painter->setPen(QPen(QColor(0x77, 0x77, 0x77), 1));
            painter->setBrush(line.color);
            painter->drawEllipse(QPointF(x + swatch / 2, mid), line.radius, line.radius);
            break;
        case Line::Heading: break;
        }
        painter->setFont(font);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QRectF(x + swatch + 6, y, width, h), Qt::AlignLeft | Qt::AlignVCenter, line.text);
        y += h;
    }
    painter->restore();
    return box;
}
