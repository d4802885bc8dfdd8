// Benchmark of the network view at 1k, 10k and 100k companies: layout time against Graphviz sfdp
// on the same graph in the same run, layout quality of both (the metrics of
// ../shared/bench/layout_quality.py), scene build, a full offscreen frame at 1600x1000, and peak
// memory. Not a test: run it by hand, `network_bench [--pictures DIR] [--no-sfdp] [N ...]`.
#include "BenchGraph.h"

#include "document/Document.h"
#include "layout/ForceLayout.h"
#include "network/NetworkPainter.h"
#include "network/NetworkScene.h"

#include <QApplication>

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
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

DocumentData documentFor(const BenchGraph &g)
{
    DocumentData data;
    std::mt19937 rng(7);
    const auto &companyKinds = enumValues<CompanyKind>();
    const auto &dealKinds = enumValues<DealKind>();
    for (int i = 0; i < g.n; ++i) {
        Company c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = QStringLiteral("Co%1").arg(i, 6, 10, QLatin1Char('0'));
        c.kind = companyKinds[g.sector[i] % companyKinds.size()];
        data.companies << c;
    }
    for (size_t k = 0; k < g.edges.size(); ++k) {
        Deal d;
        d.id = QStringLiteral("D%1").arg(k);
        d.date = FuzzyDate(QDate(2020, 1, 1).addDays(qint64(k % 2000)), DatePrecision::Day);
        d.from = data.companies[g.edges[k].first].id;
        d.to = data.companies[g.edges[k].second].id;
        d.kind = dealKinds[rng() % dealKinds.size()];
        if (rng() % 5)
            d.amount = Money::fromUsd(qint64(rng() % 50000) * 1000000LL);
        d.amountKind = AmountKind(rng() % 4);
        data.deals << d;
    }
    return data;
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
double paintFrame(const NetworkScene &scene, QImage *image)
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
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--pictures") && i + 1 < args.size())
            pictures = args[++i];
        else if (args[i] == QLatin1String("--no-sfdp"))
            sfdp = false;
        else
            sizes << args[i].toInt();
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};

    out << "| companies | deals | CapFlow layout s | sfdp s | ratio | edge_ratio C / sfdp | nn_ratio C / sfdp | "
           "sector_ratio C / sfdp | scene build ms | frame ms | peak MB |\n";
    out << "|---|---|---|---|---|---|---|---|---|---|---|\n";
    out.flush();
    for (int n : sizes) {
        const BenchGraph g = BenchGraph::generate(n, 3, 20240601u, 20);
        LayoutGraph input;
        input.nodeCount = g.n;
        input.edges = g.edges;
        QElapsedTimer timer;
        timer.start();
        const auto ours = ForceLayout::run(input, LayoutOptions {});
        const double layoutSeconds = timer.nsecsElapsed() / 1e9;
        const LayoutScore ourScore = LayoutScore::of(g, *ours);

        double sfdpSeconds = 0;
        std::optional<std::vector<QPointF>> theirs;
        if (sfdp)
            theirs = runSfdp(g, &sfdpSeconds);
        const LayoutScore theirScore = theirs ? LayoutScore::of(g, *theirs) : LayoutScore {};

        Document document;
        document.setData(documentFor(g));
        QHash<QString, QPointF> positions;
        for (int i = 0; i < g.n; ++i)
            positions.insert(QStringLiteral("c%1").arg(i), (*ours)[i]);
        NetworkScene scene;
        timer.restart();
        scene.build(document, NetworkOptions {}, positions);
        const double buildMs = timer.nsecsElapsed() / 1e6;

        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        paintFrame(scene, &image); // warm-up
        double frameMs = 1e9;
        const int frames = qEnvironmentVariableIntValue("CAPFLOW_BENCH_FRAMES");
        for (int k = 0; k < std::max(3, frames); ++k)
            frameMs = std::min(frameMs, paintFrame(scene, &image));
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
                NetworkScene other;
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
            << " | " << fixed(frameMs, 1) << " | " << peakMemoryMb() << " |\n";
        out.flush();
    }
    return 0;
}
