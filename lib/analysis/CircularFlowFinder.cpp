#include "analysis/CircularFlowFinder.h"

#include "analysis/CompanyArcs.h"

#include "document/Document.h"
#include "graph/FilteredDealGraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <boost/graph/strong_components.hpp>

#include <map>

namespace {
using SimpleGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using SimpleVertex = SimpleGraph::vertex_descriptor;

// Thrown from the visitor: hawick_circuits has no other way to stop.
struct BudgetExhausted
{
};

struct SearchState
{
    int maxLength = 4;
    qint64 budget = 0;
    qint64 examined = 0;
    std::vector<std::vector<int>> found; // company cycles, as global company indices
};

struct CircuitVisitor
{
    SearchState *state = nullptr;
    const std::vector<int> *globalOf = nullptr; // component-local vertex -> global company index

    template<typename Path, typename Graph> void cycle(const Path &path, const Graph &)
    {
        if (++state->examined > state->budget)
            throw BudgetExhausted {};
        if (int(path.size()) > state->maxLength)
            return; // the length limit: longer circuits are passed over
        std::vector<int> companies;
        companies.reserve(path.size());
        for (auto v : path)
            companies.push_back((*globalOf)[v]);
        state->found.push_back(std::move(companies));
    }
};
} // namespace

CycleSearchResult CircularFlowFinder::find(const FilteredDealGraph &graph, const CycleSearchOptions &options)
{
    CycleSearchResult result;
    result.options = options;
    result.options.maxLength = std::max(2, options.maxLength);

    const CompanyArcs arcs = CompanyArcs::of(graph);
    const QStringList &companyIds = arcs.companyIds;
    const auto &dealsOfPair = arcs.dealsOfPair;
    SimpleGraph companies(companyIds.size());
    for (const auto &entry : dealsOfPair)
        boost::add_edge(SimpleVertex(entry.first.first), SimpleVertex(entry.first.second), companies);

    std::vector<int> component(companyIds.size());
    const int componentCount = companyIds.isEmpty() ? 0 : int(boost::strong_components(companies, component.data()));
    std::vector<std::vector<int>> members(componentCount);
    for (int v = 0; v < int(component.size()); ++v)
        members[component[v]].push_back(v);

    SearchState state;
    state.maxLength = result.options.maxLength;
    state.budget = options.workBudget;
    for (const std::vector<int> &vertices : members) {
        if (vertices.size() < 2)
            continue; // a single company: only self-loops, which are ignored
        ++result.stronglyConnectedComponents;
        std::vector<int> localOf(companyIds.size(), -1);
        for (int i = 0; i < int(vertices.size()); ++i)
            localOf[vertices[i]] = i;
        SimpleGraph sub(vertices.size());
        for (const auto &entry : dealsOfPair) {
            const int a = localOf[entry.first.first];
            const int b = localOf[entry.first.second];
            if (a >= 0 && b >= 0)
                boost::add_edge(SimpleVertex(a), SimpleVertex(b), sub);
        }
        try {
            boost::hawick_circuits(sub, CircuitVisitor {&state, &vertices});
        } catch (const BudgetExhausted &) {
            result.truncated = true;
            break;
        }
    }
    result.circuitsExamined = std::min(state.examined, state.budget);

    // Expand each company cycle into its deal cycles (one per combination of parallel deals).
    for (const std::vector<int> &cycle : state.found) {
        const int n = int(cycle.size());
        std::vector<const QList<const Deal *> *> legOptions(n);
        for (int i = 0; i < n; ++i)
            legOptions[i] = &dealsOfPair.at({cycle[i], cycle[(i + 1) % n]});
        std::vector<int> choice(n, 0);
        while (true) {
            if (result.cycles.size() >= options.maxCycles) {
                result.truncated = true;
                break;
            }
            CircularFlow flow;
            for (int i = 0; i < n; ++i) {
                flow.companyIds << companyIds[cycle[i]];
                flow.legs << *legOptions[i]->at(choice[i]);
            }
            flow.finish();
            flow.orderInTime(options.timeWindowMonths);
            result.inTimeOrder += flow.inTimeOrder ? 1 : 0;
            result.cycles << flow;
            int i = n - 1;
            while (i >= 0 && ++choice[i] == legOptions[i]->size())
                choice[i--] = 0;
            if (i < 0)
                break;
        }
        if (result.cycles.size() >= options.maxCycles)
            break;
    }
    std::sort(result.cycles.begin(), result.cycles.end(),
        options.countOnlyInTimeOrder ? CircularFlow::ranksBeforeInTime : CircularFlow::ranksBefore);
    return result;
}
