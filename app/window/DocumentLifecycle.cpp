#include "window/DocumentLifecycle.h"

#include "document/Autosave.h"
#include "document/Document.h"
#include "document/DocumentLock.h"
#include "files/DocumentFiles.h"
#include "files/LoadJob.h"
#include "io/SafeFiles.h"
#include "window/CapflowSettings.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

namespace {
const QString recentKey = QStringLiteral("recentFiles");
constexpr int maxRecent = 8;
} // namespace

DocumentLifecycle::DocumentLifecycle(QWidget *window, Document *document, QUndoStack *stack)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_stack(stack)
    , m_autosave(new Autosave(document, stack, this))
    , m_lock(std::make_unique<DocumentLock>())
{
    connect(stack, &QUndoStack::cleanChanged, window, [window](bool clean) { window->setWindowModified(!clean); });
    connect(m_autosave, &Autosave::writeFailed, this, &DocumentLifecycle::autosaveFailed);
    connect(m_autosave, &Autosave::writeRecovered, this, [this](const QString &folder) {
        m_autosaveWarningShown = false;
        Q_EMIT statusMessage(tr("Recovery copy written again (%1)").arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_autosave, &Autosave::locationChanged, this, [this](const QString &folder, const QString &reason) {
        Q_EMIT statusMessage(
            tr("Recovery copies now go to %1, because %2").arg(QDir::toNativeSeparators(folder), reason));
    });
}

void DocumentLifecycle::autosaveFailed(const QString &error)
{
    const int seconds = m_autosave->retryInterval() / 1000;
    Q_EMIT statusMessage(
        tr("Recovery copy could not be written (%1); retrying in %n second(s)", nullptr, seconds).arg(error));
    if (m_autosaveWarningShown)
        return;
    m_autosaveWarningShown = true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Recovery copy not written"),
        tr("<p>CapFlow could not write the recovery copy of your unsaved changes, so a crash now "
           "would lose them.</p><p>%1</p><p>CapFlow keeps trying. Save the document, or free space "
           "in the folder, to be safe.</p>")
            .arg(error.toHtmlEscaped()),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("autosaveFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): the window keeps working while it is shown
}

DocumentLifecycle::DiskStamp DocumentLifecycle::stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

bool DocumentLifecycle::confirmOverwriteOfChangedFile()
{
    const DiskStamp now = stampOf(m_filePath);
    if (now.size < 0 || m_diskStamp.size < 0 || now == m_diskStamp)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
        tr("<p>%1 was changed by another program since CapFlow opened or saved it.</p>"
           "<p>Saving here would replace those changes with yours.</p>")
            .arg(QFileInfo(m_filePath).fileName().toHtmlEscaped()),
        QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("changedOnDiskBox"));
    QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    saveAsButton->setObjectName(QStringLiteral("saveAsButton"));
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *reload = box.addButton(tr("&Reload and Discard My Changes"), QMessageBox::ResetRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    box.setDefaultButton(saveAsButton);
    box.exec();
    if (box.clickedButton() == overwrite)
        return true;
    if (box.clickedButton() == saveAsButton)
        saveAs();
    else if (box.clickedButton() == reload)
        openFile(m_filePath);
    return false;
}

DocumentLifecycle::~DocumentLifecycle() = default;

QString DocumentLifecycle::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_untitled ? tr("Untitled") : tr("AI capital flows (bundled dataset)");
}

void DocumentLifecycle::newDocument()
{
    if (!maybeSave())
        return;
    m_document->setData({});
    m_stack->clear();
    m_lock->unlock();
    m_filePath.clear();
    m_untitled = true;
    m_readOnly = false;
    m_diskStamp = {};
    m_autosave->setOriginalPath({});
    Q_EMIT fileChanged();
}

void DocumentLifecycle::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open"), QFileInfo(m_filePath).absolutePath(),
        FileFormats::dialogFilters(FileFormats::dataDescriptions(true)) + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentLifecycle::openFile(const QString &path)
{
    auto lock = std::make_unique<DocumentLock>();
    bool readOnly = false;
    const bool reopening = QFileInfo(m_filePath) == QFileInfo(path) && m_lock->isLocked();
    if (reopening) {
        lock = std::move(m_lock); // reopening our own file
        m_lock = std::make_unique<DocumentLock>();
    } else if (lock->lock(path) == DocumentLock::Result::HeldElsewhere) {
        QMessageBox box(QMessageBox::Warning, tr("File in use"),
            tr("<p>%1 is already open for editing in another CapFlow window (%2).</p>"
               "<p>If both edit it, one would silently overwrite the other's changes. You can open it "
               "read-only here and save your changes under another name.</p>")
                .arg(QFileInfo(path).fileName().toHtmlEscaped(), lock->holder().toHtmlEscaped()),
            QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("fileInUseBox"));
        QPushButton *readOnlyButton = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        readOnlyButton->setObjectName(QStringLiteral("openReadOnlyButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != readOnlyButton)
            return false;
        readOnly = true;
    }
    const std::optional<CapflowFormat::ReadResult> loaded = loadCancellably(path);
    if (!loaded) {
        if (reopening)
            m_lock = std::move(lock); // still ours
        Q_EMIT statusMessage(
            tr("Opening %1 was cancelled; the current document is unchanged").arg(QFileInfo(path).fileName()));
        return false;
    }
    const CapflowFormat::ReadResult &result = *loaded;
    // Read, and then too large to show in the memory left: refused before the current document
    // is replaced, never an out-of-memory end with the user's work in it.
    const QString memory = result.ok()
        ? SafeFiles::showProblem(result.data.companies.size(), result.data.deals.size())
        : QString();
    if (!result.ok() || !memory.isEmpty()) {
        QStringList lines;
        if (!result.ok()) { // (a refusal for memory names that alone)
            for (const Problem &p : result.problems.mid(0, 12))
                lines << p.toString().toHtmlEscaped();
            if (result.problems.size() > 12)
                lines << tr("… and %n more problem(s)", nullptr, int(result.problems.size() - 12));
        }
        if (!memory.isEmpty())
            lines << memory.toHtmlEscaped();
        QMessageBox box(QMessageBox::Warning, tr("Cannot open file"),
            tr("<p>%1 could not be opened; the current document is unchanged.</p>")
                .arg(QFileInfo(path).fileName().toHtmlEscaped()),
            QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("cannotOpenBox"));
        box.setInformativeText(lines.join(QStringLiteral("<br>")));
        box.exec();
        if (reopening)
            m_lock = std::move(lock); // still ours
        return false;
    }
    m_document->setData(result.data);
    m_stack->clear();
    m_stack->setClean();
    m_lock = readOnly ? std::make_unique<DocumentLock>() : std::move(lock);
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_untitled = false;
    m_readOnly = readOnly;
    m_diskStamp = stampOf(m_filePath);
    m_autosave->setOriginalPath(m_filePath);
    addRecent(m_filePath);
    if (m_lock->isLocked() && !m_lock->takenOverFrom().isEmpty())
        Q_EMIT statusMessage(tr("%1 was still marked as open by %2, which has ended; that mark was removed")
                                 .arg(QFileInfo(m_filePath).fileName(), m_lock->takenOverFrom()));
    Q_EMIT fileChanged();
    return true;
}

std::optional<CapflowFormat::ReadResult> DocumentLifecycle::loadCancellably(const QString &path)
{
    // A few megabytes open in a fraction of a second (the bundled dataset's 60 KB in
    // milliseconds): read at once, no thread, no nested event loop.
    constexpr qint64 loadAtOnceBytes = qint64(4) << 20;
    if (QFileInfo(path).size() < loadAtOnceBytes)
        return DocumentFiles::load(path);
    LoadJob job(path);
    QEventLoop loop;
    connect(&job, &LoadJob::finished, &loop, &QEventLoop::quit);
    job.start();
    // Most files open at once: for the first moment the window only waits (input is held, not
    // lost), then a modal progress dialog offers Cancel.
    QTimer patience;
    patience.setSingleShot(true);
    connect(&patience, &QTimer::timeout, &loop, &QEventLoop::quit);
    patience.start(400);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!job.isFinished()) {
        QProgressDialog progress(m_window);
        progress.setObjectName(QStringLiteral("openProgress"));
        progress.setWindowTitle(tr("Opening"));
        progress.setLabelText(
            tr("Opening %1 (%2)…").arg(QFileInfo(path).fileName(), SafeFiles::sizeText(QFileInfo(path).size())));
        progress.setRange(0, 1000);
        progress.setValue(int(job.progress() * 1000));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setAutoReset(false);
        progress.setAutoClose(false);
        connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        // The worker only stores how far it is; the bar follows it ten times a second.
        QTimer follow;
        connect(&follow, &QTimer::timeout, &progress, [&] { progress.setValue(int(job.progress() * 1000)); });
        follow.start(100);
        progress.show();
        loop.exec();
    }
    if (!job.isFinished()) {
        job.cancel(); // the worker stops at its next stage; its result is dropped
        return std::nullopt;
    }
    return job.takeResult();
}

bool DocumentLifecycle::save()
{
    const auto format = DocumentFiles::dataFormatForPath(m_filePath);
    if (m_filePath.isEmpty() || m_readOnly || !format || !FileFormats::dataFormat(*format).keepsEverything)
        return saveAs(); // the bundled template, a new document, a read-only copy or a CSV import
    return saveTo(m_filePath);
}

bool DocumentLifecycle::saveAs()
{
    QString selectedFilter;
    const QString start
        = m_filePath.isEmpty() ? QDir::homePath() + u'/' + tr("deals") + QStringLiteral(".capflow") : m_filePath;
    const QList<FileFormats::Description> formats = FileFormats::dataDescriptions();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save As"), start, FileFormats::dialogFilters(formats), &selectedFilter);
    if (path.isEmpty())
        return false;
    // A name without a suffix gets the one of the chosen filter, whose format is written when the
    // name has its suffix ("CSV for Excel" rather than the plain CSV the suffix alone means).
    const FileFormats::SaveTarget target = FileFormats::saveTarget(path, selectedFilter);
    return saveTo(target.path, target.format);
}

bool DocumentLifecycle::saveTo(const QString &path, std::optional<FileFormats::Data> chosenFormat)
{
    const auto format = chosenFormat ? chosenFormat : DocumentFiles::dataFormatForPath(path);
    const bool wholeDocument = format && FileFormats::dataFormat(*format).keepsEverything;
    const bool sameFile = QFileInfo(path) == QFileInfo(m_filePath) && !m_readOnly;
    auto lock = std::make_unique<DocumentLock>();
    if (wholeDocument && !sameFile && lock->lock(path) == DocumentLock::Result::HeldElsewhere) {
        QMessageBox::warning(m_window, tr("Cannot save"),
            tr("%1 is open for editing in another CapFlow window (%2); choose another name.")
                .arg(QFileInfo(path).fileName(), lock->holder()));
        return false;
    }
    if (sameFile && !confirmOverwriteOfChangedFile())
        return false;
    QString error;
    if (!format || !DocumentFiles::save(m_document->data(), path, *format, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save"),
            tr("%1 could not be saved: %2")
                .arg(QFileInfo(path).fileName(),
                    format ? error
                           : tr("use the suffix %1").arg(FileFormats::suffixChoice(FileFormats::dataDescriptions()))));
        return false;
    }
    if (!wholeDocument)
        return true; // an export of the deals: the document itself is still unsaved
    if (!sameFile)
        m_lock = std::move(lock);
    m_lock->followSave(); // the saved file is a new inode
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_untitled = false;
    m_readOnly = false;
    m_diskStamp = stampOf(m_filePath);
    m_autosave->setOriginalPath(m_filePath);
    m_stack->setClean(); // removes the recovery file
    addRecent(m_filePath);
    Q_EMIT fileChanged();
    return true;
}

bool DocumentLifecycle::maybeSave()
{
    if (m_stack->isClean())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("The document “%1” has been modified.\nDo you want to save your changes?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("maybeSaveBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool DocumentLifecycle::offerRecovery()
{
    const QList<Autosave::Orphan> orphans = Autosave::orphans();
    if (orphans.isEmpty())
        return false;
    const Autosave::Orphan &orphan = orphans.first();
    const QString name
        = orphan.originalPath.isEmpty() ? tr("an unsaved document") : QFileInfo(orphan.originalPath).fileName();
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"),
        tr("<p>CapFlow did not close properly last time.</p><p>Unsaved changes to %1, last written %2, "
           "were kept. Restore them?</p>")
            .arg(name.toHtmlEscaped(), QLocale().toString(orphan.written, QLocale::ShortFormat)),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("recoveryBox"));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == discard) {
        Autosave::discard(orphan);
        return false;
    }
    if (box.clickedButton() != restore)
        return false;
    const auto data = Autosave::read(orphan.recoveryPath);
    if (!data)
        return false;
    m_document->setData(*data);
    m_stack->clear();
    m_lock->unlock();
    m_readOnly = false;
    m_filePath.clear();
    m_untitled = true;
    if (!orphan.originalPath.isEmpty()) {
        m_filePath = orphan.originalPath;
        m_untitled = false;
        auto lock = std::make_unique<DocumentLock>();
        m_readOnly = lock->lock(m_filePath) == DocumentLock::Result::HeldElsewhere;
        m_lock = std::move(lock);
    }
    m_diskStamp = stampOf(m_filePath);
    m_autosave->setOriginalPath(m_filePath);
    m_stack->resetClean(); // the restored changes are not saved yet
    m_autosave->writeNow(); // ours now: keep them safe before the old file goes
    Autosave::discard(orphan);
    Q_EMIT fileChanged();
    return true;
}

void DocumentLifecycle::closing()
{
    m_autosave->clear();
    m_lock->unlock();
}

void DocumentLifecycle::terminating()
{
    m_autosave->writeAndKeepForNextStart();
    m_lock->unlock();
}

QStringList DocumentLifecycle::recentFiles() const
{
    return CapflowSettings().value(recentKey).toStringList();
}

void DocumentLifecycle::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    CapflowSettings().setValue(recentKey, files.mid(0, maxRecent));
}

void DocumentLifecycle::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, [] { CapflowSettings().remove(recentKey); });
}
