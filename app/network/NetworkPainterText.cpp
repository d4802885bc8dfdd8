// Labels and legend of NetworkPainter: the parts drawn in device coordinates.
#include "network/NetworkPainter.h"

#include "format/Formatter.h"
#include "format/Palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr int AlwaysLabelled = 14; // the largest companies are always named
constexpr double LabelRadius = 9; // others once their disc is this many pixels wide (radius)

// Device space already taken by labels, the legend and discs, bucketed in a coarse grid so that
// hundreds of labels with eight candidate places each stay cheap.
class Occupancy
{
public:
    bool isFree(const QRectF &r) const
    {
        bool free = true;
        forCells(r, [&](quint64 cell) {
            if (!free)
                return;
            for (int index : m_cells.value(cell)) {
                const Shape &shape = m_shapes[index];
                if (shape.disc ? discIntersects(shape, r) : shape.rect.intersects(r)) {
                    free = false;
                    return;
                }
            }
        });
        return free;
    }
    void take(const QRectF &r) { add(Shape {r, false}); }
    // A disc: labels may touch its bounding square's corners, not the disc.
    void takeDisc(QPointF centre, double radius)
    {
        add(Shape {QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), true});
    }

private:
    struct Shape
    {
        QRectF rect;
        bool disc;
    };
    static constexpr double Cell = 64;

    static bool discIntersects(const Shape &disc, const QRectF &r)
    {
        const QPointF c = disc.rect.center();
        const double radius = disc.rect.width() / 2;
        const double dx = c.x() - std::clamp(c.x(), r.left(), r.right());
        const double dy = c.y() - std::clamp(c.y(), r.top(), r.bottom());
        return dx * dx + dy * dy < radius * radius;
    }
    template<typename F> static void forCells(const QRectF &r, F &&f)
    {
        const int x0 = int(std::floor(r.left() / Cell)), x1 = int(std::floor(r.right() / Cell));
        const int y0 = int(std::floor(r.top() / Cell)), y1 = int(std::floor(r.bottom() / Cell));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f((quint64(quint32(y)) << 32) | quint32(x));
    }
    void add(const Shape &shape)
    {
        const int index = int(m_shapes.size());
        m_shapes << shape;
        // Far off-screen parts of huge discs need no cells.
        forCells(
            shape.rect.intersected(QRectF(-4096, -4096, 16384, 16384)), [&](quint64 cell) { m_cells[cell] << index; });
    }

    QList<Shape> m_shapes;
    QHash<quint64, QList<int>> m_cells;
};

QFont labelFont(const QPainter *painter, bool important)
{
    QFont font = painter->font();
    font.setPixelSize(important ? 13 : 11);
    font.setBold(important);
    return font;
}
} // namespace

