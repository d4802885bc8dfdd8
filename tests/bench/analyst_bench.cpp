// Benchmark of the analyst's questions on the bench network (10k companies by default): money
// paths of up to 4 and 6 deals between pairs of companies (MoneyPaths, through
// CapitalFlowAnalysis::paths, as --paths runs it) side by side with networkx's all_simple_paths on
// the same graph in the same run, and the comparison of two dates (NetworkChanges, as --compare).
// Not a test: run it by hand, `analyst_bench [N]`; needs /usr/bin/python3 with networkx
// (python3-networkx) for the anchor.
#include "BenchDocument.h"

#include "analysis/CapitalFlowAnalysis.h"
#include "analysis/NetworkChanges.h"
#include "document/Document.h"
#include "graph/DealGraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {
QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// networkx on the same money legs: per pair, the seconds and the number of paths, or -1 when it
// did not finish within the time limit.
struct NetworkxRun
{
    std::vector<double> seconds;
    std::vector<long long> counts;
};

NetworkxRun runNetworkx(const Document &document, const std::vector<std::pair<QString, QString>> &pairs, int cutoff,
    double limitSeconds)
{
    NetworkxRun result;
    QTemporaryDir dir;
    QFile edges(dir.filePath(QStringLiteral("edges.txt")));
    if (!edges.open(QIODevice::WriteOnly))
        return result;
    QTextStream s(&edges);
    for (const Deal *d : document.graph().deals()) {
        if (MoneyFlow::movesMoney(*d))
            s << d->from << ' ' << d->to << '\n';
    }
    s.flush();
    edges.close();
    QString pairText;
    for (const auto &[a, b] : pairs)
        pairText += a + QLatin1Char(' ') + b + QLatin1Char(';');
    const QString script = QStringLiteral(R"(
import sys, time, signal
import networkx as nx
g = nx.MultiDiGraph()
for line in open(sys.argv[1]):
    a, b = line.split()
    g.add_edge(a, b)
cutoff = int(sys.argv[2]); limit = float(sys.argv[3])
class Late(Exception): pass
def late(*_): raise Late()
signal.signal(signal.SIGALRM, late)
for pair in sys.argv[4].split(';'):
    if not pair: continue
    s, t = pair.split()
    start = time.perf_counter(); n = 0
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        for _ in nx.all_simple_paths(g, s, t, cutoff=cutoff): n += 1
        signal.setitimer(signal.ITIMER_REAL, 0)
        print(time.perf_counter() - start, n, flush=True)
    except Late:
        print(-1, n, flush=True)
)");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), script, edges.fileName(), QString::number(cutoff), QString::number(limitSeconds),
            pairText});
    python.waitForFinished(int((limitSeconds + 5) * 1000 * double(pairs.size())) + 60000);
    for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 2) {
            result.seconds.push_back(f[0].toDouble());
            result.counts.push_back(f[1].toLongLong());
        }
    }
    if (result.seconds.empty())
        out << "  (networkx did not run: " << python.readAllStandardError().left(300) << ")\n";
    return result;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;
    const BenchGraph g = BenchGraph::generate(n, 3, 20240601u, 20);
    DocumentData data = benchDocument(g);
    // Valuations: a third of the companies, one to three each, over the same years.
    std::mt19937 rng(11);
    for (int i = 0; i < n; i += 3) {
        for (int k = 0, count = 1 + int(rng() % 3); k < count; ++k) {
            Valuation v;
            v.id = QStringLiteral("V%1-%2").arg(i).arg(k);
            v.company = data.companies[i].id;
            v.date = FuzzyDate(QDate(2020, 1, 1).addDays(qint64(rng() % 2000)), DatePrecision::Day);
            v.value = Money::fromUsd(qint64(1 + rng() % 500) * 1'000'000'000LL);
            data.valuations << v;
        }
    }
    Document document;
    document.setData(data);
    out << "# Analyst benchmark: " << n << " companies, " << data.deals.size() << " deals, "
        << data.valuations.size() << " valuations\n\n";

    // Pairs: random ones (from a company that pays to one that receives, each with at least three
    // deals), and hubs (the companies paying most often to those receiving most often), where the
    // number of paths explodes with the length.
    std::vector<std::pair<QString, QString>> randomPairs;
    std::mt19937 pick(5);
    while (randomPairs.size() < 10) {
        const QString a = data.companies[pick() % n].id;
        const QString b = data.companies[pick() % n].id;
        if (a != b && document.graph().dealsOut(a).size() >= 3 && document.graph().dealsIn(b).size() >= 3)
            randomPairs.emplace_back(a, b);
    }
    QStringList payers, receivers;
    for (const Company &c : data.companies) {
        payers << c.id;
        receivers << c.id;
    }
    std::sort(payers.begin(), payers.end(), [&](const QString &x, const QString &y) {
        return document.graph().dealsOut(x).size() > document.graph().dealsOut(y).size();
    });
    std::sort(receivers.begin(), receivers.end(), [&](const QString &x, const QString &y) {
        return document.graph().dealsIn(x).size() > document.graph().dealsIn(y).size();
    });
    std::vector<std::pair<QString, QString>> hubPairs;
    for (int i = 0; hubPairs.size() < 5; ++i) {
        if (payers.at(i) != receivers.at(i + 1))
            hubPairs.emplace_back(payers.at(i), receivers.at(i + 1));
    }

    out << "| question | CapFlow median s | CapFlow max s | paths (median) | truncated | networkx median s | "
           "networkx finished | networkx paths (median) |\n|---|---|---|---|---|---|---|---|\n";
    for (const auto &[label, pairs] : {std::pair(QStringLiteral("random pairs"), randomPairs),
             std::pair(QStringLiteral("hub pairs"), hubPairs)}) {
        for (int length : {4, 6}) {
            std::vector<double> times;
            std::vector<double> counts;
            int truncated = 0;
            for (const auto &[a, b] : pairs) {
                PathSearchOptions options;
                options.maxLength = length;
                QElapsedTimer timer;
                timer.start();
                const PathSearchResult r
                    = CapitalFlowAnalysis::paths(document.graph(), AnalysisOptions {}, a, b, options);
                times.push_back(double(timer.nsecsElapsed()) / 1e9);
                counts.push_back(double(r.paths.size()));
                truncated += r.truncated ? 1 : 0;
            }
            const NetworkxRun nx = runNetworkx(document, pairs, length, 20);
            std::vector<double> nxFinished;
            std::vector<double> nxCounts;
            for (size_t i = 0; i < nx.seconds.size(); ++i) {
                if (nx.seconds[i] >= 0) {
                    nxFinished.push_back(nx.seconds[i]);
                    nxCounts.push_back(double(nx.counts[i]));
                }
            }
            out << "| paths, up to " << length << " deals, " << pairs.size() << " " << label << " | "
                << QString::number(median(times), 'f', 3) << " | "
                << QString::number(*std::max_element(times.begin(), times.end()), 'f', 3) << " | "
                << median(counts) << " | " << truncated << " of " << pairs.size() << " | "
                << (nxFinished.empty() ? QStringLiteral("–") : QString::number(median(nxFinished), 'f', 3)) << " | "
                << nxFinished.size() << " of " << nx.seconds.size() << " (20 s limit each) | "
                << (nxCounts.empty() ? QStringLiteral("–") : QString::number(median(nxCounts), 'f', 0)) << " |\n";
            out.flush();
        }
    }

    std::vector<double> compareTimes;
    NetworkChanges changes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        changes = NetworkChanges::compare(document, QDate(2022, 1, 1), QDate(2024, 1, 1));
        compareTimes.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    out << "| compare 2022-01-01 and 2024-01-01 (median of 5) | " << QString::number(median(compareTimes), 'f', 3)
        << " | " << QString::number(*std::max_element(compareTimes.begin(), compareTimes.end()), 'f', 3) << " | "
        << changes.newDeals.size() << " new deals, " << changes.newCompanies.size() << " new companies, "
        << changes.valuationChanges.size() << " valuation changes | – | – | – | – |\n";
    return 0;
}
