#include "analysis/AmountTotals.h"
#include "files/DocumentFiles.h"
#include "model/Sources.h"
#include "report/ReportContents.h"
#include "report/ReportFilter.h"
#include "report/ReportSummary.h"
#include "support/Builders.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(Source)

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

Money bn(qint64 billions)
{
    return Money::fromUsd(billions * 1'000'000'000);
}

// A source that reports a figure of its own.
Source claiming(const QString &url, const QString &title, qint64 billions)
{
    Source s(url, title);
    s.claimedAmount = bn(billions);
    return s;
}

// Where the sources of a deal and of a valuation disagree, and where they agree.
DocumentData disputed()
{
    DocumentData data;
    data.companies = {company(QStringLiteral("nv"), QStringLiteral("Nvidia")),
        company(QStringLiteral("an"), QStringLiteral("Anthropic")),
        company(QStringLiteral("ms"), QStringLiteral("Microsoft"))};
    // Chosen $30bn; Reuters says $25bn, an aggregator $30bn.
    Deal split
        = DealBuilder(QStringLiteral("D1"), QStringLiteral("nv"), QStringLiteral("an"))
              .billions(30)
              .sources({claiming(
                            QStringLiteral("https://blog.example.net/nv"), QStringLiteral("Nvidia and Anthropic"), 30),
                  claiming(QStringLiteral("https://www.reuters.com/nv-an"), QStringLiteral("Nvidia to invest"), 25)});
    // Every source says what the data says.
    Deal agreed
        = DealBuilder(QStringLiteral("D2"), QStringLiteral("ms"), QStringLiteral("an"))
              .billions(5)
              .sources({claiming(
                            QStringLiteral("https://www.ft.com/ms-an"), QStringLiteral("Microsoft backs Anthropic"), 5),
                  claiming(QStringLiteral("https://news.microsoft.com/ms-an"), QStringLiteral("Our partnership"), 5)});
    data.deals = {split, agreed};
    Valuation may;
    may.id = QStringLiteral("V9");
    may.company = QStringLiteral("an");
    may.date = FuzzyDate(QDate(2026, 5, 1), DatePrecision::Month);
    may.value = bn(965);
    may.sources = {claiming(QStringLiteral("https://pjfp.com/tag/interpretability/"),
                       QStringLiteral("[descriptive; PJFP tag page] Anthropic Raises $65 Billion Series H"), 965),
        claiming(QStringLiteral("https://www.ft.com/content/an-ipo"), QStringLiteral("Anthropic files for IPO"), 900)};
    Valuation quiet = may;
    quiet.id = QStringLiteral("V8");
    quiet.date = FuzzyDate(QDate(2026, 2, 1), DatePrecision::Month);
    quiet.value = bn(380);
    quiet.sources = {Source(QStringLiteral("https://www.anthropic.com/news/series-g"), QStringLiteral("Series G"))};
    data.valuations = {may, quiet};
    return data;
}

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
        QCOMPARE(table.columns.size(), 7);
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rowMarkers.size(), 4);
        QCOMPARE(table.markerColumn, 4); // the kind
        QCOMPARE(table.rows.at(3),
            (QStringList {contents.deals().at(3).dealId, QStringLiteral("November 18, 2025"), QStringLiteral("Anthropic"), QStringLiteral("Microsoft"),
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
            QVERIFY2(cited.contains(s.number), qPrintable(s.heading));
            QVERIFY(!s.heading.isEmpty());
            QVERIFY(!s.details.isEmpty()); // at least the tier
            QVERIFY2(!s.heading.startsWith(QStringLiteral("[descriptive"))
                    && !s.heading.startsWith(QStringLiteral("seed article")),
                qPrintable(s.heading));
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

    // Each source with its publisher, tier (the document's rating first) and its own figure; a
    // placeholder title is never printed as the page's headline.
    void sourceListNamesPublisherTierAndClaim_data()
    {
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("ratedDomain"); // rated trade press by the document; empty: none
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("details");
        const int en = int(Language::English);
        const int de = int(Language::German);
        Source ft(QStringLiteral("https://www.ft.com/content/abc"), QStringLiteral("Anthropic valued at $900bn"));
        QTest::addRow("titled, known publisher")
            << ft << QString() << en << QStringLiteral("Anthropic valued at $900bn")
            << QStringLiteral("Financial Times · news outlet");
        ft.claimedAmount = bn(900);
        QTest::addRow("with its claim en") << ft << QString() << en << QStringLiteral("Anthropic valued at $900bn")
                                           << QStringLiteral("Financial Times · news outlet · reports $900bn");
        ft.claimedDate = QDate(2026, 5, 12);
        QTest::addRow("with claim and date de")
            << ft << QString() << de << QStringLiteral("Anthropic valued at $900bn")
            << QStringLiteral("Financial Times · news outlet · reports 900 Mrd. $ (12. Mai 2026)");
        QTest::addRow("descriptive placeholder") << claiming(QStringLiteral("https://pjfp.com/tag/interpretability/"),
            QStringLiteral("[descriptive; PJFP tag page] Anthropic Raises $65 Billion"), 965)
                                                 << QString() << en << QStringLiteral("pjfp.com, untitled page")
                                                 << QStringLiteral("unrated · reports $965bn");
        QTest::addRow("seed article placeholder") << Source(
            QStringLiteral("https://www.n-tv.de/wirtschaft/x"), QStringLiteral("seed article (German news, 2025)"))
                                                  << QString() << en << QStringLiteral("n-tv, untitled page")
                                                  << QStringLiteral("news outlet");
        QTest::addRow("no title") << Source(QStringLiteral("https://pjfp.com/a"), QString()) << QString() << en
                                  << QStringLiteral("pjfp.com, untitled page") << QStringLiteral("unrated");
        QTest::addRow("document's own rating")
            << Source(QStringLiteral("https://pjfp.com/a"), QStringLiteral("A real headline"))
            << QStringLiteral("pjfp.com") << en << QStringLiteral("A real headline")
            << QStringLiteral("pjfp.com · trade press");
        Source rated(QStringLiteral("https://pjfp.com/a"), QStringLiteral("A real headline"));
        rated.tier = SourceTier::Primary;
        QTest::addRow("the page's own rating wins")
            << rated << QStringLiteral("pjfp.com") << en << QStringLiteral("A real headline")
            << QStringLiteral("pjfp.com · primary source");
    }
    void sourceListNamesPublisherTierAndClaim()
    {
        QFETCH(Source, source);
        QFETCH(QString, ratedDomain);
        QFETCH(int, language);
        QFETCH(QString, heading);
        QFETCH(QString, details);
        DocumentData data;
        data.companies = {company(QStringLiteral("an"), QStringLiteral("Anthropic"))};
        data.deals = {DealBuilder(QStringLiteral("D1"), QStringLiteral("an"), QStringLiteral("an")).sources({source})};
        if (!ratedDomain.isEmpty())
            data.sourceTiers = {SourceTierRule {ratedDomain, SourceTier::TradePress}};
        const ReportContents contents = ReportContents::build(data, Formatter(Language(language)));
        QCOMPARE(contents.sources().size(), 1);
        const ReportSource &listed = contents.sources().constFirst();
        QCOMPARE(listed.heading, heading);
        QCOMPARE(listed.details, details);
        QCOMPARE(listed.url, source.url);
        QCOMPARE(listed.title.isEmpty(), Sources::hasPlaceholderTitle(source));
        for (const QString &text : {listed.heading, listed.details, listed.title}) {
            QVERIFY2(!text.contains(QStringLiteral("[descriptive")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("seed article")), qPrintable(text));
        }
    }

    // Valuations' sources are in the list with their claims, in the numbering the tables share.
    void valuationSourcesAreListedWithTheirClaims()
    {
        const ReportContents contents = ReportContents::build(disputed(), Formatter(Language::English));
        QStringList urls;
        for (const ReportSource &s : contents.sources())
            urls << s.url;
        for (const QString &url : {QStringLiteral("https://pjfp.com/tag/interpretability/"),
                 QStringLiteral("https://www.ft.com/content/an-ipo"),
                 QStringLiteral("https://www.anthropic.com/news/series-g")})
            QVERIFY2(urls.contains(url), qPrintable(url));
        const ReportValuationRow &may = contents.valuations().at(1);
        QCOMPARE(may.valuationId, QStringLiteral("V9"));
        QCOMPARE(may.sourceNumbers.size(), 2);
        const ReportSource &ft = contents.sources().at(may.sourceNumbers.at(1) - 1);
        QCOMPARE(ft.details, QStringLiteral("Financial Times · news outlet · reports $900bn"));
        const ReportSource &series = contents.sources().at(contents.valuations().at(0).sourceNumbers.at(0) - 1);
        QCOMPARE(series.details, QStringLiteral("Anthropic · primary source"));
    }

    // Every deal and valuation whose sources report different figures, and none whose sources
    // agree, with the figure chosen and each claim, best-rated source first.
    void disagreementsListOnlyDisagreeingFigures_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addRow("en") << int(Language::English)
                            << QList<QStringList> {{QStringLiteral("Nvidia → Anthropic, Equity, January 15, 2025"),
                                                       QStringLiteral("$30bn"),
                                                       QStringLiteral("Reuters (news outlet): $25bn [2] · "
                                                                      "blog.example.net (unrated): $30bn [1]")},
                                   {QStringLiteral("Anthropic valuation, May 2026"), QStringLiteral("$965bn"),
                                       QStringLiteral("Financial Times (news outlet): $900bn [7] · "
                                                      "pjfp.com (unrated): $965bn [6]")}};
        QTest::addRow("de")
            << int(Language::German)
            << QList<QStringList> {
                   {QStringLiteral("Nvidia → Anthropic, %1, 15. Januar 2025").arg(enumDisplayName(DealKind::Equity)),
                       QStringLiteral("30 Mrd. $"),
                       QStringLiteral("Reuters (%1): 25 Mrd. $ [2] · "
                                      "blog.example.net (%2): 30 Mrd. $ [1]")
                           .arg(enumDisplayName(SourceTier::NewsOutlet), enumDisplayName(SourceTier::Unrated))},
                   {QStringLiteral("Anthropic valuation, Mai 2026"), QStringLiteral("965 Mrd. $"),
                       QStringLiteral("Financial Times (%1): 900 Mrd. $ [7] · pjfp.com (%2): 965 Mrd. $ [6]")
                           .arg(enumDisplayName(SourceTier::NewsOutlet), enumDisplayName(SourceTier::Unrated))}};
    }
    void disagreementsListOnlyDisagreeingFigures()
    {
        QFETCH(int, language);
        QFETCH(QList<QStringList>, rows);
        const ReportContents contents = ReportContents::build(disputed(), Formatter(Language(language)));
        QStringList ids;
        for (const ReportDisagreement &d : contents.disagreements())
            ids << d.dealId + d.valuationId;
        QCOMPARE(ids, (QStringList {QStringLiteral("D1"), QStringLiteral("V9")})); // not D2, not V8
        const ReportDisagreement &may = contents.disagreements().at(1);
        QCOMPARE(may.claims.size(), 2);
        QCOMPARE(may.claims.at(0).publisher, QStringLiteral("Financial Times"));
        QCOMPARE(may.claims.at(0).tier, SourceTier::NewsOutlet);
        QCOMPARE(may.claims.at(1).tier, SourceTier::Unrated);
        const ReportTable table = contents.disagreementTable();
        QVERIFY(!table.title.isEmpty());
        QCOMPARE(table.columns.size(), 3);
        QCOMPARE(table.rows, rows);
        // The claims cite the numbers of the list, where the same pages stand.
        QCOMPARE(contents.sources().at(6).url, QStringLiteral("https://www.ft.com/content/an-ipo"));
        QCOMPARE(contents.sources().at(5).heading, QStringLiteral("pjfp.com, untitled page"));
    }

    void noDisagreementsWithoutClaims()
    {
        const ReportContents contents = ReportContents::build(sample(), Formatter(Language::English));
        QVERIFY(contents.disagreements().isEmpty());
        QVERIFY(contents.disagreementTable().rows.isEmpty());
    }

    // A $30bn whole with a $5bn part, and an up-to-$100bn letter superseded by a $30bn stake:
    // summed naively that is $35bn of compute and $30bn + up to $100bn of equity.
    void totalsCountEachDollarOnce()
    {
        DocumentData data;
        data.companies = {company(QStringLiteral("nv"), QStringLiteral("Nvidia")),
            company(QStringLiteral("oa"), QStringLiteral("OpenAI")),
            company(QStringLiteral("ms"), QStringLiteral("Microsoft"))};
        data.deals = {DealBuilder(QStringLiteral("W"), QStringLiteral("oa"), QStringLiteral("ms"))
                          .kind(DealKind::Compute)
                          .billions(30)
                          .amountKind(AmountKind::Committed),
            DealBuilder(QStringLiteral("P"), QStringLiteral("oa"), QStringLiteral("ms"))
                .kind(DealKind::Compute)
                .billions(5)
                .amountKind(AmountKind::Committed)
                .partOf({QStringLiteral("W")}),
            DealBuilder(QStringLiteral("L"), QStringLiteral("nv"), QStringLiteral("oa"))
                .billions(100)
                .amountKind(AmountKind::UpTo)
                .on(QDate(2025, 9, 22)),
            DealBuilder(QStringLiteral("S"), QStringLiteral("nv"), QStringLiteral("oa"))
                .billions(30)
                .amountKind(AmountKind::Committed)
                .on(QDate(2026, 2, 1))
                .supersedes({QStringLiteral("L")})};
        const KindTotals totals = KindTotals::of(data.deals);
        QCOMPARE(totals.all.firm, Money::fromUsd(60'000'000'000));
        QCOMPARE(totals.all.upTo, Money::fromUsd(0));
        QCOMPARE(totals.byKind.value(DealKind::Equity).firm, Money::fromUsd(30'000'000'000));
        QCOMPARE(totals.byKind.value(DealKind::Compute).firm, Money::fromUsd(30'000'000'000));
        QCOMPARE(totals.leftOut, 2);

        const ReportSummary summary = ReportSummary::build(data, ReportFilter(), Formatter(Language::English));
        QCOMPARE(summary.amounts.rows,
            (QList<QStringList> {{QStringLiteral("Equity"), QStringLiteral("1"), QStringLiteral("$30bn"),
                                     QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–")},
                {QStringLiteral("Compute"), QStringLiteral("1"), QStringLiteral("$30bn"), QStringLiteral("–"),
                    QStringLiteral("–"), QStringLiteral("–")}}));
        QCOMPARE(summary.leftOut, QStringLiteral("Left out of the sums: 2 deal(s) counted in others or superseded."));
        QCOMPARE(summary.counts, QStringLiteral("3 company(s), 4 deal(s) and 0 valuation(s)"));

        // A report of 2025 alone has the letter but not the stake: then the letter counts.
        ReportFilter only2025;
        only2025.to = QDate(2025, 12, 31);
        const ReportSummary before = ReportSummary::build(only2025.apply(data), only2025, Formatter(Language::English));
        QCOMPARE(before.amounts.rows.at(0).at(3), QStringLiteral("up to $100bn"));
        QCOMPARE(before.leftOut, QStringLiteral("Left out of the sums: 1 deal(s) counted in others or superseded."));

        // Without relations nothing is left out, and nothing is said about it.
        const ReportSummary plain = ReportSummary::build(sample(), ReportFilter(), Formatter(Language::English));
        QVERIFY(plain.leftOut.isEmpty());
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
        QTest::addRow("range en") << int(Language::English) << QDate(2024, 1, 3) << QDate(2025, 6, 30)
                                  << QStringLiteral("January 3, 2024 to June 30, 2025");
        QTest::addRow("from only de") << int(Language::German) << QDate(2024, 3, 1) << QDate()
                                      << QStringLiteral("from 1. März 2024"); // no translator in this test
        QTest::addRow("to only") << int(Language::English) << QDate() << QDate(2020, 12, 31)
                                 << QStringLiteral("until December 31, 2020");
        // The network's date slider gives whole months: named as months, one month once.
        QTest::addRow("one month en") << int(Language::English) << QDate(2025, 11, 1) << QDate(2025, 11, 30)
                                      << QStringLiteral("November 2025");
        QTest::addRow("one month de") << int(Language::German) << QDate(2025, 2, 1) << QDate(2025, 2, 28)
                                      << QStringLiteral("Februar 2025");
        QTest::addRow("months") << int(Language::English) << QDate(2024, 3, 1) << QDate(2025, 2, 28)
                                << QStringLiteral("March 2024 to February 2025");
        QTest::addRow("a year") << int(Language::English) << QDate(2025, 1, 1) << QDate(2025, 12, 31)
                                << QStringLiteral("2025");
        QTest::addRow("years") << int(Language::English) << QDate(2024, 1, 1) << QDate(2025, 12, 31)
                               << QStringLiteral("2024 to 2025");
        QTest::addRow("one day") << int(Language::English) << QDate(2025, 3, 1) << QDate(2025, 3, 1)
                                 << QStringLiteral("March 1, 2025");
        QTest::addRow("part of a month") << int(Language::English) << QDate(2025, 3, 1) << QDate(2025, 3, 15)
                                         << QStringLiteral("March 1, 2025 to March 15, 2025");
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

    // A view's filter, described on the title page: its companies by name, and lines for company
    // kinds, a minimum and the sources only when the filter has them.
    void viewFilterDescribed()
    {
        const DocumentData data = sample();
        const Formatter format(Language::English);
        const ReportSummary plain = ReportSummary::build(data, ReportFilter(), format);
        QCOMPARE(plain.filter.size(), 3);

        DealFilter view;
        view.from = QDate(2025, 11, 1);
        view.to = QDate(2025, 11, 30);
        view.companies = {data.companies.at(2).id, data.companies.at(0).id};
        view.companyKinds = {CompanyKind::AiLab, CompanyKind::Cloud};
        view.minAmount = Money::fromUsd(5'000'000'000);
        view.reputableSources = Sources::TierTable {};
        const ReportFilter filter = ReportFilter::of(view, data);
        QStringList names {data.companies.at(0).name, data.companies.at(2).name};
        names.sort();
        QCOMPARE(filter.companyNames, names);
        // The same deals as the view's filter.
        QCOMPARE(filter.dealFilter(data).apply(data).deals, view.apply(data).deals);
        const ReportSummary summary = ReportSummary::build(view.apply(data), filter, format);
        QCOMPARE(summary.filter.size(), 6);
        QCOMPARE(summary.filter.at(0).value, QStringLiteral("November 2025"));
        QVERIFY(summary.filter.at(3).value.contains(QStringLiteral("AI lab")));
        QCOMPARE(summary.filter.at(4).value, QStringLiteral("deals of at least $5bn disclosed"));
        QVERIFY(!summary.filter.at(5).value.isEmpty());
    }

    void dealPeriodOfOneMonth()
    {
        DocumentData data = sample();
        const QDate first = data.deals.first().date.periodStart();
        for (Deal &deal : data.deals)
            deal.date = data.deals.first().date;
        const ReportSummary summary = ReportSummary::build(data, ReportFilter(), Formatter(Language::English));
        QCOMPARE(summary.dealPeriod, QStringLiteral("Deals in %1").arg(Formatter(Language::English).monthYear(first)));
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
