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
