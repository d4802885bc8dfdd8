#pragma once

#include "document/DocumentData.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class Document;
class QLockFile;
class QTimer;
class QUndoStack;

// Crash recovery. While a document has unsaved changes, a copy is written atomically to a
// recovery file in recoveryDirectory(): after every few edits and at the latest `interval` after
// the first unsaved edit (30 s by default, so a crash loses at most that much). Each running
// session owns "<session>.capflow-recovery" and holds "<session>.lock"; a recovery file whose lock
// is stale belongs to a session that crashed, and the next start offers it back. Saving, reverting
// to the clean state or closing normally removes the session's files.
//
// When the recovery folder cannot be written (full, read-only, gone), the copy goes to the next of
// recoveryDirectories() and locationChanged() says where; when none can be written, writeFailed()
// says why and the write is retried every retryInterval() until one succeeds (writeRecovered()).
class Autosave : public QObject
{
    Q_OBJECT
public:
    // A recovery file left behind by a crashed session.
    struct Orphan
    {
        QString recoveryPath;
        QString originalPath; // the file the session was editing; empty for an unsaved document
        QDateTime written;
    };

    Autosave(Document *document, QUndoStack *stack, QObject *parent = nullptr);
    ~Autosave() override;

    // CAPFLOW_RECOVERY_DIR if set (tests), else AppDataLocation/recovery (~/.local/share/CapFlow/recovery).
    static QString recoveryDirectory();
    // Where recovery files may be, in the order they are tried: recoveryDirectory(), the folder
    // of versions up to 0.1 when it exists (CapFlow/CapFlow/recovery), then
    // CAPFLOW_RECOVERY_FALLBACK_DIR if set (tests), else a folder of this user's in the temporary
    // folder (usually another file system).
    static QStringList recoveryDirectories();
    // Orphans in any of recoveryDirectories(), newest first. Files of sessions that are still
    // running are not listed.
    static QList<Orphan> orphans();
    static std::optional<DocumentData> read(const QString &recoveryPath, QString *originalPath = nullptr);
    // Removes an orphan's recovery file and its stale lock.
    static void discard(const Orphan &orphan);

    void setOriginalPath(const QString &path) { m_originalPath = path; }
    void setInterval(int milliseconds);
    int interval() const;
    void setEditsPerSave(int edits) { m_editsPerSave = edits; }
    void setRetryInterval(int milliseconds) { m_retryInterval = milliseconds; }
    int retryInterval() const { return m_retryInterval; }
    // The recovery file in the folder currently used.
    QString recoveryPath() const;
    // Why the last write failed; empty after a successful one.
    QString lastError() const { return m_lastError; }

    // Writes the recovery file now when there are unsaved changes; returns false on failure.
    bool writeNow();
    // Removes this session's recovery file (after a clean save, a revert to clean, or closing).
    void clear();
    // Writes the recovery file and gives up the session's lock, keeping the file, so that the next
    // start offers it back: for a program that is told to end (SIGTERM) with unsaved changes.
    bool writeAndKeepForNextStart();

Q_SIGNALS:
    // No recovery folder could be written; a retry follows after retryInterval().
    void writeFailed(const QString &error);
    // A write succeeded again after writeFailed().
    void writeRecovered(const QString &folder);
    // Recovery copies now go to another folder, because the previous one could not be written.
    void locationChanged(const QString &folder, const QString &reason);

private:
    void stackChanged();
    bool writeTo(const QString &folder, const QByteArray &bytes, QString *error);
    static QList<Orphan> orphansIn(const QString &folder);

    Document *m_document;
    QUndoStack *m_stack;
    QTimer *m_timer;
    QTimer *m_retryTimer;
    QString m_session;
    QString m_folder; // where this session's recovery file is
    QString m_lastError;
    QString m_originalPath;
    int m_retryInterval = 10'000;
    std::unique_ptr<QLockFile> m_sessionLock;
    int m_editsPerSave = 3;
    int m_editsSinceWrite = 0;
    bool m_keepForNextStart = false;
};
