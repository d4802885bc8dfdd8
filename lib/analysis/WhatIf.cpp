#include "analysis/WhatIf.h"

#include "document/Document.h"
#include "graph/FilteredDealGraph.h"

#include <QSet>

WhatIfResult WhatIf::removeCompany(const FilteredDealGraph &graph, const QString &companyId)
{
    WhatIfResult result;
    result.companyId = companyId;
    const QList<const Deal *> deals = graph.deals();
    QSet<QString> partners;
    for (const Deal *d : deals) {
        if (!MoneyFlow::movesMoney(*d) || (d->from != companyId && d->to != companyId))
            continue;
        const QString partner = d->from == companyId ? d->to : d->from;
        partners.insert(partner);
        result.losses << WhatIfLoss {1, partner, *d};
        if (graph.countsInTotals(*d))
            result.direct.add(*d);
    }
    for (const Deal *d : deals) {
        if (!MoneyFlow::movesMoney(*d) || !partners.contains(d->from) || d->to == companyId)
            continue;
        result.losses << WhatIfLoss {2, d->to, *d};
        if (graph.countsInTotals(*d))
            result.oneStepFurther.add(*d);
    }
    std::sort(result.losses.begin(), result.losses.end(), [](const WhatIfLoss &a, const WhatIfLoss &b) {
        if (a.step != b.step)
            return a.step < b.step;
        if (a.loserId != b.loserId)
            return a.loserId < b.loserId;
        return naturalIdLess(a.deal.id, b.deal.id);
    });
    result.directPartners = partners.values();
    std::sort(result.directPartners.begin(), result.directPartners.end());
    return result;
}
