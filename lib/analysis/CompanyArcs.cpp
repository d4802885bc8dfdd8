#include "analysis/CompanyArcs.h"

#include "analysis/AmountTotals.h"
#include "document/Document.h"
#include "graph/FilteredDealGraph.h"

CompanyArcs CompanyArcs::of(const FilteredDealGraph &graph, const std::function<bool(const Deal &)> &accept)
{
    CompanyArcs arcs;
    auto indexFor = [&arcs](const QString &id) {
        auto it = arcs.indexOf.constFind(id);
        if (it != arcs.indexOf.cend())
            return *it;
        arcs.companyIds << id;
        return *arcs.indexOf.insert(id, int(arcs.companyIds.size() - 1));
    };
    QList<const Deal *> deals = graph.deals();
    std::sort(deals.begin(), deals.end(), [](const Deal *a, const Deal *b) { return naturalIdLess(a->id, b->id); });
    for (const Deal *d : std::as_const(deals)) {
        if (MoneyFlow::movesMoney(*d) && (!accept || accept(*d)))
            arcs.dealsOfPair[{indexFor(d->from), indexFor(d->to)}] << d;
    }
    return arcs;
}
