#include "document/Document.h"
#include "support/Builders.h"
#include "timeline/TimelineData.h"

#include <QTest>

namespace {
Money bn(const char16_t *text)
{
    return *Money::fromBillionsString(QStringView(text));
}

Valuation valuation(const QString &id, const QString &company, QDate date, DatePrecision precision, Money value,
    ValuationKind kind = ValuationKind::PostMoney)
{
    return Valuation {id, company, FuzzyDate(date, precision), value, kind,
        {Source {QStringLiteral("https://example.com/") + id, id}}};
}

// A small known dataset: Anthropic with values of every precision (inserted out of order),
// OpenAI with one day-precise secondary, deals in and out.
DocumentData knownData()
{
    DocumentData d;
    d.companies = {Company {QStringLiteral("anthropic"), QStringLiteral("Anthropic"), CompanyKind::AiLab, {}, {}, {}},
        Company {QStringLiteral("openai"), QStringLiteral("OpenAI"), CompanyKind::AiLab, {}, {}, {}},
        Company {QStringLiteral("lightspeed"), QStringLiteral("Lightspeed"), CompanyKind::Investor, {}, {}, {}}};
    d.valuations = {valuation(QStringLiteral("V4"), QStringLiteral("anthropic"), QDate(2025, 9, 1),
                        DatePrecision::Month, bn(u"183")),
        valuation(
            QStringLiteral("V1"), QStringLiteral("anthropic"), QDate(2023, 1, 1), DatePrecision::Year, bn(u"4.1")),
        valuation(
            QStringLiteral("V3"), QStringLiteral("anthropic"), QDate(2025, 3, 1), DatePrecision::Month, bn(u"61.5")),
        valuation(
            QStringLiteral("V2"), QStringLiteral("anthropic"), QDate(2024, 1, 1), DatePrecision::Quarter, bn(u"15")),
        valuation(QStringLiteral("V5"), QStringLiteral("openai"), QDate(2024, 10, 2), DatePrecision::Day, bn(u"157"),
            ValuationKind::Secondary)};
    Deal in;
    in.id = QStringLiteral("D1");
    in.date = FuzzyDate(QDate(2025, 3, 1), DatePrecision::Month);
    in.from = QStringLiteral("lightspeed");
    in.to = QStringLiteral("anthropic");
    in.amount = bn(u"3.5");
    in.sources = {Source {QStringLiteral("https://example.com/d1"), QStringLiteral("D1")}};
    Deal out;
    out.id = QStringLiteral("D2");
    out.date = FuzzyDate(QDate(2025, 6, 15), DatePrecision::Day);
    out.from = QStringLiteral("anthropic");
    out.to = QStringLiteral("openai");
    out.kind = DealKind::Compute;
    out.sources = {Source {QStringLiteral("https://example.com/d2"), QStringLiteral("D2")}};
    d.deals = {out, in};
    return d;
}
} // namespace

