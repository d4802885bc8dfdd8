#include "graph/DealGraph.h"

#include "model/DealFilter.h"

std::optional<DealGraph::Vertex> DealGraph::vertex(const QString &companyId) const
{
    const auto it = m_vertexById.constFind(companyId);
    if (it == m_vertexById.cend())
        return std::nullopt;
    return *it;
}

std::optional<DealGraph::Edge> DealGraph::edge(const QString &dealId) const
{
    const auto it = m_edgeById.constFind(dealId);
    if (it == m_edgeById.cend())
        return std::nullopt;
    return *it;
}

const Company *DealGraph::company(const QString &id) const
{
    const auto v = vertex(id);
    return v ? &m_graph[*v] : nullptr;
}

const Deal *DealGraph::deal(const QString &id) const
{
    const auto e = edge(id);
    return e ? &m_graph[*e] : nullptr;
}

const Company *DealGraph::companyByName(const QString &name) const
{
    const QString key = CompanyNames::key(name);
    for (auto v : boost::make_iterator_range(boost::vertices(m_graph))) {
        if (CompanyNames::key(m_graph[v].name) == key)
            return &m_graph[v];
    }
    return nullptr;
}

QList<const Company *> DealGraph::companies() const
{
    QList<const Company *> result;
    result.reserve(companyCount());
    for (auto v : boost::make_iterator_range(boost::vertices(m_graph)))
        result << &m_graph[v];
    return result;
}

QList<const Deal *> DealGraph::deals() const
{
    QList<const Deal *> result;
    result.reserve(dealCount());
    for (auto e : boost::make_iterator_range(boost::edges(m_graph)))
        result << &m_graph[e];
    return result;
}

QList<const Deal *> DealGraph::dealsOut(const QString &companyId) const
{
    QList<const Deal *> result;
    if (const auto v = vertex(companyId)) {
        for (auto e : boost::make_iterator_range(boost::out_edges(*v, m_graph)))
            result << &m_graph[e];
    }
    return result;
}

QList<const Deal *> DealGraph::dealsIn(const QString &companyId) const
{
    QList<const Deal *> result;
    if (const auto v = vertex(companyId)) {
        for (auto e : boost::make_iterator_range(boost::in_edges(*v, m_graph)))
            result << &m_graph[e];
    }
    return result;
}

QList<const Deal *> DealGraph::dealsBetween(const QString &a, const QString &b, bool bothDirections) const
{
    QList<const Deal *> result;
    for (const Deal *deal : dealsOut(a)) {
        if (deal->to == b)
            result << deal;
    }
    if (bothDirections && a != b) {
        for (const Deal *deal : dealsOut(b)) {
            if (deal->to == a)
                result << deal;
        }
    }
    return result;
}

bool DealGraph::addCompany(const Company &company)
{
    if (company.id.isEmpty() || m_vertexById.contains(company.id))
        return false;
    m_vertexById.insert(company.id, boost::add_vertex(company, m_graph));
    return true;
}

bool DealGraph::updateCompany(const Company &company)
{
    const auto v = vertex(company.id);
    if (!v)
        return false;
    m_graph[*v] = company;
    return true;
}

std::optional<QList<Deal>> DealGraph::removeCompany(const QString &id)
{
    const auto v = vertex(id);
    if (!v)
        return std::nullopt;
    QList<Deal> removed;
    for (auto e : boost::make_iterator_range(boost::out_edges(*v, m_graph)))
        removed << m_graph[e];
    for (auto e : boost::make_iterator_range(boost::in_edges(*v, m_graph))) {
        if (boost::source(e, m_graph) != *v) // self-loops were listed above
            removed << m_graph[e];
    }
    boost::clear_vertex(*v, m_graph);
    boost::remove_vertex(*v, m_graph);
    rebuildIndex(); // vecS renumbers the vertices after the removed one
    return removed;
}

bool DealGraph::addDeal(const Deal &deal)
{
    const auto from = vertex(deal.from);
    const auto to = vertex(deal.to);
    if (deal.id.isEmpty() || !from || !to || m_edgeById.contains(deal.id))
        return false;
    m_edgeById.insert(deal.id, boost::add_edge(*from, *to, deal, m_graph).first);
    return true;
}

bool DealGraph::updateDeal(const Deal &deal)
{
    const auto e = edge(deal.id);
    if (!e)
        return false;
    const Deal &old = m_graph[*e];
    if (old.from == deal.from && old.to == deal.to) {
        m_graph[*e] = deal;
        return true;
    }
    const auto from = vertex(deal.from);
    const auto to = vertex(deal.to);
    if (!from || !to)
        return false;
    boost::remove_edge(*e, m_graph);
    m_edgeById.insert(deal.id, boost::add_edge(*from, *to, deal, m_graph).first);
    return true;
}

bool DealGraph::removeDeal(const QString &id)
{
    const auto e = edge(id);
    if (!e)
        return false;
    boost::remove_edge(*e, m_graph);
    m_edgeById.remove(id);
    return true;
}

void DealGraph::clear()
{
    m_graph.clear();
    m_vertexById.clear();
    m_edgeById.clear();
}

void DealGraph::rebuildIndex()
{
    m_vertexById.clear();
    m_edgeById.clear();
    for (auto v : boost::make_iterator_range(boost::vertices(m_graph)))
        m_vertexById.insert(m_graph[v].id, v);
    for (auto e : boost::make_iterator_range(boost::edges(m_graph)))
        m_edgeById.insert(m_graph[e].id, e);
}
