#include "BenchGraph.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

LayoutScore LayoutScore::of(const BenchGraph &g, const std::vector<QPointF> &pos)
{
    auto d = [&](int a, int b) { return std::hypot(pos[a].x() - pos[b].x(), pos[a].y() - pos[b].y()); };
    LayoutScore s;
    double edgeSum = 0;
    for (const auto &[a, b] : g.edges)
        edgeSum += d(a, b);
    const double meanEdge = edgeSum / double(g.edges.size());
    std::mt19937 rng(1);
    auto below = [&](int k) { return std::uniform_int_distribution<int>(0, k - 1)(rng); };
    double randSum = 0;
    int randCount = 0;
    for (int k = 0; k < 20000; ++k) {
        const int a = below(g.n), b = below(g.n);
        if (a != b) {
            randSum += d(a, b);
            ++randCount;
        }
    }
    const double meanRand = randSum / std::max(1, randCount);
    s.edgeRatio = meanEdge / meanRand;

    double x0 = pos[0].x(), x1 = x0, y0 = pos[0].y(), y1 = y0;
    for (const QPointF &p : pos) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    const double area = std::max(1e-300, (x1 - x0) * (y1 - y0));
    const double cell = std::sqrt(area / g.n);
    std::map<std::pair<long, long>, std::vector<int>> grid;
    auto key = [&](QPointF p) { return std::pair(long(std::floor(p.x() / cell)), long(std::floor(p.y() / cell))); };
    for (int i = 0; i < g.n; ++i)
        grid[key(pos[i])].push_back(i);
    std::vector<double> nn;
    nn.reserve(g.n);
    for (int i = 0; i < g.n; ++i) {
        const auto [cx, cy] = key(pos[i]);
        double best = std::numeric_limits<double>::infinity();
        for (long r = 1;; r *= 2) {
            for (long dx = -r; dx <= r; ++dx)
                for (long dy = -r; dy <= r; ++dy) {
                    const auto it = grid.find({cx + dx, cy + dy});
                    if (it == grid.end())
                        continue;
                    for (int j : it->second)
                        if (j != i)
                            best = std::min(best, d(i, j));
                }
            if (best <= r * cell || r > 64)
                break;
        }
        nn.push_back(best);
    }
    std::sort(nn.begin(), nn.end());
    s.nnRatio = nn[nn.size() / 2] / cell;

    std::map<int, std::vector<int>> bySector;
    for (int i = 0; i < g.n; ++i)
        bySector[g.sector[i]].push_back(i);
    std::vector<const std::vector<int> *> groups;
    for (const auto &[k, members] : bySector)
        if (members.size() > 1)
            groups.push_back(&members);
    if (groups.size() > 1) {
        double same = 0;
        int count = 0;
        while (count < 20000) {
            const auto &grp = *groups[below(int(groups.size()))];
            const int a = grp[below(int(grp.size()))], b = grp[below(int(grp.size()))];
            if (a != b) {
                same += d(a, b);
                ++count;
            }
        }
        s.sectorRatio = (same / count) / meanRand;
    }
    return s;
}
