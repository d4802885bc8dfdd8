#pragma once

#include "io/CapflowFormat.h"
#include "io/FileFormats.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class Autosave;
class Document;
class DocumentLock;
class QMenu;
class QUndoStack;
class QWidget;

// The document flow of the main window: new, open, open recent, save, save as, the unsaved-changes
// prompt, the lock that keeps a second CapFlow from editing the same file silently, and autosave
// with crash recovery (see Autosave). The window's modified mark follows the undo stack's clean
// state. The bundled dataset is a template: saving it asks for a location.
class DocumentLifecycle : public QObject
{
    Q_OBJECT
public:
    DocumentLifecycle(QWidget *window, Document *document, QUndoStack *stack);
    ~DocumentLifecycle() override;

    QString filePath() const { return m_filePath; }
    // A name for the title: the file name, or what the unsaved document is.
    QString displayName() const;
    bool isReadOnly() const { return m_readOnly; }
    Autosave *autosave() const { return m_autosave; }

    void newDocument();
    void open();
    // Opens FILE; on problems shows them and keeps the current document. When another CapFlow
    // holds the file, asks whether to open it read-only. A large file is read on a worker thread;
    // when that takes a moment, a progress dialog's Cancel keeps the current document.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    // Writes the document to path in chosenFormat, or in the format its suffix names.
    bool saveTo(const QString &path, std::optional<FileFormats::Data> chosenFormat = std::nullopt);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Offers the newest recovery file a crashed session left behind; true when restored.
    bool offerRecovery();
    // The window closes normally: recovery file and lock go away.
    void closing();
    // The program is told to end (SIGTERM, SIGINT, logout): unsaved changes go to a recovery file
    // that the next start offers, and the lock goes away.
    void terminating();

    QStringList recentFiles() const;
    void fillRecentMenu(QMenu *menu);

Q_SIGNALS:
    void fileChanged(); // path, read-only state or display name changed
    void statusMessage(const QString &text); // for the status bar

private:
    void addRecent(const QString &path);
    // Loads path on a worker thread behind a cancellable progress dialog; nothing when cancelled.
    std::optional<CapflowFormat::ReadResult> loadCancellably(const QString &path);
    void autosaveFailed(const QString &error);
    // Size and modification time of the file as this window last read or wrote it.
    struct DiskStamp
    {
        qint64 size = -1;
        qint64 modified = 0; // ms since the epoch
        bool operator==(const DiskStamp &) const = default;
    };
    static DiskStamp stampOf(const QString &path);
    // False when the file changed on disk since it was opened or saved and the user chose not to
    // overwrite it; may reload or save elsewhere as the user chooses.
    bool confirmOverwriteOfChangedFile();

    QWidget *m_window;
    Document *m_document;
    QUndoStack *m_stack;
    Autosave *m_autosave;
    std::unique_ptr<DocumentLock> m_lock;
    QString m_filePath; // empty: bundled template or a new document
    bool m_untitled = false; // a new, empty document rather than the bundled dataset
    bool m_readOnly = false;
    DiskStamp m_diskStamp;
    bool m_autosaveWarningShown = false; // one dialog per run of failures
};
