#pragma once

#include "analysis/AmountTotals.h"
#include "model/DealFilter.h"

class DealGraph;
class Document;

// The network as of a date, and what changed between two dates. "As of D" is the one deal
// filter with D as its end: the deals whose period starts on or before D (a deal of "2025" is
// there as of March 2025), the companies they touch, and the valuations known by D.
struct NetworkChanges
{
    struct ValuationChange
    {
        QString companyId;
        Valuation then; // the latest valuation as of the first date
        Valuation now; // the latest as of the second
        double factor = 0; // now / then
    };

    QDate from;
    QDate to;
    QStringList dealsThen; // the deals as of `from` (all of them exist at `to` as well)
    QStringList newDeals; // as of `to` but not as of `from`, by date
    QStringList newCompanies; // touched by a deal as of `to` but by none as of `from`, by name
    QList<Valuation> newValuations; // dated after `from`, up to `to`, by date
    QList<ValuationChange> valuationChanges; // companies valued at both dates, largest factor first
    KindTotals totalsThen; // each dollar once (superseded and contained deals left out)
    KindTotals totalsNow;

    // `base` restricts the deals compared (kinds, companies, sources); its own end, when earlier
    // than a date, stays. `from` must not be after `to`.
    static NetworkChanges compare(const DealGraph &graph, const QList<Valuation> &valuations, QDate from, QDate to,
        const DealFilter &base = {});
    static NetworkChanges compare(const Document &document, QDate from, QDate to, const DealFilter &base = {});
    // The filter of the network as of a date.
    static DealFilter asOf(QDate date, const DealFilter &base = {});
};
