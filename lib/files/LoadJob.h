#pragma once

#include "io/CapflowFormat.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

// Loads a document (DocumentFiles::load) on a worker thread, so that the window stays responsive
// while a large file is read and the user can cancel. A cancelled or destroyed job never reports:
// its worker stops at the next stage (after reading, after the company lookup) and its result is
// dropped.
class LoadJob : public QObject
{
    Q_OBJECT
public:
    explicit LoadJob(const QString &path, QObject *parent = nullptr);
    ~LoadJob() override; // cancels

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    // How far the worker is, from 0 to 1 (for a progress bar).
    double progress() const;
    // After finished(): the result, moved out.
    CapflowFormat::ReadResult takeResult();

    // Workers of all jobs still running (cancelled ones finish their current stage first).
    static int runningWorkers();

Q_SIGNALS:
    void finished();

private:
    struct State;
    QString m_path;
    std::shared_ptr<State> m_state;
    bool m_started = false;
    bool m_finished = false;
};
