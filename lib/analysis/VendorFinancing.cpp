#include "analysis/VendorFinancing.h"

#include "document/Document.h"
#include "graph/FilteredDealGraph.h"

#include <QSet>

namespace {
std::optional<double> ratio(Money part, Money whole)
{
    if (whole.usd() <= 0)
        return std::nullopt;
    return double(part.usd()) / double(whole.usd());
}
} // namespace

std::optional<double> VendorFinancing::ratioFirm() const
{
    return ratio(committedBack.firm, received.firm);
}

std::optional<double> VendorFinancing::ratioDisclosed() const
{
    return ratio(committedBack.disclosed(), received.disclosed());
}

QList<VendorFinancing> VendorFinancingAnalysis::compute(const FilteredDealGraph &graph)
{
    const auto &view = graph.view();
    auto byId = [](const Deal *a, const Deal *b) { return naturalIdLess(a->id, b->id); };
    QList<VendorFinancing> result;
    for (auto v : boost::make_iterator_range(boost::vertices(view))) {
        VendorFinancing vf;
        vf.companyId = view[v].id;
        QList<const Deal *> investments;
        for (auto e : boost::make_iterator_range(boost::in_edges(v, view))) {
            if (MoneyFlow::movesMoney(view[e]) && MoneyFlow::isInvestment(view[e]))
                investments << &view[e];
        }
        if (investments.isEmpty())
            continue;
        std::sort(investments.begin(), investments.end(), byId);
        QSet<QString> investors;
        for (const Deal *d : investments) {
            if (graph.countsInTotals(*d))
                vf.received.add(*d);
            vf.investmentDeals << d->id;
            investors.insert(d->from);
        }
        QList<const Deal *> purchases;
        for (auto e : boost::make_iterator_range(boost::out_edges(v, view))) {
            const Deal &d = view[e];
            if (MoneyFlow::movesMoney(d) && MoneyFlow::isPurchase(d) && investors.contains(d.to))
                purchases << &d;
        }
        std::sort(purchases.begin(), purchases.end(), byId);
        for (const Deal *d : purchases) {
            if (graph.countsInTotals(*d))
                vf.committedBack.add(*d);
            vf.purchaseDeals << d->id;
        }
        vf.investorIds = investors.values();
        std::sort(vf.investorIds.begin(), vf.investorIds.end());
        result << vf;
    }
    std::stable_sort(result.begin(), result.end(), [](const VendorFinancing &a, const VendorFinancing &b) {
        if (a.committedBack.deals != 0 && b.committedBack.deals == 0)
            return true;
        if (a.committedBack.deals == 0 && b.committedBack.deals != 0)
            return false;
        if (a.committedBack.firm != b.committedBack.firm)
            return a.committedBack.firm > b.committedBack.firm;
        return a.companyId < b.companyId;
    });
    return result;
}
