// Where the program keeps its settings: ~/.config/CapFlow.conf, and the settings of versions up
// to 0.1 (CapFlow/CapFlow.conf) carried over once.
#include "window/CapflowSettings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

class TestCapflowSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("CapFlow"));
        QCoreApplication::setOrganizationName(QString());
    }
    void init()
    {
        QFile::remove(CapflowSettings().fileName());
        QFile::remove(QSettings(QStringLiteral("CapFlow"), QStringLiteral("CapFlow")).fileName());
    }
    void cleanupTestCase() { init(); }

    void oneFileNamedAfterTheProgram()
    {
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QCOMPARE(CapflowSettings().fileName(), config + QStringLiteral("/CapFlow.conf"));
        QCoreApplication::setOrganizationName(QStringLiteral("CapFlowTest"));
        QCOMPARE(CapflowSettings().fileName(), QSettings().fileName()); // what tests isolate with
        QCoreApplication::setOrganizationName(QString());
    }

    void earlierSettingsAreAdoptedOnce()
    {
        {
            QSettings earlier(QStringLiteral("CapFlow"), QStringLiteral("CapFlow"));
            earlier.setValue(QStringLiteral("language"), QStringLiteral("de"));
            earlier.setValue(QStringLiteral("recentFiles"), QStringList {QStringLiteral("/a.capflow")});
        }
        CapflowSettings::adoptEarlierSettings();
        QCOMPARE(CapflowSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(CapflowSettings().value(QStringLiteral("recentFiles")).toStringList(),
            QStringList {QStringLiteral("/a.capflow")});
        // Once there are settings of this version, the earlier ones are left alone.
        CapflowSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
        CapflowSettings::adoptEarlierSettings();
        QCOMPARE(CapflowSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestCapflowSettings)
#include "tst_capflowsettings.moc"
