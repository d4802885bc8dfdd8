// Benchmark of the network view at 1k, 10k and 100k companies: layout time against Graphviz sfdp
// on the same graph in the same run, layout quality of both (the metrics of
// tests/bench/layout_quality.py), scene build, a full offscreen frame at 1600x1000, and peak
// memory. Not a test: run it by hand, `network_bench [--pictures DIR] [--no-sfdp] [N ...]`.
#include "BenchDocument.h"
#include "BenchGraph.h"

#include "document/Document.h"
#include "layout/ForceLayout.h"
#include "network/NetworkPainter.h"
#include "network/NetworkPicture.h"
#include "network/NetworkView.h"

#include <QApplication>

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include <sys/resource.h>

namespace {
QTextStream out(stdout);

long peakMemoryMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// sfdp on the same graph: wall time of the whole process (as a user would see it) and positions.
std::optional<std::vector<QPointF>> runSfdp(const BenchGraph &g, double *seconds)
{
    QTemporaryDir dir;
    const QString dot = dir.filePath(QStringLiteral("g.dot"));
    QFile file(dot);
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    QTextStream s(&file);
    s << "digraph deals {\n  node [shape=point, label=\"\"];\n  edge [arrowsize=0.3];\n";
    for (const auto &[a, b] : g.edges)
        s << "  " << a << " -> " << b << ";\n";
    s << "}\n";
    file.close();
    QProcess sfdp;
    QElapsedTimer timer;
    timer.start();
    sfdp.start(QStringLiteral("sfdp"), {QStringLiteral("-Tplain"), dot});
    if (!sfdp.waitForFinished(-1) || sfdp.exitCode() != 0)
        return std::nullopt;
    *seconds = timer.nsecsElapsed() / 1e9;
    std::vector<QPointF> pos(g.n);
    const QList<QByteArray> lines = sfdp.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() > 3 && f[0] == "node")
            pos[f[1].toInt()] = QPointF(f[2].toDouble(), f[3].toDouble());
    }
    return pos;
}

