#include "document/Document.h"
#include "itemmodels/CompanyTableModel.h"
#include "itemmodels/DealFilterProxy.h"
#include "itemmodels/DealTableModel.h"
#include "support/Builders.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Company company(const QString &id, const QString &name, CompanyKind kind, const QString &country = {})
{
    return CompanyBuilder(id).name(name).kind(kind).country(country);
}

Deal deal(const QString &id, FuzzyDate date, const QString &from, const QString &to, DealKind kind,
    std::optional<qint64> usd, AmountKind amountKind = AmountKind::Committed, const QString &note = {})
{
    return DealBuilder(id, from, to)
        .date(date)
        .kind(kind)
        .usd(usd)
        .amountKind(amountKind)
        .note(note)
        .sources({Source {u"https://example.com/"_s + id, {}}});
}

constexpr qint64 bn = 1'000'000'000;

DocumentData sample()
{
    DocumentData data;
    data.companies << company(u"msft"_s, u"Microsoft"_s, CompanyKind::Conglomerate, u"US"_s)
                   << company(u"nvda"_s, u"Nvidia"_s, CompanyKind::Chips, u"US"_s)
                   << company(u"anth"_s, u"Anthropic"_s, CompanyKind::AiLab, u"US"_s)
                   << company(u"oai"_s, u"OpenAI"_s, CompanyKind::AiLab, u"US"_s)
                   << company(u"amzn"_s, u"Amazon"_s, CompanyKind::Cloud, u"US"_s);
    data.deals << deal(u"D1"_s, {QDate(2019, 7, 22), DatePrecision::Day}, u"msft"_s, u"oai"_s, DealKind::Equity, 9 * bn,
        AmountKind::Committed, u"First round"_s)
               << deal(u"D2"_s, {QDate(2023, 1, 1), DatePrecision::Year}, u"msft"_s, u"oai"_s, DealKind::Equity,
                      std::nullopt, AmountKind::Reported)
               << deal(u"D3"_s, {QDate(2025, 11, 1), DatePrecision::Month}, u"nvda"_s, u"anth"_s, DealKind::Equity,
                      10 * bn, AmountKind::UpTo)
               << deal(u"D4"_s, {QDate(2025, 11, 1), DatePrecision::Month}, u"anth"_s, u"msft"_s, DealKind::Compute,
                      30 * bn, AmountKind::Committed, u"Azure compute, up to one gigawatt"_s)
               << deal(u"D5"_s, {QDate(2025, 11, 3), DatePrecision::Day}, u"oai"_s, u"amzn"_s, DealKind::Compute,
                      38 * bn)
               << deal(u"D6"_s, {QDate(2024, 6, 11), DatePrecision::Day}, u"anth"_s, u"nvda"_s, DealKind::Chips,
                      500'000'000);
    data.deals[3].capacityMw = 1000;
    return data;
}

QStringList proxyIds(const QSortFilterProxyModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(DocumentTableModel::IdRole).toString();
    return ids;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}
