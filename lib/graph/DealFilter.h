#pragma once

#include "graph/DealGraph.h"

#include <QSet>

#include <boost/graph/filtered_graph.hpp>

// Which deals a view shows: a date range, deal kinds, company kinds and a minimum amount.
// Empty sets and absent bounds mean "no restriction".
struct DealFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    QSet<DealKind> dealKinds;
    QSet<CompanyKind> companyKinds;
    std::optional<Money> minAmount; // undisclosed amounts fail a minimum

    bool isEmpty() const;
    // A deal is in the range when its period overlaps it.
    bool acceptsDeal(const Deal &deal, const DealGraph &graph) const;
    bool acceptsCompany(const Company &company) const;
};

// A boost::filtered_graph over the deal graph that hides the deals and companies a filter rejects.
class FilteredDealGraph
{
public:
    struct EdgePredicate
    {
        const DealGraph *graph = nullptr;
        const DealFilter *filter = nullptr;
        bool operator()(DealGraph::Edge e) const;
    };
    struct VertexPredicate
    {
        const DealGraph *graph = nullptr;
        const DealFilter *filter = nullptr;
        bool operator()(DealGraph::Vertex v) const;
    };
    using View = boost::filtered_graph<DealGraph::Graph, EdgePredicate, VertexPredicate>;

    FilteredDealGraph(const DealGraph &graph, DealFilter filter);
    FilteredDealGraph(const FilteredDealGraph &) = delete;
    FilteredDealGraph &operator=(const FilteredDealGraph &) = delete;

    const View &view() const { return m_view; }
    const DealFilter &filter() const { return m_filter; }
    QList<const Deal *> deals() const;

private:
    const DealGraph &m_graph;
    DealFilter m_filter;
    View m_view;
};
