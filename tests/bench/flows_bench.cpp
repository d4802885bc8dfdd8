// The flow diagram of the bench network: building it from the deals, laying it out and painting
// it at 1600×1000 (the Flows tab's work after a filter change), and hit testing one mouse position.
// Each number the median of 9 runs. Usage: flows_bench [N ...] (default 0 1000 10000 100000; 0: the
// bundled dataset).
#include "BenchDocument.h"
#include "BenchTiming.h"

#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "flows/FlowsPainter.h"
#include "flows/FlowsView.h"

#include <QElapsedTimer>
#include <QApplication>
#include <QMouseEvent>
#include <QThread>
#include <QWindow>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>

namespace {
template<typename F> double timeMs(F &&work, int runs = 9)
{
    return 1000 * medianSeconds(std::forward<F>(work), runs);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {0, 1000, 10000, 100000};
    QTextStream out(stdout);
    out << "| companies | deals | layers | nodes | bands | build ms | layout ms | layout + paint ms | total ms | hit test ms | view: full ms | view: hover ms |\n"
        << "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (int n : sizes) {
        // 0: the bundled dataset.
        Document document;
        document.setData(n == 0 ? DocumentFiles::bundled() : benchDocument(BenchGraph::generate(n, 3, 20240601u, 20)));
        for (FlowLayering layering : {FlowLayering::ByKind, FlowLayering::ByCompany}) {
            FlowDiagramOptions options;
            options.layering = layering;
            FlowDiagram diagram;
            const double build = timeMs([&] { diagram = FlowDiagram::build(document.graph(), options); });
            QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
            const double draw = timeMs([&] {
                image.fill(Qt::white);
                QPainter painter(&image);
                FlowsPainter flows(diagram, document.graph(), Language::English);
                flows.layout(QRectF(0, 0, 1600, 1000));
                flows.paint(&painter);
            });
            FlowsPainter flows(diagram, document.graph(), Language::English);
            const double layout = timeMs([&] { flows.layout(QRectF(0, 0, 1600, 1000)); });
            int hits = 0;
            const double hit = timeMs([&] { hits += flows.bandAt(QPointF(800, 500)) >= 0; });
            // The Flows tab's view: a full frame after the diagram changed, and a hover step (the
            // kept frame and an outline).
            FlowsView view(&document);
            view.resize(1600, 1000);
            view.show();
            for (int i = 0; i < 20 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++i) {
                QCoreApplication::processEvents();
                QThread::msleep(10);
            }
            const double full = timeMs([&] {
                view.setDiagram(diagram);
                view.repaint();
            });
            int step = 0;
            const double hover = timeMs([&] {
                const QPointF pos(400 + 40 * (step++ % 20), 500);
                QMouseEvent move(QEvent::MouseMove, pos, view.mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
                QCoreApplication::sendEvent(&view, &move);
                view.repaint();
            });
            out << "| " << (n == 0 ? QStringLiteral("bundled (%1)").arg(document.graph().companyCount()) : QString::number(n)) << " | " << document.graph().dealCount() << " | "
                << (layering == FlowLayering::ByKind ? "by kind" : "by company (12)") << " | "
                << diagram.nodes.size() << " | " << diagram.bands.size() << " | " << QString::number(build, 'f', 1)
                << " | " << QString::number(layout, 'f', 1) << " | " << QString::number(draw, 'f', 1) << " | " << QString::number(build + draw, 'f', 1) << " | "
                << QString::number(hit, 'f', 2) << " | " << QString::number(full, 'f', 1) << " | "
                << QString::number(hover, 'f', 1) << " |\n";
            out.flush();
        }
    }
    return 0;
}
