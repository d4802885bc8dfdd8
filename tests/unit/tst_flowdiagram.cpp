#include "support/Builders.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "analysis/FlowDiagram.h"
#include "files/DocumentFiles.h"
#include "graph/DealGraph.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DealFilter)

namespace {
// Investors → AI labs → cloud → chips, with money flowing back: the cloud provider invests in
// the lab that buys its compute, the chip maker in the cloud that buys its chips.
DealGraph circularFixture()
{
    DealGraph graph;
    graph.addCompany(CompanyBuilder(u"fund"_s).kind(CompanyKind::Investor));
    graph.addCompany(CompanyBuilder(u"fund2"_s).kind(CompanyKind::Investor));
    graph.addCompany(CompanyBuilder(u"lab"_s).kind(CompanyKind::AiLab));
    graph.addCompany(CompanyBuilder(u"lab2"_s).kind(CompanyKind::AiLab));
    graph.addCompany(CompanyBuilder(u"cloud"_s).kind(CompanyKind::Cloud));
    graph.addCompany(CompanyBuilder(u"chips"_s).kind(CompanyKind::Chips));
    const auto deal = [&graph](const QString &id, const QString &from, const QString &to, DealKind kind,
                          std::optional<qint64> billions, AmountKind amountKind, QDate date = QDate(2025, 3, 1)) {
        const bool added
            = graph.addDeal(DealBuilder(id, from, to).kind(kind).billions(billions).amountKind(amountKind).on(date));
        Q_ASSERT(added);
        Q_UNUSED(added);
    };
    deal(u"D1"_s, u"fund"_s, u"lab"_s, DealKind::Equity, 10, AmountKind::Committed);
    deal(u"D2"_s, u"fund2"_s, u"lab"_s, DealKind::Equity, 4, AmountKind::UpTo);
    deal(u"D3"_s, u"fund"_s, u"lab2"_s, DealKind::Equity, std::nullopt, AmountKind::Reported);
    deal(u"D4"_s, u"lab"_s, u"cloud"_s, DealKind::Compute, 30, AmountKind::Committed);
    deal(u"D5"_s, u"lab"_s, u"cloud"_s, DealKind::Compute, 50, AmountKind::UpTo);
    deal(u"D6"_s, u"lab2"_s, u"cloud"_s, DealKind::Compute, 2, AmountKind::Estimated);
    deal(u"D7"_s, u"cloud"_s, u"chips"_s, DealKind::Chips, 12, AmountKind::Reported, QDate(2024, 6, 1));
    deal(u"D8"_s, u"cloud"_s, u"lab"_s, DealKind::Equity, 5, AmountKind::Committed); // back against the order
    deal(u"D9"_s, u"chips"_s, u"cloud"_s, DealKind::Equity, 1, AmountKind::Committed); // back
    deal(u"D10"_s, u"lab"_s, u"lab2"_s, DealKind::Acquisition, 3, AmountKind::Reported); // within the layer
    deal(u"D11"_s, u"fund"_s, u"chips"_s, DealKind::Divestment, 2, AmountKind::Reported); // fund sells shares
    return graph;
}

FlowDiagram build(const DealGraph &graph, FlowLayering layering = FlowLayering::ByKind, DealFilter filter = {})
{
    FlowDiagramOptions options;
    options.filter = filter;
    options.layering = layering;
    return FlowDiagram::build(graph, options);
}

int bandBetween(const FlowDiagram &diagram, int from, int to, DealKind kind)
{
    for (int i = 0; i < diagram.bands.size(); ++i) {
        if (diagram.bands[i].from == from && diagram.bands[i].to == to && diagram.bands[i].kind == kind)
            return i;
    }
    return -1;
}

int kindNode(const FlowDiagram &diagram, CompanyKind kind)
{
    for (int i = 0; i < diagram.nodes.size(); ++i) {
        if (diagram.nodes[i].type == FlowNode::Type::Kind && diagram.nodes[i].kind == kind)
            return i;
    }
    return -1;
}

void compareTotals(const AmountTotals &actual, const AmountTotals &expected, const char *what)
{
    QVERIFY2(actual.deals == expected.deals, what);
    QVERIFY2(actual.firm == expected.firm, what);
    QVERIFY2(actual.upTo == expected.upTo, what);
    QVERIFY2(actual.estimated == expected.estimated, what);
    QVERIFY2(actual.undisclosed == expected.undisclosed, what);
}
} // namespace

