#include "ModalHelper.h"

#include "document/Autosave.h"
#include "document/Document.h"
#include "document/DocumentLock.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "window/DocumentLifecycle.h"
#include "window/MainWindow.h"
#include "window/TerminationSignals.h"

#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

// The crash is real: this test starts itself again as a child process running a real MainWindow
// on a file, makes unsaved edits there, waits until the autosave timer has written them, and
// kills the child with SIGKILL. A new window in this process then finds and restores them.
namespace {
const char childFlag[] = "--edit-and-wait";

// Two edits: fewer than Autosave's edit count, so only its timer can have saved them.
void editLikeAUser(Editor *editor)
{
    Document *document = editor->document();
    Deal deal;
    deal.id = document->nextDealId();
    deal.from = QStringLiteral("microsoft");
    deal.to = QStringLiteral("anthropic");
    deal.kind = DealKind::Equity;
    deal.date = FuzzyDate(QDate(2025, 11, 18), DatePrecision::Day);
    deal.amount = Money::fromUsd(5'000'000'000);
    deal.amountKind = AmountKind::UpTo;
    deal.sources << Source {QStringLiteral("https://example.com/anthropic"), QStringLiteral("Report")};
    editor->addDeal(deal);
    editor->removeDeal(QStringLiteral("D002"));
}

int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    if (!window.openFile(QString::fromLocal8Bit(argv[2])))
        return 3;
    editLikeAUser(window.editor());
    // What the user sees now, for the parent to compare with after the crash.
    QString error;
    if (!DocumentFiles::save(
            window.document()->data(), QString::fromLocal8Bit(argv[3]), DocumentFiles::DataFormat::Capflow, &error))
        return 4;
    // As main() does: SIGTERM, SIGINT and SIGHUP end the window through terminate().
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &window, &MainWindow::terminate);
    std::printf("edited\n");
    std::fflush(stdout);
    return app.exec(); // until killed
}
} // namespace

// Starts this test as a child that opens document, edits it and waits; returns once it has edited.
void startEditingChild(QProcess &child, const QString &document, const QString &expected, int autosaveMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAPFLOW_AUTOSAVE_MS"), QString::number(autosaveMs));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(childFlag), document, expected});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += child.readAllStandardOutput()).contains("edited") || child.state() != QProcess::Running, 30000);
    QVERIFY2(child.state() == QProcess::Running, output.constData());
}

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
        qputenv("CAPFLOW_RECOVERY_DIR", QFile::encodeName(m_recoveryDir));
    }

    void restoresAfterKill()
    {
        const QString document = m_dir.filePath(QStringLiteral("work.capflow"));
        const QString expected = m_dir.filePath(QStringLiteral("expected.capflow"));
        QString error;
        QVERIFY(DocumentFiles::save(DocumentFiles::bundled(), document, DocumentFiles::DataFormat::Capflow, &error));

        QProcess child;
        startEditingChild(child, document, expected, 300);
        if (QTest::currentTestFailed())
            return;

        // The timer writes the edits within its interval.
        const QDir dir(m_recoveryDir);
        QTRY_VERIFY_WITH_TIMEOUT(!dir.entryList({QStringLiteral("*.capflow-recovery")}, QDir::Files).isEmpty(), 10000);
        // While the child runs, its recovery file is not offered to anyone else...
        QVERIFY(Autosave::orphans().isEmpty());
        // ... and its document is locked against a second instance.
        {
            MainWindow second;
            QString message;
            whenModal<QMessageBox>([&message](QMessageBox *box) {
                message = box->text();
                box->reject();
            });
            QVERIFY(!second.openFile(document));
            QVERIFY2(message.contains(QString::number(child.processId())), qPrintable(message));
        }

        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const auto orphans = Autosave::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, QFileInfo(document).absoluteFilePath());

        MainWindow window;
        window.show();
        whenModal<QMessageBox>([](QMessageBox *box) {
            auto *restore = box->findChild<QAbstractButton *>(QStringLiteral("restoreButton"));
            QVERIFY(restore);
            QTest::mouseClick(restore, Qt::LeftButton);
        });
        QVERIFY(window.offerRecovery());
        const DocumentData want = DocumentFiles::load(expected).data;
        const DocumentData got = window.document()->data();
        QCOMPARE(got.deals, want.deals);
        QCOMPARE(got.companies, want.companies);
        QCOMPARE(got.valuations, want.valuations);
        QCOMPARE(window.filePath(), QFileInfo(document).absoluteFilePath());
        QVERIFY(window.isWindowModified()); // restored, not yet saved
        QVERIFY(!window.lifecycle()->isReadOnly()); // the dead process's lock was stale
        QVERIFY(!QFile::exists(orphans.first().recoveryPath));
        QVERIFY(Autosave::orphans().isEmpty());

        // Saving makes it whole: the file holds the edits and no recovery file is left.
        QVERIFY(window.lifecycle()->save());
        QCOMPARE(DocumentFiles::load(document).data.deals, want.deals);
        QVERIFY(dir.entryList({QStringLiteral("*.capflow-recovery")}, QDir::Files).isEmpty());
    }

    // Told to end (logout, `kill`, Ctrl+C in a terminal): the unsaved edits are written for the
    // next start even before the autosave timer, and the document's lock goes away.
    void keepsEditsOnTermination_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void keepsEditsOnTermination()
    {
        QFETCH(int, signalNumber);
        const QString document = m_dir.filePath(QStringLiteral("term.capflow"));
        const QString expected = m_dir.filePath(QStringLiteral("term-expected.capflow"));
        QString error;
        QVERIFY(DocumentFiles::save(DocumentFiles::bundled(), document, DocumentFiles::DataFormat::Capflow, &error));
        QProcess child;
        startEditingChild(child, document, expected, 3'600'000); // only the signal writes
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFile::exists(DocumentLock::lockPathFor(document)));
        QVERIFY(QDir(m_recoveryDir).entryList({QStringLiteral("*.capflow-recovery")}, QDir::Files).isEmpty());

        ::kill(pid_t(child.processId()), signalNumber);
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 128 + signalNumber);
        QVERIFY(!QFile::exists(DocumentLock::lockPathFor(document)));
        const auto orphans = Autosave::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, QFileInfo(document).absoluteFilePath());
        QCOMPARE(Autosave::read(orphans.first().recoveryPath)->deals, DocumentFiles::load(expected).data.deals);
        Autosave::discard(orphans.first());
    }

    void nothingOfferedAfterCleanExit()
    {
        {
            MainWindow window;
            QVERIFY(window.editor()->removeDeal(QStringLiteral("D001")));
            QVERIFY(window.lifecycle()->autosave()->writeNow());
            QVERIFY(QFile::exists(window.lifecycle()->autosave()->recoveryPath()));
            window.undoStack()->setClean();
            QVERIFY(window.close());
        }
        QVERIFY(Autosave::orphans().isEmpty());
        MainWindow window;
        QVERIFY(!window.offerRecovery());
    }

private:
    QTemporaryDir m_dir;
    QString m_recoveryDir;
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], childFlag) == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TestCrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
