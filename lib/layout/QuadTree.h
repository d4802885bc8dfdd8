#pragma once

#include <vector>

// A Barnes–Hut quadtree over weighted points, rebuilt every iteration of a force layout. Built by
// recursive partitioning of an index array (no per-node allocation); coincident points end in a
// leaf at the depth limit instead of recursing forever.
class QuadTree
{
public:
    void build(const std::vector<double> &x, const std::vector<double> &y, const std::vector<double> &mass);
    // Sum over all other points j of mass_j * (p - p_j) / |p - p_j|^2, approximated with the
    // opening criterion theta; self is the index of the point itself (skipped).
    // Thread-safe: several threads may query one tree at once.
    void repulsion(int self, double px, double py, double theta, double &fx, double &fy) const;
    // The points in the tree's order (near ones together): visiting them in this order keeps the
    // cells each visit reads in the cache, for the same forces.
    const std::vector<int> &order() const { return m_order; }

private:
    struct Cell
    {
        double cx = 0, cy = 0, half = 0; // square: centre and half side
        double mx = 0, my = 0, mass = 0; // centre of mass, total mass
        int child = -1; // index of first of 4 children, -1 for a leaf
        int begin = 0, end = 0; // range in m_order for leaves
    };
    void buildCell(int cell, int begin, int end, int depth);

    const std::vector<double> *m_x = nullptr;
    const std::vector<double> *m_y = nullptr;
    const std::vector<double> *m_mass = nullptr;
    std::vector<Cell> m_cells;
    std::vector<int> m_order;
    // Each point's coordinates and mass in m_order's order, so that a leaf reads them in a row.
    struct Point
    {
        double x, y, mass;
    };
    std::vector<Point> m_points;
};
