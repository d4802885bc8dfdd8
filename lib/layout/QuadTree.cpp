#include "layout/QuadTree.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
constexpr int MaxDepth = 24;
constexpr int LeafSize = 4;
} // namespace

void QuadTree::build(const std::vector<double> &x, const std::vector<double> &y, const std::vector<double> &mass)
{
    m_x = &x;
    m_y = &y;
    m_mass = &mass;
    const int n = int(x.size());
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    m_cells.clear();
    m_cells.reserve(size_t(n) * 2 + 1);
    if (n == 0)
        return;
    double minX = x[0], maxX = x[0], minY = y[0], maxY = y[0];
    for (int i = 1; i < n; ++i) {
        minX = std::min(minX, x[i]);
        maxX = std::max(maxX, x[i]);
        minY = std::min(minY, y[i]);
        maxY = std::max(maxY, y[i]);
    }
    Cell root;
    root.cx = (minX + maxX) / 2;
    root.cy = (minY + maxY) / 2;
    root.half = std::max(maxX - minX, maxY - minY) / 2 + 1e-9;
    m_cells.push_back(root);
    buildCell(0, 0, n, 0);
    m_points.resize(size_t(n));
    for (int k = 0; k < n; ++k) {
        const int i = m_order[size_t(k)];
        m_points[size_t(k)] = {x[size_t(i)], y[size_t(i)], mass[size_t(i)]};
    }
}

void QuadTree::buildCell(int cell, int begin, int end, int depth)
{
    double mass = 0, mx = 0, my = 0;
    for (int k = begin; k < end; ++k) {
        const int i = m_order[k];
        const double w = (*m_mass)[i];
        mass += w;
        mx += w * (*m_x)[i];
        my += w * (*m_y)[i];
    }
    Cell &c = m_cells[cell];
    c.mass = mass;
    c.mx = mass > 0 ? mx / mass : c.cx;
    c.my = mass > 0 ? my / mass : c.cy;
    c.begin = begin;
    c.end = end;
    if (end - begin <= LeafSize || depth >= MaxDepth)
        return;
    const double cx = c.cx, cy = c.cy, half = c.half / 2;
    auto *first = m_order.data() + begin;
    auto *last = m_order.data() + end;
    const auto &xs = *m_x;
    const auto &ys = *m_y;
    auto *midY = std::partition(first, last, [&](int i) { return ys[i] < cy; });
    auto *midX0 = std::partition(first, midY, [&](int i) { return xs[i] < cx; });
    auto *midX1 = std::partition(midY, last, [&](int i) { return xs[i] < cx; });
    const int bounds[5]
        = {begin, int(midX0 - m_order.data()), int(midY - m_order.data()), int(midX1 - m_order.data()), end};
    const int firstChild = int(m_cells.size());
    m_cells[cell].child = firstChild;
    for (int q = 0; q < 4; ++q) {
        Cell child;
        child.cx = cx + ((q & 1) ? half : -half);
        child.cy = cy + ((q & 2) ? half : -half);
        child.half = half;
        m_cells.push_back(child);
    }
    for (int q = 0; q < 4; ++q)
        buildCell(firstChild + q, bounds[q], bounds[q + 1], depth + 1);
}

void QuadTree::repulsion(int self, double px, double py, double theta, double &fx, double &fy) const
{
    fx = fy = 0;
    if (m_cells.empty())
        return;
    const double theta2 = theta * theta;
    int stack[4 * MaxDepth + 8]; // depth-first: at most 3 pending siblings per level
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Cell &c = m_cells[stack[--top]];
        if (c.mass <= 0)
            continue;
        const double dx = px - c.mx, dy = py - c.my;
        const double d2 = dx * dx + dy * dy;
        const double side = 2 * c.half;
        if (c.child >= 0 && side * side < theta2 * d2) {
            fx += c.mass * dx / d2;
            fy += c.mass * dy / d2;
        } else if (c.child >= 0) {
            for (int q = 0; q < 4; ++q)
                stack[top++] = c.child + q;
        } else {
            for (int k = c.begin; k < c.end; ++k) {
                const int j = m_order[k];
                if (j == self)
                    continue;
                const Point &p = m_points[size_t(k)];
                double ex = px - p.x, ey = py - p.y;
                double e2 = ex * ex + ey * ey;
                if (e2 < 1e-12) { // coincident: push apart in a direction fixed by the indices
                    const double a = double((self * 7919 + j * 104729) % 6283) / 1000.0;
                    ex = std::cos(a) * 1e-3;
                    ey = std::sin(a) * 1e-3;
                    e2 = 1e-6;
                }
                fx += p.mass * ex / e2;
                fy += p.mass * ey / e2;
            }
        }
    }
}
