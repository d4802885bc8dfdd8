#include "layout/LayoutRunner.h"

#include "layout/ForceLayout.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

struct LayoutRunner::Run
{
    std::atomic_bool cancel {false};
    int generation = 0;
};

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
{
}

LayoutRunner::~LayoutRunner()
{
    // No cancelled() from here: a parent being destroyed would receive it half-destroyed.
    m_running = false;
    cancel();
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    qDeleteAll(m_threads);
}

void LayoutRunner::start(const LayoutGraph &graph, const LayoutOptions &options)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->generation = ++m_generation;
    m_run = run;
    m_running = true;
    QPointer<LayoutRunner> self(this);
    // Deliveries are queued to this object's thread and checked against the generation there.
    auto deliver = [self, run](auto function) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, run, function]() {
                if (self && self->m_generation == run->generation && !run->cancel)
                    function(self.data());
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([graph, options, run, deliver]() {
        QElapsedTimer clock;
        clock.start();
        qint64 lastSnapshot = 0;
        int lastPercent = -1;
        const auto result = ForceLayout::run(graph, options, [&](double fraction, const auto &snapshot) {
            if (run->cancel)
                return false;
            const int percent = int(fraction * 100);
            if (percent != lastPercent) {
                lastPercent = percent;
                deliver([percent](LayoutRunner *r) { Q_EMIT r->progress(percent); });
            }
            if (clock.elapsed() - lastSnapshot >= 100) {
                lastSnapshot = clock.elapsed();
                const std::vector<QPointF> positions = snapshot();
                const QList<QPointF> list(positions.begin(), positions.end());
                deliver([list](LayoutRunner *r) { Q_EMIT r->snapshot(list); });
            }
            return true;
        });
        if (result) {
            const QList<QPointF> list(result->begin(), result->end());
            deliver([list](LayoutRunner *r) {
                r->m_running = false;
                Q_EMIT r->finished(list);
            });
        }
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread]() {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void LayoutRunner::cancel()
{
    if (m_run) {
        m_run->cancel = true;
        m_run.reset();
    }
    if (m_running) {
        m_running = false;
        Q_EMIT cancelled();
    }
}

void LayoutRunner::wait()
{
    for (QThread *thread : QList<QThread *>(m_threads))
        thread->wait();
}
