#pragma once

#include <QPointF>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

// The input of a layout: nodes 0..nodeCount-1, undirected edges (repeats and self-loops are
// ignored), and nodes whose position is fixed. Kept free of the domain so that the algorithms
// can be tested and benchmarked on generated graphs.
struct LayoutGraph
{
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<std::optional<QPointF>> pinned; // empty, or one entry per node
};

struct LayoutOptions
{
    unsigned seed = 1;
    // Barnes–Hut opening criterion; levels of more than largeLevel nodes use largeTheta (as
    // ForceAtlas2 does): on the 10k and 100k bench networks 0.8 took 1.5–1.7× as long for the same
    // scores, while small pictures need the accuracy (0.8 keeps 800 nodes from piling up).
    double theta = 0.8;
    double largeTheta = 1.2;
    int largeLevel = 5000;
    double edgeLength = 100.0; // natural spring length, in output units
    int coarsestIterations = 400;
    int refineIterations = 30; // per finer level of the multilevel scheme
    int multilevelThreshold = 150; // components larger than this start from a coarsened graph
};

// Called now and then from the thread running the layout. fraction: 0..1. snapshot() returns the
// current positions of all nodes (it costs a little; call it only when you will show them).
// Returning false cancels the layout.
using LayoutProgress = std::function<bool(double fraction, const std::function<std::vector<QPointF>()> &snapshot)>;
