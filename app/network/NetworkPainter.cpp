#include "network/NetworkPainter.h"

#include "network/FastRaster.h"

#include "format/Formatter.h"
#include "format/Palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {
constexpr int FadedAlpha = 38;
constexpr int SupersededAlpha = 90; // a deal another deal shown replaced: visible, but set back
const QColor MixedColor(0x44, 0x44, 0x44);

Qt::PenStyle penStyle(EdgeStyle style)
{
    switch (style) {
    case EdgeStyle::Solid: return Qt::SolidLine;
    case EdgeStyle::Dashed: return Qt::DashLine;
    case EdgeStyle::Dotted: return Qt::DotLine;
    }
    return Qt::SolidLine;
}

QColor faded(QColor c, int alpha = FadedAlpha)
{
    c.setAlpha(alpha);
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
    paintWorld(painter, exposed, scale, emphasis, false);
}

void NetworkPainter::paintEmphasis(
    QPainter *painter, const QRectF &exposed, double scale, const NetworkEmphasis &emphasis) const
{
    if (!emphasis.isEmpty())
        paintWorld(painter, exposed, scale, emphasis, true);
}

void NetworkPainter::paintWorld(
    QPainter *painter, const QRectF &exposed, double scale, const NetworkEmphasis &emphasis, bool onlyStrong) const
{
    const auto &nodes = m_scene.nodes();
    const auto &edges = m_scene.edges();
    QSet<int> strongNodes, strongEdges;
    emphasised(emphasis, &strongNodes, &strongEdges);
    const bool anyStrong = !emphasis.isEmpty();
    const double px = 1.0 / scale; // one device pixel in scene units
    const QRectF view = exposed.adjusted(
        -NetworkPicture::MaxRadius, -NetworkPicture::MaxRadius, NetworkPicture::MaxRadius, NetworkPicture::MaxRadius);
    const bool arrows = 9 * scale >= 4; // arrowheads only where they are a few pixels or more
    const bool fast = FastRaster::canDraw(painter);

    // Colours by deal kind, looked up once rather than per edge.
    constexpr int KindCount = int(DealKind::Loan) + 1;
    QColor kindColors[KindCount];
    QRgb kindRgb[KindCount];
    for (DealKind kind : enumValues<DealKind>()) {
        kindColors[int(kind)] = Palette::dealKind(kind);
        kindRgb[int(kind)] = kindColors[int(kind)].rgb();
    }
    const QRgb mixedRgb = MixedColor.rgb();
    auto colorOf = [&](const NetworkEdge &edge) -> const QColor & {
        return edge.mixedKinds ? MixedColor : kindColors[int(edge.kind)];
    };
    // Where the nodes are, packed: each edge looks up both ends, and the nodes themselves are too
    // large for the cache (a fitted 100k network spent most of its edge time waiting for them).
    struct Spot
    {
        QPointF pos;
        double radius;
    };
    std::vector<Spot> spots(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i)
        spots[i] = {nodes[i].pos, nodes[i].radius};

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
    // A handful of batches: found by a linear search from the one used last (edges of one kind
    // tend to follow each other), not by hashing every edge's key.
    std::vector<std::pair<quint64, Batch>> batches;
    size_t lastBatch = 0;
    auto batchFor = [&](quint64 key) -> Batch & {
        if (lastBatch < batches.size() && batches[lastBatch].first == key)
            return batches[lastBatch].second;
        for (size_t k = 0; k < batches.size(); ++k) {
            if (batches[k].first == key) {
                lastBatch = k;
                return batches[k].second;
            }
        }
        lastBatch = batches.size();
        batches.emplace_back(key, Batch {});
        return batches.back().second;
    };
    // The dashed halos of edges that have up-to or estimated money beside firm money, drawn under
    // the lines, one path per colour and width.
    QHash<quint64, Batch> halos;
    auto addEdge = [&](int i) {
        const NetworkEdge &edge = edges[i];
        if (edge.from == emphasis.hiddenNode || edge.to == emphasis.hiddenNode)
            return;
        const Spot &a = spots[size_t(edge.from)];
        const Spot &b = spots[size_t(edge.to)];
        // Outside the exposed area (a curve bulges out by up to its bend times its length).
        const double w = std::abs(b.pos.x() - a.pos.x()), h = std::abs(b.pos.y() - a.pos.y());
        const double bulge = edge.bend == 0 ? 0 : std::abs(edge.bend) * (w + h);
        if (std::max(a.pos.x(), b.pos.x()) + bulge < view.left()
            || std::min(a.pos.x(), b.pos.x()) - bulge > view.right()
            || std::max(a.pos.y(), b.pos.y()) + bulge < view.top()
            || std::min(a.pos.y(), b.pos.y()) - bulge > view.bottom())
            return;
        const bool strong = anyStrong && strongEdges.contains(i);
        const bool weak = anyStrong && !strong;
        const bool replaced = edge.superseded && !strong && !weak;
        const double width = std::max(edge.width * (strong ? 1.25 : 1.0), 0.7 * px);
        // Hairlines (drawn solid, one pixel) share one batch per colour whatever their width.
        const bool hairline = width * scale < 2.0;
        const int widthKey = hairline ? 0 : int(std::lround(width * scale * 2));
        const QRgb rgb = edge.mixedKinds ? mixedRgb : kindRgb[int(edge.kind)];
        const quint64 key = (quint64(rgb & 0xFFFFFF) << 24)
            | (quint64(hairline ? EdgeStyle::Solid : edge.style) << 20)
            | (quint64(weak       ? 1
                       : strong   ? 2
                       : replaced ? 3
                                  : 0)
                << 18)
            | quint64(widthKey & 0x3FFFF);
        Batch &batch = batchFor(key);
        if (batch.lines.isEmpty() && batch.curves.isEmpty()) {
            const QColor &color = colorOf(edge);
            batch.color = weak ? faded(color) : replaced ? faded(color, SupersededAlpha) : color;
            batch.style = edge.style;
            batch.width = width;
        }
        const QPointF ab = b.pos - a.pos;
        const QPointF c = NetworkPicture::controlPoint(a.pos, b.pos, edge.bend);
        // Start and end on the node outlines; the arrowhead ends at the receiver's outline.
        const QPointF startDir = edge.bend == 0 ? ab : c - a.pos;
        const QPointF endDir = edge.bend == 0 ? ab : b.pos - c;
        const double ls = std::sqrt(QPointF::dotProduct(startDir, startDir));
        const double le = edge.bend == 0 ? ls : std::sqrt(QPointF::dotProduct(endDir, endDir));
        if (ls < 1e-9 || le < 1e-9 || QPointF::dotProduct(ab, ab) <= (a.radius + b.radius) * (a.radius + b.radius))
            return;
        const QPointF start = a.pos + startDir / ls * a.radius;
        const QPointF tip = b.pos - endDir / le * b.radius;
        const double headLength = std::max(9.0, width * 2.6);
        const bool head = arrows && headLength * scale >= 5;
        const QPointF unit = endDir / le;
        const QPointF end = head ? tip - unit * headLength * 0.8 : tip;
        if (edge.haloWidth > edge.width && !weak) {
            const QColor &color = colorOf(edge);
            const double haloWidth = edge.haloWidth * (strong ? 1.25 : 1.0);
            Batch &halo = halos[(quint64(color.rgb() & 0xFFFFFF) << 24) | quint64(std::lround(haloWidth * scale * 2))];
            halo.color = replaced ? faded(color, SupersededAlpha) : color;
            halo.width = haloWidth;
            halo.style = EdgeStyle::Dashed;
            if (edge.bend == 0) {
                halo.lines << QLineF(start, end);
            } else {
                halo.curves.moveTo(start);
                halo.curves.quadTo(c, end);
            }
        }
        if (edge.bend == 0) {
            batch.lines << QLineF(start, end);
        } else if (fast && hairline) {
            // A curved hairline as a few straight pieces, for the fast raster path.
            const double pixels = (std::abs(end.x() - start.x()) + std::abs(end.y() - start.y())) * scale;
            const int pieces = std::clamp(int(pixels / 12), 2, 16);
            QPointF previous = start;
            for (int k = 1; k <= pieces; ++k) {
                const double t = double(k) / pieces;
                const QPointF next = (1 - t) * (1 - t) * start + 2 * t * (1 - t) * c + t * t * end;
                batch.lines << QLineF(previous, next);
                previous = next;
            }
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
    };
    if (onlyStrong) {
        for (int i : std::as_const(strongEdges))
            addEdge(i);
    } else {
        for (int i = 0; i < int(edges.size()); ++i)
            addEdge(i);
    }
    // Faded first, then superseded, then normal, then emphasised on top.
    std::sort(batches.begin(), batches.end(), [](const auto &x, const auto &y) {
        static constexpr int order[] = {2, 0, 3, 1}; // by level: normal, faded, strong, superseded
        const quint64 a = x.first, b = y.first;
        const int oa = order[(a >> 18) & 3], ob = order[(b >> 18) & 3];
        return oa != ob ? oa < ob : a < b;
    });
    painter->save();
    for (const Batch &halo : std::as_const(halos)) {
        QColor c = halo.color;
        c.setAlphaF(c.alphaF() * 0.35);
        QPen pen(c, halo.width, Qt::DashLine, Qt::FlatCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (!halo.lines.isEmpty())
            painter->drawLines(halo.lines);
        if (!halo.curves.isEmpty())
            painter->drawPath(halo.curves);
    }
    for (const auto &[key, batch] : batches) {
        const bool hairline = batch.width * scale < 2.0;
        QPen pen(batch.color, batch.width, penStyle(batch.style), Qt::FlatCap);
        if (batch.style == EdgeStyle::Dotted)
            pen.setCapStyle(Qt::RoundCap);
        if (hairline) {
            // Hairlines: dash patterns of sub-pixel pens cost much and show nothing.
            pen = QPen(batch.color, 0, Qt::SolidLine);
            pen.setCosmetic(true);
        }
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (!batch.lines.isEmpty()) {
            if (fast && hairline)
                FastRaster::drawLines(painter, batch.lines.constData(), batch.lines.size(), batch.color);
            else
                painter->drawLines(batch.lines);
        }
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
    const double rim = 1.2 * px; // white outline, so that discs stand apart from edges and each other
    painter->setPen(Qt::NoPen);
    auto addNode = [&](int i) {
        const NetworkNode &node = nodes[i];
        if (!view.contains(node.pos) || i == emphasis.hiddenNode)
            return;
        const bool weak = anyStrong && !strongNodes.contains(i);
        const QColor color = weak ? faded(Palette::companyKind(node.kind)) : Palette::companyKind(node.kind);
        if (node.radius * scale < 2.5) {
            points[int(color.rgba())] << node.pos;
            return;
        }
        if (node.unmeasured) {
            // No valuation to size it by: hollow, with a dashed outline in the kind's colour.
            painter->setBrush(m_theme.paper);
            painter->setPen(QPen(color, 1.5 * px, Qt::DashLine));
            painter->drawEllipse(node.pos, node.radius, node.radius);
            painter->setPen(Qt::NoPen);
            return;
        }
        // The rim only where it shows. Two filled discs cost half of one stroked outline.
        if (!weak && node.radius * scale >= 4) {
            painter->setBrush(m_theme.paper);
            painter->drawEllipse(node.pos, node.radius + rim / 2, node.radius + rim / 2);
            painter->setBrush(color);
            painter->drawEllipse(node.pos, node.radius - rim / 2, node.radius - rim / 2);
            return;
        }
        painter->setBrush(color);
        painter->drawEllipse(node.pos, node.radius, node.radius);
    };
    if (onlyStrong) {
        // Largest first, so that small partners stay visible on top of big discs.
        QList<int> strong(strongNodes.cbegin(), strongNodes.cend());
        std::sort(strong.begin(), strong.end(), [&](int a, int b) { return nodes[a].rank < nodes[b].rank; });
        for (int i : std::as_const(strong))
            addNode(i);
    } else {
        for (int i = 0; i < int(nodes.size()); ++i)
            addNode(i);
    }
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        const QColor color = QColor::fromRgba(QRgb(it.key()));
        if (fast) {
            FastRaster::drawDots(painter, it.value().constData(), it.value().size(), color, 3);
            continue;
        }
        QPen dot(color, 3, Qt::SolidLine, Qt::SquareCap);
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
    ring(emphasis.hoverNode, m_theme.softInk);
    ring(emphasis.selectedNode, m_theme.ink);
    painter->restore();
}

NetworkTheme NetworkTheme::forPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return {};
    NetworkTheme theme;
    theme.dark = true;
    theme.paper = base;
    theme.ink = palette.color(QPalette::Text).lightness() > 160 ? palette.color(QPalette::Text) : QColor(0xEE, 0xEE, 0xEE);
    theme.softInk = QColor(0xD0, 0xD0, 0xD0);
    theme.mutedInk = QColor(0xB0, 0xB0, 0xB0);
    theme.rule = QColor(0x70, 0x70, 0x70);
    theme.disc = QColor(0x80, 0x80, 0x80);
    return theme;
}
