// The legend of NetworkPainter: the company and deal kinds present, line styles and disc sizes,
// drawn in device coordinates.
#include "network/NetworkPainter.h"

#include "format/Formatter.h"
#include "format/Palette.h"

#include <QFontMetricsF>
#include <QImage>
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

namespace {
// The round value (1, 2 or 5 times a power of ten) next below `value`.
double roundBelow(double value)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(value) + 1e-9));
    const double digits = value / magnitude;
    if (digits > 5 + 1e-9)
        return 5 * magnitude;
    if (digits > 2 + 1e-9)
        return 2 * magnitude;
    if (digits > 1 + 1e-9)
        return magnitude;
    return magnitude / 2;
}
} // namespace

double NetworkPainter::largestLegendDisc(double scale)
{
    // Room for a disc clearly larger than the smallest companies at any zoom.
    return std::max(24.0, 1.5 * NetworkPicture::MinRadius * scale);
}

QList<NetworkPainter::LegendDisc> NetworkPainter::legendDiscs(double scale) const
{
    const double largest = largestLegendDisc(scale);
    QList<LegendDisc> discs;
    for (double value : legendSizes(m_scene.maxMeasure())) {
        while (value > 1 && m_scene.radiusFor(value) * scale > largest)
            value = roundBelow(value);
        if (!discs.isEmpty() && value >= discs.constLast().value * 0.8)
            continue; // given way to the same value as the disc before
        discs << LegendDisc {value, m_scene.radiusFor(value) * scale};
    }
    return discs;
}

Qt::Corner NetworkPainter::leastCoveredCorner(
    const QTransform &sceneToDevice, const QRectF &device, QSizeF size, double scale, Qt::Corner current) const
{
    const Qt::Corner corners[] {Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner};
    double cover[4] {};
    QRectF boxes[4];
    for (int k = 0; k < 4; ++k) {
        const Qt::Corner corner = corners[k];
        const bool right = corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner;
        const bool bottom = corner == Qt::BottomLeftCorner || corner == Qt::BottomRightCorner;
        boxes[k] = QRectF(QPointF(right ? device.right() - 10 - size.width() : device.left() + 10,
                              bottom ? device.bottom() - 10 - size.height() : device.top() + 10),
            size);
    }
    // Each company mapped once, and tried against the four boxes.
    for (const NetworkNode &node : m_scene.nodes()) {
        const double r = std::max(2.0, node.radius * scale);
        const QPointF c = sceneToDevice.map(node.pos);
        for (int k = 0; k < 4; ++k) {
            const QRectF &box = boxes[k];
            const double w = std::min(c.x() + r, box.right()) - std::max(c.x() - r, box.left());
            const double h = std::min(c.y() + r, box.bottom()) - std::max(c.y() - r, box.top());
            if (w > 0 && h > 0)
                cover[k] += w * h + 40; // every company hidden counts
        }
    }
    int best = 0;
    for (int k = 1; k < 4; ++k) {
        if (cover[k] < cover[best] - 1e-6)
            best = k;
    }
    // The legend stays where it is unless another corner hides clearly less.
    const int now = int(std::find(std::begin(corners), std::end(corners), current) - std::begin(corners));
    if (now < 4 && cover[now] <= 2 * cover[best] + 1e-6)
        return current;
    return corners[best];
}

