#include "support/NetworkFixture.h"

#include "document/Document.h"
#include "format/Palette.h"
#include "network/NetworkPicture.h"

#include <QTest>

class TestNetworkPicture : public QObject
{
    Q_OBJECT
private:
    Document m_document;
    QHash<QString, QPointF> m_positions {{QStringLiteral("microsoft"), QPointF(0, 0)},
        {QStringLiteral("nvidia"), QPointF(400, 0)}, {QStringLiteral("anthropic"), QPointF(200, 300)},
        {QStringLiteral("thiel"), QPointF(600, 200)}, {QStringLiteral("lonely"), QPointF(-300, 300)}};

    NetworkPicture build(const NetworkOptions &options)
    {
        NetworkPicture scene;
        scene.build(m_document, options, m_positions);
        return scene;
    }

private Q_SLOTS:
    void initTestCase() { m_document.setData(networkFixture()); }

    void itemsPerCompanyAndDeal()
    {
        const NetworkPicture scene = build({});
        QCOMPARE(int(scene.nodes().size()), 5);
        QCOMPARE(int(scene.edges().size()), 6);
        const NetworkNode &anthropic = scene.nodes()[scene.nodeIndex(QStringLiteral("anthropic"))];
        QCOMPARE(anthropic.pos, QPointF(200, 300));
        QCOMPARE(anthropic.kind, CompanyKind::AiLab);
        QCOMPARE(Palette::companyKind(anthropic.kind), Palette::companyKind(CompanyKind::AiLab));
    }

    void sizesAreAreaProportional_data()
    {
        QTest::addColumn<int>("measure");
        QTest::addColumn<QString>("largest");
        QTest::addRow("received") << int(SizeMeasure::MoneyReceived) << QStringLiteral("microsoft"); // 32bn
        QTest::addRow("paid") << int(SizeMeasure::MoneyPaid) << QStringLiteral("anthropic");
        QTest::addRow("valuation") << int(SizeMeasure::Valuation) << QStringLiteral("anthropic");
        QTest::addRow("deals") << int(SizeMeasure::DealCount) << QStringLiteral("anthropic");
    }
    void sizesAreAreaProportional()
    {
        QFETCH(int, measure);
        QFETCH(QString, largest);
        NetworkOptions options;
        options.sizeMeasure = SizeMeasure(measure);
        const NetworkPicture scene = build(options);
        const NetworkNode &top = scene.nodes()[scene.nodeIndex(largest)];
        QCOMPARE(top.rank, 0);
        QCOMPARE(top.radius, NetworkPicture::MaxRadius);
        const NetworkNode &lonely = scene.nodes()[scene.nodeIndex(QStringLiteral("lonely"))];
        QCOMPARE(lonely.radius, NetworkPicture::MinRadius);
        // Area above the minimum grows linearly with the measure.
        for (const NetworkNode &node : scene.nodes()) {
            const double extra = node.radius * node.radius - NetworkPicture::MinRadius * NetworkPicture::MinRadius;
            const double full = NetworkPicture::MaxRadius * NetworkPicture::MaxRadius
                - NetworkPicture::MinRadius * NetworkPicture::MinRadius;
            QVERIFY(qAbs(extra / full - node.measure / scene.maxMeasure()) < 1e-9);
        }
    }

    void edgeStylesColoursAndDirection()
    {
        const NetworkPicture scene = build({});
        auto edge = [&](const char *id) { return scene.edges()[scene.edgeOfDeal(QString::fromLatin1(id))]; };
        QCOMPARE(edge("D1").style, EdgeStyle::Dashed); // up to
        QCOMPARE(edge("D3").style, EdgeStyle::Solid); // committed
        QCOMPARE(edge("D5").style, EdgeStyle::Dotted); // undisclosed
        QCOMPARE(edge("D6").style, EdgeStyle::Dashed); // estimated
        QCOMPARE(edge("D5").width, NetworkPicture::MinWidth);
        QCOMPARE(edge("D3").width, NetworkPicture::MaxWidth); // the largest amount
        QVERIFY(edge("D4").width < edge("D1").width);
        QCOMPARE(edge("D3").kind, DealKind::Compute);
        // Money direction: a divestment pays the seller.
        QCOMPARE(scene.nodes()[edge("D6").to].id, QStringLiteral("thiel"));
        QCOMPARE(scene.nodes()[edge("D1").to].id, QStringLiteral("anthropic"));
    }

    void parallelDeals()
    {
        const NetworkPicture separate = build({});
        // Anthropic ↔ Microsoft: D1 one way, D3 and D4 the other: three distinct curves.
        QSet<double> bends;
        for (const char *id : {"D1", "D3", "D4"})
            bends.insert(separate.edges()[separate.edgeOfDeal(QString::fromLatin1(id))].bend);
        QCOMPARE(bends.size(), 3);
        QCOMPARE(separate.edges()[separate.edgeOfDeal(QStringLiteral("D6"))].bend, 0.0); // alone between its pair

        NetworkOptions options;
        options.mergeParallel = true;
        const NetworkPicture merged = build(options);
        QCOMPARE(int(merged.edges().size()), 5);
        const NetworkEdge &compute = merged.edges()[merged.edgeOfDeal(QStringLiteral("D3"))];
        QCOMPARE(merged.edgeOfDeal(QStringLiteral("D4")), merged.edgeOfDeal(QStringLiteral("D3")));
        QCOMPARE(compute.dealIds.size(), 2);
        QCOMPARE(compute.sum, Money::fromUsd(32000000000LL));
        QVERIFY(!compute.mixedKinds);
        QVERIFY(compute.bend != 0); // the opposite direction (D1) exists
    }

