#include "io/SafeFiles.h"

#include "io/ReadControl.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SafeFiles {
namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(SafeFiles)
};

// What kind of file system object a stat result describes, for messages.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Messages::tr("a folder");
    if (S_ISFIFO(mode))
        return Messages::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return Messages::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Messages::tr("a device");
    return Messages::tr("not a regular file");
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// Writes all bytes, across short writes and interrupted calls; errno is set on failure.
bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qint64>(size, qint64(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = ENOSPC; // a device that takes nothing more is full
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// The temporary file of a write to `fileName` names the writing process:
// ".NAME.capflow-new-PID-RANDOM".
QString temporaryPrefix(const QString &fileName)
{
    return QStringLiteral(".") + fileName + QStringLiteral(".capflow-new-");
}

// Removes what writes to the same target left when their process was killed (kill -9, a power
// cut): temporary files of processes that no longer run here, untouched for a minute (so that a
// save in progress on another machine sharing the folder is left alone).
void removeLeftovers(const QString &folder, const QString &fileName)
{
    const QString prefix = temporaryPrefix(fileName);
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!name.startsWith(prefix))
            continue;
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(u'-', 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid() || !rest.contains(u'-'))
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // still running, or not ours to know
        const QFileInfo info(dir.filePath(name));
        if (info.lastModified().toUTC() < old)
            ::unlink(native(info.filePath()).constData());
    }
}

// The file a write to `path` replaces: a symbolic link's target, so that the link stays.
QString writeTarget(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return path;
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.symLinkTarget() : canonical;
}
} // namespace

