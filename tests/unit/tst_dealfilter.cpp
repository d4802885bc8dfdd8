// The program's one deal filter (model/DealFilter.h): the part of a document it covers (deals
// whose period overlaps the date range and that involve a named company, the companies they
// touch, and valuations), one notion of a company's name, and the same deals in every consumer:
// the filtered graph the analyses run on, the analysis itself, the deals table, the report and
// the timeline's date range.
#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "graph/FilteredDealGraph.h"
#include "itemmodels/DealFilterProxy.h"
#include "itemmodels/DealTableModel.h"
#include "report/ReportFilter.h"
#include "support/Builders.h"

#include <QTest>

namespace {
Company company(const char *id, const char *name)
{
    return CompanyBuilder(QString::fromLatin1(id)).name(QString::fromLatin1(name));
}

Deal deal(const char *id, const char *from, const char *to, QDate date, DatePrecision precision)
{
    return DealBuilder(QString::fromLatin1(id), QString::fromLatin1(from), QString::fromLatin1(to))
        .on(date, precision)
        .sources({});
}

Valuation valuation(const char *id, const char *companyId, QDate date)
{
    return ValuationBuilder(QString::fromLatin1(id), QString::fromLatin1(companyId)).on(date);
}

// A→B in March 2024 (month), B→C on 15 January 2025, C→D in Q2 2025; E has no deals.
DocumentData fixture()
{
    DocumentData data;
    data.title = QStringLiteral("Fixture");
    data.companies = {company("a", "Alpha"), company("b", "Beta"), company("c", "Gamma"), company("d", "Delta"),
        company("e", "Epsilon")};
    data.deals = {deal("D1", "a", "b", QDate(2024, 3, 1), DatePrecision::Month),
        deal("D2", "b", "c", QDate(2025, 1, 15), DatePrecision::Day),
        deal("D3", "c", "d", QDate(2025, 4, 1), DatePrecision::Quarter)};
    data.valuations = {valuation("V1", "a", QDate(2024, 5, 1)), valuation("V2", "d", QDate(2025, 7, 1))};
    return data;
}

// Deals of every kind, company kind and certainty: a lab (an AI lab), a cloud, a chip maker and an
// investor; E6 supersedes E3.
DocumentData mixedFixture()
{
    DocumentData data;
    data.companies = {CompanyBuilder(QStringLiteral("lab")).name(QStringLiteral("Lab")).kind(CompanyKind::AiLab),
        CompanyBuilder(QStringLiteral("cloud")).name(QStringLiteral("Cloud")).kind(CompanyKind::Cloud),
        CompanyBuilder(QStringLiteral("chips")).name(QStringLiteral("Chips")).kind(CompanyKind::Chips),
        CompanyBuilder(QStringLiteral("fund")).name(QStringLiteral("Fund")).kind(CompanyKind::Investor)};
    data.deals = {DealBuilder(QStringLiteral("E1"), QStringLiteral("fund"), QStringLiteral("lab"))
                      .billions(2)
                      .on(QDate(2024, 6, 1), DatePrecision::Month),
        DealBuilder(QStringLiteral("E2"), QStringLiteral("lab"), QStringLiteral("cloud"))
            .kind(DealKind::Compute)
            .billions(30)
            .on(QDate(2025, 1, 1), DatePrecision::Year),
        DealBuilder(QStringLiteral("E3"), QStringLiteral("fund"), QStringLiteral("cloud"))
            .on(QDate(2025, 4, 10)),
        DealBuilder(QStringLiteral("E4"), QStringLiteral("cloud"), QStringLiteral("chips"))
            .kind(DealKind::Compute)
            .billions(10)
            .amountKind(AmountKind::UpTo)
            .on(QDate(2025, 7, 1), DatePrecision::Quarter),
        DealBuilder(QStringLiteral("E5"), QStringLiteral("chips"), QStringLiteral("lab"))
            .billions(1)
            .on(QDate(2025, 11, 20)),
        DealBuilder(QStringLiteral("E6"), QStringLiteral("fund"), QStringLiteral("cloud"))
            .billions(4)
            .supersedes({QStringLiteral("E3")})
            .on(QDate(2026, 2, 1))};
    return data;
}

QStringList dealIds(const DocumentData &data)
{
    QStringList ids;
    for (const Deal &d : data.deals)
        ids << d.id;
    ids.sort();
    return ids;
}

// "a b c" → {"a", "b", "c"}
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

QStringList ids(const DocumentData &data)
{
    QStringList result;
    for (const Company &c : data.companies)
        result << c.id;
    for (const Deal &d : data.deals)
        result << d.id;
    for (const Valuation &v : data.valuations)
        result << v.id;
    return result;
}
} // namespace

class TestDealFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("kept");
        QTest::addRow("everything") << QDate() << QDate() << QStringList() << words("a b c d e D1 D2 D3 V1 V2");
        QTest::addRow("from 2025") << QDate(2025, 1, 1) << QDate() << QStringList() << words("b c d D2 D3 V2");
        // A month-precise deal is in a range that overlaps its month.
        QTest::addRow("to mid-March 2024") << QDate() << QDate(2024, 3, 15) << QStringList() << words("a b D1");
        // Names are matched ignoring case; only the named company's valuations are kept.
        QTest::addRow("one company") << QDate() << QDate() << words("gamma") << words("b c d D2 D3");
        // A quarter-precise deal overlaps a range that starts inside its quarter.
        QTest::addRow("company and range") << QDate(2025, 5, 1) << QDate() << words("Delta") << words("c d D3 V2");
        QTest::addRow("nothing in range") << QDate(2026, 1, 1) << QDate() << QStringList() << QStringList();
    }
    void apply()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, names);
        QFETCH(QStringList, kept);
        DealFilter selection;
        if (from.isValid())
            selection.from = from;
        if (to.isValid())
            selection.to = to;
        QStringList unknown;
        selection.companies = CompanyNames::idsOf(fixture().companies, names, &unknown);
        QVERIFY(unknown.isEmpty());
        const DocumentData result = selection.apply(fixture());
        QCOMPARE(ids(result), kept);
        QCOMPARE(result.title, QStringLiteral("Fixture"));
    }

    void unknownNames()
    {
        QStringList unknown;
        const QSet<QString> ids = CompanyNames::idsOf(fixture().companies,
            {QStringLiteral("alpha"), QStringLiteral("Nobody"), QStringLiteral(" DELTA ")}, &unknown);
        QCOMPARE(unknown, QStringList {QStringLiteral("Nobody")});
        QCOMPARE(ids, (QSet<QString> {QStringLiteral("a"), QStringLiteral("d")}));
    }

    void oneNotionOfTheSameName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("same");
        QTest::addRow("case") << QStringLiteral("nvidia") << true;
        QTest::addRow("white space") << QStringLiteral("  NVIDIA ") << true;
        QTest::addRow("other") << QStringLiteral("Nvidia Corp") << false;
    }
    void oneNotionOfTheSameName()
    {
        QFETCH(QString, typed);
        QFETCH(bool, same);
        QCOMPARE(CompanyNames::same(typed, QStringLiteral("Nvidia")), same);
        // The graph's look-up by name (dialogs, search, --paths) follows the same rule.
        DocumentData data;
        data.companies = {company("n", "Nvidia")};
        Document document;
        document.setData(data);
        QCOMPARE(document.graph().companyByName(typed) != nullptr, same);
    }

    void bestMatch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("found"); // an id, or empty
        QTest::addRow("same name") << QStringLiteral("open ai") << QStringLiteral("openai2");
        QTest::addRow("prefix, shortest first") << QStringLiteral("nvid") << QStringLiteral("nvidia");
        QTest::addRow("prefix, any case") << QStringLiteral("OPEN") << QStringLiteral("openai");
        QTest::addRow("a word's start") << QStringLiteral("google") << QStringLiteral("alphabet");
        QTest::addRow("inside a word") << QStringLiteral("phab") << QStringLiteral("alphabet");
        QTest::addRow("nothing") << QStringLiteral("meta") << QString();
        QTest::addRow("blank") << QStringLiteral("  ") << QString();
    }
    void bestMatch()
    {
        QFETCH(QString, typed);
        QFETCH(QString, found);
        const QList<Company> companies {company("nvidia", "Nvidia"), company("nvidiafund", "Nvidia Ventures"),
            company("openai", "OpenAI"), company("openai2", "Open AI"), company("alphabet", "Alphabet (Google)")};
        QList<const Company *> pointers;
        for (const Company &c : companies)
            pointers << &c;
        const Company *match = CompanyNames::bestMatch(pointers, typed);
        QCOMPARE(match ? match->id : QString(), found);
    }

    // The same filter selects the same deals in every consumer.
    void sameDealsEverywhere_data()
    {
        QTest::addColumn<int>("filterNumber");
        QTest::addColumn<QStringList>("deals");
        QTest::addRow("none") << 0 << words("E1 E2 E3 E4 E5 E6");
        QTest::addRow("year-precise deal overlaps March") << 1 << words("E2 E3 E4 E5");
        QTest::addRow("compute deals") << 2 << words("E2 E4");
        // Both companies of a deal must be of the kinds.
        QTest::addRow("clouds and chip makers") << 3 << words("E4");
        QTest::addRow("one company") << 4 << words("E1 E2 E5");
        QTest::addRow("at least $5bn") << 5 << words("E2 E4");
        QTest::addRow("superseded left out") << 6 << words("E1 E2 E4 E5 E6");
    }
    void sameDealsEverywhere()
    {
        QFETCH(int, filterNumber);
        QFETCH(QStringList, deals);
        const DocumentData data = mixedFixture();
        DealFilter filter;
        ReportFilter report; // the report's filter has dates, kinds and companies
        bool reportable = true;
        switch (filterNumber) {
        case 1:
            filter.from = report.from = QDate(2025, 3, 1);
            filter.to = report.to = QDate(2025, 12, 31);
            break;
        case 2: filter.dealKinds = report.dealKinds = {DealKind::Compute}; break;
        case 3:
            filter.companyKinds = {CompanyKind::Cloud, CompanyKind::Chips};
            reportable = false;
            break;
        case 4:
            filter.companies = {QStringLiteral("lab")};
            report.companyNames = {QStringLiteral("LAB")};
            break;
        case 5:
            filter.minAmount = Money::fromUsd(5'000'000'000);
            reportable = false;
            break;
        case 6:
            filter.dropSuperseded = true;
            reportable = false;
            break;
        default: break;
        }
        auto sorted = [](QStringList ids) {
            ids.sort();
            return ids;
        };
        QCOMPARE(dealIds(filter.apply(data)), deals);

        Document document;
        document.setData(data);
        const FilteredDealGraph view(document.graph(), filter);
        QStringList viewIds;
        for (const Deal *d : view.deals())
            viewIds << d->id;
        QCOMPARE(sorted(viewIds), deals);

        DealTableModel table(&document);
        DealFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setDealFilter(filter);
        QStringList rows;
        for (int r = 0; r < proxy.rowCount(); ++r)
            rows << proxy.index(r, 0).data(DealTableModel::IdRole).toString();
        // Tables and views keep superseded deals (drawn faded); everything else is the same.
        DealFilter shown = filter;
        shown.dropSuperseded = false;
        QCOMPARE(sorted(rows), dealIds(shown.apply(data)));
        if (!filter.dropSuperseded)
            QCOMPARE(sorted(rows), deals);

        if (reportable)
            QCOMPARE(dealIds(report.apply(data)), deals);

        // The analysis leaves superseded deals out; every counted deal has one receiver.
        AnalysisOptions options;
        options.deals = filter;
        DealFilter analysed = filter;
        analysed.dropSuperseded = true;
        int received = 0;
        for (const CompanyFlow &f : CapitalFlowAnalysis::run(document.graph(), options).flows)
            received += f.in.deals;
        QCOMPARE(received, int(analysed.apply(data).deals.size()));
    }
};

QTEST_GUILESS_MAIN(TestDealFilter)
#include "tst_dealfilter.moc"
