#pragma once

#include "model/Entities.h"

#include <memory>
#include <optional>

// Companies are vertices, deals are edges (parallel edges allowed), both as bundled properties.
// Vertex descriptors are renumbered when a company is removed (vecS), so everything outside this
// class refers to companies and deals by their stable string ids.
//
// The Boost graph itself lives in DealGraph::Storage (graph/DealGraphStorage.h), which only the
// graph algorithms include: this header, and Document.h with it, stays free of Boost.Graph, which
// doubles the compile time of every file that includes it.
class DealGraph
{
public:
    struct Storage;

    DealGraph();
    DealGraph(const DealGraph &other);
    DealGraph(DealGraph &&other) noexcept;
    DealGraph &operator=(const DealGraph &other);
    DealGraph &operator=(DealGraph &&other) noexcept;
    ~DealGraph();

    const Storage &storage() const { return *m_d; }

    int companyCount() const;
    int dealCount() const;

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
    // Room for this many companies and deals in the indexes by id, before a document is filled.
    void reserve(int companies, int deals);

private:
    std::unique_ptr<Storage> m_d; // never null, also after a move
};
