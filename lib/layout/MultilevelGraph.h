#pragma once

#include <QPointF>

#include <optional>
#include <random>
#include <vector>

// One level of the multilevel layout: an undirected graph in compressed adjacency form whose
// nodes stand for groups of nodes of the finer level (mass = how many original nodes).
struct MultilevelGraph
{
    std::vector<int> offsets; // node i's neighbours: targets[offsets[i] .. offsets[i+1])
    std::vector<int> targets;
    std::vector<double> mass;
    std::vector<std::optional<QPointF>> pin;
    std::vector<int> parent; // node of the next coarser level, once coarsened

    int nodeCount() const { return int(mass.size()); }

    static MultilevelGraph fromEdges(
        int nodeCount, const std::vector<std::pair<int, int>> &edges, const std::vector<std::optional<QPointF>> &pins);
    // Matches neighbours pairwise (lightest partner first) and folds leaves into their neighbour;
    // pinned nodes stay alone. Fills parent. nullopt when nothing could be merged.
    std::optional<MultilevelGraph> coarsen(std::mt19937 &rng);
};
