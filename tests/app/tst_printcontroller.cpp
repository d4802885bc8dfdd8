#include "document/Document.h"
#include "printing/ExportDialog.h"
#include "printing/PrintController.h"
#include "ModalHelper.h"
#include "support/Builders.h"
#include "support/UserFiles.h"
#include "window/CapflowSettings.h"
#include "window/MainWindow.h"
#include "window/OverviewPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
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

// Opens File > Export…, lets `step` fill in the dialog and presses Export.
void exportWith(MainWindow &window, std::function<void(ExportDialog *)> step)
{
    bool seen = false;
    whenOpen<ExportDialog>([&seen, step](ExportDialog *dialog) {
        seen = true;
        step(dialog);
        if (dialog->isVisible())
            dialog->accept();
    });
    window.printController()->exportAction()->trigger();
    QVERIFY(seen);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first page's size in points, from the PDF's /MediaBox.
QSizeF mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(QStringLiteral(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])"));
    const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

// The PDF's text as poppler reads it; empty when pdftotext is not installed.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool nearly(QSizeF a, QSizeF b, qreal tolerance)
{
    return qAbs(a.width() - b.width()) < tolerance && qAbs(a.height() - b.height()) < tolerance;
}
QString sizeString(QSizeF size)
{
    return QStringLiteral("%1 × %2").arg(size.width()).arg(size.height());
}

// "5,000 × 3,125 px at 300 dpi": the pixel size the dialog says.
QSize statedPixels(const ExportDialog *dialog)
{
    static const QRegularExpression pixels(QStringLiteral(R"(^([0-9,.]+) × ([0-9,.]+) px)"));
    const QRegularExpressionMatch match
        = pixels.match(dialog->findChild<QLabel *>(QStringLiteral("exportSize"))->text());
    const auto number = [&match](int n) { return match.captured(n).remove(u',').remove(u'.').toInt(); };
    return match.hasMatch() ? QSize(number(1), number(2)) : QSize();
}

// A view of its own that paints a white figure and records where it was asked to paint.
QWidget *addTestView(MainWindow &window, QList<QRectF> *targets)
{
    auto *view = new QWidget;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("views"));
    tabs->addTab(view, QStringLiteral("Test view"));
    window.printController()->setFigureProvider(view, [targets] {
        return ReportFigure {QStringLiteral("Test figure"), QString(),
            [targets](QPainter *painter, const QRectF &target) {
                targets->append(target);
                painter->fillRect(target, Qt::white);
            },
            QSizeF(800, 500)};
    });
    tabs->setCurrentWidget(view);
    return view;
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
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateUserFiles(m_dir.filePath(QStringLiteral("recovery")));
    }
    void init() { CapflowSettings().remove(QStringLiteral("export")); }

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

    // File > Export… of the current view (the Overview) as a PNG at a chosen DPI: the PNG has
    // the pixel size the dialog states.
    void exportCurrentViewAsPng()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = dir.filePath(QStringLiteral("overview.png"));
        QSize stated;
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setWhat(ExportDialog::What::CurrentView);
            dialog->setFormat(FigureExporter::Format::Png);
            dialog->setDpi(192);
            dialog->setPath(path);
            stated = statedPixels(dialog);
        });
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400);
        QVERIFY(stated.isValid());
        QCOMPARE(image.size(), stated);
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
        // Not blank: the overview's text leaves dark pixels.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY(dark > 100);
    }

    // The network's PNG is its figure size times the DPI over 96, as the dialog says.
    void networkPngHasStatedSize()
    {
        QTemporaryDir dir;
        MainWindow window;
        const QString path = dir.filePath(QStringLiteral("network.png"));
        QSize stated;
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setPath(path);
            dialog->setDpi(150);
            stated = statedPixels(dialog);
        });
        QCOMPARE(stated, QSize(2500, 1563));
        QCOMPARE(QImage(path).size(), stated);
    }

    // A title typed is drawn above the figure in every format (it used to reach a PDF only as
    // metadata and a PNG not at all); without one the figure has the whole picture.
    void titleIsDrawn_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("png") << "png";
        QTest::addRow("svg") << "svg";
        QTest::addRow("pdf") << "pdf";
    }
    void titleIsDrawn()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        MainWindow window;
        QList<QRectF> targets;
        addTestView(window, &targets);
        const QString title = QStringLiteral("Zebra Capital Flows");
        const QString titled = dir.filePath(QStringLiteral("titled.") + suffix);
        const QString untitled = dir.filePath(QStringLiteral("untitled.") + suffix);
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setPath(titled);
            dialog->setDpi(96);
            dialog->findChild<QLineEdit *>(QStringLiteral("exportTitle"))->setText(title);
        });
        exportWith(window, [&](ExportDialog *dialog) { dialog->setPath(untitled); });
        QCOMPARE(targets.size(), 2);
        QVERIFY2(targets[0].top() >= 40, qPrintable(QString::number(targets[0].top()))); // below the title
        QCOMPARE(targets[1], QRectF(0, 0, 800, 500));
        const QByteArray withTitle = readAll(titled);
        const QByteArray withoutTitle = readAll(untitled);
        QVERIFY(!withTitle.isEmpty() && !withoutTitle.isEmpty());
        QVERIFY(withTitle != withoutTitle);
        if (suffix == u"png") {
            auto darkInTitleBand = [](const QImage &image) {
                int dark = 0;
                for (int y = 0; y < 44; ++y) {
                    for (int x = 0; x < image.width(); ++x)
                        dark += qGray(image.pixel(x, y)) < 128;
                }
                return dark;
            };
            QVERIFY(darkInTitleBand(QImage(titled)) > 50);
            QCOMPARE(darkInTitleBand(QImage(untitled)), 0);
        } else if (suffix == u"svg") {
            QVERIFY(withTitle.contains(title.toUtf8() + "</text>"));
            QVERIFY(!withoutTitle.contains("</text>"));
        } else {
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                QSKIP("pdftotext (poppler-utils) is not installed");
            QVERIFY2(pdfText(titled).contains(title), qPrintable(pdfText(titled)));
            QVERIFY(!pdfText(untitled).contains(title));
        }
    }

    // A name ending in .svg is written as SVG even when PDF was chosen before it was typed.
    void typedSuffixDecidesTheFormat()
    {
        QTemporaryDir dir;
        MainWindow window;
        QList<QRectF> targets;
        addTestView(window, &targets);
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setFormat(FigureExporter::Format::Pdf);
            dialog->setPath(path);
        });
        QVERIFY(readAll(path).contains("<svg"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chart.pdf"))));
    }

    // A view as PDF on paper: the page asked for, with the figure laid out in its printable
    // area (the report's margins); "Figure size" is one page the figure's size.
    void viewPdfPage_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSizeF>("points");
        QTest::addColumn<QSizeF>("area"); // logical pixels the figure is painted in
        const auto area = [](qreal widthMm, qreal heightMm) { return QSizeF(widthMm, heightMm) * 96 / 25.4; };
        QTest::addRow("figure size") << int(QPageSize::Custom) << int(QPageLayout::Portrait) << QSizeF(600, 375)
                                     << QSizeF(800, 500);
        QTest::addRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape) << QSizeF(841.89, 595.28)
                                      << area(297 - 36, 210 - 28);
        QTest::addRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait) << QSizeF(595.28, 841.89)
                                     << area(210 - 36, 297 - 28);
        QTest::addRow("US Letter landscape") << int(QPageSize::Letter) << int(QPageLayout::Landscape)
                                             << QSizeF(792, 612) << area(279.4 - 36, 215.9 - 28);
        QTest::addRow("A3 portrait") << int(QPageSize::A3) << int(QPageLayout::Portrait) << QSizeF(841.89, 1190.55)
                                     << area(297 - 36, 420 - 28);
    }
    void viewPdfPage()
    {
        QFETCH(int, pageSize);
        QFETCH(int, orientation);
        QFETCH(QSizeF, points);
        QFETCH(QSizeF, area);
        QTemporaryDir dir;
        MainWindow window;
        QList<QRectF> targets;
        addTestView(window, &targets);
        const QString path = dir.filePath(QStringLiteral("view.pdf"));
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setPath(path);
            dialog->setPageSize(QPageSize::PageSizeId(pageSize));
            dialog->setOrientation(QPageLayout::Orientation(orientation));
        });
        const QSizeF page = mediaBox(readAll(path));
        QVERIFY2(nearly(page, points, 0.5), qPrintable(sizeString(page)));
        QCOMPARE(targets.size(), 1);
        QVERIFY2(nearly(targets[0].size(), area, 2), qPrintable(sizeString(targets[0].size())));
    }

    // Replacing a file takes a yes: No keeps the file and the dialog, with what was entered.
    void exportAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        MainWindow window;
        QList<QRectF> targets;
        addTestView(window, &targets);
        const QString path = dir.filePath(QStringLiteral("keep.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        bool stillOpen = false;
        QString question;
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setPath(path);
            whenModal<QMessageBox>([&](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            });
            dialog->accept();
            stillOpen = dialog->isVisible() && dialog->path() == path;
            dialog->reject();
        });
        QVERIFY(question.contains(QStringLiteral("keep.png")));
        QVERIFY(stillOpen);
        QCOMPARE(readAll(path), QByteArray("precious"));
        QVERIFY(targets.isEmpty());
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setPath(path);
            whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        });
        QVERIFY(!QImage(path).isNull());
    }

    // What was chosen comes back in the next File > Export….
    void exportRemembersChoices()
    {
        QTemporaryDir dir;
        MainWindow window;
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setPath(dir.filePath(QStringLiteral("n.png")));
            dialog->setDpi(120);
        });
        exportWith(window, [&](ExportDialog *dialog) {
            QCOMPARE(dialog->format(), FigureExporter::Format::Png);
            QCOMPARE(dialog->dpi(), 120);
            QCOMPARE(QFileInfo(dialog->path()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
            dialog->reject();
        });
    }

    // The report on the paper and orientation chosen; the printer's own page stays as it was.
    void exportReportFromDialog_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSizeF>("points");
        QTest::addRow("US Letter") << int(QPageSize::Letter) << int(QPageLayout::Portrait) << QSizeF(612, 792);
        QTest::addRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape) << QSizeF(841.89, 595.28);
    }
    void exportReportFromDialog()
    {
        QFETCH(int, pageSize);
        QFETCH(int, orientation);
        QFETCH(QSizeF, points);
        QTemporaryDir dir;
        MainWindow window;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        exportWith(window, [&](ExportDialog *dialog) {
            dialog->setWhat(ExportDialog::What::Report);
            dialog->setPageSize(QPageSize::PageSizeId(pageSize));
            dialog->setOrientation(QPageLayout::Orientation(orientation));
            dialog->findChild<QLineEdit *>(QStringLiteral("exportTitle"))->setText(QStringLiteral("My report"));
            dialog->setPath(path);
        });
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        const QSizeF page = mediaBox(pdf);
        QVERIFY2(nearly(page, points, 0.5), qPrintable(sizeString(page)));
        QCOMPARE(window.printController()->printer()->pageLayout().orientation(), QPageLayout::Portrait);
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

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintController)
#include "tst_printcontroller.moc"
