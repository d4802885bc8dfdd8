#include "model/DealFilter.h"

#include "document/DocumentData.h"

#include <QHash>

bool DealFilter::isEmpty() const
{
    return !from && !to && dealKinds.isEmpty() && companyKinds.isEmpty() && companies.isEmpty() && !minAmount
        && !reputableSources;
}

bool DealFilter::acceptsDate(const FuzzyDate &date) const
{
    return !(from && date.periodEnd() < *from) && !(to && date.periodStart() > *to);
}

bool DealFilter::acceptsCompany(const Company &company) const
{
    return companyKinds.isEmpty() || companyKinds.contains(company.kind);
}

bool DealFilter::acceptsDealAlone(const Deal &deal) const
{
    if (!acceptsDate(deal.date))
        return false;
    if (!dealKinds.isEmpty() && !dealKinds.contains(deal.kind))
        return false;
    if (!companies.isEmpty() && !companies.contains(deal.from) && !companies.contains(deal.to))
        return false;
    if (minAmount && (!deal.amount || *deal.amount < *minAmount))
        return false;
    if (reputableSources && !reputableSources->isBackedByReputableSource(deal.sources))
        return false;
    return true;
}

namespace {
struct CompanyHash
{
    QHash<QString, const Company *> byId;
    const Company *company(const QString &id) const { return byId.value(id); }
};
} // namespace

DocumentData DealFilter::apply(const DocumentData &data) const
{
    if (isEmpty() && !dropSuperseded)
        return data;
    CompanyHash lookup;
    lookup.byId.reserve(data.companies.size());
    for (const Company &c : data.companies)
        lookup.byId.insert(c.id, &c);
    DocumentData result;
    result.title = data.title;
    result.aliases = data.aliases;
    result.sourceTiers = data.sourceTiers;
    result.dataThrough = data.dataThrough;
    QList<const Deal *> accepted;
    QSet<QString> acceptedIds;
    for (const Deal &d : data.deals) {
        if (acceptsDeal(d, lookup)) {
            accepted << &d;
            acceptedIds.insert(d.id);
        }
    }
    // As FilteredDealGraph: a deal superseded by another accepted deal is left out.
    QSet<QString> superseded;
    if (dropSuperseded) {
        for (const Deal *d : std::as_const(accepted)) {
            for (const QString &old : d->supersedes) {
                if (old != d->id && acceptedIds.contains(old))
                    superseded.insert(old);
            }
        }
    }
    QSet<QString> touched = companies;
    for (const Deal *d : std::as_const(accepted)) {
        if (superseded.contains(d->id))
            continue;
        result.deals << *d;
        touched.insert(d->from);
        touched.insert(d->to);
    }
    for (const Company &c : data.companies) {
        if (touched.contains(c.id))
            result.companies << c;
    }
    for (const Valuation &v : data.valuations) {
        if (touched.contains(v.company) && (companies.isEmpty() || companies.contains(v.company))
            && acceptsDate(v.date))
            result.valuations << v;
    }
    return result;
}

QString CompanyNames::key(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

bool CompanyNames::same(const QString &a, const QString &b)
{
    return key(a) == key(b);
}

QSet<QString> CompanyNames::idsOf(const QList<Company> &companies, const QStringList &names, QStringList *unknown)
{
    QHash<QString, QString> idOfKey;
    for (const Company &c : companies)
        idOfKey.insert(key(c.name), c.id);
    QSet<QString> ids;
    for (const QString &n : names) {
        const auto it = idOfKey.constFind(key(n));
        if (it != idOfKey.cend())
            ids.insert(*it);
        else if (unknown)
            *unknown << n;
    }
    return ids;
}

const Company *CompanyNames::bestMatch(const QList<const Company *> &companies, const QString &typed)
{
    const QString wanted = key(typed);
    if (wanted.isEmpty())
        return nullptr;
    // Rank 0: the same name, 1: starts with it, 2: a word starts with it, 3: contains it.
    const Company *best = nullptr;
    int bestRank = 4;
    for (const Company *c : companies) {
        const QString name = key(c->name);
        const qsizetype at = name.indexOf(wanted);
        if (at < 0)
            continue;
        int rank = 3;
        if (name == wanted)
            rank = 0;
        else if (at == 0)
            rank = 1;
        else {
            for (qsizetype from = 0; (from = name.indexOf(wanted, from)) >= 0; ++from) {
                if (!name.at(from - 1).isLetterOrNumber()) {
                    rank = 2;
                    break;
                }
            }
        }
        const bool better = rank < bestRank
            || (rank == bestRank
                && (c->name.size() < best->name.size() || (c->name.size() == best->name.size() && c->name < best->name)));
        if (better) {
            best = c;
            bestRank = rank;
        }
    }
    return best;
}
