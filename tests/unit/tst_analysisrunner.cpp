#include "support/DealGraphFixture.h"
#include "analysis/AnalysisRunner.h"
#include "graph/FilteredDealGraph.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Two circular flows (A-B-C-A, A-D-A) and a tail.
static const QStringList deals {
    u"D1 A>B equity 2 committed 2024-01-01"_s,
    u"D2 B>C compute 4 committed 2024-02-01"_s,
    u"D3 C>A chips 1 committed 2024-03-01"_s,
    u"D4 A>D loan 3 committed 2024-04-01"_s,
    u"D5 D>A compute 1 committed 2024-05-01"_s,
    u"D6 C>E compute 7 committed 2024-06-01"_s,
};

// A ring of n companies with chords: enough work that a run is still going when the next
// request comes.
static DealGraph ring(int n)
{
    QStringList lines;
    for (int i = 0; i < n; ++i) {
        lines << u"R%1 C%2>C%3 equity 1 committed"_s.arg(i).arg(i).arg((i + 1) % n);
        lines << u"S%1 C%2>C%3 compute 1 committed"_s.arg(i).arg(i).arg((i * 7 + 3) % n);
    }
    return dealGraphFrom(lines);
}

class TestAnalysisRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The worker's analysis is the one computed in place, and it is of the graph as it was when
    // requested, whatever happens to the graph afterwards.
    void analysesACopyOfTheGraph()
    {
        DealGraph graph = dealGraphFrom(deals);
        const CapitalFlowAnalysis expected = CapitalFlowAnalysis::run(graph, {});
        AnalysisRunner runner;
        QSignalSpy finished(&runner, &AnalysisRunner::finished);
        QSignalSpy busy(&runner, &AnalysisRunner::busyChanged);
        runner.request(graph, {});
        QVERIFY(runner.isBusy());
        graph.removeDeal(u"D3"_s);
        graph.removeDeal(u"D5"_s);
        QVERIFY(finished.wait());
        QVERIFY(!runner.isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        const auto analysis = finished.at(0).at(0).value<std::shared_ptr<const CapitalFlowAnalysis>>();
        QVERIFY(analysis);
        QCOMPARE(analysis->cycles.cycles.size(), 2);
        QCOMPARE(analysis->cycles.cycles.size(), expected.cycles.cycles.size());
        QCOMPARE(analysis->flows.size(), expected.flows.size());
        QCOMPARE(analysis->importance.size(), expected.importance.size());
        for (qsizetype i = 0; i < expected.importance.size(); ++i) {
            QCOMPARE(analysis->importance.at(i).companyId, expected.importance.at(i).companyId);
            QCOMPARE(analysis->importance.at(i).betweenness, expected.importance.at(i).betweenness);
        }
        QCOMPARE(analysis->betweennessSources, 5);
    }

    // Requests while a run goes on are coalesced: only the newest one's result arrives, once.
    void deliversOnlyTheNewest()
    {
        const DealGraph graph = ring(3000);
        AnalysisRunner runner;
        QSignalSpy finished(&runner, &AnalysisRunner::finished);
        QSignalSpy busy(&runner, &AnalysisRunner::busyChanged);
        for (int length = 2; length <= 6; ++length) {
            AnalysisOptions options;
            options.cycles.maxLength = length;
            runner.request(graph, options);
        }
        runner.wait();
        QCOMPARE(finished.size(), 1);
        const auto analysis = finished.at(0).at(0).value<std::shared_ptr<const CapitalFlowAnalysis>>();
        QCOMPARE(analysis->options.cycles.maxLength, 6);
        QCOMPARE(analysis->importance.size(), 3000);
        QCOMPARE(busy.size(), 2); // busy from the first request to the last result
        QVERIFY(!runner.isBusy());

        // And once more after that: a new run.
        runner.request(dealGraphFrom(deals), {});
        runner.wait();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).value<std::shared_ptr<const CapitalFlowAnalysis>>()->importance.size(), 5);
    }

    // Destroying the runner while it works cancels the run; nothing is delivered afterwards.
    void destroyedWhileRunning()
    {
        const DealGraph graph = ring(20000);
        auto runner = std::make_unique<AnalysisRunner>();
        QSignalSpy finished(runner.get(), &AnalysisRunner::finished);
        runner->request(graph, {});
        QTest::qWait(50);
        runner.reset();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0);
    }

    // A cancelled analysis ends at the next stage, or within the betweenness's searches.
    void cancelledEndsEarly()
    {
        const DealGraph graph = ring(500);
        int asked = 0;
        const CapitalFlowAnalysis stopped = CapitalFlowAnalysis::run(graph, {}, [&asked] { return ++asked > 1; });
        QCOMPARE(asked, 2); // after the flows (no), after the cycles (yes)
        QCOMPARE(stopped.flows.size(), 500);
        QVERIFY(stopped.importance.isEmpty());

        const FilteredDealGraph view(graph, {});
        const ImportanceResult none = ImportanceAnalysis::compute(view, ImportanceAnalysis::defaultWork, [] { return true; });
        QCOMPARE(none.companies.size(), 500);
        for (const Importance &i : none.companies)
            QCOMPARE(i.betweenness, 0.0);
        QVERIFY(ImportanceAnalysis::compute(view).companies.constFirst().betweenness > 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRunner)
#include "tst_analysisrunner.moc"
