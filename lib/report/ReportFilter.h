#pragma once

#include "document/DocumentData.h"
#include "format/Formatter.h"
#include "model/DealFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

// The part of the data a report covers and how to describe it on its title page: a date range,
// deal kinds and companies. Empty sets and absent bounds mean "all".
struct ReportFilter
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilter)
public:
    std::optional<QDate> from;
    std::optional<QDate> to;
    QSet<DealKind> dealKinds;
    QStringList companyNames;

    bool isEmpty() const { return !from && !to && dealKinds.isEmpty() && companyNames.isEmpty(); }
    // The deals in the range and of the kinds that involve one of the companies, the companies
    // they touch (or the named ones), and those companies' valuations in the range.
    DocumentData apply(const DocumentData &data) const;
    // The same as the program's one deal filter (names resolved in `data`).
    DealFilter dealFilter(const DocumentData &data) const;

    // One line each, in the program's language: "1 January 2024 – 31 December 2025" or "all dates".
    QString describePeriod(const Formatter &format) const;
    QString describeKinds(const Formatter &format) const;
    QString describeCompanies(const Formatter &format) const;
};
