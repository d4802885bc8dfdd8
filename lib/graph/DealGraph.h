#pragma once

#include "model/Entities.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>

// Companies are vertices, deals are edges (parallel edges allowed), both as bundled properties.
// Vertex descriptors are renumbered when a company is removed (vecS), so everything outside this
// class refers to companies and deals by their stable string ids.
class DealGraph
{
public:
    using Graph = boost::adjacency_list<boost::listS, boost::vecS, boost::bidirectionalS, Company, Deal>;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;

    const Graph &graph() const { return m_graph; }

    int companyCount() const { return int(boost::num_vertices(m_graph)); }
    int dealCount() const { return int(boost::num_edges(m_graph)); }

    std::optional<Vertex> vertex(const QString &companyId) const;
    std::optional<Edge> edge(const QString &dealId) const;
    const Company *company(const QString &id) const;
    const Deal *deal(const QString &id) const;
    const Company *companyByName(const QString &name) const; // as CompanyNames::same

    QList<const Company *> companies() const; // in vertex order
    QList<const Deal *> deals() const; // in no particular order

    QList<const Deal *> dealsOut(const QString &companyId) const;
    QList<const Deal *> dealsIn(const QString &companyId) const;
    // Deals from a to b, or in both directions when bothDirections is set.
    QList<const Deal *> dealsBetween(const QString &a, const QString &b, bool bothDirections = false) const;

    // Edits. Each returns false, changing nothing, when ids clash or are unknown.
    bool addCompany(const Company &company);
    bool updateCompany(const Company &company);
    // Removes the company and every deal it is part of; returns those deals.
    std::optional<QList<Deal>> removeCompany(const QString &id);
    bool addDeal(const Deal &deal);
    bool updateDeal(const Deal &deal);
    bool removeDeal(const QString &id);
    void clear();

private:
    void rebuildIndex();

    Graph m_graph;
    QHash<QString, Vertex> m_vertexById;
    QHash<QString, Edge> m_edgeById;
};
