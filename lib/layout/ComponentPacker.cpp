#include "layout/ComponentPacker.h"

#include <algorithm>
#include <cmath>

void ComponentPacker::add(const std::vector<int> &nodes, const std::vector<QPointF> &positions, bool anchored)
{
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (size_t k = 0; k < positions.size(); ++k) {
        const QPointF &p = positions[k];
        if (k == 0 || p.x() < minX)
            minX = p.x();
        if (k == 0 || p.x() > maxX)
            maxX = p.x();
        if (k == 0 || p.y() < minY)
            minY = p.y();
        if (k == 0 || p.y() > maxY)
            maxY = p.y();
    }
    m_parts.push_back({&nodes, &positions, anchored, QRectF(QPointF(minX, minY), QPointF(maxX, maxY))});
}

void ComponentPacker::pack(std::vector<QPointF> &result) const
{
    QRectF anchoredBounds;
    bool anyAnchored = false;
    double area = 0, widest = 0;
    for (const Part &part : m_parts) {
        if (part.anchored) {
            // QRectF::united() ignores empty rectangles, and a lone pinned node has one.
            const QRectF &b = part.bounds;
            anchoredBounds = !anyAnchored
                ? b
                : QRectF(QPointF(std::min(anchoredBounds.left(), b.left()), std::min(anchoredBounds.top(), b.top())),
                    QPointF(
                        std::max(anchoredBounds.right(), b.right()), std::max(anchoredBounds.bottom(), b.bottom())));
            anyAnchored = true;
            for (size_t k = 0; k < part.nodes->size(); ++k)
                result[(*part.nodes)[k]] = (*part.positions)[k];
        } else {
            const double w = part.bounds.width() + m_gap, h = part.bounds.height() + m_gap;
            area += w * h;
            widest = std::max(widest, w);
        }
    }
    // Shelves about as wide as the packed area is high (a little wider: screens are landscape).
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.4);
    const double startX = !anyAnchored ? 0 : anchoredBounds.right() + 2 * m_gap;
    const double startY = !anyAnchored ? 0 : anchoredBounds.top();
    double x = startX, y = startY, rowHeight = 0;
    for (const Part &part : m_parts) {
        if (part.anchored)
            continue;
        const double w = part.bounds.width() + m_gap, h = part.bounds.height() + m_gap;
        if (x > startX && x + w > startX + rowWidth) {
            x = startX;
            y += rowHeight;
            rowHeight = 0;
        }
        const QPointF shift(x - part.bounds.left(), y - part.bounds.top());
        for (size_t k = 0; k < part.nodes->size(); ++k)
            result[(*part.nodes)[k]] = (*part.positions)[k] + shift;
        x += w;
        rowHeight = std::max(rowHeight, h);
    }
}
