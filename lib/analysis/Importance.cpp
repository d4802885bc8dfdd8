#include "analysis/Importance.h"

#include "graph/FilteredDealGraph.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <random>
#include <thread>

namespace {
// The company graph with one arc per ordered pair, as compressed adjacency lists both ways.
struct Adjacency
{
    std::vector<int> outStart, out; // out[outStart[v] .. outStart[v + 1]) are v's successors
    std::vector<int> inStart, in; // and its predecessors

    Adjacency(int n, std::vector<std::pair<int, int>> arcs)
    {
        std::sort(arcs.begin(), arcs.end());
        arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
        fill(n, arcs, outStart, out, [](const std::pair<int, int> &a) { return a; });
        fill(n, arcs, inStart, in, [](const std::pair<int, int> &a) { return std::pair(a.second, a.first); });
    }
    qsizetype arcCount() const { return qsizetype(out.size()); }

private:
    template<typename Orient>
    static void fill(int n, const std::vector<std::pair<int, int>> &arcs, std::vector<int> &start,
        std::vector<int> &targets, Orient orient)
    {
        start.assign(size_t(n) + 1, 0);
        for (const auto &arc : arcs)
            ++start[size_t(orient(arc).first) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        targets.resize(arcs.size());
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const auto &arc : arcs) {
            const auto [from, to] = orient(arc);
            targets[size_t(next[size_t(from)]++)] = to;
        }
    }
};

// Brandes' algorithm for unweighted graphs from the given sources: adds each vertex's dependency
// on every source to centrality (the vertex itself and the source excluded).
void accumulate(const Adjacency &g, const int *sources, size_t count, std::vector<double> &centrality,
    const std::function<bool()> &cancelled)
{
    const size_t n = g.outStart.size() - 1;
    std::vector<int> distance(n, -1), order;
    std::vector<double> paths(n, 0.0), dependency(n, 0.0);
    order.reserve(n);
    for (size_t k = 0; k < count; ++k) {
        if (cancelled && k % 16 == 0 && cancelled())
            return;
        const int s = sources[k];
        order.clear();
        distance[size_t(s)] = 0;
        paths[size_t(s)] = 1;
        order.push_back(s);
        for (size_t head = 0; head < order.size(); ++head) { // the BFS queue is the visiting order
            const int v = order[head];
            for (int i = g.outStart[size_t(v)]; i < g.outStart[size_t(v) + 1]; ++i) {
                const int w = g.out[size_t(i)];
                if (distance[size_t(w)] < 0) {
                    distance[size_t(w)] = distance[size_t(v)] + 1;
                    order.push_back(w);
                }
                if (distance[size_t(w)] == distance[size_t(v)] + 1)
                    paths[size_t(w)] += paths[size_t(v)];
            }
        }
        for (size_t i = order.size(); i-- > 0;) {
            const int w = order[i];
            const double share = (1 + dependency[size_t(w)]) / paths[size_t(w)];
            for (int j = g.inStart[size_t(w)]; j < g.inStart[size_t(w) + 1]; ++j) {
                const int v = g.in[size_t(j)];
                if (distance[size_t(v)] == distance[size_t(w)] - 1)
                    dependency[size_t(v)] += paths[size_t(v)] * share;
            }
            if (w != s)
                centrality[size_t(w)] += dependency[size_t(w)];
        }
        for (const int v : order) {
            distance[size_t(v)] = -1;
            paths[size_t(v)] = 0;
            dependency[size_t(v)] = 0;
        }
    }
}

// Betweenness from the given sources, scaled by scale. The sources are cut into a fixed number of
// parts summed in a fixed order, so that the result does not depend on the number of threads.
std::vector<double> betweenness(
    const Adjacency &g, const std::vector<int> &sources, double scale, const std::function<bool()> &cancelled)
{
    const size_t n = g.outStart.size() - 1;
    constexpr size_t parts = 16;
    std::vector<std::vector<double>> partial(std::min(parts, std::max<size_t>(1, sources.size())));
    const size_t per = (sources.size() + partial.size() - 1) / partial.size();
    std::atomic<size_t> next = 0;
    auto work = [&] {
        for (size_t p = next++; p < partial.size(); p = next++) {
            partial[p].assign(n, 0.0);
            const size_t begin = std::min(sources.size(), p * per);
            const size_t end = std::min(sources.size(), begin + per);
            accumulate(g, sources.data() + begin, end - begin, partial[p], cancelled);
        }
    };
    const bool worthThreads = double(sources.size()) * double(g.arcCount() + qsizetype(n)) > 2e6;
    std::vector<std::thread> threads;
    for (unsigned t = 1; worthThreads && t < std::min<unsigned>(std::thread::hardware_concurrency(), parts); ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    std::vector<double> result(n, 0.0);
    for (const std::vector<double> &p : partial) {
        for (size_t v = 0; v < n; ++v)
            result[v] += p[v];
    }
    for (double &c : result)
        c *= scale;
    return result;
}
} // namespace

double ImportanceAnalysis::exactWork(qsizetype companies, qsizetype arcs)
{
    return double(companies) * double(arcs + companies);
}

ImportanceResult ImportanceAnalysis::compute(
    const FilteredDealGraph &graph, double maxWork, const std::function<bool()> &cancelled)
{
    const auto &view = graph.view();

    ImportanceResult out;
    QList<Importance> &result = out.companies;
    QHash<QString, int> indexOf;
    for (auto v : boost::make_iterator_range(boost::vertices(view))) {
        indexOf.insert(view[v].id, int(result.size()));
        Importance imp;
        imp.companyId = view[v].id;
        result << imp;
    }
    const int n = int(result.size());
    std::vector<std::pair<int, int>> arcs; // parallel deals would double the shortest-path counts: one per pair
    QList<QHash<QString, Money>> firmBySource(n);
    for (const Deal *d : graph.deals()) {
        if (!MoneyFlow::movesMoney(*d))
            continue;
        const int a = indexOf.value(d->from, -1);
        const int b = indexOf.value(d->to, -1);
        if (a < 0 || b < 0)
            continue;
        arcs.emplace_back(a, b);
        if (!graph.countsInTotals(*d))
            continue; // its money is counted in the deal that supersedes or contains it
        ++result[a].outDeals;
        result[a].out.add(*d);
        ++result[b].inDeals;
        result[b].in.add(*d);
        if (certaintyOf(*d) == Certainty::Firm)
            firmBySource[b][d->from] += *d->amount;
    }

    const Adjacency adjacency(n, std::move(arcs));
    std::vector<int> sources(size_t(n), 0);
    std::iota(sources.begin(), sources.end(), 0);
    const double work = exactWork(n, adjacency.arcCount());
    if (work > maxWork && n > 0) {
        // A uniform sample, the same on every run: a fixed seed.
        const auto wanted = size_t(std::clamp(double(n) * maxWork / work, std::min(64.0, double(n)), double(n)));
        std::mt19937 random(20071001);
        std::shuffle(sources.begin(), sources.end(), random);
        sources.resize(wanted);
        std::sort(sources.begin(), sources.end());
    }
    out.sources = int(sources.size());
    const std::vector<double> centrality
        = n > 0 ? betweenness(adjacency, sources, double(n) / double(sources.size()), cancelled) : std::vector<double>();
    const double maxPairs = n > 2 ? double(n - 1) * double(n - 2) : 0.0;

    for (int i = 0; i < n; ++i) {
        Importance &imp = result[i];
        imp.betweenness = centrality[size_t(i)];
        imp.betweennessNormalized = maxPairs > 0 ? centrality[size_t(i)] / maxPairs : 0.0;
        QStringList sourceIds = firmBySource[i].keys();
        std::sort(sourceIds.begin(), sourceIds.end());
        for (const QString &source : sourceIds) {
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
    return out;
}
