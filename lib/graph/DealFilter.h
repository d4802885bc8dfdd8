#pragma once

#include "graph/DealGraph.h"
#include "model/DealRelations.h"
#include "model/Sources.h"

#include <QSet>

#include <boost/graph/filtered_graph.hpp>

// Which deals a view shows: a date range, deal kinds, company kinds, a minimum amount and the
// standing of their sources.
// Empty sets and absent bounds mean "no restriction".
struct DealFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    QSet<DealKind> dealKinds;
    QSet<CompanyKind> companyKinds;
    std::optional<Money> minAmount; // undisclosed amounts fail a minimum
    // When set, only deals backed by a primary source or a news outlet, rated by this table.
    std::optional<Sources::TierTable> reputableSources;
    // Leaves out deals that another accepted deal supersedes (the analyses: what was replaced
    // never happened). Views keep them, drawn faded.
    bool dropSuperseded = false;

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
        const QSet<QString> *superseded = nullptr;
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