QString errorText(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC: return Messages::tr("No space left on device");
#ifdef EDQUOT
    case EDQUOT: return Messages::tr("Disk quota exceeded");
#endif
    case EACCES:
    case EPERM: return Messages::tr("Permission denied");
    case EROFS: return Messages::tr("Read-only file system");
    case EFBIG: return Messages::tr("File too large for this file system or this process's limit");
    case ENOENT: return Messages::tr("No such file or folder");
    case ENOTDIR: return Messages::tr("A part of the path is not a folder");
    case EISDIR: return Messages::tr("Is a folder");
    case ENAMETOOLONG: return Messages::tr("File name too long");
    case EIO: return Messages::tr("Input/output error");
    case ENOMEM: return Messages::tr("Not enough memory");
    default: return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(Messages::tr("no file name given"));
    const QString target = writeTarget(path);
    struct stat st {};
    const bool exists = ::stat(native(target).constData(), &st) == 0;
    if (!exists && errno != ENOENT)
        return fail(errorText(errno));
    if (exists && !S_ISREG(st.st_mode))
        return fail(Messages::tr("this is %1, not a file; CapFlow does not write into it").arg(kindOf(st.st_mode)));

    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    removeLeftovers(folder, info.fileName());
    QString temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = folder + u'/' + temporaryPrefix(info.fileName()) + QString::number(::getpid()) + u'-'
            + QString::number(QRandomGenerator::global()->generate64(), 36);
        fd = ::open(native(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return fail(errorText(errno));
    }
    if (fd < 0)
        return fail(errorText(EEXIST));
    auto abandon = [&](int errorNumber) {
        if (fd >= 0)
            ::close(fd);
        ::unlink(native(temporary).constData());
        return fail(errorText(errorNumber));
    };
    // A replaced file keeps its permissions.
    if (exists && ::fchmod(fd, st.st_mode & 07777) != 0)
        return abandon(errno);
    if (!writeAll(fd, bytes.constData(), bytes.size()))
        return abandon(errno);
    if (::fsync(fd) != 0)
        return abandon(errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        return abandon(errno);
    if (::rename(native(temporary).constData(), native(target).constData()) != 0)
        return abandon(errno);
    // The rename itself reaches the disk only when the folder is synced.
    const int dir = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

qint64 memoryToLoad(qint64 fileBytes)
{
    return fileBytes * 12 + (qint64(64) << 20);
}

qint64 memoryToShow(qint64 companies, qint64 deals)
{
    return deals * 1300 + companies * 1000 + (qint64(64) << 20);
}

QString showProblem(qint64 companies, qint64 deals)
{
    const qint64 needed = memoryToShow(companies, deals);
    const qint64 available = availableMemory();
    if (available < 0 || needed <= available)
        return {};
    return Messages::tr("showing its %1 deals among %2 companies would need about %3 more memory, but only %4 is available")
        .arg(QLocale().toString(deals), QLocale().toString(companies), sizeText(needed), sizeText(available));
}

namespace {
// A "Name:   1234 kB" line of a /proc file, in bytes; -1 when it is not there.
qint64 procKilobytes(const QString &path, const QByteArray &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(name)) {
            bool ok = false;
            const qint64 kb = line.simplified().split(' ').value(1).toLongLong(&ok);
            return ok ? kb * 1024 : -1;
        }
    }
    return -1;
}
} // namespace

qint64 availableMemory()
{
    qint64 available = procKilobytes(QStringLiteral("/proc/meminfo"), "MemAvailable:");
    auto cap = [&available](qint64 limit) { available = available < 0 ? limit : std::min(available, limit); };
    // The address-space limit is for the whole process: what is left of it is what it has not
    // mapped yet (checked again after a document was read, before it is shown).
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const qint64 mapped = procKilobytes(QStringLiteral("/proc/self/status"), "VmSize:");
        cap(std::max<qint64>(0, qint64(limit.rlim_cur) - std::max<qint64>(0, mapped)));
    }
    // A ceiling for tests and for machines shared with other work: memory this process may take
    // beyond what it has.
    bool ok = false;
    const qint64 configured = qEnvironmentVariable("CAPFLOW_MEMORY_LIMIT").toLongLong(&ok);
    if (ok && configured > 0)
        cap(configured);
    return available;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString readProblem(const QString &path)
{
    if (path.isEmpty())
        return Messages::tr("no file name given");
    struct stat st {};
    if (::stat(native(path).constData(), &st) != 0)
        return Messages::tr("cannot open the file: %1").arg(errorText(errno));
    if (!S_ISREG(st.st_mode))
        return Messages::tr("this is %1, not a document file").arg(kindOf(st.st_mode));
    const qint64 needed = memoryToLoad(qint64(st.st_size));
    const qint64 available = availableMemory();
    if (available >= 0 && needed > available)
        return Messages::tr("the file is %1; reading it would need about %2 of memory, but only %3 is available")
            .arg(sizeText(qint64(st.st_size)), sizeText(needed), sizeText(available));
    return {};
}

std::optional<QByteArray> read(const QString &path, QString *error, ReadControl *control)
{
    auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const QString problem = readProblem(path); !problem.isEmpty())
        return fail(problem);
    // O_NONBLOCK: should the path have become a FIFO since it was checked, opening does not wait.
    const int fd = ::open(native(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(Messages::tr("cannot open the file: %1").arg(errorText(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(Messages::tr("this is %1, not a document file").arg(kindOf(st.st_mode)));
    }
    QByteArray bytes;
    try {
        bytes.resize(qsizetype(st.st_size));
    } catch (const std::bad_alloc &) {
        ::close(fd);
        return fail(Messages::tr("not enough memory to read the file (%1)").arg(sizeText(qint64(st.st_size))));
    }
    qint64 done = 0;
    while (done < bytes.size()) {
        if (control) {
            control->report(double(done) / double(bytes.size()));
            if (control->isCancelled()) {
                ::close(fd);
                return std::nullopt;
            }
        }
        // In pieces of 32 MB, so that a large file shows how far it is.
        const ssize_t n = ::read(fd, bytes.data() + done, size_t(std::min<qint64>(bytes.size() - done, 32 << 20)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return fail(Messages::tr("cannot read the file: %1").arg(errorText(e)));
        }
        if (n == 0)
            break; // the file shrank while it was read
        done += n;
    }
    ::close(fd);
    bytes.truncate(qsizetype(done));
    return bytes;
}

} // namespace SafeFiles