    void filters_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<int>>("dealKinds");
        QTest::addColumn<QList<int>>("companyKinds");
        QTest::addColumn<qint64>("minBillions");
        QTest::addColumn<QString>("focus");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QStringList>("deals");
        QTest::addColumn<QStringList>("companies");
        const QStringList all {QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D3"), QStringLiteral("D4"),
            QStringLiteral("D5"), QStringLiteral("D6")};
        QTest::addRow("none") << QDate() << QDate() << QList<int>() << QList<int>() << qint64(0) << QString() << 0
                              << all
                              << QStringList {QStringLiteral("anthropic"), QStringLiteral("lonely"),
                                     QStringLiteral("microsoft"), QStringLiteral("nvidia"), QStringLiteral("thiel")};
        QTest::addRow("2024 only") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QList<int>() << QList<int>()
                                   << qint64(0) << QString() << 0 << QStringList {QStringLiteral("D4")}
                                   << QStringList {QStringLiteral("anthropic"), QStringLiteral("microsoft")};
        QTest::addRow("equity") << QDate() << QDate() << QList<int> {int(DealKind::Equity)} << QList<int>() << qint64(0)
                                << QString() << 0 << QStringList {QStringLiteral("D1"), QStringLiteral("D2")}
                                << QStringList {QStringLiteral("anthropic"), QStringLiteral("microsoft"),
                                       QStringLiteral("nvidia")};
        QTest::addRow("no investors") << QDate() << QDate() << QList<int>()
                                      << QList<int> {int(CompanyKind::Cloud), int(CompanyKind::Chips),
                                             int(CompanyKind::AiLab)}
                                      << qint64(0) << QString() << 0
                                      << QStringList {QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D3"),
                                             QStringLiteral("D4"), QStringLiteral("D5")}
                                      << QStringList {QStringLiteral("anthropic"), QStringLiteral("microsoft"),
                                             QStringLiteral("nvidia")};
        QTest::addRow("at least 10bn") << QDate() << QDate() << QList<int>() << QList<int>() << qint64(10) << QString()
                                       << 0 << QStringList {QStringLiteral("D2"), QStringLiteral("D3")}
                                       << QStringList {QStringLiteral("anthropic"), QStringLiteral("microsoft"),
                                              QStringLiteral("nvidia")};
        QTest::addRow("focus thiel 1") << QDate() << QDate() << QList<int>() << QList<int>() << qint64(0)
                                       << QStringLiteral("thiel") << 1 << QStringList {QStringLiteral("D6")}
                                       << QStringList {QStringLiteral("nvidia"), QStringLiteral("thiel")};
        QTest::addRow("focus thiel 2") << QDate() << QDate() << QList<int>() << QList<int>() << qint64(0)
                                       << QStringLiteral("thiel") << 2
                                       << QStringList {QStringLiteral("D2"), QStringLiteral("D5"), QStringLiteral("D6")}
                                       << QStringList {QStringLiteral("anthropic"), QStringLiteral("nvidia"),
                                              QStringLiteral("thiel")};
    }
    void filters()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<int>, dealKinds);
        QFETCH(QList<int>, companyKinds);
        QFETCH(qint64, minBillions);
        QFETCH(QString, focus);
        QFETCH(int, steps);
        QFETCH(QStringList, deals);
        QFETCH(QStringList, companies);
        NetworkOptions options;
        if (from.isValid())
            options.filter.from = from;
        if (to.isValid())
            options.filter.to = to;
        for (int k : dealKinds)
            options.filter.dealKinds.insert(DealKind(k));
        for (int k : companyKinds)
            options.filter.companyKinds.insert(CompanyKind(k));
        if (minBillions)
            options.filter.minAmount = Money::fromUsd(minBillions * 1000000000LL);
        options.focusCompany = focus;
        options.focusSteps = steps;
        const NetworkPicture scene = build(options);
        QStringList shownDeals, shownCompanies;
        for (const NetworkEdge &edge : scene.edges())
            shownDeals += edge.dealIds;
        for (const NetworkNode &node : scene.nodes())
            shownCompanies << node.id;
        shownDeals.sort();
        shownCompanies.sort();
        QCOMPARE(shownDeals, deals);
        QCOMPARE(shownCompanies, companies);
    }

    void hitTests()
    {
        const NetworkPicture scene = build({});
        QCOMPARE(scene.nodeAt(QPointF(402, 3), 0), scene.nodeIndex(QStringLiteral("nvidia")));
        QCOMPARE(scene.nodeAt(QPointF(-150, -150), 0), -1);
        // Nvidia → Thiel (D6) is straight; its midpoint hits it.
        QCOMPARE(scene.edgeAt(QPointF(500, 100), 2), scene.edgeOfDeal(QStringLiteral("D6")));
        QCOMPARE(scene.edgeAt(QPointF(500, 0), 2), -1);
    }
};

QTEST_MAIN(TestNetworkPicture)
#include "tst_networkpicture.moc"
