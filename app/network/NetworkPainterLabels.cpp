// The company labels of NetworkPainter, placed in device coordinates so that none overlaps another
// label, a disc or the legend.
#include "network/NetworkPainter.h"

#include "format/Formatter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr int AlwaysLabelled = NetworkPainter::AlwaysLabelled;

// One of the largest companies by the size measure (not one without a measure, ranked anyhow).
bool isHub(const NetworkNode &node)
{
    return node.rank < AlwaysLabelled && node.measure > 0;
}
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
        if ((onlyStrong && !strong) || i == emphasis.hiddenNode)
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
    // For the largest companies, whose names never give way: only other names, the legend and
    // the other hubs' discs count (a small disc may lie under a hub's name).
    Occupancy forHubs;
    for (const QRectF &r : blocked) {
        taken.take(r.intersected(device.adjusted(-1, -1, 1, 1)));
        forHubs.take(r.intersected(device.adjusted(-1, -1, 1, 1)));
    }
    // Discs of the companies being labelled stay uncovered too.
    for (int i : std::as_const(order)) {
        const QPointF c = sceneToDevice.map(nodes[i].pos);
        const double r = nodes[i].radius * scale;
        if (r >= 3)
            taken.takeDisc(c, r);
        if (r >= 3 && isHub(nodes[i]))
            forHubs.takeDisc(c, r);
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
        if (!place && isHub(node)) {
            // A hub's name: over small discs if need be, moved inside the view at its edges.
            const auto inside = [&device](QRectF rect) {
                rect.moveLeft(std::clamp(rect.left(), device.left(), std::max(device.left(), device.right() - rect.width())));
                rect.moveTop(std::clamp(rect.top(), device.top(), std::max(device.top(), device.bottom() - rect.height())));
                return rect;
            };
            for (int k = 0; k < Places && !place; ++k) {
                const QRectF rect = inside(placeAt(k, size));
                if (forHubs.isFree(rect) && device.contains(rect))
                    place = rect;
            }
        }
        if (!place)
            continue;
        taken.take(*place);
        forHubs.take(*place);
        if (placed)
            placed->insert(node.id, *place);
        const bool weak = anyStrong && !strongNodes.contains(i);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_theme.panel(weak ? 120 : 205));
        painter->drawRoundedRect(*place, 3, 3);
        painter->setFont(font);
        painter->setPen(weak ? m_theme.inkAlpha(90) : m_theme.ink);
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
            painter->setBrush(m_theme.panel(190));
            painter->drawRoundedRect(rect, 3, 3);
            painter->setPen(m_theme.softInk);
            painter->drawText(rect, Qt::AlignCenter, text);
        }
    }
    painter->restore();
}
