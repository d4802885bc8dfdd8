#include "analysis/AnalysisRunner.h"

#include "graph/DealGraph.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

struct AnalysisRunner::Job
{
    DealGraph graph; // a copy: the document may change while the analysis runs
    AnalysisOptions options;
    int generation = 0;
    std::atomic_bool cancel {false};
    std::shared_ptr<const CapitalFlowAnalysis> result;
};

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const CapitalFlowAnalysis>>();
}

AnalysisRunner::~AnalysisRunner()
{
    m_pending.reset();
    if (m_running)
        m_running->cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AnalysisRunner::request(const DealGraph &graph, const AnalysisOptions &options)
{
    auto job = std::make_shared<Job>();
    job->graph = graph;
    job->options = options;
    job->generation = ++m_generation;
    if (m_running)
        m_running->cancel = true; // its result would be dropped anyway
    m_pending = std::move(job);
    setBusy(true);
    if (!m_running)
        startNext();
}

void AnalysisRunner::startNext()
{
    m_running = std::move(m_pending);
    if (!m_running)
        return;
    const std::shared_ptr<Job> job = m_running;
    m_thread = QThread::create([job] {
        CapitalFlowAnalysis analysis
            = CapitalFlowAnalysis::run(job->graph, job->options, [&job] { return job->cancel.load(); });
        if (!job->cancel)
            job->result = std::make_shared<const CapitalFlowAnalysis>(std::move(analysis));
    });
    connect(m_thread, &QThread::finished, this, [this, job] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running.reset();
        const bool newest = job->generation == m_generation && job->result;
        if (m_pending)
            startNext();
        else
            setBusy(false);
        if (newest)
            Q_EMIT finished(job->result);
    });
    // The cycle search (Boost's hawick_circuits) recurses once per company along a path: a large
    // strongly connected network goes deeper than the 8 MB of a default thread (GCC's ASan found
    // it on a ring of 20,000 companies). 256 MB of address space, used only as deep as it goes.
    m_thread->setStackSize(256u * 1024u * 1024u);
    m_thread->start(QThread::LowPriority);
}

void AnalysisRunner::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void AnalysisRunner::wait()
{
    while (m_busy) {
        if (m_thread)
            m_thread->wait();
        // The thread's finished() is delivered through this thread's event loop.
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    }
}
