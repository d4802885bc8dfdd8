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

    // CAPFLOW_RECOVERY_DIR if set (tests), else AppDataLocation/recovery.
    static QString recoveryDirectory();
    // Orphans, newest first. Files of sessions that are still running are not listed.
    static QList<Orphan> orphans();
    static std::optional<DocumentData> read(const QString &recoveryPath, QString *originalPath = nullptr);
    // Removes an orphan's recovery file and its stale lock.
    static void discard(const Orphan &orphan);

    void setOriginalPath(const QString &path) { m_originalPath = path; }
    void setInterval(int milliseconds);
    int interval() const;
    void setEditsPerSave(int edits) { m_editsPerSave = edits; }
    QString recoveryPath() const;

    // Writes the recovery file now when there are unsaved changes; returns false on failure.
    bool writeNow();
    // Removes this session's recovery file (after a clean save, a revert to clean, or closing).
    void clear();

private:
    void stackChanged();

    Document *m_document;
    QUndoStack *m_stack;
    QTimer *m_timer;
    QString m_session;
    QString m_originalPath;
    std::unique_ptr<QLockFile> m_sessionLock;
    int m_editsPerSave = 3;
    int m_editsSinceWrite = 0;
};
