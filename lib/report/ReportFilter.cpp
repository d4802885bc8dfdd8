#include "report/ReportFilter.h"

#include "document/ExportFilter.h"

#include <QSet>

DocumentData ReportFilter::apply(const DocumentData &data) const
{
    const ExportFilter selection {from, to, companyNames};
    DocumentData result = selection.apply(data);
    if (dealKinds.isEmpty())
        return result;
    result.deals.removeIf([this](const Deal &d) { return !dealKinds.contains(d.kind); });
    // Keep the companies the remaining deals touch, and the named ones.
    QSet<QString> kept;
    for (const Deal &d : std::as_const(result.deals)) {
        kept.insert(d.from);
        kept.insert(d.to);
    }
    QSet<QString> named;
    for (const QString &n : companyNames)
        named.insert(n.toCaseFolded());
    result.companies.removeIf(
        [&](const Company &c) { return !kept.contains(c.id) && !named.contains(c.name.toCaseFolded()); });
    QSet<QString> companyIds;
    for (const Company &c : std::as_const(result.companies))
        companyIds.insert(c.id);
    result.valuations.removeIf([&](const Valuation &v) { return !companyIds.contains(v.company); });
    return result;
}

QString ReportFilter::describePeriod(const Formatter &format) const
{
    if (from && to)
        return tr("%1 to %2").arg(format.date(*from), format.date(*to));
    if (from)
        return tr("from %1").arg(format.date(*from));
    if (to)
        return tr("until %1").arg(format.date(*to));
    return tr("all dates");
}

QString ReportFilter::describeKinds(const Formatter &format) const
{
    if (dealKinds.isEmpty() || dealKinds.size() == enumValues<DealKind>().size())
        return tr("all kinds");
    QStringList names;
    for (DealKind kind : enumValues<DealKind>()) {
        if (dealKinds.contains(kind))
            names << enumDisplayName(kind);
    }
    return format.locale().createSeparatedList(names);
}

QString ReportFilter::describeCompanies(const Formatter &format) const
{
    if (companyNames.isEmpty())
        return tr("all companies");
    return format.locale().createSeparatedList(companyNames);
}
