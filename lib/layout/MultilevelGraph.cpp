#include "layout/MultilevelGraph.h"

#include <algorithm>
#include <numeric>

MultilevelGraph MultilevelGraph::fromEdges(
    int nodeCount, const std::vector<std::pair<int, int>> &edges, const std::vector<std::optional<QPointF>> &pins)
{
    std::vector<std::vector<int>> adjacency(nodeCount);
    for (const auto &[a, b] : edges) {
        if (a == b)
            continue;
        adjacency[a].push_back(b);
        adjacency[b].push_back(a);
    }
    MultilevelGraph g;
    g.offsets.reserve(nodeCount + 1);
    g.offsets.push_back(0);
    for (auto &list : adjacency) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        g.targets.insert(g.targets.end(), list.begin(), list.end());
        g.offsets.push_back(int(g.targets.size()));
    }
    g.mass.assign(nodeCount, 1.0);
    g.pin = pins;
    g.pin.resize(nodeCount);
    return g;
}

std::optional<MultilevelGraph> MultilevelGraph::coarsen(std::mt19937 &rng)
{
    const int n = nodeCount();
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> group(n, -1);
    int groups = 0;
    for (int u : order) {
        if (group[u] >= 0 || pin[u])
            continue;
        int best = -1;
        for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
            const int v = targets[k];
            if (group[v] < 0 && !pin[v] && (best < 0 || mass[v] < mass[best]))
                best = v;
        }
        if (best >= 0) {
            group[u] = group[best] = groups++;
        }
    }
    // Leaves left alone join their only neighbour's group, so stars shrink too.
    for (int u = 0; u < n; ++u) {
        if (group[u] < 0 && !pin[u] && offsets[u + 1] - offsets[u] == 1) {
            const int v = targets[offsets[u]];
            if (group[v] >= 0 && !pin[v])
                group[u] = group[v];
        }
    }
    for (int u = 0; u < n; ++u) {
        if (group[u] < 0)
            group[u] = groups++;
    }
    if (groups >= n)
        return std::nullopt;
    // Renumber groups in node order so the coarse graph does not depend on the visit order twice.
    std::vector<int> renumber(groups, -1);
    int next = 0;
    for (int u = 0; u < n; ++u) {
        if (renumber[group[u]] < 0)
            renumber[group[u]] = next++;
    }
    parent.resize(n);
    MultilevelGraph coarse;
    coarse.mass.assign(groups, 0.0);
    coarse.pin.assign(groups, std::nullopt);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(targets.size() / 2);
    for (int u = 0; u < n; ++u) {
        const int cu = renumber[group[u]];
        parent[u] = cu;
        coarse.mass[cu] += mass[u];
        if (pin[u])
            coarse.pin[cu] = pin[u];
    }
    for (int u = 0; u < n; ++u) {
        for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
            const int v = targets[k];
            if (u < v && parent[u] != parent[v])
                edges.emplace_back(parent[u], parent[v]);
        }
    }
    MultilevelGraph built = fromEdges(groups, edges, coarse.pin);
    built.mass = std::move(coarse.mass);
    return built;
}
