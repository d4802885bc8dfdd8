#include "support/Builders.h"
#include "support/CapflowRun.h"
#include "support/SvgText.h"
#include "ModalHelper.h"

#include "analysis/AnalysisDock.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "flows/FlowsPainter.h"
#include "flows/FlowsRenderer.h"
#include "flows/FlowsView.h"
#include "flows/FlowsWidget.h"
#include "format/Formatter.h"
#include "network/NetworkWidget.h"
#include "printing/ExportDialog.h"
#include "printing/PrintController.h"
#include "printing/Report.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QScopeGuard>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Investors → AI labs → cloud → chips, with money flowing back (the cloud invests in the lab that
// buys its compute) and one band of each certainty.
DocumentData circularData()
{
    DocumentData data;
    data.companies = {CompanyBuilder(u"fund"_s).name(u"Fund"_s).kind(CompanyKind::Investor),
        CompanyBuilder(u"lab"_s).name(u"Lab"_s).kind(CompanyKind::AiLab),
        CompanyBuilder(u"cloud"_s).name(u"Cloud"_s).kind(CompanyKind::Cloud),
        CompanyBuilder(u"chips"_s).name(u"Chips"_s).kind(CompanyKind::Chips)};
    const auto deal = [&data](const QString &id, const QString &from, const QString &to, DealKind kind,
                          std::optional<qint64> billions, AmountKind amountKind) {
        data.deals << Deal(DealBuilder(id, from, to).kind(kind).billions(billions).amountKind(amountKind).on(QDate(2025, 3, 1)));
    };
    deal(u"D1"_s, u"fund"_s, u"lab"_s, DealKind::Equity, 10, AmountKind::Committed);
    deal(u"D2"_s, u"lab"_s, u"cloud"_s, DealKind::Compute, 30, AmountKind::Committed);
    deal(u"D3"_s, u"lab"_s, u"cloud"_s, DealKind::Compute, 50, AmountKind::UpTo);
    deal(u"D4"_s, u"lab"_s, u"cloud"_s, DealKind::Compute, 5, AmountKind::Estimated);
    deal(u"D5"_s, u"cloud"_s, u"chips"_s, DealKind::Chips, 12, AmountKind::Reported);
    deal(u"D6"_s, u"cloud"_s, u"lab"_s, DealKind::Equity, 8, AmountKind::Committed);
    deal(u"D7"_s, u"fund"_s, u"chips"_s, DealKind::Equity, std::nullopt, AmountKind::Reported);
    return data;
}

int band(const FlowDiagram &diagram, const QString &fromCompany, const QString &toCompany, DealKind kind)
{
    for (int i = 0; i < diagram.bands.size(); ++i) {
        const FlowBand &b = diagram.bands[i];
        if (b.from == diagram.nodeOfCompany(fromCompany) && b.to == diagram.nodeOfCompany(toCompany) && b.kind == kind)
            return i;
    }
    return -1;
}

} // namespace

class TestFlowsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"CapFlowTest"_s);
        QCoreApplication::setApplicationName(u"tst_flowsview"_s);
        m_translations.apply(Language::English);
    }

    void stripsAndReturns()
    {
        Document document;
        document.setData(circularData());
        const FlowDiagram diagram = FlowDiagram::build(document.graph(), {});
        FlowsPainter flows(diagram, document.graph(), Language::English);
        flows.layout(QRectF(0, 0, 1200, 800));
        // Firm, up-to and estimated money in strips of their own, in that order, never one shape.
        const int compute = band(diagram, u"lab"_s, u"cloud"_s, DealKind::Compute);
        const auto &strips = flows.bandGeometry()[compute].strips;
        QCOMPARE(strips.size(), 3);
        QCOMPARE(strips[0].certainty, Certainty::Firm);
        QCOMPARE(strips[1].certainty, Certainty::UpTo);
        QCOMPARE(strips[2].certainty, Certainty::Estimated);
        // Widths to one scale: the up-to strip is 50/30 of the firm one.
        const double firm = strips[0].shape.boundingRect().height(), upTo = strips[1].shape.boundingRect().height();
        QVERIFY(upTo > firm);
        QCOMPARE(flows.bandGeometry()[compute].label, u"$30bn · up to $50bn · ~$5bn"_s);
        // Undisclosed only: no strip, a label that counts it.
        const int undisclosed = band(diagram, u"fund"_s, u"chips"_s, DealKind::Equity);
        QVERIFY(flows.bandGeometry()[undisclosed].strips.isEmpty());
        QCOMPARE(flows.bandGeometry()[undisclosed].label, u"+1 undisclosed"_s);

        // The cloud's investment in the lab runs back: an arc under every bar.
        const int back = band(diagram, u"cloud"_s, u"lab"_s, DealKind::Equity);
        QVERIFY(diagram.bands[back].isReturn);
        double lowestBar = 0;
        for (const auto &node : flows.nodeGeometry())
            lowestBar = std::max(lowestBar, node.bar.bottom());
        QVERIFY(flows.bandGeometry()[back].centre.boundingRect().bottom() > lowestBar + 5);
        QVERIFY(!diagram.bands[compute].isReturn);
        QVERIFY(flows.bandGeometry()[compute].centre.boundingRect().bottom() <= lowestBar + 1);
        // Bars stay inside the area, and so do the arcs round the first and last columns.
        for (const auto &geometry : flows.bandGeometry()) {
            for (const auto &strip : geometry.strips)
                QVERIFY2(QRectF(0, 0, 1200, 800).contains(strip.shape.boundingRect()),
                    qPrintable(QStringLiteral("%1 %2 %3 %4").arg(strip.shape.boundingRect().left()).arg(strip.shape.boundingRect().top()).arg(strip.shape.boundingRect().right()).arg(strip.shape.boundingRect().bottom())));
        }
    }

    // On an image the bands go straight into its pixels (FastRaster), elsewhere through QPainter
    // (a clip makes the painter take that way): both draw the same picture, hatching and dots
    // included, only where QPainter rounds differently a pixel differs a little.
    void rasterDrawsWhatQPainterDraws_data()
    {
        QTest::addColumn<bool>("bundled");
        QTest::addColumn<int>("layering");
        QTest::addColumn<double>("ratio");
        QTest::newRow("fixture") << false << int(FlowLayering::ByKind) << 1.0;
        QTest::newRow("bundled, by kind") << true << int(FlowLayering::ByKind) << 1.0;
        QTest::newRow("bundled, by company") << true << int(FlowLayering::ByCompany) << 1.0;
        QTest::newRow("bundled, HiDPI") << true << int(FlowLayering::ByKind) << 2.0;
    }
    void rasterDrawsWhatQPainterDraws()
    {
        QFETCH(bool, bundled);
        QFETCH(int, layering);
        QFETCH(double, ratio);
        Document document;
        document.setData(bundled ? DocumentFiles::bundled() : circularData());
        FlowDiagramOptions options;
        options.layering = FlowLayering(layering);
        const FlowDiagram diagram = FlowDiagram::build(document.graph(), options);
        FlowsPainter flows(diagram, document.graph(), Language::English);
        flows.layout(QRectF(0, 0, 1000, 640));
        const auto render = [&](bool clipped) {
            QImage image(QSize(1000, 640) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::white);
            QPainter painter(&image);
            if (clipped)
                painter.setClipRect(QRectF(0, 0, 1000, 640));
            flows.paintDiagram(&painter, {});
            return image;
        };
        const QImage fast = render(false), reference = render(true);
        double sum = 0;
        int far = 0, inked = 0;
        for (int y = 0; y < fast.height(); ++y) {
            for (int x = 0; x < fast.width(); ++x) {
                const QRgb a = fast.pixel(x, y), b = reference.pixel(x, y);
                const int d = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                sum += d;
                far += d > 48 ? 1 : 0;
                inked += a != qRgb(255, 255, 255) ? 1 : 0;
            }
        }
        const double pixels = double(fast.width()) * fast.height();
        QVERIFY(inked > pixels / 20);
        // Hatching drawn by a tile brush and by the lines' distance differ at their edges, so
        // the bound is on the mean and on how many pixels differ clearly.
        QVERIFY2(sum / pixels < 1.5, qPrintable(QString::number(sum / pixels)));
        QVERIFY2(far < pixels / 150, qPrintable(QStringLiteral("%1 of %2").arg(far).arg(pixels)));
    }

    void hitTesting()
    {
        Document document;
        document.setData(circularData());
        const FlowDiagram diagram = FlowDiagram::build(document.graph(), {});
        FlowsPainter flows(diagram, document.graph(), Language::English);
        flows.layout(QRectF(0, 0, 1200, 800));
        for (int b = 0; b < diagram.bands.size(); ++b) {
            const QPointF middle = flows.bandGeometry()[b].centre.pointAtPercent(0.5);
            const int hit = flows.bandAt(middle);
            QVERIFY2(hit >= 0, qPrintable(QString::number(b)));
            // Where bands cross, the thinner one is hit.
            QVERIFY(hit == b || flows.bandGeometry()[hit].thickness <= flows.bandGeometry()[b].thickness);
        }
        for (int n = 0; n < diagram.nodes.size(); ++n)
            QCOMPARE(flows.nodeAt(flows.nodeGeometry()[n].bar.center()), n);
        QCOMPARE(flows.bandAt(QPointF(-50, -50)), -1);
        QCOMPARE(flows.nodeAt(QPointF(-50, -50)), -1);
        // The tool tip names the band, its money apart and its largest deals.
        const QString tip = flows.bandToolTip(band(diagram, u"lab"_s, u"cloud"_s, DealKind::Compute));
        for (const QString &part : {u"AI labs → Cloud providers"_s, u"$30bn"_s, u"$50bn"_s, u"$5bn"_s, u"3 deals"_s, u"D3 Lab → Cloud"_s})
            QVERIFY2(tip.contains(part), qPrintable(tip));
        QVERIFY(flows.nodeToolTip(diagram.nodeOfCompany(u"cloud"_s)).contains(u"Cloud"_s));
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("layering");
        for (Language language : {Language::English, Language::German}) {
            for (QSize size : {QSize(1600, 1000), QSize(1366, 640), QSize(800, 500)}) {
                for (FlowLayering layering : {FlowLayering::ByKind, FlowLayering::ByCompany})
                    QTest::addRow("%s %dx%d %s", language == Language::German ? "de" : "en", size.width(),
                        size.height(), layering == FlowLayering::ByKind ? "kinds" : "companies")
                        << int(language) << size << int(layering);
            }
        }
    }
    void labelsNeverOverlap()
    {
        QFETCH(int, language);
        QFETCH(QSize, size);
        QFETCH(int, layering);
        m_translations.apply(Language(language));
        const auto english = qScopeGuard([this] { m_translations.apply(Language::English); });
        Document document;
        document.setData(DocumentFiles::bundled());
        FlowDiagramOptions options;
        options.layering = FlowLayering(layering);
        const FlowDiagram diagram = FlowDiagram::build(document.graph(), options);
        FlowsPainter flows(diagram, document.graph(), Language(language));
        const QRectF area(QPointF(0, 0), QSizeF(size));
        flows.layout(area);
        QList<QRectF> labels;
        for (const auto &header : flows.columnHeaders()) {
            if (!header.rect.isNull())
                labels << header.rect;
        }
        int named = 0;
        for (const auto &node : flows.nodeGeometry()) {
            if (!node.labelRect.isNull()) {
                labels << node.labelRect;
                ++named;
            }
        }
        for (const auto &geometry : flows.bandGeometry()) {
            if (!geometry.labelRect.isNull())
                labels << geometry.labelRect;
        }
        // Every layer is named above its column; by company, the largest companies beside their bars.
        QCOMPARE(flows.columnHeaders().size(), diagram.columns);
        if (layering == int(FlowLayering::ByCompany))
            QVERIFY(named >= 3);
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY(area.contains(labels[i]));
            QVERIFY(!labels[i].intersects(flows.legendRect()));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
            for (const auto &node : flows.nodeGeometry())
                QVERIFY(!labels[i].intersects(node.bar));
        }
        // A band too thin for its label has it on hover.
        for (int b = 0; b < diagram.bands.size(); ++b) {
            if (flows.bandGeometry()[b].labelRect.isNull())
                QVERIFY(!flows.bandToolTip(b).isEmpty());
        }
    }

    // The layers' totals beside them are the Analysis dock's flows for the same filter.
    void totalsMatchTheAnalysisDock()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.views()->setCurrentWidget(window.flows());
        const FlowsPainter &flows = window.flows()->view()->flows();
        const FlowDiagram &diagram = flows.diagram();
        QVERIFY(!diagram.isEmpty());
        window.analysisDock()->waitForAnalysis();
        const auto analysis = window.analysisDock()->currentAnalysis();
        QVERIFY(analysis);
        QHash<int, AmountTotals> in, out;
        for (const CompanyFlow &flow : analysis->flows) {
            in[diagram.nodeOfCompany(flow.companyId)].add(flow.in);
            out[diagram.nodeOfCompany(flow.companyId)].add(flow.out);
        }
        const Formatter format(Language::English);
        QList<AmountTotals> layerIn(diagram.columns), layerOut(diagram.columns);
        for (int n = 0; n < diagram.nodes.size(); ++n) {
            layerIn[diagram.nodes[n].column].add(in.value(n));
            layerOut[diagram.nodes[n].column].add(out.value(n));
        }
        int checked = 0;
        for (int c = diagram.hasOutside ? 1 : 0; c < diagram.columns; ++c) {
            const auto &header = flows.columnHeaders()[c];
            QCOMPARE(header.lines.first(), FlowsPainter::layerName(diagram.columnKinds[c]));
            QVERIFY(header.lines.contains(u"in: "_s + FlowsPainter::amountParts(layerIn[c], format).join(u" · "_s)));
            QVERIFY(header.lines.contains(u"out: "_s + FlowsPainter::amountParts(layerOut[c], format).join(u" · "_s)));
            // Shown in full at this size: wrapped, never cut.
            QCOMPARE(header.detail, 0);
            QVERIFY(header.shownLines.size() >= header.lines.size());
            QCOMPARE(header.shownLines.mid(0, header.nameLines).join(u' '), header.lines.first());
            QVERIFY(flows.area().contains(header.rect));
            ++checked;
        }
        QVERIFY(checked >= 4);
    }

    void followsTheNetworkAndLightsDeals()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.views();
        tabs->setCurrentWidget(window.flows());
        // The network's filter bar, with its date slider and Play, is shown on the Flows tab.
        QWidget *panel = window.network()->filterPanel();
        QVERIFY(window.flows()->isAncestorOf(panel));
        QVERIFY(panel->isVisible());
        FlowsView *view = window.flows()->view();
        const int allDeals = [&] {
            int deals = 0;
            for (const FlowBand &b : view->diagram().bands)
                deals += b.money.deals;
            return deals;
        }();
        auto *toSlider = panel->findChild<QSlider *>(u"toSlider"_s);
        QVERIFY(toSlider);
        toSlider->setValue(toSlider->maximum() / 2);
        int early = 0;
        for (const FlowBand &b : view->diagram().bands)
            early += b.money.deals;
        QVERIFY(early > 0 && early < allDeals);
        toSlider->setValue(toSlider->maximum());
        tabs->setCurrentWidget(window.network());
        QVERIFY(window.network()->isAncestorOf(panel));
        tabs->setCurrentWidget(window.flows());

        // A circular flow selected in the Analysis dock lights its bands and stays on this tab.
        window.analysisDock()->waitForAnalysis();
        const CapitalFlowAnalysis &analysis = *window.analysisDock()->currentAnalysis();
        QVERIFY(!analysis.cycles.cycles.isEmpty());
        const QStringList cycleDeals = analysis.cycles.cycles.first().dealIds();
        Q_EMIT window.analysisDock()->cycleSelected(cycleDeals, {});
        QCOMPARE(tabs->currentWidget(), window.flows());
        QVERIFY(!view->litBands().isEmpty());
        QCOMPARE(view->litBands().size(), int(view->diagram().bandsOf(cycleDeals).size()));

        // Clicking a band selects its deals in the table.
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(view->litBands().isEmpty());
        const FlowsPainter &flows = view->flows();
        int target = -1;
        for (int b = 0; b < view->diagram().bands.size(); ++b) {
            if (!view->diagram().bands[b].isReturn && flows.bandGeometry()[b].thickness > 12
                && flows.bandAt(flows.bandGeometry()[b].centre.pointAtPercent(0.5)) == b) {
                target = b;
                break;
            }
        }
        QVERIFY(target >= 0);
        QSignalSpy clicked(view, &FlowsView::dealsClicked);
        QTest::mouseClick(view, Qt::LeftButton, {}, flows.bandGeometry()[target].centre.pointAtPercent(0.5).toPoint());
        QCOMPARE(clicked.size(), 1);
        const QStringList dealIds = view->diagram().bands[target].dealIds;
        QCOMPARE(clicked.first().first().toStringList(), dealIds);
        QCOMPARE(window.dealsView()->selectionModel()->selectedRows().size(), int(dealIds.size()));
        QVERIFY(!view->litBands().isEmpty());

        // From the keyboard: Tab through the bands, Enter selects, Escape clears.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Escape);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentBand(), 0);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentBand(), 1);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.last().first().toStringList(), view->diagram().bands[1].dealIds);
    }

    // Under a dark window palette the diagram is drawn dark with light text; its export stays white.
    void followsADarkPalette()
    {
        Document document;
        document.setData(circularData());
        FlowsView view(&document);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        view.setPalette(dark);
        view.resize(1000, 640);
        view.setDiagram(FlowDiagram::build(document.graph(), {}));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shot = view.grab().toImage();
        QVERIFY(shot.pixelColor(4, 4).lightness() < 80);
        // The layers' names are light on the dark paper.
        const QRectF header = view.flows().columnHeaders().first().rect;
        int light = 0;
        for (int y = int(header.top()); y < int(header.bottom()); ++y) {
            for (int x = int(header.left()); x < int(header.right()); ++x)
                light += shot.pixelColor(x, y).lightness() > 180;
        }
        QVERIFY(light > 20);
        FlowsRenderOptions options;
        const FlowsRenderer renderer(document, options);
        QImage image(800, 500, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            renderer.paint(&painter, QRectF(0, 0, 800, 500));
        }
        QCOMPARE(image.pixelColor(4, 4), QColor(Qt::white));
    }

    void layerOrderAndCompanies()
    {
        Document document;
        document.setData(circularData());
        FlowsWidget widget(&document);
        widget.resize(1200, 800);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.setLayerOrder(FlowDiagramOptions::defaultLayerOrder());
        widget.setLayering(FlowLayering::ByKind);
        const FlowDiagram &diagram = widget.view()->diagram();
        QCOMPARE(diagram.columnKinds.first(), CompanyKind::Investor);
        QVERIFY(!diagram.bands[band(diagram, u"lab"_s, u"cloud"_s, DealKind::Compute)].isReturn);
        // Cloud before AI labs: the compute now runs back.
        widget.setLayerOrder({CompanyKind::Investor, CompanyKind::Cloud, CompanyKind::AiLab});
        QCOMPARE(widget.view()->diagram().columnKinds.mid(0, 3),
            (QList<CompanyKind> {CompanyKind::Investor, CompanyKind::Cloud, CompanyKind::AiLab}));
        QVERIFY(widget.view()->diagram().bands[band(widget.view()->diagram(), u"lab"_s, u"cloud"_s, DealKind::Compute)].isReturn);
        // Alt+Right moves the current layer.
        auto *order = widget.findChild<QListWidget *>(u"flowsLayerOrder"_s);
        QVERIFY(order);
        order->setCurrentRow(0);
        QTest::keyClick(order, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(widget.layerOrder().mid(0, 2), (QList<CompanyKind> {CompanyKind::Cloud, CompanyKind::Investor}));
        // By company: the companies are their own nodes.
        widget.setLayering(FlowLayering::ByCompany);
        widget.setTopCompanies(2);
        int own = 0;
        for (const FlowNode &node : widget.view()->diagram().nodes)
            own += node.type == FlowNode::Type::Company;
        QCOMPARE(own, 2);
        widget.setLayering(FlowLayering::ByKind);
        widget.setLayerOrder(FlowDiagramOptions::defaultLayerOrder());
    }

    void exports_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("en") << u"en"_s
                            << QStringList {u"Investors"_s, u"AI labs"_s, u"Cloud providers"_s, u"Chip makers"_s,
                                   u"committed or reported"_s};
        QTest::addRow("de") << u"de"_s
                            << QStringList {u"Investoren"_s, u"KI-Labore"_s, u"Cloud-Anbieter"_s, u"Chiphersteller"_s,
                                   u"zugesagt oder berichtet"_s};
    }
    void exports()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"flows.png"_s);
        CapflowRun run = runCapflow({u"--export-flows"_s, png, u"--size"_s, u"1200x700"_s, u"--lang"_s, lang});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(png).size(), QSize(1200, 700));
        const QString svg = dir.filePath(u"flows.svg"_s);
        run = runCapflow({u"--export-flows"_s, svg, u"--lang"_s, lang, u"--title"_s, u"Money flows"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString texts = svgTexts(svg).join(u'\n');
        QVERIFY(texts.contains(u"Money flows"_s));
        for (const QString &e : expected)
            QVERIFY2(texts.contains(e), qPrintable(e + u" not in "_s + texts.left(400)));
        // A bad suffix is refused with the reason.
        run = runCapflow({u"--export-flows"_s, dir.filePath(u"flows.bmp"_s)});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains(u"--export-flows"_s));
    }

    // Print, Print Preview and Export draw the diagram as shown; the report has a page of it.
    void printAndExportTheTab()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.views()->setCurrentWidget(window.flows());
        QVERIFY(window.printController()->printAction()->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tab.png"_s);
        bool seen = false;
        whenModal<ExportDialog>([&](ExportDialog *dialog) {
            seen = true;
            dialog->setWhat(ExportDialog::What::CurrentView);
            dialog->setFormat(FigureExporter::Format::Png);
            dialog->setDpi(96);
            dialog->setPath(path);
            dialog->accept();
        });
        window.printController()->exportAction()->trigger();
        QVERIFY(seen);
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), window.flows()->view()->width()); // the view's size, with its title
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                coloured += image.pixelColor(x, y).saturation() > 80;
        }
        QVERIFY(coloured > 100);

        const Report report = window.printController()->currentReport();
        const auto page = std::find_if(report.figures.cbegin(), report.figures.cend(),
            [](const ReportFigure &figure) { return figure.title == u"Capital flows by layer"_s; });
        QVERIFY(page != report.figures.cend());
    }

private:
    Translations m_translations;
};

QTEST_MAIN(TestFlowsView)
#include "tst_flowsview.moc"
