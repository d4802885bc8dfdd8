#pragma once

#include "analysis/CapitalFlowAnalysis.h"

#include <QObject>

#include <memory>

class DealGraph;
class QThread;

// Runs CapitalFlowAnalysis on a worker thread, so that a large network's analysis (betweenness is
// a breadth-first search from every company) never freezes the window. The graph is copied when
// a run is requested, so the document may change meanwhile. One run at a time: a request while
// one runs is kept (the newest only) and started when it ends, and only the newest request's
// result is delivered. Destroying the runner cancels the run and waits for its thread.
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void request(const DealGraph &graph, const AnalysisOptions &options);
    // A run requested and not yet delivered.
    bool isBusy() const { return m_busy; }
    // Blocks until every requested run has ended and delivered its result; for tests and the command line.
    void wait();

Q_SIGNALS:
    void finished(std::shared_ptr<const CapitalFlowAnalysis> analysis);
    void busyChanged(bool busy);

private:
    struct Job;
    void startNext();
    void setBusy(bool busy);

    std::shared_ptr<Job> m_running; // the run on the worker thread
    std::shared_ptr<Job> m_pending; // the newest request made while it runs
    QThread *m_thread = nullptr;
    int m_generation = 0;
    bool m_busy = false;
};
