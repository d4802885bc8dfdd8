#include "analysis/CompanyFlows.h"

#include "graph/FilteredDealGraph.h"
#include "model/DealKinds.h"

void CompanyFlows::forEachMove(const FilteredDealGraph &graph, const MoveFunction &move)
{
    const auto &view = graph.view();
    for (auto e : boost::make_iterator_range(boost::edges(view))) {
        const Deal &deal = view[e];
        if (deal.from == deal.to || !graph.countsInTotals(deal))
            continue;
        if (DealKinds::of(deal.kind).money == DealKinds::Money::ToSeller)
            move(deal, QString(), deal.from); // the seller is paid from outside
        else
            move(deal, deal.from, deal.to);
    }
}

QList<CompanyFlow> CompanyFlows::compute(const FilteredDealGraph &graph)
{
    QHash<QString, CompanyFlow> byCompany;
    forEachMove(graph, [&byCompany](const Deal &deal, const QString &payer, const QString &receiver) {
        if (!payer.isEmpty()) {
            CompanyFlow &out = byCompany[payer];
            out.outByKind[deal.kind].add(deal);
            out.out.add(deal);
        }
        CompanyFlow &in = byCompany[receiver];
        in.inByKind[deal.kind].add(deal);
        in.in.add(deal);
    });
    const auto &view = graph.view();
    QList<CompanyFlow> result;
    for (auto v : boost::make_iterator_range(boost::vertices(view))) {
        auto found = byCompany.find(view[v].id);
        if (found == byCompany.end())
            continue;
        found->companyId = view[v].id;
        result << std::move(*found);
    }
    return result;
}
