#include "layout/ForceLayout.h"

#include "layout/ComponentPacker.h"
#include "layout/MultilevelGraph.h"
#include "layout/QuadTree.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <thread>

namespace {
constexpr double RepulsionStrength = 0.2; // Hu's C

// Runs body(i) for i in [0, n) on the available cores (only worth it for larger n).
// body(k) for k in 0..n-1, in blocks taken by the threads as they become free (dense regions
// cost more than sparse ones, and consecutive k are near each other).
template<typename Body> void parallelFor(int n, const Body &body)
{
    const int threads = n < 2000 ? 1 : std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    if (threads == 1) {
        for (int i = 0; i < n; ++i)
            body(i);
        return;
    }
    constexpr int block = 512;
    std::atomic<int> next {0};
    auto work = [&] {
        for (int begin = next.fetch_add(block); begin < n; begin = next.fetch_add(block)) {
            for (int i = begin; i < std::min(n, begin + block); ++i)
                body(i);
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &w : workers)
        w.join();
}

struct Component
{
    std::vector<std::pair<int, int>> edges; // in local indices (positions in `nodes`), no loops
    std::vector<int> nodes; // global indices, ascending
    bool pinned = false;
};

std::vector<Component> components(const LayoutGraph &graph)
{
    std::vector<int> parent(graph.nodeCount);
    for (int i = 0; i < graph.nodeCount; ++i)
        parent[i] = i;
    auto find = [&](int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    };
    for (const auto &[a, b] : graph.edges) {
        const int ra = find(a), rb = find(b);
        if (ra != rb)
            parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    std::vector<int> slot(graph.nodeCount, -1);
    std::vector<Component> result;
    for (int i = 0; i < graph.nodeCount; ++i) {
        const int r = find(i);
        if (slot[r] < 0) {
            slot[r] = int(result.size());
            result.emplace_back();
        }
        Component &c = result[slot[r]];
        c.nodes.push_back(i);
        if (!graph.pinned.empty() && graph.pinned[i])
            c.pinned = true;
    }
    // Each edge to its component, once for all (not a pass over every edge per component, which
    // made a network of many small components quadratic).
    std::vector<int> local(graph.nodeCount);
    for (const Component &c : result) {
        for (int k = 0; k < int(c.nodes.size()); ++k)
            local[c.nodes[k]] = k;
    }
    for (const auto &[a, b] : graph.edges) {
        if (a != b)
            result[slot[find(a)]].edges.emplace_back(local[a], local[b]);
    }
    return result;
}

// Lays out one component; positions in the component's local frame (pinned nodes at their pins).
class ComponentLayout
{
public:
    ComponentLayout(const LayoutGraph &graph, const Component &component, const LayoutOptions &options)
        : m_options(options)
        , m_rng(options.seed + unsigned(component.nodes.front()) * 2654435761u)
    {
        const int n = int(component.nodes.size());
        const std::vector<std::pair<int, int>> &edges = component.edges;
        std::vector<std::optional<QPointF>> pins(n);
        if (!graph.pinned.empty()) {
            for (int k = 0; k < n; ++k)
                pins[k] = graph.pinned[component.nodes[k]];
        }
        m_levels.push_back(MultilevelGraph::fromEdges(n, edges, pins));
        if (n > options.multilevelThreshold) {
            while (m_levels.back().nodeCount() > 40) {
                auto coarser = m_levels.back().coarsen(m_rng);
                if (!coarser || coarser->nodeCount() > 0.9 * m_levels.back().nodeCount())
                    break;
                m_levels.push_back(std::move(*coarser));
            }
        }
    }

    int levelCount() const { return int(m_levels.size()); }

    // Runs every level from the coarsest; tick() is called after each iteration with the level
    // index and the iteration count so far; returns false when cancelled.
    template<typename Tick> bool run(Tick tick)
    {
        const double K = m_options.edgeLength;
        MultilevelGraph &coarsest = m_levels.back();
        const int cn = coarsest.nodeCount();
        const double spread = K * std::sqrt(double(std::max(cn, 1)));
        std::uniform_real_distribution<double> uni(-spread, spread);
        m_x.assign(cn, 0);
        m_y.assign(cn, 0);
        for (int i = 0; i < cn; ++i) {
            m_x[i] = uni(m_rng);
            m_y[i] = uni(m_rng);
        }
        placeNearPinned(coarsest);
        m_level = levelCount() - 1;
        if (!relax(coarsest, m_options.coarsestIterations, spread * 0.2, tick))
            return false;
        for (m_level = levelCount() - 2; m_level >= 0; --m_level) {
            prolong(m_levels[m_level + 1], m_levels[m_level]);
            if (!relax(m_levels[m_level], m_options.refineIterations, K * 0.6, tick))
                return false;
        }
        return true;
    }

    // Positions of the finest nodes now (coarser positions projected down while refining).
    std::vector<QPointF> current() const
    {
        std::vector<int> map(m_levels[0].nodeCount());
        for (int i = 0; i < int(map.size()); ++i)
            map[i] = i;
        for (int l = 0; l < m_level && l + 1 < levelCount(); ++l) {
            for (int &m : map)
                m = m_levels[l].parent[m];
        }
        std::vector<QPointF> result(map.size());
        for (int i = 0; i < int(map.size()); ++i) {
            const int m = map[i];
            result[i] = m < int(m_x.size()) ? QPointF(m_x[m], m_y[m]) : QPointF();
        }
        return result;
    }

private:
    void placeNearPinned(const MultilevelGraph &g)
    {
        // Free nodes next to pinned ones start at their pinned neighbours' centre.
        for (int i = 0; i < g.nodeCount(); ++i) {
            if (g.pin[i]) {
                m_x[i] = g.pin[i]->x();
                m_y[i] = g.pin[i]->y();
            }
        }
        for (int i = 0; i < g.nodeCount(); ++i) {
            if (g.pin[i])
                continue;
            double sx = 0, sy = 0;
            int count = 0;
            for (int k = g.offsets[i]; k < g.offsets[i + 1]; ++k) {
                if (const auto &p = g.pin[g.targets[k]]) {
                    sx += p->x();
                    sy += p->y();
                    ++count;
                }
            }
            if (count > 0) {
                std::uniform_real_distribution<double> jitter(-m_options.edgeLength, m_options.edgeLength);
                m_x[i] = sx / count + jitter(m_rng);
                m_y[i] = sy / count + jitter(m_rng);
            }
        }
    }

    void prolong(const MultilevelGraph &coarse, const MultilevelGraph &fine)
    {
        std::vector<double> x(fine.nodeCount()), y(fine.nodeCount());
        std::uniform_real_distribution<double> jitter(-0.15 * m_options.edgeLength, 0.15 * m_options.edgeLength);
        for (int i = 0; i < fine.nodeCount(); ++i) {
            const int p = fine.parent[i];
            if (fine.pin[i]) {
                x[i] = fine.pin[i]->x();
                y[i] = fine.pin[i]->y();
            } else {
                x[i] = m_x[p] + jitter(m_rng);
                y[i] = m_y[p] + jitter(m_rng);
            }
        }
        Q_UNUSED(coarse);
        m_x = std::move(x);
        m_y = std::move(y);
    }

    template<typename Tick> bool relax(const MultilevelGraph &g, int iterations, double step, Tick tick)
    {
        const int n = g.nodeCount();
        if (n <= 1) {
            if (n == 1 && !g.pin[0])
                m_x[0] = m_y[0] = 0;
            return tick(m_level, iterations);
        }
        const double K = m_options.edgeLength;
        const double repulse = RepulsionStrength * K * K;
        const double theta = n > m_options.largeLevel ? m_options.largeTheta : m_options.theta;
        std::vector<double> fx(n), fy(n);
        double energy = std::numeric_limits<double>::max();
        int progress = 0;
        QuadTree tree;
        for (int it = 0; it < iterations; ++it) {
            tree.build(m_x, m_y, g.mass);
            double newEnergy = 0, moved = 0;
            // Forces are independent per node, so they are computed in parallel; the result does
            // not depend on the number of threads.
            const std::vector<int> &order = tree.order();
            parallelFor(n, [&](int at) {
                const int i = order[size_t(at)];
                if (g.pin[i])
                    return;
                double rx, ry;
                tree.repulsion(i, m_x[i], m_y[i], theta, rx, ry);
                double ax = 0, ay = 0;
                for (int k = g.offsets[i]; k < g.offsets[i + 1]; ++k) {
                    const int j = g.targets[k];
                    const double dx = m_x[j] - m_x[i], dy = m_y[j] - m_y[i];
                    const double d = std::sqrt(dx * dx + dy * dy);
                    ax += dx * d / K;
                    ay += dy * d / K;
                }
                fx[i] = repulse * rx * g.mass[i] + ax;
                fy[i] = repulse * ry * g.mass[i] + ay;
            });
            for (int i = 0; i < n; ++i) {
                if (g.pin[i])
                    continue;
                const double f = std::sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
                newEnergy += f * f;
                if (f > 1e-12 && std::isfinite(f)) {
                    m_x[i] += step * fx[i] / f;
                    m_y[i] += step * fy[i] / f;
                    moved += step;
                }
            }
            // Hu's adaptive step: grow while the energy keeps falling, shrink otherwise.
            if (newEnergy < energy) {
                if (++progress >= 5) {
                    progress = 0;
                    step /= 0.9;
                }
            } else {
                progress = 0;
                step *= 0.9;
            }
            energy = newEnergy;
            if (!tick(m_level, 1))
                return false;
            if (step < 0.005 * K || moved / n < 0.01 * K)
                break;
        }
        return true;
    }

    const LayoutOptions &m_options;
    std::mt19937 m_rng;
    std::vector<MultilevelGraph> m_levels;
    std::vector<double> m_x, m_y;
    int m_level = 0;
};
} // namespace

std::optional<std::vector<QPointF>> ForceLayout::run(
    const LayoutGraph &graph, const LayoutOptions &options, const LayoutProgress &progress)
{
    std::vector<Component> parts = components(graph);
    // Largest first: they take the longest and shape the picture.
    std::stable_sort(parts.begin(), parts.end(),
        [](const Component &a, const Component &b) { return a.nodes.size() > b.nodes.size(); });
    std::vector<std::vector<QPointF>> local(parts.size());
    for (size_t c = 0; c < parts.size(); ++c)
        local[c].assign(parts[c].nodes.size(), QPointF());
    double totalWork = 0, done = 0;
    for (const Component &c : parts)
        totalWork += double(c.nodes.size());

    auto assemble = [&]() {
        ComponentPacker packer(options.edgeLength);
        for (size_t c = 0; c < parts.size(); ++c)
            packer.add(parts[c].nodes, local[c], parts[c].pinned);
        std::vector<QPointF> result(graph.nodeCount);
        packer.pack(result);
        return result;
    };

    for (size_t c = 0; c < parts.size(); ++c) {
        const Component &part = parts[c];
        if (part.nodes.size() == 1) {
            const int i = part.nodes.front();
            local[c] = {(!graph.pinned.empty() && graph.pinned[i]) ? *graph.pinned[i] : QPointF()};
            done += 1;
            continue;
        }
        ComponentLayout layout(graph, part, options);
        local[c] = layout.current();
        const double weight = double(part.nodes.size());
        const double perIteration
            = weight / (options.coarsestIterations + options.refineIterations * (layout.levelCount() - 1) + 1);
        int sinceReport = 0;
        const bool ok = layout.run([&](int, int iterations) {
            done += perIteration * iterations;
            if (!progress || ++sinceReport < 5)
                return true;
            sinceReport = 0;
            return progress(std::min(0.99, done / totalWork), [&]() {
                local[c] = layout.current();
                return assemble();
            });
        });
        if (!ok)
            return std::nullopt;
        local[c] = layout.current();
    }
    std::vector<QPointF> result = assemble();
    if (progress && !progress(1.0, [&]() { return result; }))
        return std::nullopt;
    return result;
}
