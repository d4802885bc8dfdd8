#include "graph/FilteredDealGraph.h"

bool FilteredDealGraph::EdgePredicate::operator()(DealGraph::Storage::Edge e) const
{
    const Deal &deal = graph->storage().graph[e];
    return filter->acceptsDeal(deal, *graph) && !(superseded && superseded->contains(deal.id));
}

bool FilteredDealGraph::VertexPredicate::operator()(DealGraph::Storage::Vertex v) const
{
    return filter->acceptsCompany(graph->storage().graph[v]);
}

FilteredDealGraph::FilteredDealGraph(const DealGraph &graph, DealFilter filter)
    : m_graph(graph)
    , m_filter(std::move(filter))
    , m_view(graph.storage().graph, EdgePredicate {&m_graph, &m_filter, &m_superseded}, VertexPredicate {&m_graph, &m_filter})
{
    if (!m_filter.dropSuperseded)
        return;
    for (const Deal *d : m_graph.deals()) {
        for (const QString &old : d->supersedes) {
            if (old == d->id || !acceptsBase(*d))
                continue;
            if (const Deal *o = m_graph.deal(old); o && acceptsBase(*o))
                m_superseded.insert(old);
        }
    }
}

const QHash<QString, DealRelations::Status> &FilteredDealGraph::uncounted() const
{
    if (!m_uncounted) {
        QList<const Deal *> related;
        for (auto e : boost::make_iterator_range(boost::edges(m_view))) {
            if (m_view[e].hasRelations())
                related << &m_view[e];
        }
        m_uncounted = DealRelations::uncounted(related, [this](const QString &id) {
            const auto e = m_graph.storage().edge(id);
            const EdgePredicate edge {&m_graph, &m_filter, &m_superseded};
            const VertexPredicate vertex {&m_graph, &m_filter};
            return e && edge(*e) && vertex(boost::source(*e, m_graph.storage().graph))
                && vertex(boost::target(*e, m_graph.storage().graph));
        });
    }
    return *m_uncounted;
}

QList<const Deal *> FilteredDealGraph::deals() const
{
    QList<const Deal *> result;
    for (auto e : boost::make_iterator_range(boost::edges(m_view)))
        result << &m_view[e];
    return result;
}
