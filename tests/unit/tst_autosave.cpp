#include "document/Autosave.h"
#include "document/Document.h"
#include "document/DocumentLock.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <QUndoStack>
#include <sys/wait.h>
#include <unistd.h>

class TestAutosave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("CAPFLOW_RECOVERY_DIR", QFile::encodeName(m_dir->path() + QStringLiteral("/recovery")));
        qputenv("CAPFLOW_RECOVERY_FALLBACK_DIR", QFile::encodeName(m_dir->path() + QStringLiteral("/fallback")));
        m_document = std::make_unique<Document>();
        m_document->setData(DocumentFiles::bundled());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_document.get(), m_stack.get());
    }
    void cleanup()
    {
        m_editor.reset();
        m_stack.reset();
        m_document.reset();
    }

    // A crash may lose at most a minute of work.
    void defaultIntervalIsUnderAMinute()
    {
        qunsetenv("CAPFLOW_AUTOSAVE_MS");
        Autosave autosave(m_document.get(), m_stack.get());
        QVERIFY(autosave.interval() > 0);
        QVERIFY(autosave.interval() <= 60'000);
        QVERIFY(Autosave::recoveryDirectory().endsWith(QStringLiteral("/recovery")));
    }

    // ~/.local/share/CapFlow/recovery, not CapFlow/CapFlow/recovery; the earlier, doubled folder
    // is still searched for recovery files when it exists.
    void recoveryFolderOfTheProgram()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString application = QCoreApplication::applicationName();
        const QString organization = QCoreApplication::organizationName();
        QCoreApplication::setApplicationName(QStringLiteral("CapFlow"));
        QCoreApplication::setOrganizationName(QString());
        qunsetenv("CAPFLOW_RECOVERY_DIR");
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString earlier = data + QStringLiteral("/CapFlow/CapFlow/recovery");
        QDir(data + QStringLiteral("/CapFlow")).removeRecursively();
        QCOMPARE(Autosave::recoveryDirectory(), data + QStringLiteral("/CapFlow/recovery"));
        QVERIFY(!Autosave::recoveryDirectories().contains(earlier));
        QVERIFY(QDir().mkpath(earlier));
        QCOMPARE(Autosave::recoveryDirectories().value(1), earlier);
        QDir(data + QStringLiteral("/CapFlow")).removeRecursively();
        QCoreApplication::setApplicationName(application);
        QCoreApplication::setOrganizationName(organization);
    }

    void writesAfterFewEdits()
    {
        Autosave autosave(m_document.get(), m_stack.get());
        autosave.setInterval(3'600'000); // only the edit count can trigger here
        autosave.setEditsPerSave(3);
        QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
        QVERIFY(m_editor->removeDeal(QStringLiteral("D002")));
        QVERIFY(!QFile::exists(autosave.recoveryPath()));
        QVERIFY(m_editor->removeDeal(QStringLiteral("D003")));
        QVERIFY(QFile::exists(autosave.recoveryPath()));
        QString original;
        const auto data = Autosave::read(autosave.recoveryPath(), &original);
        QVERIFY(data);
        QCOMPARE(data->deals, m_document->data().deals);
        // Its own session is running, so it is no orphan.
        QVERIFY(Autosave::orphans().isEmpty());
    }

    void writesAfterInterval()
    {
        Autosave autosave(m_document.get(), m_stack.get());
        autosave.setInterval(50);
        autosave.setOriginalPath(QStringLiteral("/somewhere/deals.capflow"));
        QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosave.recoveryPath()), 2000);
        QString original;
        QVERIFY(Autosave::read(autosave.recoveryPath(), &original));
        QCOMPARE(original, QStringLiteral("/somewhere/deals.capflow"));
    }

    void cleanStateRemovesFile()
    {
        Autosave autosave(m_document.get(), m_stack.get());
        QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
        QVERIFY(autosave.writeNow());
        QVERIFY(QFile::exists(autosave.recoveryPath()));
        m_stack->undo(); // back to the saved state
        QVERIFY(!QFile::exists(autosave.recoveryPath()));
        QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
        QVERIFY(autosave.writeNow());
        m_stack->setClean(); // saved
        QVERIFY(!QFile::exists(autosave.recoveryPath()));
    }

    void orphanOfDeadSession()
    {
        QString path;
        {
            Autosave autosave(m_document.get(), m_stack.get());
            QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
            QVERIFY(autosave.writeNow());
            path = autosave.recoveryPath();
            // Keep a copy: a normal end removes the file.
            QVERIFY(QFile::copy(path, path + QStringLiteral(".keep")));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::rename(path + QStringLiteral(".keep"), path));
        // Pretend a process that has ended held the session lock.
        QProcess finished;
        qint64 deadPid = 0;
        connect(&finished, &QProcess::started, this, [&] { deadPid = finished.processId(); });
        finished.start(QStringLiteral("/bin/true"));
        QVERIFY(finished.waitForFinished());
        QVERIFY(deadPid > 0);
        QString lockPath = path;
        lockPath.chop(QStringLiteral(".capflow-recovery").size());
        lockPath += QStringLiteral(".lock");
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ncapflow\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();

        const QList<Autosave::Orphan> orphans = Autosave::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().recoveryPath, path);
        const auto data = Autosave::read(path);
        QVERIFY(data);
        QVERIFY(!data->deals.isEmpty());
        QCOMPARE(data->deals.size(), DocumentFiles::bundled().deals.size() - 1);
        Autosave::discard(orphans.first());
        QVERIFY(Autosave::orphans().isEmpty());
    }

    // A folder that cannot be written (here: a file stands where its parent should be, which
    // stops root too) sends the copy to the fallback folder, says so, and the copy is found there.
    void fallsBackToAnotherFolder()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
        qputenv("CAPFLOW_RECOVERY_DIR", QFile::encodeName(blocker + QStringLiteral("/recovery")));
        Autosave autosave(m_document.get(), m_stack.get());
        QSignalSpy moved(&autosave, &Autosave::locationChanged);
        QSignalSpy failed(&autosave, &Autosave::writeFailed);
        QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
        QVERIFY(autosave.writeNow());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().at(0).toString(), m_dir->filePath(QStringLiteral("fallback")));
        QVERIFY(moved.first().at(1).toString().contains(QStringLiteral("cannot create the folder")));
        QCOMPARE(failed.size(), 0);
        QVERIFY(autosave.recoveryPath().startsWith(m_dir->filePath(QStringLiteral("fallback"))));
        QVERIFY(QFile::exists(autosave.recoveryPath()));
        // Kept for the next start (as on SIGTERM): an orphan in the fallback folder.
        QVERIFY(autosave.writeAndKeepForNextStart());
        const QList<Autosave::Orphan> orphans = Autosave::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().recoveryPath, autosave.recoveryPath());
        QCOMPARE(Autosave::read(orphans.first().recoveryPath)->deals, m_document->data().deals);
    }

    // No folder works: the failure is signalled with its reason and retried until a write works.
    void reportsAndRetriesFailures()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
        qputenv("CAPFLOW_RECOVERY_DIR", QFile::encodeName(blocker + QStringLiteral("/recovery")));
        qputenv("CAPFLOW_RECOVERY_FALLBACK_DIR", QFile::encodeName(blocker + QStringLiteral("/fallback")));
        Autosave autosave(m_document.get(), m_stack.get());
        autosave.setRetryInterval(50);
        QSignalSpy failed(&autosave, &Autosave::writeFailed);
        QSignalSpy recovered(&autosave, &Autosave::writeRecovered);
        QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
        QVERIFY(!autosave.writeNow());
        QVERIFY(failed.size() >= 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("blocker")));
        QVERIFY(!autosave.lastError().isEmpty());
        QVERIFY(QFile::remove(blocker)); // the disk has room again
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 5000);
        QVERIFY(QFile::exists(autosave.recoveryPath()));
        QVERIFY(autosave.lastError().isEmpty());
    }

    // A lock left by a process that has ended (a crash) is taken over, and who left it is said.
    void staleLockIsTakenOverAndNamed()
    {
        const QString file = m_dir->filePath(QStringLiteral("stale.capflow"));
        QProcess gone;
        gone.start(QStringLiteral("true"), QStringList());
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QFile lockFile(DocumentLock::lockPathFor(file));
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(QByteArray::number(pid) + "\ncapflow\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lockFile.close();
        QCOMPARE(DocumentLock::holderOf(file), QString()); // nobody alive holds it
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(QByteArray::number(pid) + "\ncapflow\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lockFile.close();
        DocumentLock lock;
        QCOMPARE(lock.lock(file), DocumentLock::Result::Locked);
        QVERIFY2(lock.takenOverFrom().contains(QString::number(pid)), qPrintable(lock.takenOverFrom()));
        DocumentLock again;
        QCOMPARE(again.lock(m_dir->filePath(QStringLiteral("fresh.capflow"))), DocumentLock::Result::Locked);
        QVERIFY(again.takenOverFrom().isEmpty());
    }

    // A CapFlow killed with SIGKILL by a script that does not wait for it stays a zombie until its
    // parent reaps it; its lock must count as left behind all the same.
    void lockOfAZombieIsTakenOver()
    {
        const QString file = m_dir->filePath(QStringLiteral("zombie.capflow"));
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        QTest::qWait(200); // it has ended, and is not reaped yet
        QFile lockFile(DocumentLock::lockPathFor(file));
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(QByteArray::number(child) + "\ncapflow\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lockFile.close();
        DocumentLock lock;
        const DocumentLock::Result result = lock.lock(file);
        ::waitpid(child, nullptr, 0);
        QCOMPARE(result, DocumentLock::Result::Locked);
        QVERIFY(lock.takenOverFrom().contains(QString::number(child)));
    }

    void lockRefusesSecondEditor()
    {
        const QString file = m_dir->filePath(QStringLiteral("deals.capflow"));
        DocumentLock first;
        QCOMPARE(first.lock(file), DocumentLock::Result::Locked);
        DocumentLock second;
        QCOMPARE(second.lock(file), DocumentLock::Result::HeldElsewhere);
        QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));
        first.unlock();
        QCOMPARE(second.lock(file), DocumentLock::Result::Locked);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