void NetworkPainter::paintLabels(QPainter *painter, const QTransform &sceneToDevice, const QRectF &device, double scale,
    const NetworkEmphasis &emphasis, const QList<QRectF> &blocked, bool onlyStrong,
    QHash<QString, QRectF> *placed) const
{
    const auto &nodes = m_scene.nodes();
    QSet<int> strongNodes, strongEdges;
    emphasised(emphasis, &strongNodes, &strongEdges);
    const bool anyStrong = !emphasis.isEmpty();
    // Candidates by importance: emphasised first, then by rank.
    // Small networks try every name (the placement drops what does not fit); large ones by zoom.
    const bool tryAll = nodes.size() <= 200;
    QList<int> order;
    for (int i = 0; i < int(nodes.size()); ++i) {
        const NetworkNode &node = nodes[i];
        const bool strong = strongNodes.contains(i);
        if (onlyStrong && !strong)
            continue;
        if (anyStrong && !strong && node.rank >= AlwaysLabelled)
            continue;
        if (!strong && !tryAll && node.rank >= AlwaysLabelled && node.radius * scale < LabelRadius)
            continue;
        if (!device.contains(sceneToDevice.map(node.pos)))
            continue;
        order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool sa = strongNodes.contains(a), sb = strongNodes.contains(b);
        return sa != sb ? sa : nodes[a].rank < nodes[b].rank;
    });
    if (order.size() > 600)
        order.resize(600);

    Occupancy taken;
    for (const QRectF &r : blocked)
        taken.take(r.intersected(device.adjusted(-1, -1, 1, 1)));
    // Discs of the companies being labelled stay uncovered too.
    for (int i : std::as_const(order)) {
        const QPointF c = sceneToDevice.map(nodes[i].pos);
        const double r = nodes[i].radius * scale;
        if (r >= 3)
            taken.takeDisc(c, r);
    }
    painter->save();
    for (int i : std::as_const(order)) {
        const NetworkNode &node = nodes[i];
        const bool important = node.rank < AlwaysLabelled || emphasis.selectedNode == i || emphasis.hoverNode == i;
        const QFont font = labelFont(painter, important);
        const QFontMetricsF metrics(font);
        const QSizeF size(metrics.horizontalAdvance(node.name) + 6, metrics.height() + 2);
        const QPointF c = sceneToDevice.map(node.pos);
        const double r = node.radius * scale + 2;
        // Eight places around the disc: right, left, below, above, then the diagonals.
        auto placeAt = [&](int k, QSizeF box) {
            const QPointF offsets[] = {
                {r, -box.height() / 2},
                {-r - box.width(), -box.height() / 2},
                {-box.width() / 2, r},
                {-box.width() / 2, -r - box.height()},
                {r * 0.7, r * 0.7},
                {-r * 0.7 - box.width(), r * 0.7},
                {r * 0.7, -r * 0.7 - box.height()},
                {-r * 0.7 - box.width(), -r * 0.7 - box.height()},
            };
            return QRectF(c + offsets[k], box);
        };
        constexpr int Places = 8;
        QList<int> tries;
        // Where an earlier pass put this name first (in its font then, which may have been
        // smaller): a name drawn over the faded frame then covers its faded self.
        const QRectF earlier = placed ? placed->value(node.id) : QRectF();
        for (int k = 0; k < Places && !earlier.isNull(); ++k) {
            if (placeAt(k, earlier.size()) == earlier)
                tries << k;
        }
        for (int k = 0; k < Places; ++k)
            tries << k;
        std::optional<QRectF> place;
        for (int k : std::as_const(tries)) {
            const QRectF rect = placeAt(k, size);
            if (taken.isFree(rect) && device.contains(rect)) {
                place = rect;
                break;
            }
        }
        if (!place)
            continue;
        taken.take(*place);
        if (placed)
            placed->insert(node.id, *place);
        const bool weak = anyStrong && !strongNodes.contains(i);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, weak ? 120 : 205));
        painter->drawRoundedRect(*place, 3, 3);
        painter->setFont(font);
        painter->setPen(weak ? QColor(0, 0, 0, 90) : QColor(0x1A, 0x1A, 0x1A));
        painter->drawText(*place, Qt::AlignCenter, node.name);
    }
    // Merged edges carry their count and sum where there is room.
    if (m_scene.options().mergeParallel && !onlyStrong) {
        const Formatter format(m_language);
        QFont font = painter->font();
        font.setPixelSize(10);
        painter->setFont(font);
        const QFontMetricsF metrics(font);
        for (const NetworkEdge &edge : m_scene.edges()) {
            if (edge.dealIds.size() < 2)
                continue;
            const QPointF a = sceneToDevice.map(nodes[edge.from].pos), b = sceneToDevice.map(nodes[edge.to].pos);
            if (QLineF(a, b).length() < 90)
                continue;
            const QString text
                = tr("%n deal(s)", nullptr, int(edge.dealIds.size())) + QStringLiteral(" · ") + format.money(edge.sum);
            const QPointF m = sceneToDevice.map(
                0.25 * nodes[edge.from].pos + 0.5 * m_scene.controlPoint(edge) + 0.25 * nodes[edge.to].pos);
            const QSizeF size(metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
            const QRectF rect(m - QPointF(size.width() / 2, size.height() / 2), size);
            if (!taken.isFree(rect) || !device.contains(rect))
                continue;
            taken.take(rect);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 255, 255, 190));
            painter->drawRoundedRect(rect, 3, 3);
            painter->setPen(QColor(0x33, 0x33, 0x33));
            painter->drawText(rect, Qt::AlignCenter, text);
        }
    }
    painter->restore();
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

    // Size scale: the largest value and a round value near a quarter of it.
    QList<double> sizeValues;
    const SizeMeasure measure = m_scene.options().sizeMeasure;
    if (m_scene.maxMeasure() > 0) {
        sizeValues << m_scene.maxMeasure();
        const double quarter = m_scene.maxMeasure() / 4;
        const double magnitude = std::pow(10.0, std::floor(std::log10(quarter)));
        const double rounded = std::max(1.0, std::round(quarter / magnitude) * magnitude);
        if (rounded < m_scene.maxMeasure() * 0.8)
            sizeValues << rounded;
    }
    auto sizeText = [&](double value) {
        return measure == SizeMeasure::DealCount ? format.number(value, 0)
                                                 : format.money(Money::fromUsd(qint64(value)));
    };
    const double maxDisc = std::min(NetworkPicture::MaxRadius * scale, 22.0);
    const double discScale = NetworkPicture::MaxRadius * scale > 0 ? maxDisc / (NetworkPicture::MaxRadius * scale) : 1;

    struct Line
    {
        enum Kind { Heading, Dot, Stroke, Disc } kind;
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
        lines << Line {Line::Stroke, enumDisplayName(kind), Palette::dealKind(kind)};
    if (mixed)
        lines << Line {Line::Stroke, tr("Several kinds"), QColor(0x44, 0x44, 0x44)};
    lines << Line {Line::Heading, tr("Amounts"), {}};
    lines << Line {Line::Stroke, tr("committed or reported"), QColor(0x55, 0x55, 0x55), EdgeStyle::Solid};
    lines << Line {Line::Stroke, tr("up to or estimated"), QColor(0x55, 0x55, 0x55), EdgeStyle::Dashed};
    lines << Line {Line::Stroke, tr("undisclosed"), QColor(0x55, 0x55, 0x55), EdgeStyle::Dotted};
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
