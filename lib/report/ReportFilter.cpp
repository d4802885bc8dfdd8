#include "report/ReportFilter.h"


DealFilter ReportFilter::dealFilter(const DocumentData &data) const
{
    DealFilter filter;
    filter.from = from;
    filter.to = to;
    filter.dealKinds = dealKinds;
    filter.companies = CompanyNames::idsOf(data.companies, companyNames);
    filter.companyKinds = companyKinds;
    filter.minAmount = minAmount;
    filter.reputableSources = reputableSources;
    return filter;
}

ReportFilter ReportFilter::of(const DealFilter &filter, const DocumentData &data)
{
    ReportFilter report;
    report.from = filter.from;
    report.to = filter.to;
    report.dealKinds = filter.dealKinds;
    for (const Company &company : data.companies) {
        if (filter.companies.contains(company.id))
            report.companyNames << company.name;
    }
    std::sort(report.companyNames.begin(), report.companyNames.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    report.companyKinds = filter.companyKinds;
    report.minAmount = filter.minAmount;
    report.reputableSources = filter.reputableSources;
    return report;
}

DocumentData ReportFilter::apply(const DocumentData &data) const
{
    return dealFilter(data).apply(data);
}

QString ReportFilter::describePeriod(const Formatter &format) const
{
    if (from && to) {
        // Whole months (the network's date slider) are named as months, one month once.
        const bool wholeMonths = from->day() == 1 && to->day() == to->daysInMonth();
        if (wholeMonths && from->year() == to->year() && from->month() == to->month())
            return format.monthYear(*from);
        if (wholeMonths && from->month() == 1 && to->month() == 12)
            return from->year() == to->year() ? QString::number(from->year())
                                              : tr("%1 to %2").arg(from->year()).arg(to->year());
        if (wholeMonths)
            return tr("%1 to %2").arg(format.monthYear(*from), format.monthYear(*to));
        if (*from == *to)
            return format.date(*from);
        return tr("%1 to %2").arg(format.date(*from), format.date(*to));
    }
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

QString ReportFilter::describeCompanyKinds(const Formatter &format) const
{
    if (companyKinds.isEmpty() || companyKinds.size() == enumValues<CompanyKind>().size())
        return QString();
    QStringList names;
    for (CompanyKind kind : enumValues<CompanyKind>()) {
        if (companyKinds.contains(kind))
            names << enumDisplayName(kind);
    }
    return tr("deals between %1").arg(format.locale().createSeparatedList(names));
}

QString ReportFilter::describeMinimum(const Formatter &format) const
{
    if (!minAmount)
        return QString();
    return tr("deals of at least %1 disclosed").arg(format.money(*minAmount));
}

QString ReportFilter::describeSources() const
{
    if (!reputableSources)
        return QString();
    return tr("only deals backed by a primary source or a news outlet");
}
