#include "files/LoadJob.h"

#include "files/DocumentFiles.h"

#include <QThread>

namespace {
std::atomic<int> g_runningWorkers {0};
} // namespace

struct LoadJob::State
{
    std::atomic<bool> cancelled {false};
    CapflowFormat::ReadResult result;
};

LoadJob::LoadJob(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_state(std::make_shared<State>())
{
}

LoadJob::~LoadJob()
{
    cancel();
}

void LoadJob::start()
{
    if (m_started)
        return;
    m_started = true;
    ++g_runningWorkers;
    // The worker shares only the state: it may outlive a cancelled job.
    QThread *worker = QThread::create([state = m_state, path = m_path] {
        CapflowFormat::ReadResult result = DocumentFiles::load(path, &state->cancelled);
        if (!state->cancelled)
            state->result = std::move(result);
    });
    worker->setObjectName(QStringLiteral("capflow-load"));
    connect(worker, &QThread::finished, this, [this] {
        if (m_state->cancelled)
            return;
        m_finished = true;
        Q_EMIT finished();
    });
    connect(worker, &QThread::finished, worker, [worker] {
        --g_runningWorkers;
        worker->deleteLater();
    });
    worker->start();
}

void LoadJob::cancel()
{
    m_state->cancelled = true;
}

CapflowFormat::ReadResult LoadJob::takeResult()
{
    return std::move(m_state->result);
}

int LoadJob::runningWorkers()
{
    return g_runningWorkers;
}
