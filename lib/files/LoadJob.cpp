#include "files/LoadJob.h"

#include "files/DocumentFiles.h"
#include "io/ReadControl.h"

#include <QThread>

namespace {
std::atomic<int> g_runningWorkers {0};
} // namespace

struct LoadJob::State
{
    ReadControl control;
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
        CapflowFormat::ReadResult result = DocumentFiles::load(path, &state->control);
        if (!state->control.isCancelled())
            state->result = std::move(result);
    });
    worker->setObjectName(QStringLiteral("capflow-load"));
    connect(worker, &QThread::finished, this, [this] {
        if (m_state->control.isCancelled())
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
    m_state->control.cancel();
}

double LoadJob::progress() const
{
    return m_state->control.progress();
}

CapflowFormat::ReadResult LoadJob::takeResult()
{
    return std::move(m_state->result);
}

int LoadJob::runningWorkers()
{
    return g_runningWorkers;
}
