#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

// The median of `runs` timings of `work`, in seconds.
template<typename F> double medianSeconds(F &&work, int runs = 9)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << double(timer.nsecsElapsed()) / 1e9;
    }
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples[samples.size() / 2];
}
