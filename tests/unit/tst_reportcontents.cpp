#include "files/DocumentFiles.h"
#include "report/ReportContents.h"
#include "report/ReportFilter.h"
#include "report/ReportSummary.h"
#include "support/Builders.h"

#include <QSet>
#include <QTest>

namespace {
Deal deal(const QString &id, QDate date, const QString &from, const QString &to, DealKind kind,
    std::optional<qint64> billions, AmountKind amountKind, const QList<Source> &sources)
{
    return DealBuilder(id, from, to).on(date).kind(kind).billions(billions).amountKind(amountKind).sources(sources);
}

Company company(const QString &id, const QString &name)
{
    return CompanyBuilder(id).name(name);
}

const Source articleA {QStringLiteral("https://example.com/a"), QStringLiteral("Article A")};
const Source articleAAgain {QStringLiteral("http://www.example.com/a/"), QStringLiteral("Article A (copy)")};
const Source articleB {QStringLiteral("https://example.com/b"), QStringLiteral("Article B")};
const Source articleC {QStringLiteral("https://news.example.org/c?id=3"), QStringLiteral("Article C")};

// Three deals given out of date order; D3 cites A under another spelling of its URL.
DocumentData sample()
{
    DocumentData data;
    data.companies = {company(QStringLiteral("ms"), QStringLiteral("Microsoft")),
        company(QStringLiteral("nv"), QStringLiteral("Nvidia")),
        company(QStringLiteral("an"), QStringLiteral("Anthropic")),
        company(QStringLiteral("idle"), QStringLiteral("Idle Corp"))};
    data.deals = {deal(QStringLiteral("D2"), QDate(2025, 11, 18), QStringLiteral("an"), QStringLiteral("ms"),
                      DealKind::Compute, 30, AmountKind::Committed, {articleB, articleC}),
        deal(QStringLiteral("D1"), QDate(2025, 11, 18), QStringLiteral("nv"), QStringLiteral("an"), DealKind::Equity,
            10, AmountKind::UpTo, {articleA, articleB}),
        deal(QStringLiteral("D3"), QDate(2024, 3, 1), QStringLiteral("ms"), QStringLiteral("ghost"), DealKind::Chips,
            std::nullopt, AmountKind::Reported, {articleAAgain, articleAAgain}),
        deal(QStringLiteral("D4"), QDate(2025, 1, 5), QStringLiteral("ms"), QStringLiteral("nv"), DealKind::Equity, 3,
            AmountKind::Estimated, {})};
    return data;
}
} // namespace

