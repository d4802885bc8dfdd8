// Switching the language at runtime re-translates the whole window: menus, docks, table headers,
// status bar; and the Language menu remembers the choice.
#include "i18n/Language.h"
#include "window/LanguageMenu.h"
#include "window/MainWindow.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CapFlowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QSettings().clear();
    }

    void switchesAtRuntime()
    {
        Translations translations;
        translations.apply(Language::English);
        MainWindow window;
        window.setTranslations(&translations);
        window.show();
        auto *companies = window.findChild<QDockWidget *>(QStringLiteral("companiesDock"));
        auto *deals = window.findChild<QTableView *>(QStringLiteral("dealsView"));
        QVERIFY(companies && deals);
        auto header = [deals] { return deals->model()->headerData(0, Qt::Horizontal).toString(); };
        auto menuTitles = [&window] {
            QStringList titles;
            for (QAction *a : window.menuBar()->actions())
                titles << a->text();
            return titles;
        };
        QCOMPARE(companies->windowTitle(), QStringLiteral("Companies"));
        QCOMPARE(header(), QStringLiteral("Date"));
        QVERIFY(menuTitles().contains(QStringLiteral("&File")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("140 deals")));

        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        menu->choose(QStringLiteral("de"));
        QCoreApplication::processEvents();
        QCOMPARE(translations.current(), Language::German);
        QCOMPARE(companies->windowTitle(), QStringLiteral("Unternehmen"));
        QCOMPARE(header(), QStringLiteral("Datum"));
        QVERIFY2(menuTitles().contains(QStringLiteral("&Datei")), qPrintable(menuTitles().join(u',')));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("140 Deals")));
        // Cell texts follow too: money in the German form.
        const int amountColumn = 4;
        bool germanMoney = false;
        for (int row = 0; row < deals->model()->rowCount(); ++row)
            germanMoney
                |= deals->model()->index(row, amountColumn).data().toString().contains(QStringLiteral("Mrd. $"));
        QVERIFY(germanMoney);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(LanguageMenu::startupLanguage(std::nullopt), Language::German);
        QCOMPARE(LanguageMenu::startupLanguage(Language::English), Language::English); // --lang wins

        menu->choose(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(companies->windowTitle(), QStringLiteral("Companies"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
