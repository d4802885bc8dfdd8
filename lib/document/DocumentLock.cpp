#include "document/DocumentLock.h"

#include <QFileInfo>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>

DocumentLock::DocumentLock() = default;
DocumentLock::~DocumentLock() = default;

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    QFileInfo info(documentPath);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        info.setFile(canonical);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".capflow-lock");
}

namespace {
// True when pid is a process of this machine that has ended but was not yet reaped.
bool isZombie(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')'); // the command name may hold spaces and parentheses
    return end >= 0 && end + 2 < line.size() && (line.at(end + 2) == 'Z' || line.at(end + 2) == 'X');
}

QString holderText(QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app))
        return DocumentLock::tr("process %1 on %2").arg(pid).arg(host);
    return DocumentLock::tr("another process");
}
} // namespace

bool DocumentLock::tryLockTakingOverTheDead(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &app)
        && (host.isEmpty() || host == QSysInfo::machineHostName()) && isZombie(pid)) {
        lock.removeStaleLockFile();
        return lock.tryLock(0);
    }
    return false;
}

QString DocumentLock::holderOf(const QString &documentPath)
{
    if (!QFileInfo::exists(lockPathFor(documentPath)))
        return {};
    QLockFile lock(lockPathFor(documentPath));
    lock.setStaleLockTime(0);
    if (tryLockTakingOverTheDead(lock)) {
        lock.unlock();
        return {};
    }
    return lock.error() == QLockFile::LockFailedError ? holderText(lock) : QString();
}

DocumentLock::Result DocumentLock::lock(const QString &documentPath)
{
    unlock();
    m_holder.clear();
    m_takenOverFrom.clear();
    auto lock = std::make_unique<QLockFile>(lockPathFor(documentPath));
    // Only a dead owner makes a lock stale: a document may stay open for days.
    lock->setStaleLockTime(0);
    const QString previous = QFileInfo::exists(lockPathFor(documentPath)) ? holderText(*lock) : QString();
    if (tryLockTakingOverTheDead(*lock)) {
        m_takenOverFrom = previous;
        m_lock = std::move(lock);
        m_documentPath = documentPath;
        return Result::Locked;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        m_holder = holderText(*lock);
        return Result::HeldElsewhere;
    }
    return Result::Unavailable; // e.g. a read-only folder: editing goes on without a lock
}

void DocumentLock::unlock()
{
    m_lock.reset();
    m_documentPath.clear();
}
