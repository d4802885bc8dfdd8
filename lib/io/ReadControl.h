#pragma once

#include <algorithm>
#include <atomic>

// What a read on a worker thread shares with the window: the window may cancel it, and the reader
// says how far it is, for a progress bar. Both sides only load and store atomics.
class ReadControl
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // For code that checks only for cancelling.
    const std::atomic<bool> *cancelFlag() const { return &m_cancelled; }

    // How far the whole read is, from 0 to 1; it only moves forward, whichever thread reports.
    double progress() const { return m_permille.load(std::memory_order_relaxed) / 1000.0; }
    // Reports of the part of the read that comes next (a reader's 0 to 1) count as this span of
    // the whole. Set between parts, before the next part's threads start.
    void setSpan(double from, double to)
    {
        m_from = from;
        m_to = to;
    }
    void report(double fraction)
    {
        const int permille = int((m_from + (m_to - m_from) * std::clamp(fraction, 0.0, 1.0)) * 1000);
        int seen = m_permille.load(std::memory_order_relaxed);
        while (seen < permille && !m_permille.compare_exchange_weak(seen, permille, std::memory_order_relaxed)) {
        }
    }

    // A stage of the read: its own 0 to 1 reported as a share of the whole.
    struct Stage
    {
        ReadControl *control = nullptr;
        double from = 0;
        double to = 1;
        void report(double fraction) const
        {
            if (control)
                control->report(from + (to - from) * fraction);
        }
        bool isCancelled() const { return control && control->isCancelled(); }
    };
    static Stage stage(ReadControl *control, double from, double to) { return {control, from, to}; }

private:
    std::atomic<bool> m_cancelled {false};
    std::atomic<int> m_permille {0};
    double m_from = 0;
    double m_to = 1;
};
