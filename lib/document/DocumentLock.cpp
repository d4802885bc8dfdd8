#include "document/DocumentLock.h"

#include <QFileInfo>
#include <QLockFile>

DocumentLock::DocumentLock() = default;
DocumentLock::~DocumentLock() = default;

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".capflow-lock");
}

DocumentLock::Result DocumentLock::lock(const QString &documentPath)
{
    unlock();
    m_holder.clear();
    auto lock = std::make_unique<QLockFile>(lockPathFor(documentPath));
    // Only a dead owner makes a lock stale: a document may stay open for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        m_documentPath = documentPath;
        return Result::Locked;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app))
            m_holder = tr("process %1 on %2").arg(pid).arg(host);
        return Result::HeldElsewhere;
    }
    return Result::Unavailable; // e.g. a read-only folder: editing goes on without a lock
}

void DocumentLock::unlock()
{
    m_lock.reset();
    m_documentPath.clear();
}
