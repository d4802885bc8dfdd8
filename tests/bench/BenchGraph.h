#pragma once

#include <QPointF>

#include <random>
#include <set>
#include <utility>
#include <vector>

// The model of tests/bench/gen_deals.py: preferential attachment with m deals per new
// company, a seed clique, optional sectors (a new deal stays in the buyer's sector with
// probability pIn), random direction. Same model and parameters; a C++ random stream.
struct BenchGraph
{
    int n = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<int> sector;

    static BenchGraph generate(int n, int m, unsigned seed, int sectors, double pIn = 0.9)
    {
        BenchGraph g;
        g.n = n;
        std::mt19937_64 rng(seed * 1000003ull + unsigned(n));
        std::uniform_real_distribution<double> unit(0, 1);
        auto below = [&](size_t k) { return size_t(std::uniform_int_distribution<size_t>(0, k - 1)(rng)); };
        g.sector.resize(n);
        for (int i = 0; i < n; ++i)
            g.sector[i] = sectors ? int(below(size_t(sectors))) : 0;
        const int seedNodes = m + 1;
        for (int u = 0; u < seedNodes; ++u)
            for (int v = u + 1; v < seedNodes; ++v)
                g.edges.push_back(unit(rng) < 0.5 ? std::pair(u, v) : std::pair(v, u));
        std::vector<int> ends;
        std::vector<std::vector<int>> sectorEnds(std::max(sectors, 1));
        for (const auto &[a, b] : g.edges) {
            for (int x : {a, b}) {
                ends.push_back(x);
                sectorEnds[g.sector[x]].push_back(x);
            }
        }
        for (int v = seedNodes; v < n; ++v) {
            std::set<int> targets;
            const auto &own = sectorEnds[g.sector[v]];
            while (int(targets.size()) < m) {
                int t;
                if (sectors && !own.empty() && unit(rng) < pIn)
                    t = own[below(own.size())];
                else
                    t = ends[below(ends.size())];
                if (t != v)
                    targets.insert(t);
            }
            for (int t : targets) {
                g.edges.push_back(unit(rng) < 0.5 ? std::pair(v, t) : std::pair(t, v));
                ends.push_back(v);
                ends.push_back(t);
                sectorEnds[g.sector[v]].push_back(v);
                sectorEnds[g.sector[t]].push_back(t);
            }
        }
        return g;
    }
};

// The metrics of tests/bench/layout_quality.py, computed the same way.
struct LayoutScore
{
    double edgeRatio = 0, nnRatio = 0, sectorRatio = 0;

    static LayoutScore of(const BenchGraph &g, const std::vector<QPointF> &pos);
};
