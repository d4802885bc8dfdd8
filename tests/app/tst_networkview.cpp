#include "analysis/AnalysisDock.h"
#include "document/Document.h"
#include "format/Formatter.h"
#include "window/DocumentLifecycle.h"
#include "editing/Editor.h"
#include "i18n/Language.h"
#include "itemmodels/DocumentTableModel.h"
#include "network/NetworkDetailsPanel.h"
#include "format/Palette.h"
#include "network/NetworkPicture.h"
#include "network/NetworkRenderer.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"
#include "support/CapflowRun.h"
#include "window/MainWindow.h"
#include "window/OverviewPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <random>

class TestNetworkView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    Translations m_translations;

    // For looking at the window: CAPFLOW_SCREENSHOT_DIR=/tmp/shots (and CAPFLOW_TEST_LANG=de).
    void screenshot(const char *name)
    {
        const QString dir = qEnvironmentVariable("CAPFLOW_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    NetworkWidget *network() const { return m_window->network(); }
    QTableView *dealsView() const { return m_window->findChild<QTableView *>(QStringLiteral("dealsView")); }
    QPoint viewportPosOf(const QString &companyId) const
    {
        const NetworkPicture &scene = network()->networkScene();
        return network()->view()->mapFromScene(scene.nodes()[scene.nodeIndex(companyId)].pos);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("CAPFLOW_TEST_LANG") == QLatin1String("de"))
            m_translations.apply(Language::German);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!network()->isLayoutRunning(), 30000);
        screenshot("full");
        QCOMPARE(int(network()->networkScene().nodes().size()), m_window->document()->graph().companyCount());
    }

    void isTheFirstTab()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("views"));
        QCOMPARE(tabs->currentWidget(), network());
        QCOMPARE(tabs->indexOf(network()), 0);
    }

    void tableSelectionLightsUpInNetwork()
    {
        QTableView *table = dealsView();
        const QModelIndex index = table->model()->index(3, 0);
        table->setCurrentIndex(index);
        const QString id = index.data(DocumentTableModel::IdRole).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(network()->view()->selectedDeal(), id);
        QCOMPARE(network()->view()->emphasis().selectedEdge, network()->networkScene().edgeOfDeal(id));
    }

    void networkSelectionSelectsTableRow()
    {
        const QString id = dealsView()->model()->index(7, 0).data(DocumentTableModel::IdRole).toString();
        network()->view()->selectDeal(id);
        QCOMPARE(dealsView()->currentIndex().data(DocumentTableModel::IdRole).toString(), id);
    }

    void clickSelectsCompanyAndHoverHighlights()
    {
        NetworkView *view = network()->view();
        view->fitToView();
        QSignalSpy selected(network(), &NetworkWidget::companySelected);
        const QPoint pos = viewportPosOf(QStringLiteral("anthropic"));
        QTest::mouseMove(view->viewport(), pos);
        QTRY_COMPARE(view->emphasis().hoverNode, network()->networkScene().nodeIndex(QStringLiteral("anthropic")));
        screenshot("hover");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("anthropic"));
        QCOMPARE(view->selectedCompany(), QStringLiteral("anthropic"));
        QTest::mouseMove(view->viewport(), QPoint(5, view->viewport()->height() - 5));
        screenshot("selected");
    }

    // Under a dark palette the network is drawn on the palette's base with light names and a
    // dark legend; exports stay on white. At any scale factor (the suite also runs at 1.5 and 2)
    // the frame has the viewport's device pixels.
    void followsADarkPalette()
    {
        NetworkView *view = network()->view();
        const QPalette light = view->palette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2c, 0x30));
        dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        view->setPalette(dark);
        const QImage frame = view->viewport()->grab().toImage();
        const qreal ratio = view->viewport()->devicePixelRatioF();
        QCOMPARE(frame.size(), (QSizeF(view->viewport()->size()) * ratio).toSize());
        // The background is the palette's base; names are light.
        int darkPixels = 0, lightPixels = 0, all = 0;
        for (int y = 0; y < frame.height(); y += 3) {
            for (int x = 0; x < frame.width(); x += 3) {
                const int gray = qGray(frame.pixel(x, y));
                darkPixels += gray < 60 ? 1 : 0;
                lightPixels += gray > 200 ? 1 : 0;
                ++all;
            }
        }
        QVERIFY2(darkPixels > all / 2, qPrintable(QStringLiteral("%1 of %2").arg(darkPixels).arg(all)));
        QVERIFY(lightPixels > 50);
        QCOMPARE(frame.pixelColor(frame.width() / 2, frame.height() - 3), QColor(0x20, 0x22, 0x25));
        // Export and print draw on white whatever the window's palette.
        NetworkRenderOptions options;
        options.network = network()->options();
        options.positions = network()->positions();
        const NetworkRenderer renderer(*m_window->document(), options);
        QImage exported(800, 500, QImage::Format_RGB32);
        {
            QPainter painter(&exported);
            renderer.paint(&painter, QRectF(0, 0, 800, 500));
        }
        QCOMPARE(exported.pixelColor(799, 499), QColor(Qt::white));
        view->setPalette(light);
        QCOMPARE(view->viewport()->grab().toImage().pixelColor(frame.width() / 2, frame.height() - 3), QColor(Qt::white));
    }

    void hoverFadesTheKeptFrameWithoutRepaintingIt()
    {
        NetworkView *view = network()->view();
        QWidget *viewport = view->viewport();
        view->fitToView();
        view->selectCompany(QString());
        QTest::mouseMove(viewport, QPoint(3, viewport->height() - 3));
        QTRY_COMPARE(view->emphasis().hoverNode, -1);
        const QImage plain = viewport->grab().toImage();
        const int frames = view->fullFrames();

        const NetworkPicture &scene = network()->networkScene();
        const int anthropic = scene.nodeIndex(QStringLiteral("anthropic"));
        QTest::mouseMove(viewport, viewportPosOf(QStringLiteral("anthropic")));
        QTRY_COMPARE(view->emphasis().hoverNode, anthropic);
        const QImage hovered = viewport->grab().toImage();
        QCOMPARE(view->fullFrames(), frames); // the network was not painted again for a hover

        QSet<int> strongNodes, strongEdges;
        NetworkPainter(scene, Language::English).emphasised(view->emphasis(), &strongNodes, &strongEdges);
        const double ratio = plain.devicePixelRatio();
        auto pixelOf = [&](const QImage &image, int node) {
            return image.pixel((QPointF(view->mapFromScene(scene.nodes()[node].pos)) * ratio).toPoint());
        };
        int faded = 0, checked = 0;
        for (int i = 0; i < int(scene.nodes().size()); ++i) {
            const QPoint p = view->mapFromScene(scene.nodes()[i].pos);
            if (strongNodes.contains(i) || scene.nodes()[i].radius * view->zoom() < 4 || !viewport->rect().contains(p))
                continue;
            if (qGray(pixelOf(plain, i)) > 180)
                continue; // under a hub's name or the legend
            ++checked;
            faded += qGray(pixelOf(hovered, i)) > qGray(pixelOf(plain, i)) + 40 ? 1 : 0;
        }
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
        // One may lie under the hovered company's name, which is drawn at full strength on top.
        QVERIFY2(faded >= checked - 1, qPrintable(QStringLiteral("%1 of %2").arg(faded).arg(checked)));
        // Anthropic itself keeps its colour.
        const QRgb before = pixelOf(plain, anthropic), after = pixelOf(hovered, anthropic);
        QVERIFY(std::abs(qRed(before) - qRed(after)) + std::abs(qGreen(before) - qGreen(after))
                + std::abs(qBlue(before) - qBlue(after))
            < 30);
        QTest::mouseMove(viewport, QPoint(3, viewport->height() - 3));
        QTRY_COMPARE(view->emphasis().hoverNode, -1);
    }

    void zoomingShowsTheKeptFrameThenSettles()
    {
        NetworkView *view = network()->view();
        QWidget *viewport = view->viewport();
        view->fitToView();
        viewport->repaint();
        const double before = view->zoom();
        const QPointF middle(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent wheel(middle, viewport->mapToGlobal(middle), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        QVERIFY(qAbs(view->zoom() / before - 1.2) < 1e-6);
        QVERIFY(view->isMoving());
        const int frames = view->fullFrames();
        const QImage moving = viewport->grab().toImage(); // the old frame, scaled
        QCOMPARE(view->fullFrames(), frames);
        QTRY_VERIFY(!view->isMoving());
        const QImage settled = viewport->grab().toImage();
        QCOMPARE(view->fullFrames(), frames + 1);
        view->positionsChanged(); // a frame painted from scratch at the same zoom
        QVERIFY(view->isFrameStale());
        const QImage fresh = viewport->grab().toImage();
        QVERIFY(!view->isFrameStale());
        QCOMPARE(settled, fresh);
        QVERIFY(moving != fresh);
    }

    void panningShowsTheKeptFrameUntilReleased()
    {
        NetworkView *view = network()->view();
        QWidget *viewport = view->viewport();
        view->fitToView();
        QPoint empty(viewport->width() - 4, viewport->height() - 4);
        QCOMPARE(view->nodeAtViewport(empty), -1);
        QCOMPARE(view->edgeAtViewport(empty), -1);
        const QPointF corner = view->mapToScene(QPoint(0, 0));
        QTest::mousePress(viewport, Qt::LeftButton, {}, empty);
        QMouseEvent move(QEvent::MouseMove, QPointF(empty - QPoint(80, 50)),
            viewport->mapToGlobal(QPointF(empty - QPoint(80, 50))), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(view->mapToScene(QPoint(0, 0)) != corner);
        QVERIFY(view->isMoving());
        const int frames = view->fullFrames();
        viewport->grab();
        QCOMPARE(view->fullFrames(), frames);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, empty - QPoint(80, 50));
        QVERIFY(!view->isMoving());
        view->fitToView();
    }

    void panningPaintsWhatComesIntoView()
    {
        NetworkView *view = network()->view();
        QWidget *viewport = view->viewport();
        view->fitToView();
        view->zoomBy(3); // the network fills the view and goes on beyond it
        view->centerOn(network()->networkScene().bounds().center());
        viewport->repaint();
        QPoint empty(-1, -1);
        for (int y = viewport->height() / 2; y < viewport->height() - 20 && empty.x() < 0; y += 9)
            for (int x = viewport->width() / 2; x < viewport->width() - 20 && empty.x() < 0; x += 9)
                if (view->nodeAtViewport(QPoint(x, y)) < 0 && view->edgeAtViewport(QPoint(x, y)) < 0)
                    empty = QPoint(x, y);
        QVERIFY(empty.x() >= 0);
        const int frames = view->fullFrames();
        QTest::mousePress(viewport, Qt::LeftButton, {}, empty);
        const QPoint to = empty - QPoint(std::min(120, empty.x()), std::min(90, empty.y()));
        QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(view->isMoving());
        const QImage moved = viewport->grab().toImage();
        QCOMPARE(view->fullFrames(), frames); // no full frame while moving
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        const QImage fresh = viewport->grab().toImage();
        QCOMPARE(view->fullFrames(), frames + 1);
        // In the strips that came into view, the network is drawn as a full frame draws it (names
        // come with the full frame; without the strips, only a few percent would match).
        const QPoint shift = empty - to;
        const double ratio = fresh.devicePixelRatio();
        const QRect right(int((viewport->width() - shift.x()) * ratio), 0, int(shift.x() * ratio), fresh.height());
        const QRect bottom(0, int((viewport->height() - shift.y()) * ratio), fresh.width(), int(shift.y() * ratio));
        int inked = 0, kept = 0;
        for (const QRect &strip : {right, bottom}) {
            for (int y = strip.top(); y <= strip.bottom(); ++y) {
                for (int x = strip.left(); x <= strip.right(); ++x) {
                    if (fresh.pixel(x, y) == qRgb(255, 255, 255))
                        continue;
                    ++inked;
                    kept += moved.pixel(x, y) == fresh.pixel(x, y) ? 1 : 0;
                }
            }
        }
        if (qEnvironmentVariableIsSet("CAPFLOW_SCREENSHOT_DIR")) {
            moved.save(qEnvironmentVariable("CAPFLOW_SCREENSHOT_DIR") + QStringLiteral("/pan-moving.png"));
            fresh.save(qEnvironmentVariable("CAPFLOW_SCREENSHOT_DIR") + QStringLiteral("/pan-settled.png"));
        }
        QVERIFY2(inked > 2000, qPrintable(QString::number(inked)));
        QVERIFY2(kept > inked / 2, qPrintable(QStringLiteral("%1 of %2").arg(kept).arg(inked)));
        view->fitToView();
    }

    // A network large enough to be painted in bands on several threads (and with hairlines drawn
    // straight into the frame) looks the same as one painted by a single QPainter.
    void bandedFrameMatchesOnePainter()
    {
        DocumentData data;
        std::mt19937 rng(11);
        const auto &kinds = enumValues<CompanyKind>();
        const auto &dealKinds = enumValues<DealKind>();
        QHash<QString, QPointF> positions;
        for (int i = 0; i < 400; ++i) {
            Company c;
            c.id = QStringLiteral("c%1").arg(i);
            c.name = QStringLiteral("Company %1").arg(i);
            c.kind = kinds[size_t(i) % kinds.size()];
            data.companies << c;
            positions.insert(c.id, QPointF(double(rng() % 4000), double(rng() % 2500)));
        }
        for (int k = 0; k < 1500; ++k) {
            Deal d;
            d.id = QStringLiteral("D%1").arg(k);
            d.date = FuzzyDate(QDate(2024, 1, 1).addDays(k % 600), DatePrecision::Day);
            d.from = QStringLiteral("c%1").arg(rng() % 400);
            d.to = QStringLiteral("c%1").arg(rng() % 400);
            d.kind = dealKinds[rng() % dealKinds.size()];
            if (rng() % 4)
                d.amount = Money::fromUsd(qint64(rng() % 20000) * 1'000'000);
            d.amountKind = AmountKind(rng() % 4);
            data.deals << d;
        }
        Document document;
        document.setData(data);
        NetworkPicture scene;
        scene.build(document, NetworkOptions {}, positions);
        QVERIFY(scene.edges().size() > 1000);

        NetworkView view;
        view.setNetwork(&scene);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToView();
        QWidget *viewport = view.viewport();
        const QImage banded = viewport->grab().toImage().convertToFormat(QImage::Format_RGB32);

        // The same frame from one painter: network, names (clear of the legend), legend.
        QImage reference(banded.size(), QImage::Format_RGB32); // in device pixels, as the grab
        reference.setDevicePixelRatio(banded.devicePixelRatio());
        reference.fill(Qt::white);
        const QTransform transform = view.viewportTransform();
        const QRectF device(viewport->rect());
        const NetworkPainter painter(scene, Language::English);
        QPainter p(&reference);
        p.setFont(view.font());
        p.setRenderHint(QPainter::Antialiasing, scene.edges().size() < 4000 || view.zoom() > 0.5);
        p.setTransform(transform);
        painter.paintWorld(&p, transform.inverted().mapRect(device), view.zoom(), NetworkEmphasis());
        p.resetTransform();
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
        QPainter measure(&probe);
        measure.setFont(view.font());
        const QRectF legend = painter.paintLegend(&measure, device, view.zoom());
        measure.end();
        painter.paintLabels(&p, transform, device, view.zoom(), NetworkEmphasis(), {legend});
        painter.paintLegend(&p, device, view.zoom());
        p.end();

        QCOMPARE(banded.size(), reference.size());
        if (qEnvironmentVariableIsSet("CAPFLOW_SCREENSHOT_DIR")) {
            banded.save(qEnvironmentVariable("CAPFLOW_SCREENSHOT_DIR") + QStringLiteral("/banded.png"));
            reference.save(qEnvironmentVariable("CAPFLOW_SCREENSHOT_DIR") + QStringLiteral("/banded-reference.png"));
        }
        qint64 same = 0, inked = 0;
        for (int y = 0; y < banded.height(); ++y) {
            for (int x = 0; x < banded.width(); ++x) {
                // Lines of one colour blend in another order per band: rounding may differ by one.
                const QRgb a = banded.pixel(x, y), b = reference.pixel(x, y);
                const bool match = std::abs(qRed(a) - qRed(b)) <= 3 && std::abs(qGreen(a) - qGreen(b)) <= 3
                    && std::abs(qBlue(a) - qBlue(b)) <= 3;
                same += match ? 1 : 0;
                inked += reference.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
        }
        QVERIFY(inked > banded.width() * banded.height() / 20); // a dense picture, not a blank one
        // Lines cut at a band's edge may step a pixel differently there; nothing else differs.
        const qint64 all = qint64(banded.width()) * banded.height();
        QVERIFY2(all - same < all / 500, qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(all - same).arg(all)));
    }

    void fittingFewCompaniesDoesNotBlowThemUp()
    {
        DocumentData data;
        for (const char *id : {"a", "b"}) {
            Company c;
            c.id = QString::fromLatin1(id);
            c.name = c.id.toUpper();
            data.companies << c;
        }
        Document document;
        document.setData(data);
        NetworkPicture scene;
        scene.build(document, NetworkOptions {},
            {{QStringLiteral("a"), QPointF(0, 0)}, {QStringLiteral("b"), QPointF(60, 10)}});
        NetworkView view;
        view.setNetwork(&scene);
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToView();
        QVERIFY(view.zoom() <= NetworkView::MaxFitZoom + 1e-9);
        QVERIFY(view.zoom() > 1);
        for (const NetworkNode &node : scene.nodes())
            QVERIFY(view.viewport()->rect().contains(view.mapFromScene(node.pos)));
    }

    void dragIsOneUndoStepAndPins()
    {
        NetworkView *view = network()->view();
        QUndoStack *stack = m_window->undoStack();
        const int before = stack->count();
        const QPoint start = viewportPosOf(QStringLiteral("openai"));
        // Only the picture and the positions change: no analysis, no overview, no flow diagram.
        m_window->analysisDock()->waitForAnalysis();
        const auto analysis = m_window->analysisDock()->analysis();
        QVERIFY(analysis);
        auto *overview = m_window->findChild<OverviewPanel *>();
        QVERIFY(overview);
        const int overviewRevision = overview->document()->revision();
        QSignalSpy content(m_window->document(), &Document::contentChanged);
        QSignalSpy positions(m_window->document(), &Document::positionsChanged);
        view->viewport()->repaint();
        const int frames = view->fullFrames();
        const int node = network()->networkScene().nodeIndex(QStringLiteral("openai"));
        const QColor kind = Palette::companyKind(network()->networkScene().nodes()[node].kind);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
        for (int step = 1; step <= 5; ++step) {
            QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(10 * step, 6 * step)),
                view->viewport()->mapToGlobal(QPointF(start + QPoint(10 * step, 6 * step))), Qt::NoButton,
                Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
            view->viewport()->repaint();
            // The company is drawn where it is now, over a frame kept without it: one full frame
            // for the first step, none for the others.
            QCOMPARE(view->fullFrames(), frames + 1);
            const QPoint at = view->mapFromScene(network()->networkScene().nodes()[node].pos);
            QCOMPARE(view->viewport()->grab().toImage().pixelColor(at * view->viewport()->devicePixelRatioF()).rgb(),
                kind.rgb());
        }
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(50, 30));
        view->viewport()->repaint();
        QCOMPARE(view->fullFrames(), frames + 2); // and a full one with it where it was dropped
        QCOMPARE(stack->count(), before + 1);
        QTest::qWait(50); // the coalescing timers
        QCOMPARE(positions.count(), 5); // each step once
        QCOMPARE(content.count(), 0);
        QCOMPARE(m_window->analysisDock()->analysis(), analysis);
        QVERIFY(!m_window->analysisDock()->isAnalysing());
        QCOMPARE(overview->document()->revision(), overviewRevision);
        const auto saved = m_window->document()->company(QStringLiteral("openai"))->position;
        QVERIFY(saved);
        QCOMPARE(network()->positions().value(QStringLiteral("openai")), *saved);
        stack->undo();
        QVERIFY(!m_window->document()->company(QStringLiteral("openai"))->position);
    }

    void liveUpdateAfterUndoableEdit()
    {
        Editor *editor = m_window->editor();
        Company newcomer;
        newcomer.id = QStringLiteral("newcomer");
        newcomer.name = QStringLiteral("Newcomer AI");
        newcomer.kind = CompanyKind::AiLab;
        Deal deal;
        deal.id = QStringLiteral("D9999");
        deal.date = FuzzyDate(QDate(2025, 12, 1), DatePrecision::Day);
        deal.from = QStringLiteral("nvidia");
        deal.to = newcomer.id;
        deal.kind = DealKind::Equity;
        deal.amount = Money::fromUsd(2000000000LL);
        QVERIFY(editor->addDealWithCompanies(deal, {newcomer}));
        const NetworkPicture &scene = network()->networkScene();
        const int node = scene.nodeIndex(newcomer.id);
        QVERIFY(node >= 0);
        QVERIFY(scene.edgeOfDeal(deal.id) >= 0);
        QVERIFY(!network()->isLayoutRunning());
        // Placed next to its partner, not somewhere at random.
        const QPointF partner = scene.nodes()[scene.nodeIndex(QStringLiteral("nvidia"))].pos;
        QVERIFY(QLineF(scene.nodes()[node].pos, partner).length() < 200);
        m_window->undoStack()->undo();
        QCOMPARE(network()->networkScene().nodeIndex(newcomer.id), -1);
        QCOMPARE(network()->networkScene().edgeOfDeal(deal.id), -1);
    }

    void highlightDeals()
    {
        const QStringList ids = {dealsView()->model()->index(0, 0).data(DocumentTableModel::IdRole).toString(),
            dealsView()->model()->index(1, 0).data(DocumentTableModel::IdRole).toString()};
        network()->highlightDeals(ids);
        QCOMPARE(network()->view()->emphasis().highlightedEdges.size(), 2);
        network()->highlightDeals({});
        QVERIFY(network()->view()->emphasis().highlightedEdges.isEmpty());
    }

    void searchCentresCompany()
    {
        auto *search = network()->findChild<QLineEdit *>(QStringLiteral("networkSearch"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nvid")); // not a full name yet: nothing happens
        QVERIFY(network()->view()->selectedCompany() != QStringLiteral("nvidia"));
        QTest::keyClick(search, Qt::Key_Return); // Enter takes the best match
        QCOMPARE(network()->view()->selectedCompany(), QStringLiteral("nvidia"));
        QCOMPARE(search->text(), QStringLiteral("Nvidia"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Nvidia")); // a full name selects at once
        QCOMPARE(network()->view()->selectedCompany(), QStringLiteral("nvidia"));
        const QPointF centre = network()->view()->mapToScene(network()->view()->viewport()->rect().center());
        const NetworkPicture &scene = network()->networkScene();
        QVERIFY(QLineF(centre, scene.nodes()[scene.nodeIndex(QStringLiteral("nvidia"))].pos).length() < 5);
    }

    void dateSliderFilters()
    {
        auto *to = network()->findChild<QSlider *>(QStringLiteral("toSlider"));
        const int all = int(network()->networkScene().edges().size());
        to->setValue(to->maximum() / 2);
        QVERIFY(network()->options().filter.to);
        QVERIFY(int(network()->networkScene().edges().size()) < all);
        for (const NetworkEdge &edge : network()->networkScene().edges())
            for (const QString &id : edge.dealIds)
                QVERIFY(m_window->document()->deal(id)->date.periodStart() <= *network()->options().filter.to);
        auto *from = network()->findChild<QSlider *>(QStringLiteral("fromSlider"));
        QVERIFY(from);
        from->setValue(from->maximum() / 4);
        QVERIFY(network()->options().filter.from);
        network()->view()->fitToView();
        screenshot("filtered");
        from->setValue(from->minimum());
        QVERIFY(!network()->options().filter.from);
        to->setValue(to->maximum());
        QVERIFY(!network()->options().filter.to);
        QCOMPARE(int(network()->networkScene().edges().size()), all);
    }

    // "Only figures backed by a primary source or news outlet", in the network's filter bar and
    // the deals table's: a deal that only an unrated page reports is hidden, as the document rates
    // publishers at the time.
    void reputableOnlyFilterHidesUnratedDeals()
    {
        Editor *editor = m_window->editor();
        const Document *document = m_window->document();
        Deal deal;
        deal.id = QStringLiteral("D9998");
        deal.date = FuzzyDate(QDate(2025, 12, 1), DatePrecision::Day);
        deal.from = QStringLiteral("nvidia");
        deal.to = QStringLiteral("openai");
        deal.kind = DealKind::Equity;
        deal.amount = Money::fromUsd(7000000000LL);
        deal.sources = {Source {QStringLiteral("https://pjfp.com/rumour"), QStringLiteral("Rumour")}};
        QVERIFY(editor->addDeal(deal));
        const int steps = m_window->undoStack()->index();
        auto inNetwork = [&]() { return network()->networkScene().edgeOfDeal(deal.id) >= 0; };
        auto allShownBacked = [&]() {
            for (const NetworkEdge &edge : network()->networkScene().edges()) {
                for (const QString &id : edge.dealIds) {
                    if (!document->tiers().isBackedByReputableSource(document->deal(id)->sources))
                        return false;
                }
            }
            return true;
        };
        QVERIFY(inNetwork());
        QVERIFY(!allShownBacked());

        auto *networkOnly = network()->findChild<QCheckBox *>(QStringLiteral("reputableSourcesOnly"));
        QVERIFY(networkOnly);
        networkOnly->setChecked(true);
        QVERIFY(network()->options().filter.reputableSources);
        QVERIFY(!inNetwork());
        QVERIFY(allShownBacked());
        QVERIFY(network()->networkScene().edges().size() > 0);
        // Rating the aggregator a news outlet lets it through; undoing the rating hides it again.
        editor->setSourceTiers({SourceTierRule {QStringLiteral("pjfp.com"), SourceTier::NewsOutlet}});
        QVERIFY(inNetwork());
        m_window->undoStack()->undo();
        QCOMPARE(m_window->undoStack()->index(), steps);
        QVERIFY(!inNetwork());
        networkOnly->setChecked(false);
        QVERIFY(!network()->options().filter.reputableSources);
        QVERIFY(inNetwork());

        auto *tableOnly = m_window->findChild<QCheckBox *>(QStringLiteral("dealReputableFilter"));
        QVERIFY(tableOnly);
        const QAbstractItemModel *rows = dealsView()->model();
        auto shownRows = [&]() {
            QStringList ids;
            for (int row = 0; row < rows->rowCount(); ++row)
                ids << rows->index(row, 0).data(DocumentTableModel::IdRole).toString();
            ids.sort(); // rows of equal sort keys may come back in another order
            return ids;
        };
        const QStringList all = shownRows();
        QVERIFY(all.contains(deal.id));
        tableOnly->setChecked(true);
        const QStringList backed = shownRows();
        QVERIFY(!backed.contains(deal.id));
        QVERIFY(!backed.isEmpty());
        for (const QString &id : backed)
            QVERIFY2(document->tiers().isBackedByReputableSource(document->deal(id)->sources), qPrintable(id));
        editor->setSourceTiers({SourceTierRule {QStringLiteral("pjfp.com"), SourceTier::Primary}});
        QVERIFY(shownRows().contains(deal.id));
        m_window->undoStack()->undo();
        QVERIFY(!shownRows().contains(deal.id));
        tableOnly->setChecked(false);
        QCOMPARE(shownRows(), all);
        m_window->undoStack()->undo(); // the deal
        QVERIFY(!document->deal(deal.id));
    }

    void arrangements()
    {
        const DealGraph &graph = m_window->document()->graph();
        network()->arrangeLayers();
        screenshot("layers");
        const NetworkPicture &scene = network()->networkScene();
        const double labsY = scene.nodes()[scene.nodeIndex(QStringLiteral("anthropic"))].pos.y();
        for (const Company *c : graph.companies()) {
            const double y = scene.nodes()[scene.nodeIndex(c->id)].pos.y();
            if (c->kind == CompanyKind::Investor)
                QVERIFY(y < labsY - 100);
            if (c->kind == CompanyKind::Cloud || c->kind == CompanyKind::Chips)
                QVERIFY(y > labsY + 100);
        }
        network()->arrangeCircle();
        screenshot("circle");
        const QPointF first = scene.nodes()[0].pos;
        for (const NetworkNode &node : scene.nodes())
            QVERIFY(qAbs(QLineF(QPointF(), node.pos).length() - QLineF(QPointF(), first).length()) < 1e-6);
        network()->relayout();
        QTRY_VERIFY_WITH_TIMEOUT(!network()->isLayoutRunning(), 30000);
    }

    void exportWritesFilesWithLegend_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("legendWord");
        QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Companies");
        QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Unternehmen");
    }
    void exportWritesFilesWithLegend()
    {
        QFETCH(QString, lang);
        QFETCH(QString, legendWord);
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("net.svg"));
        const QString png = dir.filePath(QStringLiteral("net.png"));
        for (const QString &out : {svg, png}) {
            const CapflowRun run = runCapflow({QStringLiteral("--export-network"), out, QStringLiteral("--lang"), lang,
                QStringLiteral("--size"), QStringLiteral("1200x800"), QStringLiteral("--dpi"), QStringLiteral("96"),
                QStringLiteral("--from"), QStringLiteral("2023-01-01")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(legendWord));
        QVERIFY(text.contains(QStringLiteral("Anthropic")));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    // The network without a mouse: Ctrl+F and "nvid" + Enter, arrows, Tab through names, Page
    // Down through deals, Enter following a deal, Escape; the selection is described for screen
    // readers; the Companies dock selects in the network.
    void keyboard()
    {
        NetworkView *view = network()->view();
        view->selectCompany(QString());
        auto *find = m_window->findChild<QAction *>(QStringLiteral("findAction"));
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        find->trigger();
        QLineEdit *search = network()->searchField();
        QCOMPARE(m_window->focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("nvid"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view->selectedCompany(), QStringLiteral("nvidia"));
        QCOMPARE(search->text(), QStringLiteral("Nvidia"));
        QCOMPARE(m_window->focusWidget(), view);
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("Nvidia")));

        // Tab: the next company by name; Shift+Tab back.
        QTest::keyClick(view, Qt::Key_Tab);
        const QString next = view->selectedCompany();
        QVERIFY(!next.isEmpty() && next != QStringLiteral("nvidia"));
        QVERIFY(QString::localeAwareCompare(m_window->document()->company(next)->name, QStringLiteral("Nvidia")) > 0);
        QCOMPARE(m_window->focusWidget(), view); // Tab stays in the network
        QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(view->selectedCompany(), QStringLiteral("nvidia"));

        // An arrow: a company in that direction.
        const NetworkPicture &scene = network()->networkScene();
        const QPointF from = scene.nodes()[scene.nodeIndex(QStringLiteral("nvidia"))].pos;
        QTest::keyClick(view, Qt::Key_Right);
        const QString right = view->selectedCompany();
        QVERIFY(!right.isEmpty() && right != QStringLiteral("nvidia"));
        QVERIFY(scene.nodes()[scene.nodeIndex(right)].pos.x() > from.x());
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(scene.nodes()[scene.nodeIndex(view->selectedCompany())].pos.x() < scene.nodes()[scene.nodeIndex(right)].pos.x());

        // Page Down: Nvidia's deals one after the other; Enter follows one to its receiver.
        view->selectCompany(QStringLiteral("nvidia"));
        QTest::keyClick(view, Qt::Key_PageDown);
        const QString first = view->selectedDeal();
        QVERIFY(!first.isEmpty());
        const Deal *deal = m_window->document()->deal(first);
        QVERIFY(deal->from == QStringLiteral("nvidia") || deal->to == QStringLiteral("nvidia"));
        QTest::keyClick(view, Qt::Key_PageDown);
        QVERIFY(view->selectedDeal() != first);
        const Deal *second = m_window->document()->deal(view->selectedDeal());
        QVERIFY(second->from == QStringLiteral("nvidia") || second->to == QStringLiteral("nvidia"));
        QVERIFY(view->accessibleDescription().contains(view->selectedDeal()));
        const int edge = scene.edgeOfDeal(view->selectedDeal());
        const QString receiver = scene.nodes()[scene.edges()[edge].to].id;
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(view->selectedCompany(), receiver);
        // Enter on a company shows the details.
        QSignalSpy activated(view, &NetworkView::companyActivated);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);

        // Escape clears the selection and any highlight.
        view->highlightDeals({first});
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(view->selectedCompany().isEmpty());
        QVERIFY(view->highlightedDeals().isEmpty());

        // The Companies dock selects in the network.
        auto *companies = m_window->companiesView();
        for (int row = 0; row < companies->model()->rowCount(); ++row) {
            const QModelIndex index = companies->model()->index(row, 0);
            if (index.data(DocumentTableModel::IdRole).toString() == QStringLiteral("anthropic")) {
                companies->setCurrentIndex(index);
                break;
            }
        }
        QCOMPARE(view->selectedCompany(), QStringLiteral("anthropic"));
    }

    // A new document's date slider follows the deals added to it.
    void dateSliderFollowsEdits()
    {
        MainWindow window;
        window.lifecycle()->newDocument();
        Document *document = window.document();
        QCOMPARE(document->graph().dealCount(), 0);
        Company a;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("Alpha");
        Company b = a;
        b.id = QStringLiteral("b");
        b.name = QStringLiteral("Beta");
        QVERIFY(document->addCompany(a) && document->addCompany(b));
        Deal deal;
        deal.id = QStringLiteral("D1");
        deal.from = a.id;
        deal.to = b.id;
        deal.date = FuzzyDate(QDate(2025, 3, 10), DatePrecision::Day);
        deal.sources = {Source {QStringLiteral("https://example.com/a"), QStringLiteral("A")}};
        QVERIFY(document->addDeal(deal));
        deal.id = QStringLiteral("D2");
        deal.date = FuzzyDate(QDate(2025, 9, 1), DatePrecision::Month);
        QVERIFY(document->addDeal(deal));
        auto *from = window.network()->findChild<QSlider *>(QStringLiteral("fromSlider"));
        auto *to = window.network()->findChild<QSlider *>(QStringLiteral("toSlider"));
        QCOMPARE(from->maximum(), 6); // March to September 2025
        QCOMPARE(to->value(), 6);
        QStringList labels;
        for (QLabel *label : window.network()->findChildren<QLabel *>())
            labels << label->text();
        const Formatter format(languageForLocale(QLocale()));
        QVERIFY2(labels.contains(format.monthYear(QDate(2025, 3, 1))), qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(format.monthYear(QDate(2025, 9, 1))));
        QCOMPARE(int(window.network()->networkScene().edges().size()), 2);
    }

    // A deal the date range no longer shows (during Play, say) leaves the selection and the details.
    void hiddenSelectionIsCleared()
    {
        NetworkView *view = network()->view();
        auto *to = network()->findChild<QSlider *>(QStringLiteral("toSlider"));
        const int end = to->maximum();
        // The latest deal shown: select it, then end the range before it.
        QString latest;
        QDate latestDate;
        for (const Deal *d : m_window->document()->graph().deals()) {
            if (!latestDate.isValid() || latestDate < d->date.periodStart()) {
                latestDate = d->date.periodStart();
                latest = d->id;
            }
        }
        view->selectDeal(latest);
        QCOMPARE(view->selectedDeal(), latest);
        to->setValue(end - 3);
        QVERIFY(view->selectedDeal().isEmpty());
        QVERIFY(!network()->detailsPanel()->toPlainText().contains(latest));
        to->setValue(end);
    }
};

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