// The deals table of sample() behind the filter proxy, both under QAbstractItemModelTester.
struct DealsOfSample
{
    DealsOfSample() { proxy.setSourceModel(&model); }
    static Document *loaded(Document &doc)
    {
        doc.setData(sample());
        return &doc;
    }
    Document doc;
    DealTableModel model {loaded(doc)};
    DealFilterProxy proxy;
    QAbstractItemModelTester modelTester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The tables format in the default locale's language.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void dealTableFollowsEdits()
    {
        Document doc;
        DealTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DealFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(DealTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DealTableModel::ColumnCount));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        doc.setData(sample());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(model.idAt(0), u"D1"_s);
        int row = model.rowOf(u"D4"_s);
        QCOMPARE(cell(model, row, DealTableModel::DateColumn), u"November 2025"_s);
        QCOMPARE(cell(model, row, DealTableModel::FromColumn), u"Anthropic"_s);
        QCOMPARE(cell(model, row, DealTableModel::ToColumn), u"Microsoft"_s);
        QCOMPARE(cell(model, row, DealTableModel::KindColumn), u"Compute"_s);
        QCOMPARE(cell(model, row, DealTableModel::AmountColumn), u"$30bn"_s);
        QCOMPARE(cell(model, row, DealTableModel::CapacityColumn), u"1 GW"_s);
        QCOMPARE(cell(model, row, DealTableModel::NoteColumn), u"Azure compute, up to one gigawatt"_s);
        QCOMPARE(cell(model, model.rowOf(u"D2"_s), DealTableModel::AmountColumn), u"undisclosed"_s);
        QCOMPARE(cell(model, model.rowOf(u"D2"_s), DealTableModel::DateColumn), u"2023"_s);
        QCOMPARE(cell(model, model.rowOf(u"D3"_s), DealTableModel::AmountColumn), u"up to $10bn"_s);
        QCOMPARE(model.headerData(DealTableModel::AmountColumn, Qt::Horizontal).toString(), u"Amount"_s);