class TestFlowDiagram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layersFollowTheOrder()
    {
        const FlowDiagram diagram = build(circularFixture());
        // The buyers outside (paying the divesting fund) first, then the kinds with money.
        QVERIFY(diagram.hasOutside);
        QCOMPARE(diagram.columns, 5);
        QCOMPARE(diagram.columnKinds.mid(1),
            (QList<CompanyKind> {CompanyKind::Investor, CompanyKind::AiLab, CompanyKind::Cloud, CompanyKind::Chips}));
        QCOMPARE(diagram.nodes.size(), 5);
        for (int i = 1; i < diagram.nodes.size(); ++i)
            QVERIFY(diagram.nodes[i - 1].column <= diagram.nodes[i].column);

        FlowDiagramOptions options;
        options.layerOrder = {CompanyKind::Chips, CompanyKind::Cloud}; // the rest in the default order
        const FlowDiagram reordered = FlowDiagram::build(circularFixture(), options);
        QCOMPARE(reordered.columnKinds.mid(1),
            (QList<CompanyKind> {CompanyKind::Chips, CompanyKind::Cloud, CompanyKind::Investor, CompanyKind::AiLab}));
        // Now the compute purchases run against the order and the chips purchase with it.
        const int lab = kindNode(reordered, CompanyKind::AiLab), cloud = kindNode(reordered, CompanyKind::Cloud);
        QVERIFY(reordered.bands[bandBetween(reordered, lab, cloud, DealKind::Compute)].isReturn);
    }

    void certaintyKeptApart()
    {
        const FlowDiagram diagram = build(circularFixture());
        const int lab = kindNode(diagram, CompanyKind::AiLab), cloud = kindNode(diagram, CompanyKind::Cloud);
        const int compute = bandBetween(diagram, lab, cloud, DealKind::Compute);
        QVERIFY(compute >= 0);
        const FlowBand &band = diagram.bands[compute];
        QVERIFY(!band.isReturn);
        QCOMPARE(band.money.deals, 3);
        QCOMPARE(band.money.firm, Money::fromUsd(30'000'000'000));
        QCOMPARE(band.money.upTo, Money::fromUsd(50'000'000'000));
        QCOMPARE(band.money.estimated, Money::fromUsd(2'000'000'000));
        QCOMPARE(band.dealIds, (QStringList {u"D5"_s, u"D4"_s, u"D6"_s})); // the largest first

        const int fund = kindNode(diagram, CompanyKind::Investor);
        const FlowBand &equity = diagram.bands[bandBetween(diagram, fund, lab, DealKind::Equity)];
        QCOMPARE(equity.money.firm, Money::fromUsd(10'000'000'000));
        QCOMPARE(equity.money.upTo, Money::fromUsd(4'000'000'000));
        QCOMPARE(equity.money.undisclosed, 1); // counted, not sized
        QCOMPARE(equity.dealIds.last(), u"D3"_s);
    }

    void returnsAndWithinLayer()
    {
        const FlowDiagram diagram = build(circularFixture());
        const int lab = kindNode(diagram, CompanyKind::AiLab), cloud = kindNode(diagram, CompanyKind::Cloud);
        const int chips = kindNode(diagram, CompanyKind::Chips);
        QVERIFY(diagram.bands[bandBetween(diagram, cloud, lab, DealKind::Equity)].isReturn);
        QVERIFY(diagram.bands[bandBetween(diagram, chips, cloud, DealKind::Equity)].isReturn);
        QVERIFY(!diagram.bands[bandBetween(diagram, cloud, chips, DealKind::Chips)].isReturn);
        const int within = bandBetween(diagram, lab, lab, DealKind::Acquisition);
        QVERIFY(within >= 0);
        QVERIFY(diagram.bands[within].isReturn);
        // Forward bands first.
        bool seenReturn = false;
        for (const FlowBand &band : diagram.bands) {
            QVERIFY(!seenReturn || band.isReturn);
            seenReturn = seenReturn || band.isReturn;
        }
        // A cycle's deals are found in its bands.
        const QList<int> cycle = diagram.bandsOf({u"D4"_s, u"D8"_s});
        QCOMPARE(cycle.size(), 2);
    }

    void divestmentIsPaidFromOutside()
    {
        const FlowDiagram diagram = build(circularFixture());
        QCOMPARE(diagram.nodes[0].type, FlowNode::Type::Outside);
        const int fund = kindNode(diagram, CompanyKind::Investor);
        const int band = bandBetween(diagram, 0, fund, DealKind::Divestment);
        QVERIFY(band >= 0);
        QVERIFY(!diagram.bands[band].isReturn);
        // The company whose shares were sold receives nothing.
        const int chips = kindNode(diagram, CompanyKind::Chips);
        QCOMPARE(diagram.nodes[chips].in.deals, 1); // D7, nothing from D11
    }

    // The nodes' in and out are the Analysis dock's flows for the same filter.
    void totalsMatchTheAnalysis_data()
    {
        QTest::addColumn<bool>("bundled");
        QTest::addColumn<int>("layering");
        QTest::addColumn<DealFilter>("filter");
        DealFilter all;
        DealFilter recent;
        recent.from = QDate(2025, 1, 1);
        DealFilter equityOnly;
        equityOnly.dealKinds = {DealKind::Equity, DealKind::Loan};
        DealFilter large;
        large.minAmount = Money::fromUsd(5'000'000'000);
        DealFilter labsAndClouds;
        labsAndClouds.companyKinds = {CompanyKind::AiLab, CompanyKind::Cloud};
        DealFilter year2025;
        year2025.from = QDate(2025, 1, 1);
        year2025.to = QDate(2025, 12, 31);
        for (int layering : {int(FlowLayering::ByKind), int(FlowLayering::ByCompany)}) {
            const char *mode = layering == int(FlowLayering::ByKind) ? "kinds" : "companies";
            for (bool bundled : {false, true}) {
                const char *data = bundled ? "bundled" : "fixture";
                QTest::addRow("%s %s all", data, mode) << bundled << layering << all;
                QTest::addRow("%s %s recent", data, mode) << bundled << layering << recent;
                QTest::addRow("%s %s equity", data, mode) << bundled << layering << equityOnly;
                QTest::addRow("%s %s large", data, mode) << bundled << layering << large;
                QTest::addRow("%s %s labs and clouds", data, mode) << bundled << layering << labsAndClouds;
                QTest::addRow("%s %s 2025", data, mode) << bundled << layering << year2025;
            }
        }
    }
    void totalsMatchTheAnalysis()
    {
        QFETCH(bool, bundled);
        QFETCH(int, layering);
        QFETCH(DealFilter, filter);
        DealGraph graph;
        if (bundled) {
            const DocumentData data = DocumentFiles::bundled();
            for (const Company &c : data.companies)
                graph.addCompany(c);
            for (const Deal &d : data.deals)
                graph.addDeal(d);
        } else {
            graph = circularFixture();
        }
        FlowDiagramOptions options;
        options.filter = filter;
        options.layering = FlowLayering(layering);
        options.topCompanies = 5;
        const FlowDiagram diagram = FlowDiagram::build(graph, options);
        AnalysisOptions analysisOptions;
        analysisOptions.deals = filter;
        const CapitalFlowAnalysis analysis = CapitalFlowAnalysis::run(graph, analysisOptions);
        QVERIFY(!analysis.flows.isEmpty());
        QVERIFY(!diagram.nodes.isEmpty());
        QHash<int, AmountTotals> in, out;
        for (const CompanyFlow &flow : analysis.flows) {
            const int node = diagram.nodeOfCompany(flow.companyId);
            QVERIFY2(node >= 0, qPrintable(flow.companyId));
            in[node].add(flow.in);
            out[node].add(flow.out);
        }
        AmountTotals bandsTotal, outTotal;
        for (int i = 0; i < diagram.nodes.size(); ++i) {
            const FlowNode &node = diagram.nodes[i];
            compareTotals(node.in, in.value(i), "in");
            if (node.type != FlowNode::Type::Outside)
                compareTotals(node.out, out.value(i), "out");
            outTotal.add(node.out);
        }
        // Every dollar of a node's out is in exactly one band.
        for (const FlowBand &band : diagram.bands)
            bandsTotal.add(band.money);
        compareTotals(bandsTotal, outTotal, "bands");
        if (layering == int(FlowLayering::ByCompany)) {
            int own = 0;
            for (const FlowNode &node : diagram.nodes)
                own += node.type == FlowNode::Type::Company;
            QVERIFY(own <= 5);
        }
    }

    void companiesAndOthers()
    {
        FlowDiagramOptions options;
        options.layering = FlowLayering::ByCompany;
        options.topCompanies = 3;
        const FlowDiagram diagram = FlowDiagram::build(circularFixture(), options);
        // lab (10+4+30+50+5+3…), cloud and chips are the three largest; the funds and lab2 are
        // grouped by kind.
        QStringList own;
        for (const FlowNode &node : diagram.nodes) {
            if (node.type == FlowNode::Type::Company)
                own << node.companyId;
        }
        std::sort(own.begin(), own.end());
        QCOMPARE(own, (QStringList {u"chips"_s, u"cloud"_s, u"lab"_s}));
        const int funds = diagram.nodeOfCompany(u"fund"_s);
        QCOMPARE(diagram.nodes[funds].type, FlowNode::Type::OtherCompanies);
        QCOMPARE(diagram.nodes[funds].companyIds, (QStringList {u"fund"_s, u"fund2"_s}));
        const int lab2 = diagram.nodeOfCompany(u"lab2"_s);
        QCOMPARE(diagram.nodes[lab2].type, FlowNode::Type::OtherCompanies);
        QCOMPARE(diagram.nodes[lab2].column, diagram.nodes[diagram.nodeOfCompany(u"lab"_s)].column);
        // "Other" comes last in its column.
        QVERIFY(lab2 > diagram.nodeOfCompany(u"lab"_s));
    }

    void supersededLeftOut()
    {
        DealGraph graph = circularFixture();
        QVERIFY(graph.addDeal(DealBuilder(u"D12"_s, u"lab"_s, u"cloud"_s)
                .kind(DealKind::Compute)
                .billions(60)
                .amountKind(AmountKind::Committed)
                .supersedes({u"D5"_s})
                .on(QDate(2025, 6, 1))));
        const FlowDiagram diagram = build(graph);
        const int lab = kindNode(diagram, CompanyKind::AiLab), cloud = kindNode(diagram, CompanyKind::Cloud);
        const FlowBand &band = diagram.bands[bandBetween(diagram, lab, cloud, DealKind::Compute)];
        QVERIFY(!band.dealIds.contains(u"D5"_s));
        QCOMPARE(band.money.firm, Money::fromUsd(90'000'000'000));
        QCOMPARE(band.money.upTo, Money());
    }

    void focusKeepsDealsWithin()
    {
        FlowDiagramOptions options;
        options.focus = {u"lab"_s, u"cloud"_s};
        const FlowDiagram diagram = FlowDiagram::build(circularFixture(), options);
        QCOMPARE(diagram.columns, 2);
        QCOMPARE(diagram.bands.size(), 2); // compute lab → cloud, equity cloud → lab
        QVERIFY(FlowDiagram::build(DealGraph(), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlowDiagram)
#include "tst_flowdiagram.moc"
