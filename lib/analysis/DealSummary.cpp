#include "analysis/DealSummary.h"

DealSummary DealSummary::of(const QList<Deal> &deals)
{
    DealSummary summary;
    for (const Deal &d : deals) {
        for (Totals *t : {&summary.byKind[d.kind], &summary.all}) {
            ++t->deals;
            if (!d.amount) {
                ++t->undisclosed;
                continue;
            }
            switch (d.amountKind) {
            case AmountKind::Committed:
            case AmountKind::Reported: t->firm += *d.amount; break;
            case AmountKind::UpTo: t->upTo += *d.amount; break;
            case AmountKind::Estimated: t->estimated += *d.amount; break;
            }
        }
        if (!summary.first || d.date.periodStart() < *summary.first)
            summary.first = d.date.periodStart();
        if (!summary.last || d.date.periodStart() > *summary.last)
            summary.last = d.date.periodStart();
    }
    return summary;
}
