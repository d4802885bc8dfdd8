#include "document/Autosave.h"

#include "document/Document.h"
#include "io/CapflowFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

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
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer->setSingleShot(true);
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

QString Autosave::recoveryPath() const
{
    return recoveryDirectory() + u'/' + m_session + recoverySuffix;
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

bool Autosave::writeNow()
{
    m_timer->stop();
    if (m_stack->isClean())
        return true;
    if (!QDir().mkpath(recoveryDirectory()))
        return false;
    if (!m_sessionLock) {
        // Marks this session as alive, so that other instances leave its recovery file alone.
        auto lock = std::make_unique<QLockFile>(lockPathFor(recoveryPath()));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return false;
        m_sessionLock = std::move(lock);
    }
    QJsonObject envelope;
    envelope.insert(QStringLiteral("format"), QStringLiteral("capflow-recovery"));
    envelope.insert(QStringLiteral("original"), m_originalPath);
    envelope.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    envelope.insert(
        QStringLiteral("document"), QJsonDocument::fromJson(CapflowFormat::write(m_document->data())).object());
    QSaveFile file(recoveryPath());
    const QByteArray bytes = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return false;
    m_editsSinceWrite = 0;
    return true;
}

void Autosave::clear()
{
    m_timer->stop();
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
    const QDir dir(recoveryDirectory());
    const QStringList files = dir.entryList({u'*' + recoverySuffix}, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
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