// One full frame of the whole network, fitted, with legend and labels, as the view draws it.
double paintFrame(const NetworkPicture &scene, QImage *image)
{
    QElapsedTimer timer;
    timer.start();
    image->fill(Qt::white);
    QPainter painter(image);
    painter.setRenderHint(QPainter::Antialiasing, scene.edges().size() < 4000);
    const QRectF target(QPointF(0, 0), QSizeF(image->size()));
    const QRectF world = scene.bounds();
    const double scale = std::min(target.width() / world.width(), target.height() / world.height()) * 0.95;
    QTransform toDevice;
    toDevice.translate(target.center().x(), target.center().y());
    toDevice.scale(scale, scale);
    toDevice.translate(-world.center().x(), -world.center().y());
    const NetworkPainter networkPainter(scene, Language::English);
    painter.setTransform(toDevice);
    networkPainter.paintWorld(&painter, world, scale, {});
    const double worldMs = timer.nsecsElapsed() / 1e6;
    painter.resetTransform();
    const QRectF legend = networkPainter.paintLegend(&painter, target, scale);
    networkPainter.paintLabels(&painter, toDevice, target, scale, {}, {legend});
    painter.end();
    if (qEnvironmentVariableIsSet("CAPFLOW_BENCH_VERBOSE"))
        out << "  (world " << worldMs << " ms of " << timer.nsecsElapsed() / 1e6 << " ms)\n";
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// The interactive view itself at 1600x1000 on the offscreen platform, each number the median of
// several synchronous paints: a full frame after a content change, a frame while panning (hand
// drag) and while zooming (wheel), both from the kept frame, and a hover from the mouse move that
// reaches a new company to the painted frame, and a step of dragging a company (the mouse move,
// the picture's new position, the painted frame).
struct ViewTimes
{
    double full = 0, pan = 0, zoom = 0, hover = 0, drag = 0;
};

ViewTimes measureView(NetworkPicture &scene)
{
    NetworkView view;
    view.setNetwork(&scene);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    view.fitToView();
    QWidget *viewport = view.viewport();
    viewport->repaint();
    ViewTimes times;
    QElapsedTimer timer;
    QList<double> samples;
    const int fullRepeats = std::max(9, qEnvironmentVariableIntValue("CAPFLOW_BENCH_FRAMES"));
    for (int k = 0; k < fullRepeats; ++k) {
        timer.start();
        view.positionsChanged(); // the content changed: the whole frame is painted again
        viewport->repaint();
        samples << timer.nsecsElapsed() / 1e6;
    }
    times.full = median(samples);

    // Panning: a hand drag from an empty spot of the background.
    QPoint empty(5, viewport->height() - 5);
    for (int y = viewport->height() - 5; y > 0 && view.nodeAtViewport(empty) + view.edgeAtViewport(empty) > -2; y -= 7)
        empty = QPoint(viewport->width() - 5, y);
    QTest::mousePress(viewport, Qt::LeftButton, {}, empty);
    samples.clear();
    const QPointF before = view.mapToScene(QPoint(0, 0));
    int moving = 0;
    for (int k = 1; k <= 15; ++k) {
        timer.start();
        QTest::mouseMove(viewport, empty - QPoint(6 * k, 4 * k));
        viewport->repaint();
        samples << timer.nsecsElapsed() / 1e6;
        moving += view.isMoving() ? 1 : 0;
    }
    if (moving < 15 || view.mapToScene(QPoint(0, 0)) == before)
        out << "  (warning: the pan did not move the view: " << moving << " moving frames)\n";
    times.pan = median(samples);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, empty - QPoint(90, 60));
    viewport->repaint();

    // Zooming with the wheel, in and out around the middle.
    samples.clear();
    const double zoomBefore = view.zoom() * 1.2; // after the first step in
    const QPointF middle(viewport->width() / 2.0, viewport->height() / 2.0);
    for (int k = 0; k < 16; ++k) {
        QWheelEvent wheel(middle, viewport->mapToGlobal(middle), {}, QPoint(0, k < 8 ? 120 : -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        timer.start();
        QCoreApplication::sendEvent(viewport, &wheel);
        viewport->repaint();
        samples << timer.nsecsElapsed() / 1e6;
        if (!view.isMoving())
            out << "  (warning: zooming is not shown from the kept frame)\n";
    }
    if (view.zoom() == zoomBefore)
        out << "  (warning: the wheel did not zoom)\n";
    times.zoom = median(samples);
    QTest::qWait(250); // the motion pauses: one full frame
    viewport->repaint();

    // Hover: from one large company to another and back.
    samples.clear();
    QList<QPoint> targets;
    for (int i = 0; i < int(scene.nodes().size()) && targets.size() < 6; ++i) {
        if (scene.nodes()[i].rank < 40) {
            const QPoint p = view.mapFromScene(scene.nodes()[i].pos);
            if (viewport->rect().contains(p) && view.nodeAtViewport(p) == i)
                targets << p;
        }
    }
    for (int k = 0; k < 12 && !targets.isEmpty(); ++k) {
        timer.start();
        QTest::mouseMove(viewport, targets[k % targets.size()]);
        viewport->repaint();
        samples << timer.nsecsElapsed() / 1e6;
        if (view.emphasis().hoverNode < 0)
            out << "  (warning: no company under the mouse)\n";
    }
    if (targets.size() < 2)
        out << "  (warning: too few companies to hover)\n";
    times.hover = median(samples);

    // Dragging one of those companies: as NetworkWidget does, the picture takes the new position
    // and the view is told which company moved.
    samples.clear();
    if (!targets.isEmpty()) {
        const QPoint grab = targets.constFirst();
        const int node = view.nodeAtViewport(grab);
        QObject::connect(&view, &NetworkView::companyMoved, &view, [&](const QString &id, QPointF pos) {
            scene.setNodePosition(scene.nodeIndex(id), pos);
            view.positionsChanged({id});
        });
        const int framesBefore = view.fullFrames();
        QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
        for (int k = 1; k <= 16; ++k) {
            timer.start();
            QTest::mouseMove(viewport, grab + QPoint(5 * k, 3 * k));
            viewport->repaint();
            samples << timer.nsecsElapsed() / 1e6;
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, grab + QPoint(80, 48));
        viewport->repaint();
        if (view.fullFrames() - framesBefore > 3)
            out << "  (warning: a drag painted " << view.fullFrames() - framesBefore << " full frames)\n";
        if (scene.nodes()[node].pos == view.mapToScene(grab))
            out << "  (warning: the drag did not move the company)\n";
    }
    times.drag = median(samples);
    return times;
}

QString fixed(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString pictures;
    bool sfdp = true;
    QList<int> sizes;
    LayoutOptions layoutOptions; // the program's, unless changed to try others (--theta, --refine)
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--pictures") && i + 1 < args.size())
            pictures = args[++i];
        else if (args[i] == QLatin1String("--no-sfdp"))
            sfdp = false;
        else if (args[i] == QLatin1String("--theta") && i + 1 < args.size())
            layoutOptions.theta = layoutOptions.largeTheta = args[++i].toDouble();
        else if (args[i] == QLatin1String("--refine") && i + 1 < args.size())
            layoutOptions.refineIterations = args[++i].toInt();
        else
            sizes << args[i].toInt();
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};

    out << "| companies | deals | CapFlow layout s | sfdp s | ratio | edge_ratio C / sfdp | nn_ratio C / sfdp | "
           "sector_ratio C / sfdp | scene build ms | frame ms | view: full ms | pan ms | zoom ms | hover ms | drag ms | "
           "peak MB |\n";
    out << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    out.flush();
    for (int n : sizes) {
        const BenchGraph g = BenchGraph::generate(n, 3, 20240601u, 20);
        LayoutGraph input;
        input.nodeCount = g.n;
        input.edges = g.edges;
        QElapsedTimer timer;
        timer.start();
        const auto ours = ForceLayout::run(input, layoutOptions);
        const double layoutSeconds = timer.nsecsElapsed() / 1e9;
        const LayoutScore ourScore = LayoutScore::of(g, *ours);

        double sfdpSeconds = 0;
        std::optional<std::vector<QPointF>> theirs;
        if (sfdp)
            theirs = runSfdp(g, &sfdpSeconds);
        const LayoutScore theirScore = theirs ? LayoutScore::of(g, *theirs) : LayoutScore {};

        Document document;
        document.setData(benchDocument(g));
        QHash<QString, QPointF> positions;
        for (int i = 0; i < g.n; ++i)
            positions.insert(QStringLiteral("c%1").arg(i), (*ours)[i]);
        NetworkPicture scene;
        timer.restart();
        scene.build(document, NetworkOptions {}, positions);
        const double buildMs = timer.nsecsElapsed() / 1e6;

        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        paintFrame(scene, &image); // warm-up
        double frameMs = 1e9;
        const int frames = qEnvironmentVariableIntValue("CAPFLOW_BENCH_FRAMES");
        for (int k = 0; k < std::max(3, frames); ++k)
            frameMs = std::min(frameMs, paintFrame(scene, &image));
        const ViewTimes view = measureView(scene);
        if (!pictures.isEmpty()) {
            image.save(QStringLiteral("%1/capflow_%2.png").arg(pictures).arg(n));
            if (theirs) {
                // Same drawing scale: sfdp's picture scaled to the size of ours.
                auto span = [](const std::vector<QPointF> &p) {
                    double x0 = p[0].x(), x1 = x0, y0 = p[0].y(), y1 = y0;
                    for (const QPointF &q : p) {
                        x0 = std::min(x0, q.x());
                        x1 = std::max(x1, q.x());
                        y0 = std::min(y0, q.y());
                        y1 = std::max(y1, q.y());
                    }
                    return std::hypot(x1 - x0, y1 - y0);
                };
                const double factor = span(*ours) / std::max(1e-9, span(*theirs));
                QHash<QString, QPointF> sfdpPositions;
                for (int i = 0; i < g.n; ++i)
                    sfdpPositions.insert(QStringLiteral("c%1").arg(i), (*theirs)[i] * factor);
                NetworkPicture other;
                other.build(document, NetworkOptions {}, sfdpPositions);
                paintFrame(other, &image);
                image.save(QStringLiteral("%1/sfdp_%2.png").arg(pictures).arg(n));
            }
        }
        out << "| " << n << " | " << g.edges.size() << " | " << fixed(layoutSeconds) << " | "
            << (theirs ? fixed(sfdpSeconds) : QStringLiteral("–")) << " | "
            << (theirs ? fixed(layoutSeconds / sfdpSeconds) : QStringLiteral("–")) << " | "
            << fixed(ourScore.edgeRatio, 3) << " / " << fixed(theirScore.edgeRatio, 3) << " | "
            << fixed(ourScore.nnRatio, 3) << " / " << fixed(theirScore.nnRatio, 3) << " | "
            << fixed(ourScore.sectorRatio, 3) << " / " << fixed(theirScore.sectorRatio, 3) << " | " << fixed(buildMs, 1)
            << " | " << fixed(frameMs, 1) << " | " << fixed(view.full, 1) << " | " << fixed(view.pan, 1) << " | "
            << fixed(view.zoom, 1) << " | " << fixed(view.hover, 1) << " | " << fixed(view.drag, 1) << " | "
            << peakMemoryMb() << " |\n";
        out.flush();
    }
    return 0;
}