class TestReportContents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAreSortedByDateThenId()
    {
        const ReportContents contents = ReportContents::build(sample(), Formatter(Language::English));
        QStringList ids;
        for (const ReportDealRow &row : contents.deals())
            ids << row.dealId;
        QCOMPARE(ids,
            (QStringList {QStringLiteral("D3"), QStringLiteral("D4"), QStringLiteral("D1"), QStringLiteral("D2")}));
    }

    void sourcesAreNumberedInOrderOfFirstCitation()
    {
        const ReportContents contents = ReportContents::build(sample(), Formatter(Language::English));
        // A (first cited by D3 under its other URL, whose title wins), then B, then C.
        QCOMPARE(contents.sources().size(), 3);
        QCOMPARE(contents.sources().at(0).title, QStringLiteral("Article A (copy)"));
        QCOMPARE(contents.sources().at(1).title, QStringLiteral("Article B"));
        QCOMPARE(contents.sources().at(2).title, QStringLiteral("Article C"));
        QCOMPARE(contents.sources().at(2).url, articleC.url);
        const QList<ReportDealRow> &rows = contents.deals();
        QCOMPARE(rows.at(0).sourceReferences(), QStringLiteral("[1]")); // D3: the same article twice
        QCOMPARE(rows.at(1).sourceReferences(), QString()); // D4: no sources
        QCOMPARE(rows.at(2).sourceReferences(), QStringLiteral("[1, 2]"));
        QCOMPARE(rows.at(3).sourceReferences(), QStringLiteral("[2, 3]"));
    }

    void sourceKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("identical") << QStringLiteral("https://x.com/a") << QStringLiteral("https://x.com/a") << true;
        QTest::addRow("http and https") << QStringLiteral("http://x.com/a") << QStringLiteral("https://x.com/a")
                                        << true;
        QTest::addRow("www") << QStringLiteral("https://www.x.com/a") << QStringLiteral("https://x.com/a") << true;
        QTest::addRow("trailing slash") << QStringLiteral("https://x.com/a/") << QStringLiteral("https://x.com/a")
                                        << true;
        QTest::addRow("fragment") << QStringLiteral("https://x.com/a#top") << QStringLiteral("https://x.com/a") << true;
        QTest::addRow("host case") << QStringLiteral("https://X.com/a") << QStringLiteral("https://x.com/a") << true;
        QTest::addRow("blanks") << QStringLiteral(" https://x.com/a ") << QStringLiteral("https://x.com/a") << true;
        QTest::addRow("other path") << QStringLiteral("https://x.com/a") << QStringLiteral("https://x.com/b") << false;
        QTest::addRow("other query") << QStringLiteral("https://x.com/a?id=1") << QStringLiteral("https://x.com/a?id=2")
                                     << false;
        QTest::addRow("other host") << QStringLiteral("https://x.com/a") << QStringLiteral("https://y.com/a") << false;
    }
    void sourceKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ReportContents::sourceKey({a, QStringLiteral("t1")})
                == ReportContents::sourceKey({b, QStringLiteral("t2")}),
            same);
    }

    void rowText_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("amount");
        const int en = int(Language::English);
        const int de = int(Language::German);
        QTest::addRow("en undisclosed, unknown company")
            << en << 0 << QStringLiteral("March 1, 2024") << QStringLiteral("Microsoft") << QStringLiteral("ghost")
            << QStringLiteral("undisclosed");
        QTest::addRow("en estimated") << en << 1 << QStringLiteral("January 5, 2025") << QStringLiteral("Microsoft")
                                      << QStringLiteral("Nvidia") << QStringLiteral("~$3bn");
        QTest::addRow("en up to") << en << 2 << QStringLiteral("November 18, 2025") << QStringLiteral("Nvidia")
                                  << QStringLiteral("Anthropic") << QStringLiteral("up to $10bn");
        QTest::addRow("en committed") << en << 3 << QStringLiteral("November 18, 2025") << QStringLiteral("Anthropic")
                                      << QStringLiteral("Microsoft") << QStringLiteral("$30bn committed");
        QTest::addRow("de up to") << de << 2 << QStringLiteral("18. November 2025") << QStringLiteral("Nvidia")
                                  << QStringLiteral("Anthropic") << QStringLiteral("bis zu 10 Mrd. $");
        QTest::addRow("de undisclosed") << de << 0 << QStringLiteral("1. März 2024") << QStringLiteral("Microsoft")
                                        << QStringLiteral("ghost") << QStringLiteral("nicht genannt");
    }
    void rowText()
    {
        QFETCH(int, language);
        QFETCH(int, row);
        QFETCH(QString, date);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, amount);
        const ReportContents contents = ReportContents::build(sample(), Formatter(Language(language)));
        const ReportDealRow &r = contents.deals().at(row);
        QCOMPARE(r.date, date);
        QCOMPARE(r.from, from);
        QCOMPARE(r.to, to);
        QCOMPARE(r.amount, amount);
    }

    void capacityIsShownWithTheAmount()
    {
        DocumentData data = sample();
        data.deals[1].capacityMw = 30'000;
        const ReportContents contents = ReportContents::build(data, Formatter(Language::English));
        QCOMPARE(contents.deals().at(2).amount, QStringLiteral("up to $10bn · 30\u00a0GW"));
    }

    void dealTableMatchesRows()
    {
        const ReportContents contents = ReportContents::build(sample(), Formatter(Language::English));
        const ReportTable table = contents.dealTable();
        QCOMPARE(table.columns.size(), 6);
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rowMarkers.size(), 4);
        QCOMPARE(table.rows.at(3),
            (QStringList {QStringLiteral("November 18, 2025"), QStringLiteral("Anthropic"), QStringLiteral("Microsoft"),
                QStringLiteral("Compute"), QStringLiteral("$30bn committed"), QStringLiteral("[2, 3]")}));
    }

    // On the bundled dataset: every cited number is in the list, every listed source is cited,
    // numbers run 1..N without gaps, and no two list entries are the same article.
    void bundledDatasetTableAndSourcesAgree()
    {
        const DocumentData data = DocumentFiles::bundled();
        const ReportContents contents = ReportContents::build(data, Formatter(Language::German));
        QCOMPARE(contents.deals().size(), data.deals.size());
        QCOMPARE(contents.valuations().size(), data.valuations.size());
        QSet<QString> keys;
        for (const Deal &d : data.deals) {
            for (const Source &s : d.sources)
                keys.insert(ReportContents::sourceKey(s));
        }
        for (const Valuation &v : data.valuations) {
            for (const Source &s : v.sources)
                keys.insert(ReportContents::sourceKey(s));
        }
        QCOMPARE(contents.sources().size(), keys.size());
        QSet<int> cited;
        for (const ReportDealRow &row : contents.deals()) {
            for (int n : row.sourceNumbers)
                cited.insert(n);
        }
        for (const ReportValuationRow &row : contents.valuations()) {
            QVERIFY2(!row.sourceNumbers.isEmpty(), qPrintable(row.valuationId));
            for (int n : row.sourceNumbers)
                cited.insert(n);
        }
        QSet<QString> listedKeys;
        for (int i = 0; i < contents.sources().size(); ++i) {
            const ReportSource &s = contents.sources().at(i);
            QCOMPARE(s.number, i + 1);
            QVERIFY2(cited.contains(s.number), qPrintable(s.title));
            QVERIFY(!s.title.isEmpty());
            listedKeys.insert(ReportContents::sourceKey({s.url, s.title}));
        }
        QCOMPARE(listedKeys.size(), contents.sources().size());
        QCOMPARE(cited.size(), contents.sources().size());
    }

    void valuationsFollowTheDealsInOneNumberingOfSources_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("firstRow");
        QTest::newRow("en") << int(Language::English)
                            << QStringList {QStringLiteral("2023"), QStringLiteral("Anthropic"),
                                   QStringLiteral("$4.1bn"), enumDisplayName(ValuationKind::PostMoney),
                                   QStringLiteral("[4]")};
        QTest::newRow("de") << int(Language::German)
                            << QStringList {QStringLiteral("2023"), QStringLiteral("Anthropic"),
                                   QStringLiteral("4,1 Mrd. $"), enumDisplayName(ValuationKind::PostMoney),
                                   QStringLiteral("[4]")};
    }
    void valuationsFollowTheDealsInOneNumberingOfSources()
    {
        QFETCH(int, language);
        QFETCH(QStringList, firstRow);
        DocumentData data = sample();
        Valuation later;
        later.id = QStringLiteral("V2");
        later.company = QStringLiteral("an");
        later.date = FuzzyDate(QDate(2025, 9, 1), DatePrecision::Month);
        later.value = Money::fromUsd(183'000'000'000);
        later.kind = ValuationKind::PostMoney;
        later.sources = {articleB}; // already cited by a deal: keeps its number
        Valuation earlier = later;
        earlier.id = QStringLiteral("V1");
        earlier.date = FuzzyDate(QDate(2023, 1, 1), DatePrecision::Year);
        earlier.value = Money::fromUsd(4'100'000'000);
        earlier.sources = {{QStringLiteral("https://example.com/v"), QStringLiteral("Valuation article")}};
        data.valuations = {later, earlier};
        const ReportContents contents = ReportContents::build(data, Formatter(Language(language)));
        QCOMPARE(contents.valuations().size(), 2);
        QCOMPARE(contents.valuations().at(0).valuationId, QStringLiteral("V1")); // by date
        QCOMPARE(contents.sources().size(), 4); // A, B, C from the deals, then the new article
        QCOMPARE(contents.sources().at(3).title, QStringLiteral("Valuation article"));
        QCOMPARE(contents.valuations().at(1).sourceNumbers, QList<int> {2});
        const ReportTable table = contents.valuationTable();
        QCOMPARE(table.columns.size(), 5);
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0), firstRow);
    }

    void filterKeepsKindsAndTheirCompanies()
    {
        ReportFilter filter;
        filter.dealKinds = {DealKind::Equity};
        const DocumentData shown = filter.apply(sample());
        QCOMPARE(shown.deals.size(), 2);
        QStringList names;
        for (const Company &c : shown.companies)
            names << c.name;
        names.sort();
        QCOMPARE(
            names, (QStringList {QStringLiteral("Anthropic"), QStringLiteral("Microsoft"), QStringLiteral("Nvidia")}));
    }

    void filterByDateAndCompany()
    {
        ReportFilter filter;
        filter.from = QDate(2025, 1, 1);
        filter.companyNames = {QStringLiteral("anthropic")};
        const DocumentData shown = filter.apply(sample());
        QStringList ids;
        for (const Deal &d : shown.deals)
            ids << d.id;
        ids.sort();
        QCOMPARE(ids, (QStringList {QStringLiteral("D1"), QStringLiteral("D2")}));
    }

    void filterDescription_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("period");
        QTest::addRow("none") << int(Language::English) << QDate() << QDate() << QStringLiteral("all dates");
        QTest::addRow("range en") << int(Language::English) << QDate(2024, 1, 1) << QDate(2025, 6, 30)
                                  << QStringLiteral("January 1, 2024 to June 30, 2025");
        QTest::addRow("from only de") << int(Language::German) << QDate(2024, 3, 1) << QDate()
                                      << QStringLiteral("from 1. März 2024"); // no translator in this test
        QTest::addRow("to only") << int(Language::English) << QDate() << QDate(2020, 12, 31)
                                 << QStringLiteral("until December 31, 2020");
    }
    void filterDescription()
    {
        QFETCH(int, language);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, period);
        ReportFilter filter;
        if (from.isValid())
            filter.from = from;
        if (to.isValid())
            filter.to = to;
        QCOMPARE(filter.describePeriod(Formatter(Language(language))), period);
    }

    void kindsAndCompaniesDescriptions()
    {
        const Formatter format(Language::English);
        ReportFilter filter;
        QCOMPARE(filter.describeKinds(format), QStringLiteral("all kinds"));
        QCOMPARE(filter.describeCompanies(format), QStringLiteral("all companies"));
        filter.dealKinds = {DealKind::Compute, DealKind::Equity};
        filter.companyNames = {QStringLiteral("Nvidia"), QStringLiteral("Anthropic")};
        QCOMPARE(filter.describeKinds(format), QStringLiteral("Equity and Compute"));
        QCOMPARE(filter.describeCompanies(format), QStringLiteral("Nvidia and Anthropic"));
        for (DealKind kind : enumValues<DealKind>())
            filter.dealKinds.insert(kind);
        QCOMPARE(filter.describeKinds(format), QStringLiteral("all kinds"));
    }

    void summaryKeepsCertaintiesApart()
    {
        const DocumentData data = sample();
        const ReportSummary summary = ReportSummary::build(data, ReportFilter(), Formatter(Language::English));
        QCOMPARE(summary.counts, QStringLiteral("4 company(s), 4 deal(s) and 0 valuation(s)"));
        QCOMPARE(summary.dealPeriod, QStringLiteral("Deals from March 2024 to November 2025"));
        QCOMPARE(summary.filter.size(), 3);
        QCOMPARE(summary.filter.at(0).value, QStringLiteral("all dates"));
        const ReportTable &t = summary.amounts;
        QCOMPARE(t.columns.size(), 6);
        QCOMPARE(t.rows.size(), 3); // equity, compute, chips
        QCOMPARE(t.rowMarkers.size(), 3);
        // Equity: one up-to deal and one estimate, no firm amount.
        QCOMPARE(t.rows.at(0),
            (QStringList {QStringLiteral("Equity"), QStringLiteral("2"), QStringLiteral("–"),
                QStringLiteral("up to $10bn"), QStringLiteral("~$3bn"), QStringLiteral("–")}));
        QCOMPARE(t.rows.at(1),
            (QStringList {QStringLiteral("Compute"), QStringLiteral("1"), QStringLiteral("$30bn"), QStringLiteral("–"),
                QStringLiteral("–"), QStringLiteral("–")}));
        QCOMPARE(t.rows.at(2).at(5), QStringLiteral("1")); // chips: undisclosed
        const ReportSummary german = ReportSummary::build(data, ReportFilter(), Formatter(Language::German));
        QCOMPARE(german.amounts.rows.at(0).at(3), QStringLiteral("bis zu 10 Mrd. $"));
        QCOMPARE(german.amounts.rows.at(0).at(4), QStringLiteral("ca. 3 Mrd. $"));
    }
};

QTEST_GUILESS_MAIN(TestReportContents)
#include "tst_reportcontents.moc"
