// The one report builder: the command line and the GUI build the same report for the same
// filter, and the GUI's report is what is on screen (the network's filter, positions and size
// measure, the Analysis dock's analysis).
#include "analysis/AnalysisDock.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "itemmodels/Analyses.h"
#include "network/NetworkRenderer.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"
#include "printing/ExportDialog.h"
#include "printing/PrintController.h"
#include "printing/ReportBuilder.h"
#include "printing/ReportPrinter.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
QImage render(const ReportFigure &figure)
{
    QImage image(800, 500, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    figure.paint(&painter, QRectF(0, 0, 800, 500));
    return image;
}

QList<QStringList> rowsOf(const QList<ReportTable> &tables)
{
    QList<QStringList> rows;
    for (const ReportTable &table : tables) {
        rows << QStringList {table.title};
        rows += table.rows;
    }
    return rows;
}

// Triggers the action and returns what the export dialog it opens has chosen (then cancels it).
std::optional<ExportDialog::What> whatTheDialogOffers(QAction *action)
{
    std::optional<ExportDialog::What> what;
    QTimer::singleShot(0, action, [&what] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ExportDialog *>(w); dialog && dialog->isVisible()) {
                what = dialog->what();
                dialog->reject();
            }
        }
    });
    action->trigger();
    return what;
}