        // Add: one new row, at the right place in the sorted proxy.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(doc.addDeal(deal(
            u"D7"_s, {QDate(2025, 10, 28), DatePrecision::Day}, u"oai"_s, u"msft"_s, DealKind::Compute, 250 * bn)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(cell(model, model.rowOf(u"D7"_s), DealTableModel::AmountColumn), u"$250bn"_s);
        QCOMPARE(proxyIds(proxy).first(), u"D7"_s);

        // Update: the cells change and the proxy re-sorts.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Deal d5 = *doc.deal(u"D5"_s);
        d5.amount = Money::fromUsd(1'400 * bn);
        d5.to = u"nvda"_s;
        QVERIFY(doc.updateDeal(d5));
        QVERIFY(changed.count() >= 1);
        row = model.rowOf(u"D5"_s);
        QCOMPARE(cell(model, row, DealTableModel::AmountColumn), u"$1.4tn"_s);
        QCOMPARE(cell(model, row, DealTableModel::ToColumn), u"Nvidia"_s);
        QCOMPARE(proxyIds(proxy).first(), u"D5"_s);

        // Renaming a company shows in every deal row that names it.
        Company anthropic = *doc.company(u"anth"_s);
        anthropic.name = u"Anthropic PBC"_s;
        QVERIFY(doc.updateCompany(anthropic));
        QCOMPARE(cell(model, model.rowOf(u"D3"_s), DealTableModel::ToColumn), u"Anthropic PBC"_s);
        QCOMPARE(cell(model, model.rowOf(u"D6"_s), DealTableModel::FromColumn), u"Anthropic PBC"_s);

        // Remove: one row less; the others keep their data.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(doc.removeDeal(u"D1"_s));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(u"D1"_s), -1);
        QCOMPARE(proxy.rowCount(), 6);
        QVERIFY(!proxyIds(proxy).contains(u"D1"_s));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(DocumentTableModel::IdRole).toString(), model.idAt(r));

        // A company without deals comes and goes without touching the deal rows.
        QVERIFY(doc.addCompany(company(u"x"_s, u"X"_s, CompanyKind::Other)));
        QVERIFY(doc.removeCompany(u"x"_s));
        QCOMPARE(model.rowCount(), 6);

        // A new document replaces every row.
        DocumentData small;
        small.companies << company(u"a"_s, u"A"_s, CompanyKind::Investor);
        small.deals << deal(u"D1"_s, {QDate(2020, 1, 1), DatePrecision::Year}, u"a"_s, u"a"_s, DealKind::Loan, 1);
        doc.setData(small);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(model, 0, DealTableModel::KindColumn), u"Loan"_s);
        QVERIFY(doc.removeDeal(u"D1"_s));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsByRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::addRow("amount") << int(DealTableModel::AmountColumn)
                                << QStringList({u"D2"_s, u"D6"_s, u"D1"_s, u"D3"_s, u"D4"_s, u"D5"_s});
        QTest::addRow("date") << int(DealTableModel::DateColumn)
                              << QStringList({u"D1"_s, u"D2"_s, u"D6"_s, u"D3"_s, u"D4"_s, u"D5"_s});
    }
    void sortsByRawValues()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        DealsOfSample fixture;
        DealTableModel &model = fixture.model;
        DealFilterProxy &proxy = fixture.proxy;
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(proxyIds(proxy), ascending);
        proxy.sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        if (column == DealTableModel::DateColumn) // D3 and D4 share a date; keep them in source order
            std::swap(descending[1], descending[2]);
        QCOMPARE(proxyIds(proxy), descending);

        // Sorting the display texts would give another order: the test tells the two apart.
        QStringList byText = ascending;
        std::sort(byText.begin(), byText.end(), [&](const QString &a, const QString &b) {
            return cell(model, model.rowOf(a), column) < cell(model, model.rowOf(b), column);
        });
        QVERIFY(byText != ascending);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("ids");
        const QList<int> all;
        const QStringList everything {u"D1"_s, u"D2"_s, u"D3"_s, u"D4"_s, u"D5"_s, u"D6"_s};
        QTest::addRow("none") << QString() << all << QDate() << QDate() << everything;
        QTest::addRow("company name, any case")
            << u"  anthropic "_s << all << QDate() << QDate() << QStringList({u"D3"_s, u"D4"_s, u"D6"_s});
        QTest::addRow("note") << u"GIGAWATT"_s << all << QDate() << QDate() << QStringList({u"D4"_s});
        QTest::addRow("amount text") << u"$38bn"_s << all << QDate() << QDate() << QStringList({u"D5"_s});
        QTest::addRow("no match") << u"Oracle"_s << all << QDate() << QDate() << QStringList();
        QTest::addRow("one kind") << QString() << QList<int> {int(DealKind::Compute)} << QDate() << QDate()
                                  << QStringList({u"D4"_s, u"D5"_s});
        QTest::addRow("two kinds") << QString() << QList<int> {int(DealKind::Equity), int(DealKind::Chips)} << QDate()
                                   << QDate() << QStringList({u"D1"_s, u"D2"_s, u"D3"_s, u"D6"_s});
        // Like DealFilter: a deal is in the range when its period overlaps it.
        QTest::addRow("year overlaps range")
            << QString() << all << QDate(2023, 6, 1) << QDate(2024, 12, 31) << QStringList({u"D2"_s, u"D6"_s});
        QTest::addRow("month overlaps from")
            << QString() << all << QDate(2025, 11, 2) << QDate() << QStringList({u"D3"_s, u"D4"_s, u"D5"_s});
        QTest::addRow("to excludes later")
            << QString() << all << QDate() << QDate(2024, 6, 10) << QStringList({u"D1"_s, u"D2"_s});
        QTest::addRow("single day") << QString() << all << QDate(2024, 6, 11) << QDate(2024, 6, 11)
                                    << QStringList({u"D6"_s});
        QTest::addRow("combined") << u"microsoft"_s << QList<int> {int(DealKind::Compute)} << QDate(2025, 1, 1)
                                  << QDate() << QStringList({u"D4"_s});
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, kinds);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, ids);
        DealsOfSample fixture;
        Document &doc = fixture.doc;
        DealFilterProxy &proxy = fixture.proxy;
        proxy.sort(DealTableModel::DateColumn);
        QSet<DealKind> kindSet;
        for (int k : kinds)
            kindSet.insert(DealKind(k));
        proxy.setSearchText(text);
        proxy.setDealKinds(kindSet);
        proxy.setDateRange(
            from.isValid() ? std::optional(from) : std::nullopt, to.isValid() ? std::optional(to) : std::nullopt);
        QStringList shown = proxyIds(proxy);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, ids);

        // Edits are filtered as they happen: a November 2025 deal between Microsoft and Anthropic.
        Deal d = deal(u"D8"_s, {QDate(2025, 11, 1), DatePrecision::Month}, u"msft"_s, u"anth"_s, DealKind::Loan, 5 * bn,
            AmountKind::UpTo, u"Microsoft to invest"_s);
        const bool inRange
            = (!from.isValid() || from <= QDate(2025, 11, 30)) && (!to.isValid() || to >= QDate(2025, 11, 1));
        const bool textMatches = text.trimmed().isEmpty()
            || u"Microsoft Anthropic up to $5bn"_s.contains(text.trimmed(), Qt::CaseInsensitive);
        auto expectShown
            = [&](DealKind kind) { return inRange && textMatches && (kindSet.isEmpty() || kindSet.contains(kind)); };
        QVERIFY(doc.addDeal(d));
        QCOMPARE(proxyIds(proxy).contains(u"D8"_s), expectShown(DealKind::Loan));
        d.kind = DealKind::Compute;
        QVERIFY(doc.updateDeal(d));
        QCOMPARE(proxyIds(proxy).contains(u"D8"_s), expectShown(DealKind::Compute));
        QVERIFY(doc.removeDeal(u"D8"_s));
        shown = proxyIds(proxy);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, ids);

        // Clearing the filters shows everything again.
        proxy.setSearchText({});
        proxy.setDealKinds({});
        proxy.setDateRange(std::nullopt, std::nullopt);
        QCOMPARE(proxy.rowCount(), 6);
    }

    // The relations column reads both ways, and follows edits of the deal that points.
    void relationsColumnReadsBothWays_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("relations");
        QTest::addRow("supersedes") << u"D3"_s << u"supersedes D2"_s;
        QTest::addRow("superseded by") << u"D2"_s << u"superseded by D3"_s;
        QTest::addRow("part of") << u"D6"_s << u"part of D4"_s;
        QTest::addRow("overlap, both sides, and includes") << u"D4"_s << u"may overlap D5; includes D6"_s;
        QTest::addRow("may overlap") << u"D5"_s << u"may overlap D4"_s;
        QTest::addRow("none") << u"D1"_s << QString();
    }
    void relationsColumnReadsBothWays()
    {
        QFETCH(QString, id);
        QFETCH(QString, relations);
        DocumentData data = sample();
        auto at = [&data](const QString &dealId) -> Deal & {
            return *std::find_if(data.deals.begin(), data.deals.end(), [&](const Deal &d) { return d.id == dealId; });
        };
        at(u"D3"_s).supersedes = {u"D2"_s};
        at(u"D6"_s).partOf = {u"D4"_s};
        at(u"D5"_s).overlaps = {u"D4"_s};
        Document doc;
        doc.setData(data);
        DealTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(DealTableModel::RelationsColumn, Qt::Horizontal).toString(), u"Relations"_s);
        const QModelIndex cellIndex = model.index(model.rowOf(id), DealTableModel::RelationsColumn);
        QCOMPARE(cellIndex.data().toString(), relations);
        if (!relations.isEmpty()) // the tool tip names the other deal's companies
            QVERIFY2(cellIndex.data(Qt::ToolTipRole).toString().contains(u" → "_s),
                qPrintable(cellIndex.data(Qt::ToolTipRole).toString()));

        // The reverse side follows the deal that points: D3 no longer supersedes D2, D7 does.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Deal d3 = *doc.deal(u"D3"_s);
        d3.supersedes.clear();
        QVERIFY(doc.updateDeal(d3));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(cell(model, model.rowOf(u"D2"_s), DealTableModel::RelationsColumn), QString());
        QCOMPARE(cell(model, model.rowOf(u"D3"_s), DealTableModel::RelationsColumn), QString());
        QVERIFY(doc.addDeal(DealBuilder(u"D7"_s, u"msft"_s, u"oai"_s).supersedes({u"D2"_s})));
        QCOMPARE(cell(model, model.rowOf(u"D2"_s), DealTableModel::RelationsColumn), u"superseded by D7"_s);
        QVERIFY(doc.removeDeal(u"D7"_s));
        QCOMPARE(cell(model, model.rowOf(u"D2"_s), DealTableModel::RelationsColumn), QString());
        doc.setData(data);
        QCOMPARE(cell(model, model.rowOf(id), DealTableModel::RelationsColumn), relations);
    }

    // An aggregate's parts: the cell names the first three, the tool tip all of them.
    void longRelationListIsShortened()
    {
        DocumentData data = sample();
        for (Deal &d : data.deals) {
            if (d.id != u"D4"_s)
                d.partOf = {u"D4"_s};
        }
        Document doc;
        doc.setData(data);
        DealTableModel model(&doc);
        const QModelIndex index = model.index(model.rowOf(u"D4"_s), DealTableModel::RelationsColumn);
        QCOMPARE(index.data().toString(), u"includes D1, D2, D3 and 2 more"_s);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        for (const QString &id : {u"D1"_s, u"D2"_s, u"D3"_s, u"D5"_s, u"D6"_s})
            QVERIFY2(tip.contains(u"includes %1: "_s.arg(id)), qPrintable(tip));
    }

    // An amount its sources disagree about is marked, with each source's claim in the tool tip.
    void disagreementMarker_data()
    {
        QTest::addColumn<std::optional<qint64>>("chosen");
        QTest::addColumn<QList<Source>>("sources");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QStringList>("toolTip");
        auto source = [](const QString &url, std::optional<qint64> claim, std::optional<SourceTier> tier = {}) {
            Source s(url, u"Headline"_s);
            if (claim)
                s.claimedAmount = Money::fromUsd(*claim * bn);
            s.tier = tier;
            return s;
        };
        const QString ft = u"https://www.ft.com/content/1"_s;
        const QString reuters = u"https://www.reuters.com/technology/2"_s;
        QTest::addRow("no claims") << std::optional<qint64>(30) << QList<Source> {source(ft, {}), source(reuters, {})}
                                   << u"$30bn"_s << QStringList();
        QTest::addRow("claims agree") << std::optional<qint64>(30)
                                      << QList<Source> {source(ft, 30), source(reuters, 30)} << u"$30bn"_s
                                      << QStringList();
        QTest::addRow("a claim differs from the figure")
            << std::optional<qint64>(30) << QList<Source> {source(ft, 30), source(reuters, 25)} << u"⚠ $30bn"_s
            << QStringList {
                   u"Sources disagree"_s, u"Financial Times (news outlet): $30bn"_s, u": $25bn"_s, u"Shown: $30bn"_s};
        QTest::addRow("claims differ, figure undisclosed")
            << std::optional<qint64>() << QList<Source> {source(ft, 30), source(reuters, 25)} << u"⚠ undisclosed"_s
            << QStringList {u"Sources disagree"_s, u"$30bn"_s, u"$25bn"_s};
        QTest::addRow("the user's rating shows")
            << std::optional<qint64>(30)
            << QList<Source> {source(ft, 40, SourceTier::TradePress), source(u"https://example.org/x"_s, 30)}
            << u"⚠ $30bn"_s << QStringList {u"Financial Times (trade press): $40bn"_s};
    }
    void disagreementMarker()
    {
        QFETCH(std::optional<qint64>, chosen);
        QFETCH(QList<Source>, sources);
        QFETCH(QString, amount);
        QFETCH(QStringList, toolTip);
        DealsOfSample fixture;
        Deal d = *fixture.doc.deal(u"D4"_s);
        d.amount = chosen ? std::optional(Money::fromUsd(*chosen * bn)) : std::nullopt;
        d.sources = sources;
        QVERIFY(fixture.doc.updateDeal(d));
        const QModelIndex index = fixture.model.index(fixture.model.rowOf(u"D4"_s), DealTableModel::AmountColumn);
        QCOMPARE(index.data().toString(), amount);
        QCOMPARE(index.data(DealTableModel::SourcesDisagreeRole).toBool(), !toolTip.isEmpty());
        const QString tip = index.data(Qt::ToolTipRole).toString();
        for (const QString &part : toolTip)
            QVERIFY2(tip.contains(part), qPrintable(tip));
        if (toolTip.isEmpty())
            QVERIFY2(!tip.contains(u"disagree"_s), qPrintable(tip));
        // The mark is not part of what is edited or sorted.
        QVERIFY(!index.data(Qt::EditRole).toString().contains(u"⚠"_s));
    }

    void companyListFollowsEdits()
    {
        Document doc;
        CompanyTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        doc.setData(sample());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(CompanyTableModel::ColumnCount));
        auto rowOf = [&model](const QString &id) { return model.rowOf(id); };
        int row = rowOf(u"anth"_s);
        QCOMPARE(cell(model, row, CompanyTableModel::NameColumn), u"Anthropic"_s);
        QCOMPARE(cell(model, row, CompanyTableModel::KindColumn), u"AI lab"_s);
        QCOMPARE(cell(model, row, CompanyTableModel::CountryColumn), u"US"_s);
        QCOMPARE(model.index(row, CompanyTableModel::DealsColumn).data().toInt(), 3);
        QCOMPARE(model.index(rowOf(u"msft"_s), CompanyTableModel::DealsColumn).data().toInt(), 3);
        QCOMPARE(model.index(rowOf(u"amzn"_s), CompanyTableModel::DealsColumn).data().toInt(), 1);

        // New deals change the counts.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(doc.addDeal(
            deal(u"D9"_s, {QDate(2025, 1, 1), DatePrecision::Year}, u"amzn"_s, u"anth"_s, DealKind::Equity, 4 * bn)));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(rowOf(u"amzn"_s), CompanyTableModel::DealsColumn).data().toInt(), 2);
        QCOMPARE(model.index(rowOf(u"anth"_s), CompanyTableModel::DealsColumn).data().toInt(), 4);

        // Companies come and go.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(doc.addCompany(company(u"sg"_s, u"Société Générale"_s, CompanyKind::Investor, u"FR"_s)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        row = rowOf(u"sg"_s);
        QCOMPARE(cell(model, row, CompanyTableModel::NameColumn), u"Société Générale"_s);
        QCOMPARE(cell(model, row, CompanyTableModel::KindColumn), u"Investor"_s);
        QCOMPARE(model.index(row, CompanyTableModel::DealsColumn).data().toInt(), 0);
        Company renamed = *doc.company(u"sg"_s);
        renamed.name = u"SocGen"_s;
        QVERIFY(doc.updateCompany(renamed));
        QCOMPARE(cell(model, rowOf(u"sg"_s), CompanyTableModel::NameColumn), u"SocGen"_s);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(!doc.removeCompany(u"amzn"_s)); // still has deals: no row goes
        QCOMPARE(removed.count(), 0);
        QVERIFY(doc.removeCompany(u"sg"_s));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(rowOf(u"sg"_s), -1);
        QVERIFY(doc.removeDeal(u"D5"_s));
        QVERIFY(doc.removeDeal(u"D9"_s));
        QCOMPARE(model.index(rowOf(u"amzn"_s), CompanyTableModel::DealsColumn).data().toInt(), 0);
        QVERIFY(doc.removeCompany(u"amzn"_s));
        QCOMPARE(model.rowCount(), 4);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(DocumentTableModel::IdRole).toString(), model.idAt(r));

        // Sort values are raw: deal counts as numbers.
        QCOMPARE(model.index(rowOf(u"anth"_s), CompanyTableModel::DealsColumn).data(DocumentTableModel::SortRole),
            QVariant(3));

        doc.setData({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
