#pragma once

#include "analysis/AmountTotals.h"
#include "document/DocumentData.h"
#include "format/Formatter.h"
#include "report/ReportFilter.h"
#include "report/ReportTable.h"

#include <QCoreApplication>

// What the title page of a report says about its data: the filter in force, how many companies,
// deals and valuations it covers, and the disclosed amounts by deal kind, with firm, up-to and
// estimated sums kept apart and marked (see AmountTotals). Each dollar counts once: the totals are
// taken over the report's deals as a whole, so that a deal another of them supersedes or contains
// is left out of the sums (KindTotals), and the summary says how many were.
struct ReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)
public:
    struct Line
    {
        QString label;
        QString value;
    };

    QList<Line> filter; // period, deal kinds, companies
    QString counts; // "42 companies, 160 deals, 17 valuations"
    QString dealPeriod; // "Deals from July 2019 to November 2025"; empty without deals
    ReportTable amounts; // one row per deal kind present
    QString amountsNote; // how to read the amounts
    QString leftOut; // "Left out of the sums: 2 deals counted in others or superseded."; empty: none

    static ReportSummary build(const DocumentData &data, const ReportFilter &filter, const Formatter &format);
    // The table of amounts by deal kind, as the report and the Overview show it.
    static ReportTable amountsByKind(const KindTotals &totals, const Formatter &format);
    static QString amountsByKindNote();
    // How many deals the totals leave out because others count their money; empty when none.
    static QString leftOutNote(const KindTotals &totals);
};
