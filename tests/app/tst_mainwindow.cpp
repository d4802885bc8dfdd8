// The first main window: bundled dataset in the tables, opening files, problems shown, nothing lost.
#include "analysis/AnalysisDock.h"
#include "document/Document.h"
#include "i18n/Language.h"
#include "io/SafeFiles.h"
#include "network/NetworkWidget.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDockWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {
// The next modal message box is accepted as soon as it shows; its informative text (why a file
// did not open) is kept in *text.
void acceptNextBox(QObject *context, QString *text)
{
    QTimer::singleShot(0, context, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->informativeText();
            box->accept();
        }
    });
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CapFlowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void showsBundledDataset()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *deals = window.findChild<QTableView *>(QStringLiteral("dealsView"));
        auto *companies = window.findChild<QTableView *>(QStringLiteral("companiesView"));
        QVERIFY(deals && companies);
        QCOMPARE(deals->model()->rowCount(), 140);
        QCOMPARE(companies->model()->rowCount(), 83);
        QVERIFY(window.windowTitle().contains(QStringLiteral("CapFlow")));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("dealsDock"))->isVisible());
    }

    // The deals table, the timeline and the Analysis dock follow the network's date range (its
    // sliders; Play moves the end slider), and open again with it.
    void viewsFollowTheNetworksDates()
    {
        MainWindow window;
        NetworkWidget *network = window.network();
        auto *fromSlider = network->findChild<QSlider *>(QStringLiteral("fromSlider"));
        auto *toSlider = network->findChild<QSlider *>(QStringLiteral("toSlider"));
        auto *deals = window.findChild<QTableView *>(QStringLiteral("dealsView"));
        auto *analysisFrom = window.analysisDock()->findChild<QDateEdit *>(QStringLiteral("analysisFrom"));
        auto *analysisTo = window.analysisDock()->findChild<QDateEdit *>(QStringLiteral("analysisTo"));
        QVERIFY(fromSlider && toSlider && deals && analysisFrom && analysisTo);
        const int all = deals->model()->rowCount();

        toSlider->setValue(toSlider->maximum() - 24);
        const std::optional<QDate> to = network->options().filter.to;
        QVERIFY(to);
        QCOMPARE(analysisTo->date(), *to);
        QCOMPARE(analysisFrom->date(), analysisFrom->minimumDate()); // open
        const int before = deals->model()->rowCount();
        QVERIFY(before < all);
        int inRange = 0;
        for (const Deal &deal : window.document()->data().deals)
            inRange += network->options().filter.acceptsDate(deal.date) ? 1 : 0;
        QCOMPARE(before, inRange);

        fromSlider->setValue(12);
        QCOMPARE(analysisFrom->date(), *network->options().filter.from);
        QVERIFY(deals->model()->rowCount() < before);
        // Analysis of the same months: the report takes the dock's analysis as it is.
        QCoreApplication::processEvents();

        fromSlider->setValue(0);
        toSlider->setValue(toSlider->maximum());
        QCOMPARE(deals->model()->rowCount(), all);
        QCOMPARE(analysisFrom->date(), analysisFrom->minimumDate());
        QCOMPARE(analysisTo->date(), analysisTo->minimumDate());
    }

    // Started with FILE the window reads and lays out only FILE: nothing before it, then FILE once.
    void startsWithOnlyTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title\n"
                   "N1,2025-11-01,month,Microsoft,Anthropic,equity,5,committed,note,https://example.com/a,A title\n");
        file.close();
        QString problem; // a message box would say why the file did not open
        acceptNextBox(this, &problem);
        MainWindow window(MainWindow::Start::Nothing);
        QCOMPARE(window.document()->graph().companyCount(), 0);
        QCOMPARE(window.network()->layoutsStarted(), 0);
        const int layouts = 0;
        QSignalSpy resets(window.document(), &Document::reset);
        window.show();
        QVERIFY2(window.openFile(path), qPrintable(problem));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(window.network()->layoutsStarted(), layouts + 1);
        QCOMPARE(window.document()->graph().companyCount(), 2);
        QTRY_VERIFY(!window.network()->isLayoutRunning());
        QCOMPARE(window.network()->layoutsStarted(), layouts + 1);

        // Without FILE (or when FILE does not open) the bundled dataset, laid out once.
        MainWindow bundled;
        QCOMPARE(bundled.document()->graph().companyCount(), 83);
        QCOMPARE(bundled.network()->layoutsStarted(), 1);
        MainWindow fallback(MainWindow::Start::Nothing);
        fallback.showBundledDataset();
        QCOMPARE(fallback.document()->graph().dealCount(), 140);
        QCOMPARE(fallback.undoStack()->count(), 0);
    }

    void brokenFileKeepsDocument()
    {
        MainWindow window;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.capflow"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"capflow\", \"version\": 1, \"deals\": 5 }");
        file.close();
        QString shownText;
        acceptNextBox(this, &shownText);
        QVERIFY(!window.openFile(path));
        QVERIFY2(shownText.contains(QStringLiteral("broken.capflow:1:")), qPrintable(shownText));
        QCOMPARE(window.document()->graph().dealCount(), 140);
    }

    // A file that can be read but not shown in the memory left is refused, saying how much it
    // would need, and the current document stays as it was.
    void refusesADocumentTooLargeForTheMemoryLeft()
    {
        MainWindow window;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title\n"
                   "N1,2025-11-01,month,Microsoft,Anthropic,equity,5,committed,,https://example.com/a,A\n"
                   "N2,2025-11-01,month,Microsoft,OpenAI,equity,5,committed,,https://example.com/b,B\n");
        file.close();
        // Enough to read the file, not enough to show its three companies and two deals.
        const qint64 toRead = SafeFiles::memoryToLoad(QFileInfo(path).size());
        const qint64 toShow = SafeFiles::memoryToShow(3, 2);
        const qint64 limit = (toRead + toShow) / 2;
        QVERIFY(toRead < limit && limit < toShow);
        qputenv("CAPFLOW_MEMORY_LIMIT", QByteArray::number(limit));
        QString shownText;
        acceptNextBox(this, &shownText);
        const bool opened = window.openFile(path);
        qunsetenv("CAPFLOW_MEMORY_LIMIT");
        QVERIFY(!opened);
        QVERIFY2(shownText.contains(QStringLiteral("2 deals among 3 companies")) && shownText.contains(QStringLiteral("memory")),
            qPrintable(shownText));
        QCOMPARE(window.document()->graph().dealCount(), 140);
        // With the memory there, the same file opens.
        QVERIFY(window.openFile(path));
        QCOMPARE(window.document()->graph().dealCount(), 2);
    }

    void opensCsv()
    {
        MainWindow window;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deals.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title\n"
                   "N1,2025-11-01,month,Microsoft,Anthropic,equity,5,up_to,\"seed, article\",https://example.com/a,\"A "
                   "\"\"title\"\"\"\n");
        file.close();
        QVERIFY(window.openFile(path));
        QCOMPARE(window.document()->graph().dealCount(), 1);
        // Known names keep their kind from the bundled dataset.
        QCOMPARE(window.document()->company(QStringLiteral("microsoft"))->kind, CompanyKind::Cloud);
        QVERIFY(window.windowTitle().contains(QStringLiteral("deals.csv")));
    }

    // F1: a short page of the shortcuts and what the symbols mean, in the program's language.
    void helpPage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("phrase");
        QTest::addRow("en") << int(Language::English) << QStringLiteral("the nearest company in that direction");
        QTest::addRow("de") << int(Language::German) << QStringLiteral("das nächste Unternehmen in dieser Richtung");
        QTest::addRow("en flows") << int(Language::English) << QStringLiteral("In the flow diagram");
        QTest::addRow("de flows") << int(Language::German) << QStringLiteral("Im Flussdiagramm");
    }
    void helpPage()
    {
        QFETCH(int, language);
        QFETCH(QString, phrase);
        Translations translations;
        translations.apply(Language(language));
        MainWindow window;
        window.show();
        QAction *help = window.findChild<QAction *>(QStringLiteral("helpAction"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
        help->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("helpBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(phrase), qPrintable(box->text().left(200)));
        box->close();
        translations.apply(Language::English);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
