#pragma once

#include "model/Entities.h"
#include "model/Sources.h"

#include <QDate>
#include <QSet>

#include <optional>

struct DocumentData;

// Which deals a view, an analysis, a report or the command line covers: a date range, deal
// kinds, company kinds, companies, a minimum amount and the standing of their sources. The one
// filter of the program: the network scene, the deals table, the Analysis dock, the report and
// every command-line option use it, so the same filter shows the same deals everywhere.
// Empty sets and absent bounds mean "no restriction". No Boost here: FilteredDealGraph
// (graph/FilteredDealGraph.h) applies it to the deal graph.
struct DealFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    QSet<DealKind> dealKinds;
    QSet<CompanyKind> companyKinds;
    QSet<QString> companies; // company ids: only deals that involve one of them
    std::optional<Money> minAmount; // undisclosed amounts fail a minimum
    // When set, only deals backed by a primary source or a news outlet, rated by this table.
    std::optional<Sources::TierTable> reputableSources;
    // Leaves out deals that another accepted deal supersedes (the analyses: what was replaced
    // never happened). Views keep them, drawn faded.
    bool dropSuperseded = false;

    bool isEmpty() const;
    // A date is in the range when its period overlaps it ("2023" overlaps June 2023).
    bool acceptsDate(const FuzzyDate &date) const;
    bool acceptsCompany(const Company &company) const;
    // Everything about the deal itself and its companies' ids; not the companies' kinds.
    bool acceptsDealAlone(const Deal &deal) const;
    // `companies` looks companies up by id (DealGraph, Document or a hash wrapper).
    template <typename Companies> bool acceptsDeal(const Deal &deal, const Companies &lookup) const
    {
        if (!acceptsDealAlone(deal))
            return false;
        if (companyKinds.isEmpty())
            return true;
        const Company *a = lookup.company(deal.from);
        const Company *b = lookup.company(deal.to);
        return a && b && acceptsCompany(*a) && acceptsCompany(*b);
    }

    // The part of the data the filter covers: the accepted deals, the companies they touch (and
    // the named ones), and those companies' valuations in the date range (of the named companies
    // alone when companies are named), without superseded deals when it drops them. Without any
    // restriction, everything.
    DocumentData apply(const DocumentData &data) const;
};

// The one notion of "the same company name" (case-insensitive by Unicode case folding, ignoring
// surrounding white space), for every place a user types a name.
namespace CompanyNames {
QString key(const QString &name);
bool same(const QString &a, const QString &b);
// The ids of the companies so named; names not found are added to `unknown`.
QSet<QString> idsOf(const QList<Company> &companies, const QStringList &names, QStringList *unknown = nullptr);
// The company a search for `typed` means ("nvid" → Nvidia): the same name, else the shortest name
// that starts with it, else one with a word that starts with it ("google" → "Alphabet (Google)"),
// else the shortest that contains it; ties by name. Null when none matches or `typed` is blank.
const Company *bestMatch(const QList<const Company *> &companies, const QString &typed);
} // namespace CompanyNames
