#pragma once

#include "graph/DealGraph.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>

// The Boost graph behind DealGraph, for the graph algorithms (graph/FilteredDealGraph.h and the
// analyses). Everything else uses DealGraph's interface and never includes this header.
struct DealGraph::Storage
{
    using Graph = boost::adjacency_list<boost::listS, boost::vecS, boost::bidirectionalS, Company, Deal>;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;

    Graph graph;
    QHash<QString, Vertex> vertexById;
    QHash<QString, Edge> edgeById;

    std::optional<Vertex> vertex(const QString &companyId) const;
    std::optional<Edge> edge(const QString &dealId) const;
    // After a copy of the graph (edge descriptors point into the list they came from) or a
    // removed vertex (vecS renumbers the vertices after it).
    void rebuildIndex();
};
