// Loading on a worker thread: a finished job hands over what DocumentFiles::load read; a
// cancelled one never reports and its worker ends.
#include "files/DocumentFiles.h"
#include "files/LoadJob.h"
#include "io/ReadControl.h"
#include "support/TestFiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLoadJob : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("bundled.capflow"));
        QString error;
        QVERIFY2(DocumentFiles::save(DocumentFiles::bundled(), m_path, DocumentFiles::DataFormat::Capflow, &error),
            qPrintable(error));
    }

    void finishedJobHandsOverTheDocument()
    {
        LoadJob job(m_path);
        QSignalSpy finished(&job, &LoadJob::finished);
        job.start();
        QVERIFY(finished.wait(60'000));
        QVERIFY(job.isFinished());
        QCOMPARE(job.progress(), 1.0);
        const CapflowFormat::ReadResult result = job.takeResult();
        QVERIFY(result.ok());
        QCOMPARE(result.data.deals, DocumentFiles::bundled().deals);
        QTRY_COMPARE(LoadJob::runningWorkers(), 0);
    }

    void problemsAreHandedOverToo()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.capflow"));
        QVERIFY(writeFixture(bad, "{\"format\": \"capflow\""));
        LoadJob job(bad);
        QSignalSpy finished(&job, &LoadJob::finished);
        job.start();
        QVERIFY(finished.wait(60'000));
        const CapflowFormat::ReadResult result = job.takeResult();
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.first().file, bad);
    }

    void cancelledJobNeverReports()
    {
        {
            LoadJob job(m_path);
            QSignalSpy finished(&job, &LoadJob::finished);
            job.start();
            job.cancel();
            QTRY_COMPARE_WITH_TIMEOUT(LoadJob::runningWorkers(), 0, 60'000);
            QCoreApplication::processEvents(); // the worker's end is delivered, and ignored
            QCOMPARE(finished.count(), 0);
            QVERIFY(!job.isFinished());
        }
        // A job destroyed while its worker runs: the worker ends on its own.
        {
            LoadJob job(m_path);
            job.start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(LoadJob::runningWorkers(), 0, 60'000);
    }

    // The loader itself stops at its next stage once cancelled, with a problem saying so.
    void loaderStopsWhenCancelled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("capflow") << QStringLiteral("bundled.capflow");
        QTest::addRow("csv") << QStringLiteral("deals.csv");
    }
    void loaderStopsWhenCancelled()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QString error;
        if (!QFile::exists(path))
            QVERIFY(DocumentFiles::save(DocumentFiles::bundled(), path, DocumentFiles::DataFormat::Csv, &error));
        ReadControl cancelled;
        cancelled.cancel();
        const CapflowFormat::ReadResult result = DocumentFiles::load(path, &cancelled);
        QVERIFY(!result.ok());
        QVERIFY(result.data.deals.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(QStringLiteral("cancelled")),
            qPrintable(result.problems.first().message));
        ReadControl running;
        QVERIFY(DocumentFiles::load(path, &running).ok());
        QCOMPARE(running.progress(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestLoadJob)
#include "tst_loadjob.moc"
