#pragma once

#include "layout/LayoutGraph.h"

// A spring–electrical force-directed layout (Fruchterman–Reingold forces in Hu's formulation) with
// Barnes–Hut repulsion and, for large components, a multilevel start: the graph is coarsened by
// edge matching (and leaves folded into their hub), the coarsest graph is laid out, and each
// finer level is refined from the coarser positions. Connected components are laid out one by
// one and packed side by side in shelves. Pinned nodes never move; a component holding pinned
// nodes stays where its pins are. The result depends only on the graph and the options (seed).
class ForceLayout
{
public:
    // Positions for every node, or nullopt when cancelled through progress.
    static std::optional<std::vector<QPointF>> run(
        const LayoutGraph &graph, const LayoutOptions &options, const LayoutProgress &progress = {});
};
