#include "analysis/MoneyPaths.h"

#include "analysis/CompanyArcs.h"

#include "document/Document.h"
#include "graph/FilteredDealGraph.h"

#include <algorithm>
#include <limits>
#include <map>

QStringList MoneyPath::dealIds() const
{
    QStringList ids;
    for (const Deal &d : legs)
        ids << d.id;
    return ids;
}

bool MoneyPath::ranksBefore(const MoneyPath &a, const MoneyPath &b)
{
    return chainRanksBefore(a.bound, a.amount, a.dealIds(), b.bound, b.amount, b.dealIds());
}

namespace {

struct Search
{
    const PathSearchOptions *options = nullptr;
    int target = -1;
    std::vector<std::vector<int>> out; // company -> companies it pays
    std::vector<int> distanceToTarget; // legs at least, INT_MAX when it cannot reach the target
    std::vector<char> onPath;
    std::vector<int> path;
    std::vector<std::vector<int>> found;
    qint64 steps = 0;
    bool stopped = false;

    void walk(int company)
    {
        if (stopped)
            return;
        if (++steps > options->workBudget) {
            stopped = true;
            return;
        }
        path.push_back(company);
        if (company == target) {
            found.push_back(path);
        } else {
            onPath[company] = 1;
            const int remaining = options->maxLength - int(path.size() - 1);
            for (int next : out[company]) {
                if (onPath[next] || distanceToTarget[next] >= remaining)
                    continue;
                walk(next);
                if (stopped)
                    break;
            }
            onPath[company] = 0;
        }
        path.pop_back();
    }
};

} // namespace

PathSearchResult MoneyPaths::find(
    const FilteredDealGraph &graph, const QString &fromId, const QString &toId, const PathSearchOptions &options)
{
    PathSearchResult result;
    result.options = options;
    result.options.maxLength = std::clamp(options.maxLength, 1, MaxLength);
    if (fromId == toId)
        return result;

    const CompanyArcs arcs = CompanyArcs::of(
        graph, [&options](const Deal &d) { return options.kinds.isEmpty() || options.kinds.contains(d.kind); });
    const QStringList &companyIds = arcs.companyIds;
    const QHash<QString, int> &indexOf = arcs.indexOf;
    const auto &dealsOfPair = arcs.dealsOfPair;
    if (!indexOf.contains(fromId) || !indexOf.contains(toId))
        return result;

    Search search;
    search.options = &result.options;
    search.target = indexOf.value(toId);
    const int n = int(companyIds.size());
    search.out.resize(n);
    std::vector<std::vector<int>> in(n);
    for (const auto &entry : dealsOfPair) {
        search.out[entry.first.first].push_back(entry.first.second);
        in[entry.first.second].push_back(entry.first.first);
    }
    // Breadth first from the target against the money: how many legs each company is from it at
    // least, so that the walk never enters a company that cannot reach the target in time.
    search.distanceToTarget.assign(n, std::numeric_limits<int>::max());
    search.distanceToTarget[search.target] = 0;
    std::vector<int> queue {search.target};
    for (size_t head = 0; head < queue.size(); ++head) {
        const int c = queue[head];
        for (int payer : in[c]) {
            if (search.distanceToTarget[payer] == std::numeric_limits<int>::max()) {
                search.distanceToTarget[payer] = search.distanceToTarget[c] + 1;
                queue.push_back(payer);
            }
        }
    }
    search.onPath.assign(n, 0);
    search.walk(indexOf.value(fromId));
    result.stepsTaken = search.steps;
    result.truncated = search.stopped;

    // Each company path, once per combination of parallel deals.
    for (const std::vector<int> &companies : search.found) {
        std::vector<const QList<const Deal *> *> choices;
        for (size_t i = 0; i + 1 < companies.size(); ++i)
            choices.push_back(&dealsOfPair.at({companies[i], companies[i + 1]}));
        std::vector<int> pick(choices.size(), 0);
        while (true) {
            if (result.paths.size() >= options.maxPaths) {
                result.truncated = true;
                break;
            }
            MoneyPath p;
            for (int c : companies)
                p.companyIds << companyIds.at(c);
            for (size_t i = 0; i < choices.size(); ++i)
                p.legs << *choices[i]->at(pick[i]);
            const ChainBound b = chainBound(p.legs);
            p.amount = b.smallest;
            p.bound = b.bound;
            p.undisclosedLegs = b.undisclosedLegs;
            p.firstDate = b.firstDate;
            p.lastDate = b.lastDate;
            result.paths << p;
            // The next combination, the last leg fastest.
            int i = int(pick.size()) - 1;
            while (i >= 0 && ++pick[i] == int(choices[i]->size()))
                pick[i--] = 0;
            if (i < 0)
                break;
        }
        if (result.truncated && result.paths.size() >= options.maxPaths)
            break;
    }
    std::sort(result.paths.begin(), result.paths.end(), MoneyPath::ranksBefore);
    return result;
}
