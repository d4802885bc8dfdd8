#pragma once

#include "document/DocumentData.h"

#include <QMap>

// Totals of deals by kind, with amounts of different certainty kept apart: committed and
// reported sums, up-to sums, estimated sums, and a count of undisclosed deals.
struct DealSummary
{
    struct Totals
    {
        int deals = 0;
        Money firm; // committed or reported
        Money upTo; // "up to" ceilings
        Money estimated; // estimates
        int undisclosed = 0;
    };

    QMap<DealKind, Totals> byKind;
    Totals all;
    std::optional<QDate> first;
    std::optional<QDate> last;

    static DealSummary of(const QList<Deal> &deals);
};
