#pragma once

#include "document/DocumentData.h"
#include "format/Formatter.h"
#include "model/DealFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

// The part of the data a report covers and how to describe it on its title page: a date range,
// deal kinds, companies and (from a view's filter) company kinds, a minimum amount and the
// standing of the sources. Empty sets and absent bounds mean "all". The deals themselves are
// chosen by the one DealFilter (dealFilter()).
struct ReportFilter
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilter)
public:
    std::optional<QDate> from;
    std::optional<QDate> to;
    QSet<DealKind> dealKinds;
    QStringList companyNames;
    QSet<CompanyKind> companyKinds;
    std::optional<Money> minAmount;
    std::optional<Sources::TierTable> reputableSources;

    // The report's description of a view's filter (its companies by name, sorted).
    static ReportFilter of(const DealFilter &filter, const DocumentData &data);

    bool isEmpty() const
    {
        return !from && !to && dealKinds.isEmpty() && companyNames.isEmpty() && companyKinds.isEmpty() && !minAmount
            && !reputableSources;
    }
    // The deals in the range and of the kinds that involve one of the companies, the companies
    // they touch (or the named ones), and those companies' valuations in the range.
    DocumentData apply(const DocumentData &data) const;
    // The same as the program's one deal filter (names resolved in `data`).
    DealFilter dealFilter(const DocumentData &data) const;

    // One line each, in the program's language: "1 January 2024 – 31 December 2025" or "all dates".
    QString describePeriod(const Formatter &format) const;
    QString describeKinds(const Formatter &format) const;
    QString describeCompanies(const Formatter &format) const;
    // Empty when the filter has no such restriction (the title page leaves the line out).
    QString describeCompanyKinds(const Formatter &format) const;
    QString describeMinimum(const Formatter &format) const;
    QString describeSources() const;
};
