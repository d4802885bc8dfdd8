#include "network/NetworkPainter.h"

#include "format/Formatter.h"
#include "format/Palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {
constexpr int FadedAlpha = 38;
const QColor MixedColor(0x44, 0x44, 0x44);

QColor edgeColor(const NetworkEdge &edge)
{
    return edge.mixedKinds ? MixedColor : Palette::dealKind(edge.kind);
}

Qt::PenStyle penStyle(EdgeStyle style)
{
    switch (style) {
    case EdgeStyle::Solid: return Qt::SolidLine;
    case EdgeStyle::Dashed: return Qt::DashLine;
    case EdgeStyle::Dotted: return Qt::DotLine;
    }
    return Qt::SolidLine;
}

QColor faded(QColor c)
{
    c.setAlpha(FadedAlpha);
    return c;
}
} // namespace

void NetworkPainter::emphasised(const NetworkEmphasis &emphasis, QSet<int> *nodes, QSet<int> *edges) const
{
    const auto &all = m_scene.edges();
    auto addNode = [&](int node) {
        if (node < 0)
            return;
        nodes->insert(node);
        for (int i = 0; i < int(all.size()); ++i) {
            if (all[i].from == node || all[i].to == node) {
                edges->insert(i);
                nodes->insert(all[i].from);
                nodes->insert(all[i].to);
            }
        }
    };
    auto addEdge = [&](int edge) {
        if (edge < 0 || edge >= int(all.size()))
            return;
        edges->insert(edge);
        nodes->insert(all[edge].from);
        nodes->insert(all[edge].to);
    };
    addNode(emphasis.hoverNode);
    addNode(emphasis.selectedNode);
    addEdge(emphasis.hoverEdge);
    addEdge(emphasis.selectedEdge);
    for (int edge : emphasis.highlightedEdges)
        addEdge(edge);
}

