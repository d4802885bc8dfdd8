#include "layout/Arrangements.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {
using Groups = std::vector<std::vector<int>>;

std::vector<std::vector<int>> neighbours(const LayoutGraph &graph)
{
    std::vector<std::vector<int>> result(graph.nodeCount);
    for (const auto &[a, b] : graph.edges) {
        if (a != b) {
            result[a].push_back(b);
            result[b].push_back(a);
        }
    }
    return result;
}

// Orders each group by the barycentre of its nodes' neighbours' current ranks, a few times.
void sweep(Groups &groups, const std::vector<std::vector<int>> &adjacent, int nodeCount)
{
    std::vector<double> rank(nodeCount, 0);
    auto assignRanks = [&]() {
        for (const auto &group : groups) {
            for (size_t k = 0; k < group.size(); ++k)
                rank[group[k]] = group.size() > 1 ? double(k) / double(group.size() - 1) : 0.5;
        }
    };
    assignRanks();
    for (int pass = 0; pass < 4; ++pass) {
        for (auto &group : groups) {
            std::vector<std::pair<double, int>> keyed;
            for (int v : group) {
                double sum = 0;
                for (int w : adjacent[v])
                    sum += rank[w];
                keyed.emplace_back(adjacent[v].empty() ? rank[v] : sum / double(adjacent[v].size()), v);
            }
            std::stable_sort(keyed.begin(), keyed.end());
            for (size_t k = 0; k < keyed.size(); ++k)
                group[k] = keyed[k].second;
        }
        assignRanks();
    }
}
} // namespace

int Arrangements::layerOf(CompanyKind kind)
{
    switch (kind) {
    case CompanyKind::AiLab: return 1;
    case CompanyKind::Cloud:
    case CompanyKind::Chips: return 2;
    case CompanyKind::Investor:
    case CompanyKind::Conglomerate:
    case CompanyKind::Other: return 0;
    }
    return 0;
}

std::vector<QPointF> Arrangements::circleByKind(
    const LayoutGraph &graph, const std::vector<CompanyKind> &kinds, double spacing)
{
    const auto &all = enumValues<CompanyKind>();
    Groups groups(all.size());
    for (int v = 0; v < graph.nodeCount; ++v)
        groups[all.indexOf(kinds[v])].push_back(v);
    sweep(groups, neighbours(graph), graph.nodeCount);
    const int slots = graph.nodeCount + int(all.size()); // one empty slot between groups
    const double radius = std::max(spacing, spacing * slots / (2 * std::numbers::pi));
    std::vector<QPointF> result(graph.nodeCount);
    int slot = 0;
    for (const auto &group : groups) {
        for (int v : group) {
            const double angle = 2 * std::numbers::pi * slot++ / slots - std::numbers::pi / 2;
            result[v] = QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        if (!group.empty())
            ++slot;
    }
    return result;
}

std::vector<QPointF> Arrangements::layers(
    const LayoutGraph &graph, const std::vector<CompanyKind> &kinds, double spacing)
{
    Groups groups(3);
    for (int v = 0; v < graph.nodeCount; ++v)
        groups[layerOf(kinds[v])].push_back(v);
    sweep(groups, neighbours(graph), graph.nodeCount);
    size_t widest = 1;
    for (const auto &group : groups)
        widest = std::max(widest, group.size());
    const double width = spacing * double(widest - 1);
    std::vector<QPointF> result(graph.nodeCount);
    for (int layer = 0; layer < 3; ++layer) {
        const auto &group = groups[layer];
        const double step = group.size() > 1 ? width / double(group.size() - 1) : 0;
        for (size_t k = 0; k < group.size(); ++k) {
            // Alternate a little up and down so that neighbouring labels do not collide.
            const double wobble = (k % 2) ? spacing * 0.35 : 0;
            result[group[k]] = QPointF(group.size() > 1 ? step * double(k) : width / 2, layer * spacing * 4 + wobble);
        }
    }
    return result;
}
