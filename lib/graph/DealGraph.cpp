#include "graph/DealGraphStorage.h"

#include "model/DealFilter.h"

#include <utility>

std::optional<DealGraph::Storage::Vertex> DealGraph::Storage::vertex(const QString &companyId) const
{
    const auto it = vertexById.constFind(companyId);
    if (it == vertexById.cend())
        return std::nullopt;
    return *it;
}

std::optional<DealGraph::Storage::Edge> DealGraph::Storage::edge(const QString &dealId) const
{
    const auto it = edgeById.constFind(dealId);
    if (it == edgeById.cend())
        return std::nullopt;
    return *it;
}

void DealGraph::Storage::rebuildIndex()
{
    vertexById.clear();
    edgeById.clear();
    vertexById.reserve(qsizetype(boost::num_vertices(graph)));
    edgeById.reserve(qsizetype(boost::num_edges(graph)));
    for (auto v : boost::make_iterator_range(boost::vertices(graph)))
        vertexById.insert(graph[v].id, v);
    for (auto e : boost::make_iterator_range(boost::edges(graph)))
        edgeById.insert(graph[e].id, e);
}

DealGraph::DealGraph()
    : m_d(std::make_unique<Storage>())
{
}

DealGraph::DealGraph(const DealGraph &other)
    : m_d(std::make_unique<Storage>())
{
    m_d->graph = other.m_d->graph;
    m_d->rebuildIndex();
}

DealGraph::DealGraph(DealGraph &&other) noexcept
    : m_d(std::exchange(other.m_d, std::make_unique<Storage>()))
{
}

DealGraph &DealGraph::operator=(const DealGraph &other)
{
    if (this != &other) {
        DealGraph copy(other);
        std::swap(m_d, copy.m_d);
    }
    return *this;
}

DealGraph &DealGraph::operator=(DealGraph &&other) noexcept
{
    std::swap(m_d, other.m_d);
    return *this;
}

DealGraph::~DealGraph() = default;

int DealGraph::companyCount() const
{
    return int(boost::num_vertices(m_d->graph));
}

int DealGraph::dealCount() const
{
    return int(boost::num_edges(m_d->graph));
}

const Company *DealGraph::company(const QString &id) const
{
    const auto v = m_d->vertex(id);
    return v ? &m_d->graph[*v] : nullptr;
}

const Deal *DealGraph::deal(const QString &id) const
{
    const auto e = m_d->edge(id);
    return e ? &m_d->graph[*e] : nullptr;
}

const Company *DealGraph::companyByName(const QString &name) const
{
    const QString key = CompanyNames::key(name);
    for (auto v : boost::make_iterator_range(boost::vertices(m_d->graph))) {
        if (CompanyNames::key(m_d->graph[v].name) == key)
            return &m_d->graph[v];
    }
    return nullptr;
}

QList<const Company *> DealGraph::companies() const
{
    QList<const Company *> result;
    result.reserve(companyCount());
    for (auto v : boost::make_iterator_range(boost::vertices(m_d->graph)))
        result << &m_d->graph[v];
    return result;
}

QList<const Deal *> DealGraph::deals() const
{
    QList<const Deal *> result;
    result.reserve(dealCount());
    for (auto e : boost::make_iterator_range(boost::edges(m_d->graph)))
        result << &m_d->graph[e];
    return result;
}

QList<const Deal *> DealGraph::dealsOut(const QString &companyId) const
{
    QList<const Deal *> result;
    if (const auto v = m_d->vertex(companyId)) {
        for (auto e : boost::make_iterator_range(boost::out_edges(*v, m_d->graph)))
            result << &m_d->graph[e];
    }
    return result;
}

QList<const Deal *> DealGraph::dealsIn(const QString &companyId) const
{
    QList<const Deal *> result;
    if (const auto v = m_d->vertex(companyId)) {
        for (auto e : boost::make_iterator_range(boost::in_edges(*v, m_d->graph)))
            result << &m_d->graph[e];
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
    if (company.id.isEmpty() || m_d->vertexById.contains(company.id))
        return false;
    m_d->vertexById.insert(company.id, boost::add_vertex(company, m_d->graph));
    return true;
}

bool DealGraph::updateCompany(const Company &company)
{
    const auto v = m_d->vertex(company.id);
    if (!v)
        return false;
    m_d->graph[*v] = company;
    return true;
}

std::optional<QList<Deal>> DealGraph::removeCompany(const QString &id)
{
    const auto v = m_d->vertex(id);
    if (!v)
        return std::nullopt;
    QList<Deal> removed;
    for (auto e : boost::make_iterator_range(boost::out_edges(*v, m_d->graph)))
        removed << m_d->graph[e];
    for (auto e : boost::make_iterator_range(boost::in_edges(*v, m_d->graph))) {
        if (boost::source(e, m_d->graph) != *v) // self-loops were listed above
            removed << m_d->graph[e];
    }
    boost::clear_vertex(*v, m_d->graph);
    boost::remove_vertex(*v, m_d->graph);
    m_d->rebuildIndex(); // vecS renumbers the vertices after the removed one
    return removed;
}

bool DealGraph::addDeal(const Deal &deal)
{
    const auto from = m_d->vertex(deal.from);
    const auto to = m_d->vertex(deal.to);
    if (deal.id.isEmpty() || !from || !to)
        return false;
    // One look-up for "is the id taken?" and the insertion (a document's million deals each).
    const qsizetype before = m_d->edgeById.size();
    Storage::Edge &slot = m_d->edgeById[deal.id];
    if (m_d->edgeById.size() == before)
        return false;
    slot = boost::add_edge(*from, *to, deal, m_d->graph).first;
    return true;
}

bool DealGraph::updateDeal(const Deal &deal)
{
    const auto e = m_d->edge(deal.id);
    if (!e)
        return false;
    const Deal &old = m_d->graph[*e];
    if (old.from == deal.from && old.to == deal.to) {
        m_d->graph[*e] = deal;
        return true;
    }
    const auto from = m_d->vertex(deal.from);
    const auto to = m_d->vertex(deal.to);
    if (!from || !to)
        return false;
    boost::remove_edge(*e, m_d->graph);
    m_d->edgeById.insert(deal.id, boost::add_edge(*from, *to, deal, m_d->graph).first);
    return true;
}

bool DealGraph::removeDeal(const QString &id)
{
    const auto e = m_d->edge(id);
    if (!e)
        return false;
    boost::remove_edge(*e, m_d->graph);
    m_d->edgeById.remove(id);
    return true;
}

void DealGraph::reserve(int companies, int deals)
{
    m_d->vertexById.reserve(companies);
    m_d->edgeById.reserve(deals);
    m_d->graph.m_vertices.reserve(size_t(companies));
}

void DealGraph::clear()
{
    m_d->graph.clear();
    m_d->vertexById.clear();
    m_d->edgeById.clear();
}
