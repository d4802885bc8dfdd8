#include "document/DocumentLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

DocumentLock::DocumentLock() = default;
DocumentLock::~DocumentLock() = default;

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    QFileInfo info(documentPath);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        info.setFile(canonical);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".capflow-lock");
}

QString DocumentLock::lockDirectory()
{
    QString dir = qEnvironmentVariable("CAPFLOW_LOCK_DIR");
    if (dir.isEmpty()) {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        dir = !runtime.isEmpty() && QFileInfo(runtime).isDir()
            ? runtime + QStringLiteral("/capflow-locks")
            : QDir::tempPath() + QStringLiteral("/capflow-locks-%1").arg(::getuid());
    }
    const QByteArray encoded = QFile::encodeName(dir);
    if (::mkdir(encoded.constData(), 0700) != 0 && errno != EEXIST)
        return {};
    // A folder of someone else's (in a shared temporary folder) is not used.
    struct stat st {};
    if (::lstat(encoded.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid())
        return {};
    return dir;
}

QString DocumentLock::fileLockPathFor(const QString &documentPath)
{
    struct stat st {};
    if (::stat(QFile::encodeName(documentPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    const QString dir = lockDirectory();
    if (dir.isEmpty())
        return {};
    return dir + QStringLiteral("/%1-%2.lock").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
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
    for (const QString &path : {lockPathFor(documentPath), fileLockPathFor(documentPath)}) {
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        QLockFile lock(path);
        lock.setStaleLockTime(0);
        if (tryLockTakingOverTheDead(lock)) {
            lock.unlock();
            continue;
        }
        if (lock.error() == QLockFile::LockFailedError)
            return holderText(lock);
    }
    return {};
}

namespace {
// Only a dead owner makes a lock stale: a document may stay open for days.
std::unique_ptr<QLockFile> newLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}
} // namespace

DocumentLock::Result DocumentLock::lock(const QString &documentPath)
{
    unlock();
    m_holder.clear();
    m_takenOverFrom.clear();
    auto lock = newLock(lockPathFor(documentPath));
    const QString previous = QFileInfo::exists(lockPathFor(documentPath)) ? holderText(*lock) : QString();
    if (!tryLockTakingOverTheDead(*lock)) {
        if (lock->error() == QLockFile::LockFailedError) {
            m_holder = holderText(*lock);
            return Result::HeldElsewhere;
        }
        return Result::Unavailable; // e.g. a read-only folder: editing goes on without a lock
    }
    // The same file under another name (a hard link) may be open elsewhere.
    std::unique_ptr<QLockFile> fileLock;
    QString fileLockPath = fileLockPathFor(documentPath);
    if (!fileLockPath.isEmpty()) {
        fileLock = newLock(fileLockPath);
        if (!tryLockTakingOverTheDead(*fileLock)) {
            if (fileLock->error() == QLockFile::LockFailedError) {
                m_holder = holderText(*fileLock);
                return Result::HeldElsewhere; // releases the lock beside the document
            }
            fileLock.reset(); // no lock folder: the lock beside the document still holds
            fileLockPath.clear();
        }
    }
    m_takenOverFrom = previous;
    m_lock = std::move(lock);
    m_fileLock = std::move(fileLock);
    m_fileLockPath = fileLockPath;
    m_documentPath = documentPath;
    return Result::Locked;
}

void DocumentLock::followSave()
{
    if (!m_lock)
        return;
    const QString path = fileLockPathFor(m_documentPath);
    if (m_fileLock && m_fileLockPath == path)
        return;
    m_fileLock.reset();
    m_fileLockPath.clear();
    if (path.isEmpty())
        return;
    auto fileLock = newLock(path);
    if (tryLockTakingOverTheDead(*fileLock)) {
        m_fileLock = std::move(fileLock);
        m_fileLockPath = path;
    }
}

void DocumentLock::unlock()
{
    m_fileLock.reset();
    m_fileLockPath.clear();
    m_lock.reset();
    m_documentPath.clear();
}