class TestTimelineData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->setData(knownData());
    }

    void pointsInDateOrderWithExactValues()
    {
        const TimelineData data = buildTimeline(*m_document, {{QStringLiteral("anthropic")}, {}, {}});
        QCOMPARE(data.series.size(), 1);
        const TimelineSeries &s = data.series.first();
        QCOMPARE(s.companyName, QStringLiteral("Anthropic"));
        QStringList ids;
        for (const TimelinePoint &p : s.points)
            ids << p.valuationId;
        QCOMPARE(ids,
            (QStringList {QStringLiteral("V1"), QStringLiteral("V2"), QStringLiteral("V3"), QStringLiteral("V4")}));
        QCOMPARE(s.points.at(2).value.usd(), qint64(61'500'000'000));
        QCOMPARE(s.points.at(2).billions, 61.5);
        QCOMPARE(s.points.at(3).value, Money::fromUsd(183'000'000'000));
        QCOMPARE(data.maxBillions, 183.0);
        QCOMPARE(data.minBillions, 4.1);
        QCOMPARE(s.points.at(0).sources.first().title, QStringLiteral("V1"));
    }

    void precision_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QDate>("drawn");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addRow("year") << 0 << QDate(2023, 7, 2) << QDate(2023, 1, 1) << QDate(2023, 12, 31);
        QTest::addRow("quarter") << 1 << QDate(2024, 2, 15) << QDate(2024, 1, 1) << QDate(2024, 3, 31);
        QTest::addRow("month") << 2 << QDate(2025, 3, 16) << QDate(2025, 3, 1) << QDate(2025, 3, 31);
    }
    void precision()
    {
        QFETCH(int, index);
        QFETCH(QDate, drawn);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const TimelinePoint p
            = buildTimeline(*m_document, {{QStringLiteral("anthropic")}, {}, {}}).series.first().points.at(index);
        QCOMPARE(p.date, drawn);
        QCOMPARE(p.periodStart, start);
        QCOMPARE(p.periodEnd, end);
    }

    void dayPrecisionIsOneDay()
    {
        const TimelinePoint p
            = buildTimeline(*m_document, {{QStringLiteral("openai")}, {}, {}}).series.first().points.first();
        QCOMPARE(p.date, QDate(2024, 10, 2));
        QCOMPARE(p.periodStart, p.periodEnd);
        QCOMPARE(p.kind, ValuationKind::Secondary);
    }

    void growthSteps()
    {
        const TimelineSeries s = buildTimeline(*m_document, {{QStringLiteral("anthropic")}, {}, {}}).series.first();
        QCOMPARE(s.steps.size(), 3);
        const GrowthStep last = s.steps.last();
        QCOMPARE(last.fromIndex, 2);
        QCOMPARE(last.toIndex, 3);
        QCOMPARE(last.months, 6);
        QCOMPARE(QString::number(last.factor, 'f', 1), QStringLiteral("3.0"));
        QVERIFY(qAbs(last.factor - 183.0 / 61.5) < 1e-12);
    }

    void rangeKeepsOverlappingPeriods_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("from 2025") << QDate(2025, 1, 1) << QDate()
                                   << QStringList {QStringLiteral("V3"), QStringLiteral("V4")};
        QTest::addRow("year overlaps") << QDate(2023, 6, 1) << QDate(2024, 1, 31)
                                       << QStringList {QStringLiteral("V1"), QStringLiteral("V2")};
        QTest::addRow("month end") << QDate(2025, 3, 31) << QDate(2025, 8, 31) << QStringList {QStringLiteral("V3")};
    }
    void rangeKeepsOverlappingPeriods()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, ids);
        TimelineOptions options {{QStringLiteral("anthropic")}, from, {}};
        if (to.isValid())
            options.to = to;
        QStringList actual;
        const TimelineData data = buildTimeline(*m_document, options);
        for (const TimelinePoint &p : data.series.first().points)
            actual << p.valuationId;
        QCOMPARE(actual, ids);
    }

    void dealsInAndOut()
    {
        const TimelineData one = buildTimeline(*m_document, {{QStringLiteral("anthropic")}, {}, {}});
        QCOMPARE(one.deals.size(), 2);
        QCOMPARE(one.deals.at(0).dealId, QStringLiteral("D1")); // by date
        QVERIFY(one.deals.at(0).incoming);
        QCOMPARE(one.deals.at(0).amount, std::optional<Money>(bn(u"3.5")));
        QCOMPARE(one.deals.at(1).dealId, QStringLiteral("D2"));
        QVERIFY(!one.deals.at(1).incoming);
        QCOMPARE(one.deals.at(1).counterpartyId, QStringLiteral("openai"));
        QVERIFY(!one.deals.at(1).amount);

        // A deal between two selected companies shows for each of them.
        const TimelineData two
            = buildTimeline(*m_document, {{QStringLiteral("openai"), QStringLiteral("anthropic")}, {}, {}});
        QCOMPARE(two.series.at(0).companyId, QStringLiteral("openai"));
        QCOMPARE(two.series.at(1).companyId, QStringLiteral("anthropic"));
        int d2 = 0;
        for (const DealMarker &m : two.deals)
            d2 += m.dealId == QStringLiteral("D2");
        QCOMPARE(d2, 2);
        QCOMPARE(two.first, QDate(2023, 1, 1));
        QCOMPARE(two.last, QDate(2025, 9, 30));
        QCOMPARE(two.sources().size(), 7);
    }

    // Anthropic from $4.1bn to $183bn spans 45×: a log scale; OpenAI's one value does not.
    void logScaleFollowsTheSeriesShown_data()
    {
        QTest::addColumn<QStringList>("companies");
        QTest::addColumn<bool>("logarithmic");
        QTest::addRow("anthropic") << QStringList {QStringLiteral("anthropic")} << true;
        QTest::addRow("openai") << QStringList {QStringLiteral("openai")} << false;
        QTest::addRow("both") << QStringList {QStringLiteral("openai"), QStringLiteral("anthropic")} << true;
        QTest::addRow("none") << QStringList() << false;
    }
    void logScaleFollowsTheSeriesShown()
    {
        QFETCH(QStringList, companies);
        QFETCH(bool, logarithmic);
        QCOMPARE(buildTimeline(*m_document, {companies, {}, {}}).prefersLogScale(), logarithmic);
        // From 2025 on Anthropic spans $61.5bn to $183bn, 3×: linear.
        QVERIFY(!buildTimeline(*m_document, {{QStringLiteral("anthropic")}, QDate(2025, 1, 1), {}}).prefersLogScale());
    }

    // A point knows when its sources report another value than the one chosen.
    void pointsKnowWhenSourcesDisagree_data()
    {
        QTest::addColumn<QList<qint64>>("claims"); // billions each source reports; 0: no claim
        QTest::addColumn<bool>("disagree");
        QTest::addRow("no claims") << QList<qint64> {0, 0} << false;
        QTest::addRow("claims agree") << QList<qint64> {965, 965} << false;
        QTest::addRow("one claims another figure") << QList<qint64> {965, 900} << true;
        QTest::addRow("claims differ from the chosen value") << QList<qint64> {1000} << true;
    }
    void pointsKnowWhenSourcesDisagree()
    {
        QFETCH(QList<qint64>, claims);
        QFETCH(bool, disagree);
        DocumentData data = knownData();
        Valuation v = data.valuations.first();
        v.id = QStringLiteral("V9");
        v.date = FuzzyDate(QDate(2026, 5, 28), DatePrecision::Day);
        v.value = Money::fromUsd(965'000'000'000);
        v.sources.clear();
        for (int i = 0; i < claims.size(); ++i) {
            Source s(QStringLiteral("https://example.com/v9/%1").arg(i), QStringLiteral("Page %1").arg(i));
            if (claims.at(i))
                s.claimedAmount = Money::fromUsd(claims.at(i) * 1'000'000'000);
            v.sources << s;
        }
        data.valuations << v;
        Document document;
        document.setData(data);
        const TimelineData timeline = buildTimeline(document, {{QStringLiteral("anthropic")}, {}, {}});
        const TimelinePoint &last = timeline.series.first().points.last();
        QCOMPARE(last.valuationId, QStringLiteral("V9"));
        QCOMPARE(last.sourcesDisagree, disagree);
        QVERIFY(!timeline.series.first().points.first().sourcesDisagree);
    }

    // Deals whose money another deal on the timeline counts are marked so: the superseded letter
    // and the part of a larger deal; outside the timeline's range the letter counts again.
    void dealMarkersKnowWhatOtherDealsCount()
    {
        DocumentData data = knownData();
        data.deals << DealBuilder(QStringLiteral("D3"), QStringLiteral("lightspeed"), QStringLiteral("anthropic"))
                          .billions(100)
                          .amountKind(AmountKind::UpTo)
                          .on(QDate(2025, 4, 1))
                   << DealBuilder(QStringLiteral("D4"), QStringLiteral("lightspeed"), QStringLiteral("anthropic"))
                          .billions(30)
                          .on(QDate(2025, 8, 1))
                          .supersedes({QStringLiteral("D3")})
                   << DealBuilder(QStringLiteral("D5"), QStringLiteral("lightspeed"), QStringLiteral("anthropic"))
                          .billions(5)
                          .on(QDate(2025, 8, 1))
                          .partOf({QStringLiteral("D4")});
        Document document;
        document.setData(data);
        const TimelineData timeline = buildTimeline(document, {{QStringLiteral("anthropic")}, {}, {}});
        QHash<QString, const DealMarker *> byId;
        for (const DealMarker &m : timeline.deals)
            byId.insert(m.dealId, &m);
        QCOMPARE(byId.size(), 5);
        QCOMPARE(byId.value(QStringLiteral("D3"))->supersededBy, QStringLiteral("D4"));
        QVERIFY(!byId.value(QStringLiteral("D3"))->countsInTotals());
        QCOMPARE(byId.value(QStringLiteral("D5"))->countedIn, QStringLiteral("D4"));
        QVERIFY(!byId.value(QStringLiteral("D5"))->countsInTotals());
        for (const QString &id : {QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D4")})
            QVERIFY2(byId.value(id)->countsInTotals(), qPrintable(id));

        const TimelineData before = buildTimeline(document, {{QStringLiteral("anthropic")}, {}, QDate(2025, 6, 30)});
        for (const DealMarker &m : before.deals)
            QVERIFY2(m.countsInTotals(), qPrintable(m.dealId));
    }

    void unknownAndEmpty()
    {
        const TimelineData data
            = buildTimeline(*m_document, {{QStringLiteral("nobody"), QStringLiteral("lightspeed")}, {}, {}});
        QCOMPARE(data.series.size(), 1);
        QVERIFY(data.series.first().points.isEmpty());
        QVERIFY(!data.hasPoints());
        QCOMPARE(data.deals.size(), 1);
        QVERIFY(!data.deals.first().incoming);
    }

    void monthsBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("months");
        QTest::addRow("half year") << QDate(2025, 3, 16) << QDate(2025, 9, 15) << 6;
        QTest::addRow("year") << QDate(2024, 2, 15) << QDate(2025, 2, 15) << 12;
        QTest::addRow("same") << QDate(2024, 2, 15) << QDate(2024, 2, 15) << 0;
    }
    void monthsBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, months);
        QCOMPARE(::monthsBetween(from, to), months);
    }

private:
    std::unique_ptr<Document> m_document;
};

QTEST_GUILESS_MAIN(TestTimelineData)
#include "tst_timelinedata.moc"
