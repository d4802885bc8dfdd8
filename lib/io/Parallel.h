#pragma once

#include <QtGlobal>

#include <algorithm>
#include <thread>
#include <vector>

// Work on items in consecutive parts, one thread per part (the first on the calling thread).
namespace Parallel {

// How many parts for `items`: one below `worthIt` (threads cost more than they save), else one per
// core up to `most`.
inline int partsFor(qsizetype items, qsizetype worthIt = 20000, int most = 4)
{
    if (items < worthIt)
        return 1;
    return std::clamp(int(std::thread::hardware_concurrency()), 1, most);
}

// The first and one past the last item of `part` of `parts`.
inline std::pair<qsizetype, qsizetype> range(qsizetype items, int part, int parts)
{
    return {items * part / parts, items * (part + 1) / parts};
}

// Runs work(part) for every part and waits for all of them.
template<typename Work> void inParts(int parts, const Work &work)
{
    std::vector<std::thread> threads;
    threads.reserve(size_t(std::max(parts - 1, 0)));
    for (int part = 1; part < parts; ++part)
        threads.emplace_back([&work, part] { work(part); });
    if (parts > 0)
        work(0);
    for (std::thread &t : threads)
        t.join();
}

// What the parts found (each part's in its own order), taken out in the order of the whole.
template<typename T> class InOrder
{
public:
    explicit InOrder(const std::vector<std::vector<T>> &found)
        : m_found(found)
    {
    }
    // Hands each next item to take() for as long as due(item) says it is due.
    template<typename Due, typename Take> void takeWhile(const Due &due, const Take &take)
    {
        for (;;) {
            while (m_part < m_found.size() && m_next == m_found[m_part].size()) {
                ++m_part;
                m_next = 0;
            }
            if (m_part == m_found.size() || !due(m_found[m_part][m_next]))
                return;
            take(m_found[m_part][m_next++]);
        }
    }

private:
    const std::vector<std::vector<T>> &m_found;
    size_t m_part = 0;
    size_t m_next = 0;
};

} // namespace Parallel
