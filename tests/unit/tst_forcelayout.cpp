#include "layout/Arrangements.h"
#include "layout/ForceLayout.h"
#include "layout/LayoutRunner.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <random>

namespace {
// Preferential attachment: each new node links to `links` earlier nodes chosen by degree.
LayoutGraph preferentialGraph(int n, int links, unsigned seed)
{
    LayoutGraph g;
    g.nodeCount = n;
    std::mt19937 rng(seed);
    std::vector<int> ends {0};
    for (int v = 1; v < n; ++v) {
        for (int k = 0; k < std::min(links, v); ++k) {
            const int u = ends[std::uniform_int_distribution<size_t>(0, ends.size() - 1)(rng)];
            g.edges.emplace_back(v, u);
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    return g;
}

double minDistance(const std::vector<QPointF> &p)
{
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i < p.size(); ++i)
        for (size_t j = i + 1; j < p.size(); ++j)
            best = std::min(best, std::hypot(p[i].x() - p[j].x(), p[i].y() - p[j].y()));
    return best;
}

QRectF boundsOf(const std::vector<QPointF> &p, int begin, int end)
{
    double x0 = p[begin].x(), x1 = x0, y0 = p[begin].y(), y1 = y0;
    for (int i = begin; i < end; ++i) {
        x0 = std::min(x0, p[i].x());
        x1 = std::max(x1, p[i].x());
        y0 = std::min(y0, p[i].y());
        y1 = std::max(y1, p[i].y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}
} // namespace

class TestForceLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deterministic_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addRow("small, single level") << 60;
        QTest::addRow("large, multilevel") << 600;
    }
    void deterministic()
    {
        QFETCH(int, nodes);
        const LayoutGraph g = preferentialGraph(nodes, 2, 7);
        LayoutOptions options;
        options.seed = 42;
        const auto a = ForceLayout::run(g, options);
        const auto b = ForceLayout::run(g, options);
        QVERIFY(a && b);
        QCOMPARE(int(a->size()), nodes);
        QVERIFY(*a == *b);
        options.seed = 43;
        const auto c = ForceLayout::run(g, options);
        QVERIFY(*a != *c);
    }

    void noNaNAndNotPiledUp_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addRow("60") << 60;
        QTest::addRow("800") << 800;
    }
    void noNaNAndNotPiledUp()
    {
        QFETCH(int, nodes);
        const LayoutGraph g = preferentialGraph(nodes, 3, 3);
        LayoutOptions options;
        const auto p = ForceLayout::run(g, options);
        QVERIFY(p);
        for (const QPointF &q : *p)
            QVERIFY(std::isfinite(q.x()) && std::isfinite(q.y()));
        // Nodes keep a readable distance, and edges are short compared with the picture.
        double edgeSum = 0;
        for (const auto &[a, b] : g.edges)
            edgeSum += std::hypot((*p)[a].x() - (*p)[b].x(), (*p)[a].y() - (*p)[b].y());
        const double meanEdge = edgeSum / double(g.edges.size());
        QVERIFY2(minDistance(*p) > 0.02 * options.edgeLength, qPrintable(QString::number(minDistance(*p))));
        const QRectF box = boundsOf(*p, 0, nodes);
        QVERIFY2(meanEdge < 0.3 * std::max(box.width(), box.height()),
            qPrintable(QStringLiteral("%1 %2x%3").arg(meanEdge).arg(box.width()).arg(box.height())));
    }

    void pinnedNodesStay()
    {
        LayoutGraph g = preferentialGraph(300, 2, 5);
        g.pinned.resize(g.nodeCount);
        g.pinned[0] = QPointF(1000, -500);
        g.pinned[17] = QPointF(-250, 40);
        const auto p = ForceLayout::run(g, LayoutOptions {});
        QVERIFY(p);
        QCOMPARE((*p)[0], QPointF(1000, -500));
        QCOMPARE((*p)[17], QPointF(-250, 40));
    }

    void componentsDoNotOverlap()
    {
        // Three separate cliques of different size plus two isolated nodes.
        LayoutGraph g;
        const int sizes[] = {12, 8, 5};
        int start = 0;
        for (int size : sizes) {
            for (int i = 0; i < size; ++i)
                for (int j = i + 1; j < size; ++j)
                    g.edges.emplace_back(start + i, start + j);
            start += size;
        }
        g.nodeCount = start + 2;
        const auto p = ForceLayout::run(g, LayoutOptions {});
        QVERIFY(p);
        QList<QRectF> boxes;
        start = 0;
        for (int size : sizes) {
            boxes << boundsOf(*p, start, start + size);
            start += size;
        }
        boxes << boundsOf(*p, start, start + 1) << boundsOf(*p, start + 1, start + 2);
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].adjusted(-1, -1, 1, 1).intersects(boxes[j]),
                    qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        // Packed side by side: the whole picture is not much larger than the parts.
        const QRectF all = boundsOf(*p, 0, g.nodeCount);
        QVERIFY(all.width() < 12 * LayoutOptions {}.edgeLength);
        QVERIFY(all.height() < 12 * LayoutOptions {}.edgeLength);
    }

    void arrangements()
    {
        const LayoutGraph g = preferentialGraph(30, 2, 1);
        std::vector<CompanyKind> kinds;
        for (int i = 0; i < g.nodeCount; ++i)
            kinds.push_back(enumValues<CompanyKind>()[i % 6]);
        const auto layered = Arrangements::layers(g, kinds, 50);
        for (int i = 0; i < g.nodeCount; ++i) {
            const int layer = Arrangements::layerOf(kinds[i]);
            QVERIFY(layered[i].y() >= layer * 200 - 1e-9 && layered[i].y() < layer * 200 + 50);
        }
        const auto circle = Arrangements::circleByKind(g, kinds, 50);
        const double r = std::hypot(circle[0].x(), circle[0].y());
        for (const QPointF &q : circle)
            QVERIFY(std::abs(std::hypot(q.x(), q.y()) - r) < 1e-6);
        QVERIFY(minDistance(circle) > 40);
    }

    void runnerPublishesAndCanCancel()
    {
        const LayoutGraph g = preferentialGraph(3000, 3, 2);
        LayoutRunner runner;
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        QSignalSpy progress(&runner, &LayoutRunner::progress);
        runner.start(g, LayoutOptions {});
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(progress.count() > 1);
        QCOMPARE(finished.first().first().value<QList<QPointF>>().size(), 3000);

        // A superseded run never delivers: only the second result arrives.
        QSignalSpy snapshots(&runner, &LayoutRunner::snapshot);
        finished.clear();
        runner.start(g, LayoutOptions {});
        LayoutOptions other;
        other.seed = 9;
        runner.start(preferentialGraph(50, 2, 2), other);
        QVERIFY(finished.wait(60000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<QList<QPointF>>().size(), 50);

        QSignalSpy cancelled(&runner, &LayoutRunner::cancelled);
        finished.clear();
        runner.start(g, LayoutOptions {});
        runner.cancel();
        runner.wait();
        QTest::qWait(100);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
