#include "layout/DealLayoutInput.h"

#include "graph/DealGraphStorage.h"

DealLayoutInput DealLayoutInput::from(const DealGraph &dealGraph, Pins pins)
{
    DealLayoutInput input;
    const auto &g = dealGraph.storage().graph;
    input.graph.nodeCount = dealGraph.companyCount();
    input.graph.pinned.resize(input.graph.nodeCount);
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
        input.companyIds << g[v].id;
        input.kinds.push_back(g[v].kind);
        if (pins == Pins::SavedPositions)
            input.graph.pinned[v] = g[v].position;
    }
    input.graph.edges.reserve(dealGraph.dealCount());
    for (auto e : boost::make_iterator_range(boost::edges(g)))
        input.graph.edges.emplace_back(int(boost::source(e, g)), int(boost::target(e, g)));
    return input;
}

QHash<QString, int> DealLayoutInput::indexById() const
{
    QHash<QString, int> result;
    result.reserve(companyIds.size());
    for (int i = 0; i < companyIds.size(); ++i)
        result.insert(companyIds[i], i);
    return result;
}
