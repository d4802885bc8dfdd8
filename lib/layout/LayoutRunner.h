#pragma once

#include "layout/LayoutGraph.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// Runs ForceLayout on a worker thread. While it runs it publishes position snapshots (about ten a
// second) so the network settles visibly, and progress; cancel() stops it. Starting a new layout
// cancels the old one; results of an older run are dropped, never delivered.
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    void start(const LayoutGraph &graph, const LayoutOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the current run (if any) has ended; for tests and shutdown.
    void wait();

Q_SIGNALS:
    void snapshot(const QList<QPointF> &positions);
    void progress(int percent);
    // The final positions; not emitted for cancelled or superseded runs.
    void finished(const QList<QPointF> &positions);
    void cancelled();

private:
    struct Run;
    std::shared_ptr<Run> m_run;
    QList<QThread *> m_threads;
    int m_generation = 0;
    bool m_running = false;
};
