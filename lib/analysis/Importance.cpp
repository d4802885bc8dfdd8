#include "analysis/Importance.h"

#include "graph/FilteredDealGraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <set>

QList<Importance> ImportanceAnalysis::compute(const FilteredDealGraph &graph)
{
    const auto &view = graph.view();
    using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

    QList<Importance> result;
    QHash<QString, int> indexOf;
    for (auto v : boost::make_iterator_range(boost::vertices(view))) {
        indexOf.insert(view[v].id, int(result.size()));
        Importance imp;
        imp.companyId = view[v].id;
        result << imp;
    }
    const int n = int(result.size());
    std::set<std::pair<int, int>> arcs; // parallel deals would double the shortest-path counts
    QList<QHash<QString, Money>> firmBySource(n);
    for (const Deal *d : graph.deals()) {
        if (!MoneyFlow::movesMoney(*d))
            continue;
        const int a = indexOf.value(d->from, -1);
        const int b = indexOf.value(d->to, -1);
        if (a < 0 || b < 0)
            continue;
        arcs.insert({a, b});
        if (!graph.countsInTotals(*d))
            continue; // its money is counted in the deal that supersedes or contains it
        ++result[a].outDeals;
        result[a].out.add(*d);
        ++result[b].inDeals;
        result[b].in.add(*d);
        if (certaintyOf(*d) == Certainty::Firm)
            firmBySource[b][d->from] += *d->amount;
    }

    Simple simple(n);
    for (const auto &[a, b] : arcs)
        boost::add_edge(Simple::vertex_descriptor(a), Simple::vertex_descriptor(b), simple);
    std::vector<double> centrality(n, 0.0);
    if (n > 0) {
        boost::brandes_betweenness_centrality(simple,
            boost::centrality_map(
                boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, simple))));
    }
    const double maxPairs = n > 2 ? double(n - 1) * double(n - 2) : 0.0;

    for (int i = 0; i < n; ++i) {
        Importance &imp = result[i];
        imp.betweenness = centrality[i];
        imp.betweennessNormalized = maxPairs > 0 ? centrality[i] / maxPairs : 0.0;
        QStringList sources = firmBySource[i].keys();
        std::sort(sources.begin(), sources.end());
        for (const QString &source : sources) {
            if (firmBySource[i][source] > imp.largestSourceFirm) {
                imp.largestSourceFirm = firmBySource[i][source];
                imp.largestSourceId = source;
            }
        }
        if (imp.in.firm.usd() > 0)
            imp.concentration = double(imp.largestSourceFirm.usd()) / double(imp.in.firm.usd());
    }
    std::stable_sort(result.begin(), result.end(), [](const Importance &a, const Importance &b) {
        if (a.betweenness != b.betweenness)
            return a.betweenness > b.betweenness;
        return a.in.firm + a.out.firm > b.in.firm + b.out.firm;
    });
    return result;
}
