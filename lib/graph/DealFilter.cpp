#include "graph/DealFilter.h"

bool DealFilter::isEmpty() const
{
    return !from && !to && dealKinds.isEmpty() && companyKinds.isEmpty() && !minAmount;
}

bool DealFilter::acceptsCompany(const Company &company) const
{
    return companyKinds.isEmpty() || companyKinds.contains(company.kind);
}

bool DealFilter::acceptsDeal(const Deal &deal, const DealGraph &graph) const
{
    if (from && deal.date.periodEnd() < *from)
        return false;
    if (to && deal.date.periodStart() > *to)
        return false;
    if (!dealKinds.isEmpty() && !dealKinds.contains(deal.kind))
        return false;
    if (minAmount && (!deal.amount || *deal.amount < *minAmount))
        return false;
    if (!companyKinds.isEmpty()) {
        const Company *a = graph.company(deal.from);
        const Company *b = graph.company(deal.to);
        if (!a || !b || !acceptsCompany(*a) || !acceptsCompany(*b))
            return false;
    }
    return true;
}

bool FilteredDealGraph::EdgePredicate::operator()(DealGraph::Edge e) const
{
    return filter->acceptsDeal(graph->graph()[e], *graph);
}

bool FilteredDealGraph::VertexPredicate::operator()(DealGraph::Vertex v) const
{
    return filter->acceptsCompany(graph->graph()[v]);
}

FilteredDealGraph::FilteredDealGraph(const DealGraph &graph, DealFilter filter)
    : m_graph(graph)
    , m_filter(std::move(filter))
    , m_view(graph.graph(), EdgePredicate {&m_graph, &m_filter}, VertexPredicate {&m_graph, &m_filter})
{
}

QList<const Deal *> FilteredDealGraph::deals() const
{
    QList<const Deal *> result;
    for (auto e : boost::make_iterator_range(boost::edges(m_view)))
        result << &m_view[e];
    return result;
}
