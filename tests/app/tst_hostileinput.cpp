// Hostile inputs and outputs through the real binary: nothing blocks, crashes or is left
// half-written, and every refusal names the file and the reason.
#include "document/DocumentLock.h"
#include "io/SafeFiles.h"
#include "support/CapflowRun.h"
#include "support/TestFiles.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
bool isFifo(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// A child whose files may not grow past `bytes`: writes fail with EFBIG, as on a full disk.
CapflowRunOptions fileSizeLimit(rlim_t bytes)
{
    CapflowRunOptions options;
    options.childModifier = [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
    return options;
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_lockDir; // the per-user lock folder, private to this test and its children

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lockDir.isValid());
        qputenv("CAPFLOW_LOCK_DIR", QFile::encodeName(m_lockDir.path()));
    }

    // Opening a FIFO for reading waits for a writer: it must be refused before it is opened.
    void fifoIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("x.capflow"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        CapflowRunOptions options;
        options.timeoutMs = 20000;
        const CapflowRun run = runCapflow({fifo, QStringLiteral("--check")}, options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(fifo) && run.err.contains(QStringLiteral("FIFO")), qPrintable(run.err));
    }

    void devicesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("zero") << QStringLiteral("/dev/zero");
        QTest::newRow("urandom") << QStringLiteral("/dev/urandom");
    }
    void devicesAreRefused()
    {
        QFETCH(QString, path);
        const CapflowRun run = runCapflow({path, QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("a device")), qPrintable(run.err));
    }

    // An empty FILE is a mistake, not a request for the bundled dataset.
    void emptyFileNameIsAUsageError()
    {
        const CapflowRun run = runCapflow({QString(), QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("FILE is empty")), qPrintable(run.err));
    }

    // A file larger than the memory reading it would take is refused with the sizes.
    void fileTooLargeForMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(300) << 20)); // sparse
        }
        CapflowRunOptions options;
        options.extraEnvironment.insert(QStringLiteral("CAPFLOW_MEMORY_LIMIT"), QString::number(qint64(1) << 30));
        const CapflowRun run = runCapflow({path, QStringLiteral("--check")}, options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("314.6 MB")) && run.err.contains(QStringLiteral("of memory")),
            qPrintable(run.err));
    }

    // Two amounts of 9.2e18 USD once passed the check and summed to a negative total.
    void amountsBeyondTheCapAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeFixture(path,
            "id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title\n"
            "D1,2025-01-01,day,A,B,equity,9200000000,reported,,https://e.com,\n"
            "D2,2025-01-01,day,A,B,equity,9200000000,reported,,https://e.com,\n"));
        const CapflowRun check = runCapflow({path, QStringLiteral("--check")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(path + QStringLiteral(":2:")) && check.err.contains(QStringLiteral("larger than")),
            qPrintable(check.err));
        const CapflowRun analyze = runCapflow({path, QStringLiteral("--analyze")});
        QCOMPARE(analyze.exitCode, 1);
        QVERIFY(!analyze.out.contains(QStringLiteral("\"-")));
    }

    // A data export must never replace a FIFO (or anything else that is not a file).
    void exportOntoAFifoIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CapflowRun run = runCapflow({QStringLiteral("--export-data"), fifo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("FIFO")), qPrintable(run.err));
        QVERIFY(isFifo(fifo));
    }

    // Every writer, cut short: the old file stays whole, the reason is given, nothing says "Wrote".
    void everyWriterKeepsTheOldFileOnAShortWrite_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("name");
        QTest::newRow("network svg") << QStringLiteral("--export-network") << QStringLiteral("n.svg");
        QTest::newRow("network png") << QStringLiteral("--export-network") << QStringLiteral("n.png");
        QTest::newRow("network pdf") << QStringLiteral("--export-network") << QStringLiteral("n.pdf");
        QTest::newRow("timeline svg") << QStringLiteral("--export-timeline") << QStringLiteral("t.svg");
        QTest::newRow("report") << QStringLiteral("--export-report") << QStringLiteral("r.pdf");
        QTest::newRow("capflow") << QStringLiteral("--export-data") << QStringLiteral("d.capflow");
        QTest::newRow("csv") << QStringLiteral("--export-data") << QStringLiteral("d.csv");
        QTest::newRow("graphml") << QStringLiteral("--export-data") << QStringLiteral("d.graphml");
        QTest::newRow("gexf") << QStringLiteral("--export-data") << QStringLiteral("d.gexf");
        QTest::newRow("dot") << QStringLiteral("--export-data") << QStringLiteral("d.dot");
    }
    void everyWriterKeepsTheOldFileOnAShortWrite()
    {
        QFETCH(QString, option);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        QVERIFY(writeFixture(out, "the old file"));
        const CapflowRun run = runCapflow({option, out, QStringLiteral("--lang"), QStringLiteral("en")}, fileSizeLimit(2000));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out + QStringLiteral(": File too large")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("Wrote")), qPrintable(run.out));
        QCOMPARE(fileContents(out), QByteArray("the old file"));
        QCOMPARE(strayFiles(dir.path(), {name}), QStringList());
    }

    // On a really full disk (a 64 KB tmpfs, so root only) the SVG export says why and keeps the old file.
    void fullDiskSvgExport()
    {
        SmallTmpfs dir("64k");
        if (!dir.isMounted())
            QSKIP("mounting a small tmpfs needs root");
        const QString out = dir.filePath(QStringLiteral("x.svg"));
        const bool written = writeFixture(out, "old");
        const CapflowRun run = runCapflow({QStringLiteral("--export-network"), out});
        const QByteArray after = fileContents(out);
        dir.unmount();
        QVERIFY(written);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("No space left on device")), qPrintable(run.err));
        QCOMPARE(after, QByteArray("old"));
    }

    // A document open for editing in a window is not overwritten from the command line.
    void exportRespectsTheEditorsLock()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("open.capflow"));
        QVERIFY(writeFixture(out, "being edited"));
        QLockFile lock(DocumentLock::lockPathFor(out));
        QVERIFY(lock.tryLock(0));
        const CapflowRun run = runCapflow({QStringLiteral("--export-data"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("open for editing")), qPrintable(run.err));
        QCOMPARE(fileContents(out), QByteArray("being edited"));
        lock.unlock();
        const CapflowRun free = runCapflow({QStringLiteral("--export-data"), out});
        QCOMPARE(free.exitCode, 0);
    }

    // The lock follows the real file: a symbolic link shares the lock of its target.
    void lockIsKeyedOnTheRealFile()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.capflow"));
        const QString link = dir.filePath(QStringLiteral("link.capflow"));
        QVERIFY(writeFixture(real, "{}"));
        QVERIFY(QFile::link(real, link));
        QCOMPARE(DocumentLock::lockPathFor(link), DocumentLock::lockPathFor(real));
    }

    // A hard link is the same file under another name, in any folder: it shares the lock.
    void hardLinksShareTheLock()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
        const QString real = dir.filePath(QStringLiteral("real.capflow"));
        const QString link = dir.filePath(QStringLiteral("elsewhere/link.capflow"));
        QVERIFY(writeFixture(real, "being edited"));
        QCOMPARE(::link(QFile::encodeName(real).constData(), QFile::encodeName(link).constData()), 0);
        QCOMPARE(DocumentLock::fileLockPathFor(link), DocumentLock::fileLockPathFor(real));
        QVERIFY(DocumentLock::fileLockPathFor(real).startsWith(m_lockDir.path()));

        DocumentLock editing;
        QCOMPARE(editing.lock(real), DocumentLock::Result::Locked);
        DocumentLock second;
        QCOMPARE(second.lock(link), DocumentLock::Result::HeldElsewhere);
        QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!second.isLocked());
        QVERIFY(!DocumentLock::holderOf(link).isEmpty());
        // ... and the command line does not overwrite it through the link either.
        const CapflowRun run = runCapflow({QStringLiteral("--export-data"), link});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("open for editing")), qPrintable(run.err));
        QCOMPARE(fileContents(real), QByteArray("being edited"));

        editing.unlock();
        QVERIFY(DocumentLock::holderOf(link).isEmpty());
        QCOMPARE(second.lock(link), DocumentLock::Result::Locked);
        second.unlock();
        QVERIFY(QDir(m_lockDir.path()).isEmpty()); // no lock file left behind
    }

    // An atomic save makes a new file (inode): the lock moves with it.
    void fileLockFollowsTheSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.capflow"));
        QVERIFY(writeFixture(path, "old"));
        DocumentLock editing;
        QCOMPARE(editing.lock(path), DocumentLock::Result::Locked);
        const QString before = DocumentLock::fileLockPathFor(path);
        QString error;
        QVERIFY2(SafeFiles::write(path, "new", &error), qPrintable(error));
        QVERIFY(DocumentLock::fileLockPathFor(path) != before);
        editing.followSave();
        QVERIFY(!QFile::exists(before));
        const QString link = dir.filePath(QStringLiteral("later-link.capflow"));
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);
        DocumentLock second;
        QCOMPARE(second.lock(link), DocumentLock::Result::HeldElsewhere);
    }

    // kill -9 in the middle of saving 300,000 deals: the target is still the old file, never a
    // part of the new one; the next save removes what the killed one left beside it.
    void killDuringABigSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        QByteArray text("id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title\n");
        for (int i = 0; i < 300'000; ++i) {
            text += 'D' + QByteArray::number(i) + ",2025-01-02,day,Company " + QByteArray::number(i % 20'000)
                + ",Company " + QByteArray::number((i * 7 + 1) % 20'000) + ",equity,1.5,committed,n,https://e.com/"
                + QByteArray::number(i) + ",T\n";
        }
        QVERIFY(writeFixture(csv, text));
        const QString target = dir.filePath(QStringLiteral("big.capflow"));
        QVERIFY(writeFixture(target, "old"));

        QProcess process;
        startCapflow(process, {csv, QStringLiteral("--export-data"), target});
        QVERIFY(process.waitForStarted());
        // Kill it once the new file is being written (a megabyte of it exists).
        const QString prefix = QStringLiteral(".big.capflow.capflow-new-");
        QString temporary;
        QElapsedTimer timer;
        timer.start();
        while (temporary.isEmpty() && process.state() != QProcess::NotRunning && timer.elapsed() < 600'000) {
            for (const QFileInfo &f : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden)) {
                if (f.fileName().startsWith(prefix) && f.size() >= (1 << 20))
                    temporary = f.fileName();
            }
            if (temporary.isEmpty())
                process.waitForFinished(1);
        }
        QVERIFY2(!temporary.isEmpty(), "the save was not caught while writing");
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(fileContents(target), QByteArray("old"));
        QCOMPARE(strayFiles(dir.path(), {QStringLiteral("big.csv"), QStringLiteral("big.capflow")}),
            QStringList {temporary});

        // The next save (once the leftover is a minute old) is whole and cleans up.
        QFile leftover(dir.filePath(temporary));
        QVERIFY(leftover.open(QIODevice::Append));
        QVERIFY(leftover.setFileTime(QDateTime::currentDateTime().addSecs(-120), QFileDevice::FileModificationTime));
        leftover.close();
        const QString small = dir.filePath(QStringLiteral("small.csv"));
        QVERIFY(writeFixture(small, text.left(text.indexOf("\nD10,") + 1)));
        const CapflowRun save = runCapflow({small, QStringLiteral("--export-data"), target});
        QCOMPARE(save.exitCode, 0);
        QCOMPARE(strayFiles(dir.path(), {QStringLiteral("big.csv"), QStringLiteral("small.csv"), QStringLiteral("big.capflow")}),
            QStringList());
        const CapflowRun check = runCapflow({target, QStringLiteral("--check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QStringLiteral("10 deals")), qPrintable(check.out));
    }

    void byteOrderMarkIsAccepted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bom.capflow"));
        QVERIFY(writeFixture(path, "\xEF\xBB\xBF{\"format\": \"capflow\", \"version\": 1}"));
        const CapflowRun run = runCapflow({path, QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
