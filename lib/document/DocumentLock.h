#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

// Keeps other CapFlow windows and processes from editing the same file silently while a document
// is open for editing, with two QLockFiles: one beside the document (".NAME.capflow-lock", seen by
// other machines sharing the folder; symbolic links resolved) and one keyed on the file itself
// (device and inode, in a per-user lock folder), so that hard links to one file share its lock
// too. A lock left by a crashed process is stale and taken over.
class DocumentLock
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLock)
public:
    enum class Result { Locked, HeldElsewhere, Unavailable };

    DocumentLock();
    ~DocumentLock();
    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

    // Releases any lock held and tries to lock the document at path.
    Result lock(const QString &documentPath);
    void unlock();
    // After a save replaced the file (an atomic save makes a new inode): the file lock moves to
    // the new file, so that a hard link made to it later is still covered.
    void followSave();
    bool isLocked() const { return m_lock != nullptr; }
    QString documentPath() const { return m_documentPath; }
    // Who holds the lock after HeldElsewhere: "process 1234 on host".
    QString holder() const { return m_holder; }
    // After Locked: who held the lock before, when it was left by a process that is gone (a
    // crash) and taken over; empty when the lock was free.
    QString takenOverFrom() const { return m_takenOverFrom; }

    // Beside the document's real file: symbolic links are resolved, so that every path to one
    // file shares one lock.
    static QString lockPathFor(const QString &documentPath);
    // The lock of the file itself, in lockDirectory(): "DEVICE-INODE.lock"; empty when the file
    // does not exist (yet).
    static QString fileLockPathFor(const QString &documentPath);
    // $CAPFLOW_LOCK_DIR, else $XDG_RUNTIME_DIR/capflow-locks, else a private folder in the
    // temporary folder ("capflow-locks-UID"); created with access for the user alone.
    static QString lockDirectory();
    // "process 1234 on host" when a running CapFlow holds the document at path; empty when nobody
    // does (or only a crashed process did).
    static QString holderOf(const QString &documentPath);
    // Tries the lock; a lock whose owner has ended is taken over even when that process is still
    // a zombie (killed, not yet reaped by its parent), which QLockFile takes for a live owner.
    static bool tryLockTakingOverTheDead(QLockFile &lock);

private:
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QLockFile> m_fileLock;
    QString m_fileLockPath;
    QString m_documentPath;
    QString m_holder;
    QString m_takenOverFrom;
};
