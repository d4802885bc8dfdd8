#include "document/Autosave.h"

#include "document/Document.h"
#include "document/DocumentLock.h"
#include "io/CapflowFormat.h"
#include "io/SafeFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

#include <unistd.h>

namespace {
const QString recoverySuffix = QStringLiteral(".capflow-recovery");

QString lockPathFor(const QString &recoveryPath)
{
    QString path = recoveryPath;
    path.chop(recoverySuffix.size());
    return path + QStringLiteral(".lock");
}
} // namespace

Autosave::Autosave(Document *document, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(stack)
    , m_timer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_folder(recoveryDirectory())
{
    m_timer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Autosave::writeNow);
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CAPFLOW_AUTOSAVE_MS", &ok);
    m_timer->setInterval(ok && fromEnvironment > 0 ? fromEnvironment : 30'000);
    connect(m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    connect(m_stack, &QUndoStack::indexChanged, this, &Autosave::stackChanged);
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            clear();
    });
}

Autosave::~Autosave()
{
    clear();
}

QString Autosave::recoveryDirectory()
{
    const QString overridden = qEnvironmentVariable("CAPFLOW_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QStringList Autosave::recoveryDirectories()
{
    QString fallback = qEnvironmentVariable("CAPFLOW_RECOVERY_FALLBACK_DIR");
    if (fallback.isEmpty())
        fallback = QDir::tempPath() + QStringLiteral("/capflow-recovery-") + QString::number(::getuid());
    QStringList folders {recoveryDirectory()};
    if (qEnvironmentVariableIsEmpty("CAPFLOW_RECOVERY_DIR")) {
        // Versions up to 0.1 set an organisation name equal to the program's, and kept their
        // recovery files one folder deeper (CapFlow/CapFlow/recovery): still offered after an update.
        const QString app = QCoreApplication::applicationName();
        const QString earlier = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + app
            + u'/' + app + QStringLiteral("/recovery");
        if (QDir::cleanPath(earlier) != QDir::cleanPath(folders.first()) && QFileInfo::exists(earlier))
            folders << earlier;
    }
    if (QDir::cleanPath(fallback) != QDir::cleanPath(folders.first()))
        folders << fallback;
    return folders;
}

QString Autosave::recoveryPath() const
{
    return m_folder + u'/' + m_session + recoverySuffix;
}

void Autosave::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int Autosave::interval() const
{
    return m_timer->interval();
}

void Autosave::stackChanged()
{
    if (m_stack->isClean())
        return;
    if (++m_editsSinceWrite >= m_editsPerSave) {
        writeNow();
        return;
    }
    if (!m_timer->isActive())
        m_timer->start(); // counts from the first edit not yet written
}

bool Autosave::writeTo(const QString &folder, const QByteArray &bytes, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString path = folder + u'/' + m_session + recoverySuffix;
    std::unique_ptr<QLockFile> newLock;
    if (!m_sessionLock || folder != m_folder) {
        // Marks this session as alive, so that other instances leave its recovery file alone.
        newLock = std::make_unique<QLockFile>(lockPathFor(path));
        newLock->setStaleLockTime(0);
        if (!newLock->tryLock(0)) {
            *error = tr("cannot create the lock file in %1").arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    if (!SafeFiles::write(path, bytes, error))
        return false;
    if (newLock) {
        if (folder != m_folder)
            QFile::remove(recoveryPath()); // the copy in the folder given up on
        m_sessionLock = std::move(newLock);
    }
    return true;
}

bool Autosave::writeNow()
{
    m_timer->stop();
    m_retryTimer->stop();
    if (m_stack->isClean())
        return true;
    QJsonObject envelope;
    envelope.insert(QStringLiteral("format"), QStringLiteral("capflow-recovery"));
    envelope.insert(QStringLiteral("original"), m_originalPath);
    envelope.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    envelope.insert(
        QStringLiteral("document"), QJsonDocument::fromJson(CapflowFormat::write(m_document->data())).object());
    const QByteArray bytes = QJsonDocument(envelope).toJson(QJsonDocument::Compact);

    // The folder in use first, then the others in their order.
    QStringList folders = recoveryDirectories();
    folders.removeAll(m_folder);
    folders.prepend(m_folder);
    QString firstError;
    for (const QString &folder : std::as_const(folders)) {
        QString error;
        if (!writeTo(folder, bytes, &error)) {
            if (firstError.isEmpty())
                firstError = tr("%1: %2").arg(QDir::toNativeSeparators(folder), error);
            continue;
        }
        m_editsSinceWrite = 0;
        if (folder != m_folder) {
            m_folder = folder;
            Q_EMIT locationChanged(folder, firstError);
        }
        if (!m_lastError.isEmpty()) {
            m_lastError.clear();
            Q_EMIT writeRecovered(folder);
        }
        return true;
    }
    m_lastError = firstError;
    m_retryTimer->start(m_retryInterval);
    Q_EMIT writeFailed(firstError);
    return false;
}

bool Autosave::writeAndKeepForNextStart()
{
    if (m_stack->isClean())
        return true;
    const bool written = writeNow();
    m_timer->stop();
    m_retryTimer->stop();
    m_keepForNextStart = written;
    m_sessionLock.reset(); // removes the lock file: the recovery file is now an orphan
    return written;
}

void Autosave::clear()
{
    if (m_keepForNextStart)
        return;
    m_timer->stop();
    m_retryTimer->stop();
    m_editsSinceWrite = 0;
    QFile::remove(recoveryPath());
    m_sessionLock.reset(); // removes the lock file
}

std::optional<DocumentData> Autosave::read(const QString &recoveryPath, QString *originalPath)
{
    QFile file(recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
    if (envelope.value(QStringLiteral("format")).toString() != QStringLiteral("capflow-recovery"))
        return std::nullopt;
    const QByteArray document = QJsonDocument(envelope.value(QStringLiteral("document")).toObject()).toJson();
    const CapflowFormat::ReadResult result = CapflowFormat::read(document, recoveryPath);
    if (!result.ok())
        return std::nullopt;
    if (originalPath)
        *originalPath = envelope.value(QStringLiteral("original")).toString();
    return result.data;
}

QList<Autosave::Orphan> Autosave::orphans()
{
    QList<Orphan> result;
    for (const QString &folder : recoveryDirectories())
        result << orphansIn(folder);
    std::stable_sort(
        result.begin(), result.end(), [](const Orphan &a, const Orphan &b) { return a.written > b.written; });
    return result;
}

QList<Autosave::Orphan> Autosave::orphansIn(const QString &folder)
{
    QList<Orphan> result;
    const QDir dir(folder);
    const QStringList files = dir.entryList({u'*' + recoverySuffix}, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!DocumentLock::tryLockTakingOverTheDead(lock))
            continue; // its session is still running
        lock.unlock();
        QString original;
        if (!read(path, &original))
            continue;
        QFile file(path);
        result << Orphan {path, original, QFileInfo(file).lastModified()};
    }
    return result;
}

void Autosave::discard(const Orphan &orphan)
{
    QFile::remove(orphan.recoveryPath);
    QFile::remove(lockPathFor(orphan.recoveryPath));
}