void NetworkPainter::paintWorld(
    QPainter *painter, const QRectF &exposed, double scale, const NetworkEmphasis &emphasis) const
{
    const auto &nodes = m_scene.nodes();
    const auto &edges = m_scene.edges();
    QSet<int> strongNodes, strongEdges;
    emphasised(emphasis, &strongNodes, &strongEdges);
    const bool anyStrong = !emphasis.isEmpty();
    const double px = 1.0 / scale; // one device pixel in scene units
    const QRectF view = exposed.adjusted(
        -NetworkScene::MaxRadius, -NetworkScene::MaxRadius, NetworkScene::MaxRadius, NetworkScene::MaxRadius);
    const bool arrows = 9 * scale >= 4; // arrowheads only where they are a few pixels or more

    // Edges, batched by colour, style and width: one drawLines call per batch.
    struct Batch
    {
        QColor color;
        EdgeStyle style;
        double width;
        QList<QLineF> lines;
        QPainterPath curves;
        QPainterPath heads;
    };
    QHash<quint64, Batch> batches;
    for (int i = 0; i < int(edges.size()); ++i) {
        const NetworkEdge &edge = edges[i];
        const NetworkNode &a = nodes[edge.from];
        const NetworkNode &b = nodes[edge.to];
        const QRectF box = QRectF(a.pos, b.pos).normalized();
        if (!box.intersects(view)
            && !(edge.bend != 0
                && box.adjusted(-box.height(), -box.width(), box.height(), box.width()).intersects(view)))
            continue;
        const bool strong = anyStrong && strongEdges.contains(i);
        const bool weak = anyStrong && !strong;
        const double width = std::max(edge.width * (strong ? 1.25 : 1.0), 0.7 * px);
        // Hairlines (drawn solid, one pixel) share one batch per colour whatever their width.
        const bool hairline = width * scale < 2.0;
        const int widthKey = hairline ? 0 : int(std::lround(width * scale * 2));
        const quint64 key = (quint64(edgeColor(edge).rgb() & 0xFFFFFF) << 24)
            | (quint64(hairline ? EdgeStyle::Solid : edge.style) << 20)
            | (quint64(weak     ? 1
                       : strong ? 2
                                : 0)
                << 18)
            | quint64(widthKey & 0x3FFFF);
        Batch &batch = batches[key];
        if (batch.lines.isEmpty() && batch.curves.isEmpty()) {
            batch.color = weak ? faded(edgeColor(edge)) : edgeColor(edge);
            batch.style = edge.style;
            batch.width = width;
        }
        const QPointF c = m_scene.controlPoint(edge);
        // Start and end on the node outlines; the arrowhead ends at the receiver's outline.
        const QPointF startDir = (edge.bend == 0 ? b.pos : c) - a.pos;
        const QPointF endDir = b.pos - (edge.bend == 0 ? a.pos : c);
        const double ls = std::hypot(startDir.x(), startDir.y()), le = std::hypot(endDir.x(), endDir.y());
        if (ls < 1e-9 || le < 1e-9 || QLineF(a.pos, b.pos).length() <= a.radius + b.radius)
            continue;
        const QPointF start = a.pos + startDir / ls * a.radius;
        const QPointF tip = b.pos - endDir / le * b.radius;
        const double headLength = std::max(9.0, width * 2.6);
        const bool head = arrows && headLength * scale >= 5;
        const QPointF unit = endDir / le;
        const QPointF end = head ? tip - unit * headLength * 0.8 : tip;
        if (edge.bend == 0) {
            batch.lines << QLineF(start, end);
        } else {
            batch.curves.moveTo(start);
            batch.curves.quadTo(c, end);
        }
        if (head) {
            const QPointF normal(-unit.y(), unit.x());
            const double half = std::max(4.0, width * 1.6) / 2 + width / 2;
            const QPointF base = tip - unit * headLength;
            batch.heads.moveTo(tip);
            batch.heads.lineTo(base + normal * half);
            batch.heads.lineTo(base - normal * half);
            batch.heads.closeSubpath();
        }
    }
    // Faded first, then normal, then emphasised on top.
    QList<quint64> keys = batches.keys();
    std::sort(keys.begin(), keys.end(), [](quint64 a, quint64 b) {
        const int la = int((a >> 18) & 3), lb = int((b >> 18) & 3);
        const int oa = la == 1 ? 0 : la == 0 ? 1 : 2, ob = lb == 1 ? 0 : lb == 0 ? 1 : 2;
        return oa != ob ? oa < ob : a < b;
    });
    painter->save();
    for (quint64 key : std::as_const(keys)) {
        const Batch &batch = batches[key];
        QPen pen(batch.color, batch.width, penStyle(batch.style), Qt::FlatCap);
        if (batch.style == EdgeStyle::Dotted)
            pen.setCapStyle(Qt::RoundCap);
        if (batch.width * scale < 2.0) {
            // Hairlines: dash patterns of sub-pixel pens cost much and show nothing.
            pen = QPen(batch.color, 0, Qt::SolidLine);
            pen.setCosmetic(true);
        }
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (!batch.lines.isEmpty())
            painter->drawLines(batch.lines);
        if (!batch.curves.isEmpty())
            painter->drawPath(batch.curves);
        if (!batch.heads.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(batch.color);
            painter->drawPath(batch.heads);
        }
    }

    // Nodes: discs with a white rim; below a pixel or two, points.
    QHash<int, QList<QPointF>> points;
    const QPen rim(QColor(255, 255, 255), 1.2 * px);
    for (int i = 0; i < int(nodes.size()); ++i) {
        const NetworkNode &node = nodes[i];
        if (!view.contains(node.pos))
            continue;
        const bool weak = anyStrong && !strongNodes.contains(i);
        const QColor color = weak ? faded(Palette::companyKind(node.kind)) : Palette::companyKind(node.kind);
        if (node.radius * scale < 2.5) {
            points[int(color.rgba())] << node.pos;
            continue;
        }
        // The rim only where it shows; stroking thousands of tiny outlines is most of a frame.
        painter->setPen(weak || node.radius * scale < 4 ? QPen(Qt::NoPen) : rim);
        painter->setBrush(color);
        painter->drawEllipse(node.pos, node.radius, node.radius);
    }
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        QPen dot(QColor::fromRgba(QRgb(it.key())), 3, Qt::SolidLine, Qt::SquareCap);
        dot.setCosmetic(true);
        painter->setPen(dot);
        painter->drawPoints(it.value().constData(), int(it.value().size()));
    }
    // Selection rings.
    painter->setBrush(Qt::NoBrush);
    auto ring = [&](int node, QColor color) {
        if (node < 0)
            return;
        painter->setPen(QPen(color, 3 * px));
        const double r = nodes[node].radius + 3 * px;
        painter->drawEllipse(nodes[node].pos, r, r);
    };
    ring(emphasis.hoverNode, QColor(0x33, 0x33, 0x33));
    ring(emphasis.selectedNode, QColor(0x11, 0x11, 0x11));
    painter->restore();
}
