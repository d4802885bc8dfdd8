#pragma once

#include "graph/DealGraphStorage.h"
#include "model/DealFilter.h"
#include "model/DealRelations.h"

#include <QSet>

#include <boost/graph/filtered_graph.hpp>

// A boost::filtered_graph over the deal graph that hides the deals and companies a filter rejects.
class FilteredDealGraph
{
public:
    struct EdgePredicate
    {
        const DealGraph *graph = nullptr;
        const DealFilter *filter = nullptr;
        const QSet<QString> *superseded = nullptr;
        bool operator()(DealGraph::Storage::Edge e) const;
    };
    struct VertexPredicate
    {
        const DealGraph *graph = nullptr;
        const DealFilter *filter = nullptr;
        bool operator()(DealGraph::Storage::Vertex v) const;
    };
    using View = boost::filtered_graph<DealGraph::Storage::Graph, EdgePredicate, VertexPredicate>;

    FilteredDealGraph(const DealGraph &graph, DealFilter filter);
    FilteredDealGraph(const FilteredDealGraph &) = delete;
    FilteredDealGraph &operator=(const FilteredDealGraph &) = delete;

    const View &view() const { return m_view; }
    const DealFilter &filter() const { return m_filter; }
    QList<const Deal *> deals() const;

    // The accepted deals whose money is not counted in totals over the view, with the reason:
    // superseded by, or contained in, another accepted deal (model/DealRelations.h).
    const QHash<QString, DealRelations::Status> &uncounted() const;
    bool countsInTotals(const Deal &deal) const { return !uncounted().contains(deal.id); }

private:
    bool acceptsBase(const Deal &deal) const { return m_filter.acceptsDeal(deal, m_graph); }

    const DealGraph &m_graph;
    DealFilter m_filter;
    QSet<QString> m_superseded; // left out of the view when the filter drops superseded deals
    View m_view;
    mutable std::optional<QHash<QString, DealRelations::Status>> m_uncounted;
};
