#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

// Places separately laid-out components side by side in shelves (rows), largest first, so that
// small islands sit next to the main network instead of flying off. Components holding pinned
// nodes keep their coordinates; the others are packed to the right of them.
class ComponentPacker
{
public:
    explicit ComponentPacker(double gap)
        : m_gap(gap)
    {
    }
    // nodes: global indices; positions: local, one per node.
    void add(const std::vector<int> &nodes, const std::vector<QPointF> &positions, bool anchored);
    void pack(std::vector<QPointF> &result) const;

private:
    struct Part
    {
        const std::vector<int> *nodes;
        const std::vector<QPointF> *positions;
        bool anchored;
        QRectF bounds;
    };
    double m_gap;
    std::vector<Part> m_parts;
};
