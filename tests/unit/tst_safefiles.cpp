// The one atomic writer and the guarded reader: a failed write leaves the old file as it was and
// says why; nothing that could block or exhaust memory is opened.
#include "io/SafeFiles.h"
#include "support/TestFiles.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
// Limits the size of files this process may write, for the lifetime of the object.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    struct rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
};
} // namespace

class TestSafeFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.capflow"));
        QString error;
        QVERIFY2(SafeFiles::write(path, "first", &error), qPrintable(error));
        QCOMPARE(fileContents(path), QByteArray("first"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        QVERIFY2(SafeFiles::write(path, "second", &error), qPrintable(error));
        QCOMPARE(fileContents(path), QByteArray("second"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640)); // a replaced file keeps its permissions
        QCOMPARE(strayFiles(dir.path(), {QStringLiteral("a.capflow")}), QStringList());
    }

    void followsSymbolicLinks()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.csv"));
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(writeFixture(real, "old"));
        QVERIFY(QFile::link(real, link));
        QString error;
        QVERIFY2(SafeFiles::write(link, "new", &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(fileContents(real), QByteArray("new"));
    }

    // A FIFO, a device or a folder at the target is refused and stays what it was.
    void refusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.capflow"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString error;
        QVERIFY(!SafeFiles::write(fifo, "data", &error));
        QVERIFY2(error.contains(QStringLiteral("FIFO")), qPrintable(error));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QVERIFY(!SafeFiles::write(dir.path(), "data", &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        QVERIFY(!SafeFiles::write(QStringLiteral("/dev/null"), "data", &error));
        QVERIFY2(error.contains(QStringLiteral("device")), qPrintable(error));
    }

    // A write cut short (here by the process's file size limit) keeps the old file and says why.
    void shortWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.svg"));
        QVERIFY(writeFixture(path, "old and whole"));
        QString error;
        bool written = true;
        {
            FileSizeLimit limit(4096);
            written = SafeFiles::write(path, QByteArray(100'000, 'x'), &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
        QCOMPARE(fileContents(path), QByteArray("old and whole"));
        QCOMPARE(strayFiles(dir.path(), {QStringLiteral("big.svg")}), QStringList());
    }

    // A full file system: the real reason, and the old file intact. Needs a tmpfs, so root.
    void fullDiskSaysSo()
    {
        SmallTmpfs dir("1m");
        if (!dir.isMounted())
            QSKIP("mounting a small tmpfs needs root");
        const QString path = dir.filePath(QStringLiteral("x.pdf"));
        QVERIFY(writeFixture(path, "old"));
        QString error;
        const bool written = SafeFiles::write(path, QByteArray(3 << 20, 'x'), &error);
        const QByteArray after = fileContents(path);
        const QStringList stray = strayFiles(dir.path(), {QStringLiteral("x.pdf")});
        dir.unmount();
        QVERIFY(!written);
        QCOMPARE(error, QStringLiteral("No space left on device"));
        QCOMPARE(after, QByteArray("old"));
        QCOMPARE(stray, QStringList());
    }

    // A folder the user may not write to: the real reason, the old file intact, nothing left.
    // Root writes anywhere, so as root the folder is a read-only mount instead.
    void readOnlyFolderKeepsTheOldFile()
    {
        SmallTmpfs mount("1m");
        QTemporaryDir plain;
        const bool asRoot = ::geteuid() == 0;
        if (asRoot && !mount.isMounted())
            QSKIP("as root, a read-only folder needs a tmpfs mount");
        const QString folder = asRoot ? mount.path() : plain.path();
        const QString path = folder + QStringLiteral("/report.pdf");
        QVERIFY(writeFixture(path, "old"));
        if (asRoot)
            QVERIFY(mount.makeReadOnly());
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        const bool written = SafeFiles::write(path, "new", &error);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!written);
        QCOMPARE(error, asRoot ? QStringLiteral("Read-only file system") : QStringLiteral("Permission denied"));
        QCOMPARE(fileContents(path), QByteArray("old"));
        QCOMPARE(strayFiles(folder, {QStringLiteral("report.pdf")}), QStringList());
    }

    // What a killed writer left beside the target goes with the next write to it; a write that
    // may still be going on (its process runs, or the file is recent) is left alone.
    void removesWhatKilledWritesLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.capflow"));
        const pid_t dead = ::fork();
        if (dead == 0)
            ::_exit(0);
        QVERIFY(dead > 0);
        QCOMPARE(::waitpid(dead, nullptr, 0), dead);
        const QString prefix = QStringLiteral(".x.capflow.capflow-new-");
        const QString killed = prefix + QString::number(dead) + QStringLiteral("-a1");
        const QString recent = prefix + QString::number(dead) + QStringLiteral("-b2");
        const QString running = prefix + QString::number(::getppid()) + QStringLiteral("-c3");
        const QString other = QStringLiteral(".y.capflow.capflow-new-") + QString::number(dead) + QStringLiteral("-d4");
        const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
        for (const QString &name : {killed, recent, running, other}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half");
            file.flush();
            if (name != recent)
                QVERIFY(file.setFileTime(hourAgo, QFileDevice::FileModificationTime));
        }
        QString error;
        QVERIFY2(SafeFiles::write(path, "whole", &error), qPrintable(error));
        QCOMPARE(fileContents(path), QByteArray("whole"));
        QStringList left = strayFiles(dir.path(), {QStringLiteral("x.capflow")});
        left.sort();
        QStringList expected {recent, running, other};
        expected.sort();
        QCOMPARE(left, expected);
    }

    void failsInAMissingFolder()
    {
        QString error;
        QVERIFY(!SafeFiles::write(QStringLiteral("/nonexistent-folder-capflow/x.capflow"), "x", &error));
        QVERIFY2(error.contains(QStringLiteral("No such file")), qPrintable(error));
    }

    // Opening a FIFO for reading would wait for a writer forever; devices never end.
    void readRefusesPipesAndDevices_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << QStringLiteral("FIFO");
        QTest::newRow("device") << QStringLiteral("device");
        QTest::newRow("folder") << QStringLiteral("folder");
    }
    void readRefusesPipesAndDevices()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = QStringLiteral("/dev/zero");
        if (kind == QStringLiteral("FIFO")) {
            path = dir.filePath(QStringLiteral("x.capflow"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QStringLiteral("folder")) {
            path = dir.path();
        }
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!SafeFiles::read(path, &error));
        QVERIFY2(error.contains(kind), qPrintable(error));
        QVERIFY(clock.elapsed() < 5000);
    }

    void readRefusesFilesLargerThanMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.capflow"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(200) << 20)); // sparse: takes no space
        }
        qputenv("CAPFLOW_MEMORY_LIMIT", QByteArray::number(qint64(1) << 30));
        QString error;
        const auto bytes = SafeFiles::read(path, &error);
        qunsetenv("CAPFLOW_MEMORY_LIMIT");
        QVERIFY(!bytes);
        QVERIFY2(error.contains(QStringLiteral("209.7 MB")) && error.contains(QStringLiteral("memory")), qPrintable(error));
    }

    // Showing a document needs memory by its companies and deals; too many for what is left are
    // refused with both counts and both amounts named.
    void showProblemNamesTheMemoryNeeded()
    {
        QVERIFY(SafeFiles::memoryToShow(300000, 1000000) > SafeFiles::memoryToShow(300000, 100000));
        QVERIFY(SafeFiles::memoryToShow(300000, 1000000) > qint64(1) << 30);
        QVERIFY(SafeFiles::showProblem(10, 20).isEmpty()); // this machine has the memory for it
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("CAPFLOW_MEMORY_LIMIT", QByteArray::number(qint64(1) << 30));
        const QString problem = SafeFiles::showProblem(300000, 1000000);
        const QString small = SafeFiles::showProblem(10, 20);
        qunsetenv("CAPFLOW_MEMORY_LIMIT");
        QLocale::setDefault(before);
        QVERIFY(small.isEmpty());
        QVERIFY2(problem.contains(QStringLiteral("1,000,000 deals among 300,000 companies"))
                && problem.contains(QStringLiteral("1.7 GB")) && problem.contains(QStringLiteral("1.1 GB")),
            qPrintable(problem));
    }

    // Under an address-space limit (ulimit -v) what is left is the limit less what the process
    // has mapped already: checked again once a document is read, before it is shown.
    void availableMemoryIsWhatIsLeftOfTheAddressSpaceLimit()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            QSKIP("no /proc/self/status");
        qint64 mapped = -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmSize:"))
                mapped = line.simplified().split(' ').value(1).toLongLong() * 1024;
        }
        QVERIFY(mapped > 0);
        struct rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_AS, &old), 0);
        const qint64 room = qint64(200) << 20;
        struct rlimit limited = old;
        limited.rlim_cur = rlim_t(mapped + room);
        if (old.rlim_max != RLIM_INFINITY && limited.rlim_cur > old.rlim_max)
            QSKIP("the hard address-space limit is lower");
        QCOMPARE(::setrlimit(RLIMIT_AS, &limited), 0);
        const qint64 available = SafeFiles::availableMemory();
        ::setrlimit(RLIMIT_AS, &old);
        QVERIFY2(available <= room && available > room / 2, qPrintable(QString::number(available)));
    }

    void readsRegularFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QVERIFY(writeFixture(path, "id,date\r\n"));
        QString error;
        QCOMPARE(SafeFiles::read(path, &error).value_or(QByteArray()), QByteArray("id,date\r\n"));
        QVERIFY(!SafeFiles::read(dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("No such file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSafeFiles)
#include "tst_safefiles.moc"
