#include "analysis/CompanyFlows.h"

#include "graph/FilteredDealGraph.h"
#include "model/DealKinds.h"

QList<CompanyFlow> CompanyFlows::compute(const FilteredDealGraph &graph)
{
    const auto &view = graph.view();
    QList<CompanyFlow> result;
    for (auto v : boost::make_iterator_range(boost::vertices(view))) {
        CompanyFlow flow;
        flow.companyId = view[v].id;
        for (auto e : boost::make_iterator_range(boost::out_edges(v, view))) {
            const Deal &deal = view[e];
            if (deal.from == deal.to || !graph.countsInTotals(deal))
                continue;
            if (DealKinds::of(deal.kind).money == DealKinds::Money::ToSeller) {
                flow.inByKind[deal.kind].add(deal); // the seller is paid
                flow.in.add(deal);
                continue;
            }
            flow.outByKind[deal.kind].add(deal);
            flow.out.add(deal);
        }
        for (auto e : boost::make_iterator_range(boost::in_edges(v, view))) {
            const Deal &deal = view[e];
            if (!MoneyFlow::movesMoney(deal) || !graph.countsInTotals(deal))
                continue;
            flow.inByKind[deal.kind].add(deal);
            flow.in.add(deal);
        }
        if (!flow.in.isEmpty() || !flow.out.isEmpty())
            result << flow;
    }
    return result;
}