const ReportFigure *figureTitled(const Report &report, const QString &title)
{
    for (const ReportFigure &figure : report.figures) {
        if (figure.title == title)
            return &figure;
    }
    return nullptr;
}
} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CapFlowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportbuilder"));
    }

    // The filter decides the deal table, the title page and the analysis pages.
    void filterDecidesEveryPart()
    {
        Document document;
        document.setData(DocumentFiles::bundled());
        ReportRequest all;
        const Report whole = ReportBuilder::build(document, all);
        QCOMPARE(whole.contents.deals().size(), document.data().deals.size());

        ReportRequest request;
        request.filter.from = QDate(2025, 1, 1);
        request.filter.to = QDate(2025, 12, 31);
        request.filter.minAmount = Money::fromUsd(10'000'000'000);
        const Report report = ReportBuilder::build(document, request);
        const DocumentData shown = request.filter.apply(document.data());
        QCOMPARE(report.contents.deals().size(), shown.deals.size());
        QVERIFY(shown.deals.size() < whole.contents.deals().size());
        QCOMPARE(report.summary.filter.at(0).value, QStringLiteral("2025"));
        QVERIFY(std::any_of(report.summary.filter.cbegin(), report.summary.filter.cend(),
            [](const ReportSummary::Line &line) { return line.value.contains(QStringLiteral("$10bn")); }));
        // The analysis pages are those of the analysis of the same deals.
        AnalysisOptions options;
        options.deals = request.filter;
        const CapitalFlowAnalysis analysis = CapitalFlowAnalysis::run(document.graph(), options);
        QCOMPARE(rowsOf(report.extraSections),
            rowsOf(Analyses::reportTables(document.graph(), analysis, Language::English)));
    }

    // An analysis already computed for the same deals is used as it is (its cycle options
    // included); one for other deals is not.
    void usesTheAnalysisComputedForTheSameDeals()
    {
        Document document;
        document.setData(DocumentFiles::bundled());
        AnalysisOptions shortCycles;
        shortCycles.cycles.maxLength = 2;
        shortCycles.cycles.countOnlyInTimeOrder = false;
        auto computed
            = std::make_shared<const CapitalFlowAnalysis>(CapitalFlowAnalysis::run(document.graph(), shortCycles));
        AnalysisOptions defaults;
        const CapitalFlowAnalysis fresh = CapitalFlowAnalysis::run(document.graph(), defaults);
        QVERIFY(rowsOf(Analyses::reportTables(document.graph(), *computed, Language::English))
            != rowsOf(Analyses::reportTables(document.graph(), fresh, Language::English)));

        ReportRequest request;
        request.analysis = computed;
        QCOMPARE(rowsOf(ReportBuilder::build(document, request).extraSections),
            rowsOf(Analyses::reportTables(document.graph(), *computed, Language::English)));

        // Other deals: analysed again for the report's filter, with the dock's cycle options.
        request.filter.to = QDate(2024, 12, 31);
        AnalysisOptions expected = shortCycles;
        expected.deals = request.filter;
        QCOMPARE(rowsOf(ReportBuilder::build(document, request).extraSections),
            rowsOf(Analyses::reportTables(
                document.graph(), CapitalFlowAnalysis::run(document.graph(), expected), Language::English)));
        QVERIFY(ReportBuilder::sameDeals(DealFilter {}, DealFilter {}));
        QVERIFY(!ReportBuilder::sameDeals(DealFilter {}, request.filter));
    }

    // The main window's report: the network's filter and the positions the user gave it.
    void guiReportIsWhatIsOnScreen()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NetworkWidget *network = window.network();
        QTRY_VERIFY(!network->isLayoutRunning());
        // A filter: a minimum amount of $10bn.
        auto *minimum = network->findChild<QDoubleSpinBox *>(QStringLiteral("minAmount"));
        QVERIFY(minimum);
        minimum->setValue(10);
        QVERIFY(network->options().filter.minAmount);
        // Nvidia moved far away from the others.
        const QPointF away = network->positions().value(QStringLiteral("nvidia")) + QPointF(3000, 3000);
        Q_EMIT network->view()->companyMoved(QStringLiteral("nvidia"), away);
        QCOMPARE(network->positions().value(QStringLiteral("nvidia")), away);

        const Report report = window.printController()->currentReport();
        const DocumentData shown = network->options().filter.apply(window.document()->data());
        QCOMPARE(report.contents.deals().size(), shown.deals.size());
        QVERIFY(shown.deals.size() < window.document()->data().deals.size());
        const ReportFigure *figure = figureTitled(report, QStringLiteral("Deal network"));
        QVERIFY(figure);

        // The figure is drawn at the view's positions with the view's filter: the same picture as a
        // renderer given both, and not the default layout's.
        NetworkRenderOptions same;
        same.network = network->options();
        same.positions = network->positions();
        const NetworkRenderer asShown(*window.document(), same);
        const ReportFigure expected {QString(), QString(),
            [&asShown](QPainter *painter, const QRectF &target) { asShown.paint(painter, target); }, {}};
        QCOMPARE(render(*figure), render(expected));
        ReportRequest defaults;
        defaults.filter = network->options().filter;
        const Report laidOutAgain = ReportBuilder::build(*window.document(), defaults);
        QVERIFY(render(*figureTitled(laidOutAgain, QStringLiteral("Deal network"))) != render(*figure));
    }

    // File > Export Report… opens the export dialog with the report chosen.
    void exportReportAction()
    {
        MainWindow window;
        QAction *action = window.printController()->exportReportAction();
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QCOMPARE(whatTheDialogOffers(action), ExportDialog::What::Report);
        // The next File > Export… starts from the current view again.
        QCOMPARE(whatTheDialogOffers(window.printController()->exportAction()), ExportDialog::What::CurrentView);
    }

    // Short sections share a page: three one-row sections take no more pages than one.
    void shortSectionsSharePages()
    {
        QTemporaryDir dir;
        const auto pages = [&dir](int sections) {
            Report report;
            report.title = QStringLiteral("Sections");
            for (int i = 0; i < sections; ++i) {
                ReportTable table;
                table.title = QStringLiteral("Section %1").arg(i + 1);
                table.columns = {{QStringLiteral("A"), Qt::AlignLeft, false}};
                table.rows = {{QStringLiteral("one row")}};
                report.extraSections << table;
            }
            QPdfWriter writer(dir.filePath(QStringLiteral("s%1.pdf").arg(sections)));
            writer.setPageLayout(ReportPrinter::defaultPageLayout());
            ReportPrinter printer(report);
            printer.print(&writer);
            return printer.pageCount();
        };
        QCOMPARE(pages(3), pages(1));
        QVERIFY(pages(1) > pages(0));
    }
};

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