QRectF NetworkPainter::paintLegend(QPainter *painter, const QRectF &area, double scale, Qt::Corner corner) const
{
    if (!painter) {
        QImage probe(1, 1, QImage::Format_ARGB32);
        QPainter measure(&probe);
        return paintLegend(&measure, area, scale, corner);
    }
    const Formatter format(m_language);
    // Only the kinds present, in the palette's order.
    const NetworkPicture::Contents &contents = m_scene.contents();
    QList<CompanyKind> companyKinds;
    for (CompanyKind kind : enumValues<CompanyKind>()) {
        if (contents.companyKinds & (1u << int(kind)))
            companyKinds << kind;
    }
    QList<DealKind> dealKinds;
    for (DealKind kind : enumValues<DealKind>()) {
        if (contents.dealKinds & (1u << int(kind)))
            dealKinds << kind;
    }
    const bool mixed = contents.mixedKinds;

    painter->save();
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(false);
    QFont heading = font;
    heading.setBold(true);
    const QFontMetricsF metrics(font), headingMetrics(heading);
    const double row = metrics.height() + 3;
    double swatch = 26;

    const SizeMeasure measure = m_scene.options().sizeMeasure;
    auto sizeText = [&](double value) {
        return measure == SizeMeasure::DealCount ? format.number(value, 0)
                                                 : format.money(Money::fromUsd(qint64(value)));
    };

    struct Line
    {
        enum Kind { Heading, Dot, Stroke, Disc, Halo, Hollow } kind;
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
        lines << Line {Line::Stroke, tr("Several kinds"), m_theme.mutedInk};
    lines << Line {Line::Heading, tr("Amounts"), {}};
    lines << Line {Line::Stroke, tr("committed or reported"), m_theme.mutedInk, EdgeStyle::Solid};
    lines << Line {Line::Stroke, tr("up to or estimated"), m_theme.mutedInk, EdgeStyle::Dashed};
    lines << Line {Line::Stroke, tr("undisclosed"), m_theme.mutedInk, EdgeStyle::Dotted};
    if (contents.halos)
        lines << Line {Line::Halo, tr("firm, with up-to money around it"), m_theme.mutedInk, EdgeStyle::Solid};
    if (contents.superseded)
        lines << Line {
            Line::Stroke, tr("superseded by another deal (not counted)"), m_theme.inkAlpha(90), EdgeStyle::Solid};
    lines << Line {Line::Heading, tr("Size: %1").arg(NetworkPicture::measureName(measure)), {}};
    for (const LegendDisc &disc : legendDiscs(scale))
        lines << Line {Line::Disc, sizeText(disc.value), m_theme.disc, EdgeStyle::Solid, std::max(2.0, disc.radius)};
    if (contents.unmeasured)
        lines << Line {Line::Hollow, tr("no valuation in the data"), m_theme.mutedInk, EdgeStyle::Dashed,
            std::max(2.0, NetworkPicture::MinRadius * scale)};

    for (const Line &line : std::as_const(lines))
        swatch = std::max(swatch, 2 * line.radius);
    // One column, or as many as a short view needs: a column breaks before a section that no
    // longer fits, so that a heading stays with its lines.
    const auto lineHeight = [&](const Line &line) {
        return line.kind == Line::Heading ? row + 2 : line.radius > 0 ? std::max(row, 2 * line.radius + 4) : row;
    };
    const auto lineWidth = [&](const Line &line) {
        return line.kind == Line::Heading ? headingMetrics.horizontalAdvance(line.text)
                                          : swatch + 6 + metrics.horizontalAdvance(line.text);
    };
    const double room = std::max(120.0, area.height() - 24);
    QList<QList<int>> columns {{}};
    double columnHeight = 8;
    for (int i = 0; i < lines.size(); ++i) {
        double needed = lineHeight(lines[i]);
        if (lines[i].kind == Line::Heading) { // the section together, when it fits a column at all
            double section = needed;
            for (int j = i + 1; j < lines.size() && lines[j].kind != Line::Heading; ++j)
                section += lineHeight(lines[j]);
            needed = std::min(section, room - 8);
        }
        if (!columns.last().isEmpty() && columnHeight + needed > room) {
            columns << QList<int> {};
            columnHeight = 8;
        }
        columns.last() << i;
        columnHeight += lineHeight(lines[i]);
    }
    QList<double> columnWidths;
    double width = 0, height = 0;
    for (const QList<int> &column : std::as_const(columns)) {
        double w = 0, h = 8;
        for (int i : column) {
            w = std::max(w, lineWidth(lines[i]));
            h += lineHeight(lines[i]);
        }
        columnWidths << w;
        width += w + (columnWidths.size() > 1 ? 16 : 0);
        height = std::max(height, h);
    }
    const QSizeF boxSize(width + 20, height + 4);
    const bool right = corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner;
    const bool bottom = corner == Qt::BottomLeftCorner || corner == Qt::BottomRightCorner;
    const QRectF box(QPointF(right ? area.right() - 10 - boxSize.width() : area.left() + 10,
                         bottom ? area.bottom() - 10 - boxSize.height() : area.top() + 10),
        boxSize);
    painter->setPen(QPen(m_theme.rule, 1));
    painter->setBrush(m_theme.panel(235));
    painter->drawRoundedRect(box, 4, 4);
    double columnLeft = box.left() + 10;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        double y = box.top() + 6;
        const double x = columnLeft;
        columnLeft += columnWidths[c] + 16;
        for (int index : std::as_const(columns[c])) {
            const Line &line = lines[index];
            if (line.kind == Line::Heading) {
                y += 2;
                painter->setFont(heading);
                painter->setPen(m_theme.ink);
                painter->drawText(QRectF(x, y, width, row), Qt::AlignLeft | Qt::AlignVCenter, line.text);
                y += row;
                continue;
            }
            const double h = line.radius > 0 ? std::max(row, 2 * line.radius + 4) : row;
            const double mid = y + h / 2;
            const auto arrowHead = [&](const QColor &color, double at) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(color);
                painter->drawPolygon(QPolygonF(
                    {QPointF(x + swatch, at), QPointF(x + swatch - 7, at - 4), QPointF(x + swatch - 7, at + 4)}));
            };
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
                arrowHead(line.color, mid);
                break;
            }
            case Line::Halo: {
                QColor halo = line.color;
                halo.setAlphaF(0.35);
                painter->setPen(QPen(halo, 8, Qt::DashLine, Qt::FlatCap));
                painter->drawLine(QPointF(x, mid), QPointF(x + swatch - 6, mid));
                painter->setPen(QPen(line.color, 2.5, Qt::SolidLine, Qt::FlatCap));
                painter->drawLine(QPointF(x, mid), QPointF(x + swatch - 6, mid));
                arrowHead(line.color, mid);
                break;
            }
            case Line::Disc:
                painter->setPen(QPen(m_theme.rule, 1));
                painter->setBrush(line.color);
                painter->drawEllipse(QPointF(x + swatch / 2, mid), line.radius, line.radius);
                break;
            case Line::Hollow:
                painter->setPen(QPen(line.color, 1.5, Qt::DashLine));
                painter->setBrush(m_theme.paper);
                painter->drawEllipse(QPointF(x + swatch / 2, mid), line.radius, line.radius);
                break;
            case Line::Heading: break;
            }
            painter->setFont(font);
            painter->setPen(m_theme.softInk);
            painter->drawText(QRectF(x + swatch + 6, y, width, h), Qt::AlignLeft | Qt::AlignVCenter, line.text);
            y += h;
        }
    }
    painter->restore();
    return box;
}
