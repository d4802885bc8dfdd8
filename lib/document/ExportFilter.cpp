#include "document/ExportFilter.h"

#include <QSet>

namespace {
QSet<QString> idsOfNames(const DocumentData &data, const QStringList &names)
{
    QSet<QString> wanted;
    for (const QString &n : names)
        wanted.insert(n.toCaseFolded());
    QSet<QString> ids;
    for (const Company &c : data.companies) {
        if (wanted.contains(c.name.toCaseFolded()))
            ids.insert(c.id);
    }
    return ids;
}
} // namespace

QStringList ExportFilter::unknownNames(const DocumentData &data) const
{
    QSet<QString> known;
    for (const Company &c : data.companies)
        known.insert(c.name.toCaseFolded());
    QStringList unknown;
    for (const QString &n : companyNames) {
        if (!known.contains(n.toCaseFolded()))
            unknown << n;
    }
    return unknown;
}

DocumentData ExportFilter::apply(const DocumentData &data) const
{
    const QSet<QString> named = idsOfNames(data, companyNames);
    auto inRange = [this](const FuzzyDate &date) {
        return (!from || date.periodEnd() >= *from) && (!to || date.periodStart() <= *to);
    };
    DocumentData result;
    result.title = data.title;
    result.aliases = data.aliases;
    result.sourceTiers = data.sourceTiers;
    result.dataThrough = data.dataThrough;
    QSet<QString> touched = named;
    for (const Deal &d : data.deals) {
        if (!inRange(d.date))
            continue;
        if (!companyNames.isEmpty() && !named.contains(d.from) && !named.contains(d.to))
            continue;
        result.deals << d;
        touched.insert(d.from);
        touched.insert(d.to);
    }
    const bool allCompanies = companyNames.isEmpty() && !from && !to;
    for (const Company &c : data.companies) {
        if (allCompanies || touched.contains(c.id))
            result.companies << c;
    }
    for (const Valuation &v : data.valuations) {
        const bool companyShown
            = companyNames.isEmpty() ? touched.contains(v.company) || allCompanies : named.contains(v.company);
        if (companyShown && inRange(v.date))
            result.valuations << v;
    }
    return result;
}
