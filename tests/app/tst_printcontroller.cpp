#include "document/Document.h"
#include "printing/ExportDialog.h"
#include "printing/PrintController.h"
#include "support/Builders.h"
#include "window/MainWindow.h"
#include "window/OverviewPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
// Runs `step` on the first visible modal dialog of type T once it is open.
template<typename T> void whenOpen(std::function<void(T *)> step)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, step] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                step(dialog);
                return;
            }
        }
    });
    timer->start();
}
} // namespace

// The Overview tab prints as the report; the network is the first tab, so switch to the Overview.
void showOverview(MainWindow &window)
{
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
    views->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("overview")));
}

class TestPrintController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileMenuHasPrintActions()
    {
        MainWindow window;
        showOverview(window);
        PrintController *print = window.printController();
        QVERIFY(print);
        QCOMPARE(print->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        const QList<QAction *> fileActions = window.menuBar()->actions().constFirst()->menu()->actions();
        QVERIFY(fileActions.contains(print->printAction()));
        QVERIFY(fileActions.contains(print->previewAction()));
        QVERIFY(fileActions.contains(print->exportAction()));
        // The Overview prints as the report.
        QVERIFY(print->printAction()->text().contains(QStringLiteral("Report")));
        QCOMPARE(print->printer()->pageLayout().pageSize().id(), QPageSize::A4);
    }

    void dialogKeepsFormatAndSuffixInStep()
    {
        ExportDialog dialog(QStringLiteral("Network"), QStringLiteral("/tmp"));
        QCOMPARE(dialog.what(), ExportDialog::What::CurrentView);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/capflow-network.pdf"));
        dialog.setWhat(ExportDialog::What::Report);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/capflow-report.pdf"));
        dialog.setWhat(ExportDialog::What::CurrentView);
        dialog.setPath(QStringLiteral("/tmp/out.pdf"));
        QCOMPARE(dialog.dpi(), 300);
        auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("exportDpi"));
        QVERIFY(!dpi->isEnabled());
        dialog.setFormat(FigureExporter::Format::Png);
        QVERIFY(dpi->isEnabled());
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/out.png"));
        dialog.setFormat(FigureExporter::Format::Svg);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/out.svg"));
        dialog.setWhat(ExportDialog::What::Report);
        QCOMPARE(dialog.format(), FigureExporter::Format::Pdf);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/out.pdf"));
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"))->isEnabled());
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("exportPageSize"))->isEnabled());
        ExportDialog noView(QString(), QStringLiteral("/tmp"));
        QCOMPARE(noView.what(), ExportDialog::What::Report);
        QCOMPARE(noView.path(), QStringLiteral("/tmp/capflow-report.pdf"));
    }

    // File > Export… of the current view (the Overview) as a PNG at a chosen DPI.
    void exportCurrentViewAsPng()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = dir.filePath(QStringLiteral("overview.png"));
        bool seen = false;
        whenOpen<ExportDialog>([&](ExportDialog *dialog) {
            seen = true;
            dialog->setWhat(ExportDialog::What::CurrentView);
            dialog->setFormat(FigureExporter::Format::Png);
            dialog->setDpi(192);
            dialog->setPath(path);
            dialog->accept();
        });
        window.printController()->exportAction()->trigger();
        QVERIFY(seen);
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400);
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
        // Not blank: the overview's text leaves dark pixels.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY(dark > 100);
    }

    void exportReportFromDialog()
    {
        QTemporaryDir dir;
        MainWindow window;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        whenOpen<ExportDialog>([&](ExportDialog *dialog) {
            dialog->setWhat(ExportDialog::What::Report);
            dialog->findChild<QComboBox *>(QStringLiteral("exportPageSize"))->setCurrentIndex(1); // Letter
            dialog->findChild<QLineEdit *>(QStringLiteral("exportTitle"))->setText(QStringLiteral("My report"));
            dialog->setPath(path);
            dialog->accept();
        });
        window.printController()->exportAction()->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.contains("/MediaBox [0 0 612.000000 792.000000]")); // US Letter
    }

    void previewShowsTheReport()
    {
        MainWindow window;
        showOverview(window);
        int pages = 0;
        whenOpen<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
            auto *widget = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(widget);
            pages = widget->pageCount();
            dialog->reject();
        });
        window.printController()->previewAction()->trigger();
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    }

    // The Overview says how far the data reaches and counts each dollar once: a $30bn whole with
    // a $5bn part, and an up-to-$100bn letter superseded by a $30bn stake.
    void overviewCountsEachDollarOnce()
    {
        DocumentData data;
        data.companies = {CompanyBuilder(QStringLiteral("nv")).name(QStringLiteral("Nvidia")),
            CompanyBuilder(QStringLiteral("oa")).name(QStringLiteral("OpenAI")),
            CompanyBuilder(QStringLiteral("ms")).name(QStringLiteral("Microsoft"))};
        data.deals = {DealBuilder(QStringLiteral("W"), QStringLiteral("oa"), QStringLiteral("ms"))
                          .kind(DealKind::Compute)
                          .billions(30),
            DealBuilder(QStringLiteral("P"), QStringLiteral("oa"), QStringLiteral("ms"))
                .kind(DealKind::Compute)
                .billions(5)
                .partOf({QStringLiteral("W")}),
            DealBuilder(QStringLiteral("L"), QStringLiteral("nv"), QStringLiteral("oa"))
                .billions(100)
                .amountKind(AmountKind::UpTo),
            DealBuilder(QStringLiteral("S"), QStringLiteral("nv"), QStringLiteral("oa"))
                .billions(30)
                .on(QDate(2026, 2, 1))
                .supersedes({QStringLiteral("L")})};
        data.dataThrough = FuzzyDate(QDate(2026, 6, 1), DatePrecision::Month);
        Document document;
        document.setData(data);
        OverviewPanel overview(&document);
        const QString text = overview.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Data through June 2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Left out of the sums: 2 deal")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("$30bn")));
        QVERIFY2(!text.contains(QStringLiteral("$35bn")) && !text.contains(QStringLiteral("$60bn")), qPrintable(text));
        // Without relations and a date: neither line.
        for (Deal &d : data.deals) {
            d.partOf.clear();
            d.supersedes.clear();
        }
        data.dataThrough = FuzzyDate();
        document.setData(data);
        QTRY_VERIFY(overview.toPlainText().contains(QStringLiteral("$35bn")));
        QVERIFY(!overview.toPlainText().contains(QStringLiteral("Left out")));
        QVERIFY(!overview.toPlainText().contains(QStringLiteral("Data through")));
    }

    // The About box names the bundled data's date.
    void aboutBoxSaysHowFarTheDataReaches()
    {
        MainWindow window;
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                if (a->menuRole() == QAction::AboutRole)
                    about = a;
            }
        }
        QVERIFY(about);
        QString text;
        whenOpen<QMessageBox>([&text](QMessageBox *box) {
            text = box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY2(text.contains(QStringLiteral("Data through June 2026")), qPrintable(text));
    }

    // A view that registers a figure prints and previews as that figure, on one page.
    void registeredViewPrintsAsFigure()
    {
        MainWindow window;
        auto *view = new QWidget;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("views"));
        tabs->addTab(view, QStringLiteral("Test view"));
        int painted = 0;
        window.printController()->setFigureProvider(view, [&painted] {
            return ReportFigure {
                QStringLiteral("Test figure"), QString(), [&painted](QPainter *, const QRectF &) { ++painted; }, {}};
        });
        tabs->setCurrentWidget(view);
        QVERIFY(!window.printController()->printAction()->text().contains(QStringLiteral("Report")));
        int pages = 0;
        whenOpen<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
            pages = dialog->findChild<QPrintPreviewWidget *>()->pageCount();
            dialog->reject();
        });
        window.printController()->previewAction()->trigger();
        QCOMPARE(pages, 1);
        QVERIFY(painted >= 1);
    }
};

QTEST_MAIN(TestPrintController)
#include "tst_printcontroller.moc"
