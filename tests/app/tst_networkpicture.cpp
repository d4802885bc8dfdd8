#include "OverlapFixture.h"
#include "support/Builders.h"
#include "support/NetworkFixture.h"

#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "format/Palette.h"
#include "i18n/Language.h"
#include "network/NetworkDealText.h"
#include "network/NetworkPainter.h"
#include "network/NetworkPicture.h"
#include "network/NetworkRenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

// GCC 12 at -O2 warns that the QHash inside the optional TierTable of NetworkOptions::filter "may be
// used uninitialized" where a test sets it conditionally; it is not (the optional is engaged or not).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

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

    // One rule for divestments, as the flows have it: Thiel's sale of Nvidia shares ($1bn) is
    // money Thiel received from outside buyers; Nvidia paid nothing.
    void divestmentPaysTheSellerOnly()
    {
        auto measure = [&](SizeMeasure size, const char *company) {
            NetworkOptions options;
            options.sizeMeasure = size;
            const NetworkPicture scene = build(options);
            return scene.nodes()[scene.nodeIndex(QString::fromLatin1(company))].measure;
        };
        QCOMPARE(measure(SizeMeasure::MoneyReceived, "thiel"), 1e9);
        QCOMPARE(measure(SizeMeasure::MoneyPaid, "thiel"), 0.0);
        // Nvidia's money paid is its own deals only, not the shares Thiel sold.
        double nvidiaPaid = 0;
        for (const Deal &d : networkFixture().deals) {
            if (d.from == u"nvidia" && d.amount && d.kind != DealKind::Divestment)
                nvidiaPaid += double(d.amount->usd());
        }
        QCOMPARE(measure(SizeMeasure::MoneyPaid, "nvidia"), nvidiaPaid);
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

    // Merged parallel deals keep firm and up-to money apart: the line is as wide as the firm money,
    // a dashed halo as wide as all of it; one deal alone has no halo.
    void firmAndUpToKeptApart()
    {
        Document document;
        DocumentData data;
        data.companies << CompanyBuilder(QStringLiteral("ms")) << CompanyBuilder(QStringLiteral("an"))
                       << CompanyBuilder(QStringLiteral("nv"));
        data.deals << DealBuilder(QStringLiteral("D1"), QStringLiteral("ms"), QStringLiteral("an")).billions(10)
                   << DealBuilder(QStringLiteral("D2"), QStringLiteral("ms"), QStringLiteral("an"))
                          .billions(5)
                          .amountKind(AmountKind::UpTo)
                   << DealBuilder(QStringLiteral("D3"), QStringLiteral("nv"), QStringLiteral("an"))
                          .billions(15)
                          .amountKind(AmountKind::UpTo);
        document.setData(data);
        NetworkOptions options;
        options.mergeParallel = true;
        NetworkPicture picture;
        picture.build(document, options, {});
        const NetworkEdge &both = picture.edges()[picture.edgeOfDeal(QStringLiteral("D1"))];
        QCOMPARE(both.firmSum, Money::fromUsd(10'000'000'000));
        QCOMPARE(both.uncertainSum, Money::fromUsd(5'000'000'000));
        QCOMPARE(both.sum, Money::fromUsd(15'000'000'000));
        QCOMPARE(both.style, EdgeStyle::Solid);
        QCOMPARE(both.width, NetworkPicture::edgeWidthFor(10e9, 15e9));
        QCOMPARE(both.haloWidth, NetworkPicture::edgeWidthFor(15e9, 15e9));
        QVERIFY(both.haloWidth > both.width);
        // Up to $15bn alone: dashed, as wide as its ceiling, no halo.
        const NetworkEdge &ceiling = picture.edges()[picture.edgeOfDeal(QStringLiteral("D3"))];
        QCOMPARE(ceiling.style, EdgeStyle::Dashed);
        QCOMPARE(ceiling.haloWidth, 0.0);
        QCOMPARE(ceiling.width, NetworkPicture::edgeWidthFor(15e9, 15e9));
        // Not merged: each deal its own line, none with a halo.
        NetworkPicture separate;
        separate.build(document, {}, {});
        for (const NetworkEdge &e : separate.edges())
            QCOMPARE(e.haloWidth, 0.0);

        // Hovering Anthropic: what it received, firm and up-to money apart, never one sum.
        const QString tip = NetworkDealText::companyToolTip(picture, picture.nodeIndex(QStringLiteral("an")),
            Language::English);
        QVERIFY2(tip.contains(QStringLiteral("Received: $10bn committed or reported, up to $20bn more")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("$30bn"))); // never firm and up-to money as one sum
        QVERIFY(tip.contains(QStringLiteral("3 deal(s) shown")));
        const QString payer = NetworkDealText::companyToolTip(picture, picture.nodeIndex(QStringLiteral("nv")),
            Language::English);
        QVERIFY2(payer.contains(QStringLiteral("Paid: $0 committed or reported, up to $15bn more")) ||
                payer.contains(QStringLiteral("Paid: up to $15bn more")), qPrintable(payer));
        QVERIFY(!payer.contains(QStringLiteral("Received")));
    }

    // What the legend lists is worked out with each build: the kinds and styles shown, and
    // nothing left over from the build before.
    void contentsFollowEachBuild()
    {
        const auto check = [](const NetworkPicture &picture) {
            NetworkPicture::Contents expected;
            for (const NetworkNode &node : picture.nodes()) {
                expected.companyKinds |= 1u << int(node.kind);
                expected.unmeasured = expected.unmeasured || node.unmeasured;
            }
            for (const NetworkEdge &edge : picture.edges()) {
                if (edge.mixedKinds)
                    expected.mixedKinds = true;
                else
                    expected.dealKinds |= 1u << int(edge.kind);
                expected.halos = expected.halos || edge.haloWidth > 0;
                expected.superseded = expected.superseded || edge.superseded;
            }
            const NetworkPicture::Contents &got = picture.contents();
            QCOMPARE(got.companyKinds, expected.companyKinds);
            QCOMPARE(got.dealKinds, expected.dealKinds);
            QCOMPARE(got.mixedKinds, expected.mixedKinds);
            QCOMPARE(got.halos, expected.halos);
            QCOMPARE(got.superseded, expected.superseded);
            QCOMPARE(got.unmeasured, expected.unmeasured);
        };
        NetworkPicture picture = build({});
        check(picture);
        QVERIFY(picture.contents().dealKinds != 0);
        NetworkOptions merged;
        merged.mergeParallel = true;
        picture.build(m_document, merged, m_positions);
        check(picture);
        // Only equity deals: the other kinds leave the legend.
        NetworkOptions equity;
        equity.filter.dealKinds.insert(DealKind::Equity);
        picture.build(m_document, equity, m_positions);
        check(picture);
        QCOMPARE(picture.contents().dealKinds & ~(1u << int(DealKind::Equity)), 0u);
        // The bundled dataset, a line per deal: superseded deals among many.
        Document bundled;
        bundled.setData(DocumentFiles::bundled());
        NetworkPicture all;
        all.build(bundled, {}, {});
        check(all);
        QVERIFY(all.contents().superseded);
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
        // The network selects deals with the program's one filter: the same deals as the
        // analyses, the deals table and the report (tst_dealfilter) for the same filter.
        if (steps == 0) {
            QStringList filtered;
            for (const Deal &d : options.filter.apply(m_document.data()).deals)
                filtered << d.id;
            filtered.sort();
            QCOMPARE(shownDeals, filtered);
        }
    }

    // Node sizes count each dollar once over the deals shown: a deal that another shown deal
    // supersedes or contains adds nothing; once that deal is not shown, it counts again.
    void sizesCountEachDollarOnce_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<qint64>("anthropicReceived"); // billions; -1: not shown
        QTest::addColumn<qint64>("openaiReceived");
        QTest::addColumn<qint64>("microsoftPaid");
        QTest::addColumn<qint64>("nvidiaPaid");
        QTest::addColumn<bool>("letterSuperseded");
        // Naively Anthropic received 35, OpenAI 180 and Nvidia paid 130.
        QTest::addRow("all deals") << QStringLiteral("all") << qint64(30) << qint64(80) << qint64(0) << qint64(30)
                                   << true;
        // Before the round and the stake: Microsoft's pledge and the letter were what there was.
        QTest::addRow("until 2025") << QStringLiteral("2025") << qint64(5) << qint64(100) << qint64(5) << qint64(100)
                                    << false;
        // The round's lead is not shown, so Microsoft's part is the only count of its money.
        QTest::addRow("focus on Microsoft")
            << QStringLiteral("focus") << qint64(5) << qint64(-1) << qint64(5) << qint64(-1) << false;
        QTest::addRow("reputable sources only")
            << QStringLiteral("reputable") << qint64(30) << qint64(30) << qint64(0) << qint64(30) << true;
    }
    void sizesCountEachDollarOnce()
    {
        QFETCH(QString, view);
        QFETCH(qint64, anthropicReceived);
        QFETCH(qint64, openaiReceived);
        QFETCH(qint64, microsoftPaid);
        QFETCH(qint64, nvidiaPaid);
        QFETCH(bool, letterSuperseded);
        Document document;
        document.setData(OverlapFixture::data());
        NetworkOptions options;
        if (view == QLatin1String("2025"))
            options.filter.to = QDate(2025, 12, 31);
        if (view == QLatin1String("focus")) {
            options.focusCompany = QStringLiteral("microsoft");
            options.focusSteps = 1;
        }
        if (view == QLatin1String("reputable"))
            options.filter.reputableSources.emplace(document.tiers());
        auto measure = [&](SizeMeasure size, const char *company) -> qint64 {
            options.sizeMeasure = size;
            NetworkPicture picture;
            picture.build(document, options, {});
            const int node = picture.nodeIndex(QString::fromLatin1(company));
            if (node < 0)
                return -1;
            const double usd = picture.nodes()[node].measure;
            return qint64(usd) % 1'000'000'000 == 0 ? qint64(usd) / 1'000'000'000 : -2; // exact billions
        };
        QCOMPARE(measure(SizeMeasure::MoneyReceived, "anthropic"), anthropicReceived);
        QCOMPARE(measure(SizeMeasure::MoneyReceived, "openai"), openaiReceived);
        QCOMPARE(measure(SizeMeasure::MoneyPaid, "microsoft"), microsoftPaid);
        QCOMPARE(measure(SizeMeasure::MoneyPaid, "nvidia"), nvidiaPaid);
        NetworkPicture picture;
        picture.build(document, options, {});
        const int letter = picture.edgeOfDeal(QStringLiteral("D059"));
        QCOMPARE(letter >= 0 && picture.edges()[letter].superseded, letterSuperseded);
        QCOMPARE(picture.statusOf(QStringLiteral("D059")).supersededBy,
            letterSuperseded ? QStringLiteral("D107") : QString());
    }

    void edgesCountEachDollarOnce()
    {
        using OverlapFixture::billions;
        Document document;
        document.setData(OverlapFixture::data());
        NetworkPicture separate;
        separate.build(document, {}, {});
        auto edge
            = [](const NetworkPicture &p, const char *id) { return p.edges()[p.edgeOfDeal(QString::fromLatin1(id))]; };
        // The replaced letter is still drawn, faded, at its own size; its money is not in the sum.
        QVERIFY(edge(separate, "D059").superseded);
        QCOMPARE(edge(separate, "D059").sum, Money());
        QCOMPARE(edge(separate, "D059").uncounted, 1);
        QCOMPARE(edge(separate, "D059").width, NetworkPicture::MaxWidth);
        QVERIFY(!edge(separate, "D107").superseded);
        QCOMPARE(edge(separate, "D107").sum, billions(30));
        // A part of another deal is not replaced: drawn normally, its money counted in the whole.
        QVERIFY(!edge(separate, "D075").superseded);
        QCOMPARE(edge(separate, "D075").sum, Money());
        QCOMPARE(edge(separate, "D075").uncounted, 1);
        QCOMPARE(separate.statusOf(QStringLiteral("D075")).countedIn, QStringLiteral("D100"));
        QVERIFY(separate.statusOf(QStringLiteral("D100")).isCounted());

        NetworkOptions options;
        options.mergeParallel = true;
        NetworkPicture merged;
        merged.build(document, options, {});
        // Nvidia → OpenAI: the letter and the stake on one edge, $30bn and not $130bn.
        const NetworkEdge &nvidia = edge(merged, "D107");
        QCOMPARE(merged.edgeOfDeal(QStringLiteral("D059")), merged.edgeOfDeal(QStringLiteral("D107")));
        QCOMPARE(nvidia.dealIds.size(), 2);
        QCOMPARE(nvidia.sum, billions(30));
        QCOMPARE(nvidia.uncounted, 1);
        QVERIFY(!nvidia.superseded); // a deal of it counts
        // The widest edge is the fund's $50bn into OpenAI, not the $130bn of a naive sum.
        QCOMPARE(edge(merged, "D200").width, NetworkPicture::MaxWidth);
        QCOMPARE(nvidia.width, NetworkPicture::edgeWidthFor(30e9, 50e9));
        Money total;
        for (const NetworkEdge &e : merged.edges())
            total += e.sum;
        QCOMPARE(total, billions(30 + 30 + 50)); // D100, D107, D200
    }

    // Only figures backed by a primary source or a news outlet, as the document rates publishers.
    void reputableOnlyHidesUnratedDeals_data()
    {
        QTest::addColumn<QString>("rating"); // the document's rating of pjfp.com, or empty
        QTest::addColumn<bool>("shown");
        QTest::addRow("built-in tiers") << QString() << false;
        QTest::addRow("document rates it a news outlet") << QStringLiteral("news_outlet") << true;
        QTest::addRow("document rates it trade press") << QStringLiteral("trade_press") << false;
    }
    void reputableOnlyHidesUnratedDeals()
    {
        QFETCH(QString, rating);
        QFETCH(bool, shown);
        Document document;
        document.setData(OverlapFixture::data());
        if (!rating.isEmpty())
            document.setSourceTiers({SourceTierRule {QStringLiteral("pjfp.com"), *enumFromKey<SourceTier>(rating)}});
        NetworkOptions options;
        NetworkPicture picture;
        picture.build(document, options, {});
        QVERIFY(picture.edgeOfDeal(QStringLiteral("D200")) >= 0); // without the filter
        options.filter.reputableSources = document.tiers();
        picture.build(document, options, {});
        QCOMPARE(picture.edgeOfDeal(QStringLiteral("D200")) >= 0, shown);
        // The round has the FT besides the aggregator; the others are primary sources or news outlets.
        for (const char *id : {"D100", "D075", "D059", "D107"})
            QVERIFY2(picture.edgeOfDeal(QString::fromLatin1(id)) >= 0, id);
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

    // The legend's discs are as large as companies of that measure at each zoom level (at 160 %
    // Anthropic's disc and the legend's disc of its size agree), within the room the legend has.
    void legendFollowsTheZoom_data()
    {
        QTest::addColumn<double>("zoom");
        for (double zoom : {0.25, 0.5, 1.0, 1.6, 3.0, 8.0})
            QTest::addRow("%d %%", int(zoom * 100)) << zoom;
    }
    void legendFollowsTheZoom()
    {
        QFETCH(double, zoom);
        const NetworkPicture scene = build({});
        const NetworkPainter painter(scene, Language::English);
        const QList<NetworkPainter::LegendDisc> discs = painter.legendDiscs(zoom);
        QVERIFY(!discs.isEmpty());
        for (const NetworkPainter::LegendDisc &disc : discs) {
            QCOMPARE(disc.radius, scene.radiusFor(disc.value) * zoom);
            QVERIFY(disc.radius <= NetworkPainter::largestLegendDisc(zoom) + 1e-9);
            QVERIFY(disc.value <= scene.maxMeasure());
            // Round: one or two significant digits.
            const double magnitude = std::pow(10.0, std::floor(std::log10(disc.value)) - 1);
            QVERIFY2(std::abs(disc.value / magnitude - std::round(disc.value / magnitude)) < 1e-6,
                qPrintable(QString::number(disc.value)));
        }
        if (NetworkPicture::MaxRadius * zoom <= NetworkPainter::largestLegendDisc(zoom))
            QCOMPARE(discs.first().value, NetworkPainter::legendSizes(scene.maxMeasure()).first());
        else
            QVERIFY(discs.first().value < NetworkPainter::legendSizes(scene.maxMeasure()).first());
    }

    // Sized by latest valuation, a company without one is marked: hollow with a dashed outline,
    // explained in the legend and in its tool tip.
    void companiesWithoutValuationAreMarked()
    {
        NetworkOptions options;
        options.sizeMeasure = SizeMeasure::Valuation;
        const NetworkPicture scene = build(options);
        int unmeasured = 0;
        for (const NetworkNode &node : scene.nodes()) {
            QCOMPARE(node.unmeasured, m_document.valuationsOf(node.id).isEmpty());
            unmeasured += node.unmeasured ? 1 : 0;
        }
        QVERIFY(unmeasured > 0 && unmeasured < int(scene.nodes().size()));
        const NetworkPicture byMoney = build({});
        for (const NetworkNode &node : byMoney.nodes())
            QVERIFY(!node.unmeasured);

        // Drawn hollow: the centre of a company without a valuation is white, of one with a
        // valuation its kind's colour.
        QImage image(1200, 800, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.translate(400, 200);
            NetworkPainter(scene, Language::English).paintWorld(&p, QRectF(-400, -200, 1200, 800), 1, {});
        }
        for (const NetworkNode &node : scene.nodes()) {
            const QColor centre = image.pixelColor((node.pos + QPointF(400, 200)).toPoint());
            if (node.unmeasured)
                QCOMPARE(centre, QColor(Qt::white));
            else
                QVERIFY(centre != QColor(Qt::white));
        }
        const QString tip = NetworkDealText::companyToolTip(
            scene, scene.nodeIndex(QStringLiteral("thiel")), Language::English);
        QVERIFY2(tip.contains(QStringLiteral("no valuation in the data")), qPrintable(tip));
        QVERIFY(!NetworkDealText::companyToolTip(scene, scene.nodeIndex(QStringLiteral("anthropic")), Language::English)
                     .contains(QStringLiteral("no valuation")));
    }

    // The legend goes to the corner where it hides the fewest companies, and stays there while
    // that corner is not clearly worse.
    void legendTakesTheEmptiestCorner()
    {
        const NetworkPicture scene = build({}); // companies from (-300, 0) to (600, 300)
        const NetworkPainter painter(scene, Language::English);
        const QRectF device(0, 0, 1000, 400);
        // Microsoft (0, 0) at the top left of the view.
        const QTransform crowdedTopLeft = QTransform::fromTranslate(40, 40);
        const QSizeF legend(200, 120);
        QVERIFY(painter.leastCoveredCorner(crowdedTopLeft, device, legend, 1) != Qt::TopLeftCorner);
        // Nothing under any corner: top left.
        const QTransform centred = QTransform::fromScale(0.5, 0.5) * QTransform::fromTranslate(900, 300);
        QCOMPARE(painter.leastCoveredCorner(centred, QRectF(0, 0, 2000, 800), legend, 0.5), Qt::TopLeftCorner);
        // Where it is, it stays when nothing is gained.
        QCOMPARE(painter.leastCoveredCorner(centred, QRectF(0, 0, 2000, 800), legend, 0.5, Qt::BottomRightCorner),
            Qt::BottomRightCorner);
        const QRectF placed = painter.paintLegend(nullptr, device, 1, Qt::BottomRightCorner);
        QCOMPARE(placed.bottomRight(), device.bottomRight() - QPointF(10, 10));
    }

    // The largest companies by the size measure are always named, in both languages and at
    // several view sizes: a smaller name gives way, never a hub's.
    // A tall figure (the report's portrait page) puts the legend below, in columns, and gives the
    // network the width; a wide one keeps it on the left.
    void legendBelowATallFigure()
    {
        Document document;
        document.setData(DocumentFiles::bundled());
        NetworkRenderOptions options;
        const NetworkRenderer renderer(document, options);
        const QRectF tall(0, 0, 660, 860);
        const NetworkRenderer::Placement below = renderer.placement(tall);
        QCOMPARE(below.corner, Qt::BottomLeftCorner);
        QVERIFY(below.legend.top() > below.plot.bottom());
        QVERIFY(tall.contains(below.legend));
        QVERIFY(below.plot.width() >= tall.width() - 40);
        QVERIFY(below.plot.height() >= tall.height() / 2);
        const QRectF wide(0, 0, 1600, 1000);
        const NetworkRenderer::Placement beside = renderer.placement(wide);
        QCOMPARE(beside.corner, Qt::TopLeftCorner);
        QVERIFY(beside.legend.right() < beside.plot.left());
    }

    void hubsAreAlwaysNamed_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("measure");
        for (Language language : {Language::English, Language::German}) {
            for (QSize size : {QSize(1366, 560), QSize(900, 520), QSize(1800, 900)}) {
                for (SizeMeasure measure : {SizeMeasure::MoneyReceived, SizeMeasure::Valuation, SizeMeasure::DealCount})
                    QTest::addRow("%s %dx%d m%d", language == Language::German ? "de" : "en", size.width(),
                        size.height(), int(measure))
                        << int(language) << size << int(measure);
            }
        }
    }
    void hubsAreAlwaysNamed()
    {
        QFETCH(int, language);
        QFETCH(QSize, size);
        QFETCH(int, measure);
        Translations translations;
        translations.apply(Language(language));
        Document document;
        document.setData(DocumentFiles::bundled());
        NetworkOptions options;
        options.sizeMeasure = SizeMeasure(measure);
        NetworkPicture scene;
        scene.build(document, options, NetworkRenderer::defaultPositions(document));
        const QRectF device(QPointF(0, 0), QSizeF(size));
        const QRectF world = scene.bounds();
        const double scale = std::min(device.width() / world.width(), device.height() / world.height());
        QTransform toDevice;
        toDevice.translate(device.center().x(), device.center().y());
        toDevice.scale(scale, scale);
        toDevice.translate(-world.center().x(), -world.center().y());
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const NetworkPainter networkPainter(scene, Language(language));
        const QRectF legend = networkPainter.paintLegend(&painter, device, scale,
            networkPainter.leastCoveredCorner(toDevice, device, networkPainter.paintLegend(nullptr, device, scale).size(),
                scale));
        QHash<QString, QRectF> placed;
        networkPainter.paintLabels(&painter, toDevice, device, scale, {}, {legend}, false, &placed);
        int hubs = 0;
        for (const NetworkNode &node : scene.nodes()) {
            if (node.rank >= NetworkPainter::AlwaysLabelled || node.measure <= 0
                || !device.contains(toDevice.map(node.pos)))
                continue;
            ++hubs;
            QVERIFY2(placed.contains(node.id), qPrintable(node.name));
        }
        QVERIFY(hubs >= 5);
        translations.apply(Language::English);
    }

    // Discs never cover each other: laid on one spot, or crowded, they are moved apart; a company
    // placed by hand stays.
    void discsAreMovedApart_data()
    {
        QTest::addColumn<int>("crowd");
        QTest::addRow("one spot") << 0;
        QTest::addRow("crowded") << 1;
    }
    void discsAreMovedApart()
    {
        QFETCH(int, crowd);
        QHash<QString, QPointF> positions;
        int k = 0;
        for (const QString &id : m_positions.keys()) {
            positions.insert(id, crowd ? QPointF(3 * k, 2 * k) : QPointF(10, 10));
            ++k;
        }
        NetworkPicture scene;
        scene.build(m_document, {}, positions);
        const QSet<QString> pinned {QStringLiteral("nvidia")};
        const QHash<QString, QPointF> moved = scene.separateDiscs(pinned, 8);
        QVERIFY(!moved.contains(QStringLiteral("nvidia")));
        QCOMPARE(scene.nodes()[scene.nodeIndex(QStringLiteral("nvidia"))].pos, positions.value(QStringLiteral("nvidia")));
        QVERIFY(!moved.isEmpty());
        for (size_t i = 0; i < scene.nodes().size(); ++i) {
            for (size_t j = i + 1; j < scene.nodes().size(); ++j) {
                const NetworkNode &a = scene.nodes()[i], &b = scene.nodes()[j];
                QVERIFY2(QLineF(a.pos, b.pos).length() >= a.radius + b.radius + 8 - 0.05,
                    qPrintable(a.id + QStringLiteral(" / ") + b.id));
            }
        }
        // Apart already: nothing moves.
        QVERIFY(scene.separateDiscs(pinned, 8).isEmpty());
    }

    // The bundled network as exported (the default layout): no two discs overlap.
    void bundledDiscsDoNotOverlap()
    {
        Document document;
        document.setData(DocumentFiles::bundled());
        const NetworkRenderer renderer(document, {});
        const NetworkPicture &scene = renderer.scene();
        for (size_t i = 0; i < scene.nodes().size(); ++i) {
            for (size_t j = i + 1; j < scene.nodes().size(); ++j) {
                const NetworkNode &a = scene.nodes()[i], &b = scene.nodes()[j];
                QVERIFY2(QLineF(a.pos, b.pos).length() >= a.radius + b.radius,
                    qPrintable(a.id + QStringLiteral(" / ") + b.id));
            }
        }
    }

    // The legend's size discs show readable round values, the larger never above the largest company.
    void legendSizesAreRound_data()
    {
        QTest::addColumn<double>("maxMeasure");
        QTest::addColumn<QList<double>>("sizes");
        QTest::addRow("132.45 bn") << 132.45e9 << QList<double> {130e9, 30e9};
        QTest::addRow("1.4 tn") << 1.4e12 << QList<double> {1.4e12, 400e9};
        QTest::addRow("52 bn") << 52e9 << QList<double> {52e9, 10e9};
        QTest::addRow("9 deals") << 9.0 << QList<double> {9.0, 2.0};
        QTest::addRow("1 deal") << 1.0 << QList<double> {1.0};
        QTest::addRow("nothing") << 0.0 << QList<double> {};
    }
    void legendSizesAreRound()
    {
        QFETCH(double, maxMeasure);
        QFETCH(QList<double>, sizes);
        const QList<double> actual = NetworkPainter::legendSizes(maxMeasure);
        QCOMPARE(actual.size(), sizes.size());
        for (qsizetype i = 0; i < sizes.size(); ++i)
            QVERIFY2(qFuzzyCompare(actual[i], sizes[i]), qPrintable(QString::number(actual[i])));
        if (!actual.isEmpty())
            QVERIFY(actual.first() <= maxMeasure);
    }
};

QTEST_MAIN(TestNetworkPicture)
#include "tst_networkpicture.moc"
