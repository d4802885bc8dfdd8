#include "report/ReportFilter.h"


DealFilter ReportFilter::dealFilter(const DocumentData &data) const
{
    DealFilter filter;
    filter.from = from;
    filter.to = to;
    filter.dealKinds = dealKinds;
    filter.companies = CompanyNames::idsOf(data.companies, companyNames);
    return filter;
}

DocumentData ReportFilter::apply(const DocumentData &data) const
{
    return dealFilter(data).apply(data);
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
