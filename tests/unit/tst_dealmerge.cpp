#include "import/DealMerge.h"
#include "io/CapflowFormat.h"
#include "support/Builders.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using DealMerge::Choice;

namespace {
constexpr qint64 kBillion = 1'000'000'000;

DocumentData document(const QList<Company> &companies, const QList<Deal> &deals = {})
{
    DocumentData data;
    data.companies = companies;
    data.deals = deals;
    return data;
}

// Two companies "a" and "b" in both documents, and one deal in each.
DealMerge::Plan planOne(const Deal &existing, const Deal &incoming)
{
    const QList<Company> companies {CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s)};
    return DealMerge::plan(document(companies, {existing}), {}, document(companies, {incoming}));
}

FuzzyDate day(int y, int m, int d)
{
    return FuzzyDate(QDate(y, m, d), DatePrecision::Day);
}

DocumentData dataset()
{
    QFile file(QStringLiteral(CAPFLOW_SOURCE_DIR "/resources/dataset/ai-capital-flows.capflow"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const CapflowFormat::ReadResult result = CapflowFormat::read(file.readAll(), file.fileName());
    return result.ok() ? result.data : DocumentData {};
}
} // namespace

class TestDealMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nameKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << u"NVIDIA"_s << u"nvidia"_s;
        QTest::newRow("Corp.") << u"Nvidia Corp."_s << u"nvidia"_s;
        QTest::newRow("corporation") << u"nvidia corporation"_s << u"nvidia"_s;
        QTest::newRow("accents, SA") << u"Société Générale SA"_s << u"societe generale"_s;
        QTest::newRow("no accents") << u"societe generale"_s << u"societe generale"_s;
        QTest::newRow("umlaut") << u"Zürich AI"_s << u"zurich ai"_s;
        QTest::newRow("decomposed accent") << u"Therese\u0301"_s << u"therese"_s;
        QTest::newRow("ligature") << u"\uFB01nance Ltd"_s << u"finance"_s;
        QTest::newRow("sharp s, AG") << u"Straße AG"_s << u"strasse"_s;
        QTest::newRow("o with stroke") << u"Ørsted"_s << u"orsted"_s;
        QTest::newRow("parentheses") << u"Alphabet (Google)"_s << u"alphabet google"_s;
        QTest::newRow("comma, Inc.") << u"Meta Platforms, Inc."_s << u"meta platforms"_s;
        QTest::newRow("L.L.C.") << u"Stargate L.L.C."_s << u"stargate"_s;
        QTest::newRow("LLC") << u"Stargate LLC"_s << u"stargate"_s;
        QTest::newRow("S.p.A.") << u"Ferrari S.p.A."_s << u"ferrari"_s;
        QTest::newRow(", S.A.") << u"Banco Santander, S.A."_s << u"banco santander"_s;
        QTest::newRow("GmbH & Co. KG") << u"Foo GmbH & Co. KG"_s << u"foo"_s;
        QTest::newRow("Co., Ltd.") << u"Samsung Electronics Co., Ltd."_s << u"samsung electronics"_s;
        QTest::newRow("Holding N.V.") << u"ASML Holding N.V."_s << u"asml"_s;
        QTest::newRow("PBC") << u"Anthropic, PBC"_s << u"anthropic"_s;
        QTest::newRow("Group kept") << u"SoftBank Group Corp."_s << u"softbank group"_s;
        QTest::newRow("The") << u"The Carlyle Group"_s << u"carlyle group"_s;
        QTest::newRow("the, lower case") << u"the walt disney company"_s << u"walt disney"_s;
        QTest::newRow("The inside a word") << u"Theranos"_s << u"theranos"_s;
        QTest::newRow("only The") << u"The"_s << u"the"_s;
        QTest::newRow("last word kept") << u"The Company"_s << u"company"_s;
        QTest::newRow("suffix alone") << u"Inc."_s << u"inc"_s;
        QTest::newRow("AI is no suffix") << u"Mistral AI"_s << u"mistral ai"_s;
        QTest::newRow("dot between words") << u"Character.AI"_s << u"character ai"_s;
        QTest::newRow("not an initialism") << u"X.AI Corp"_s << u"x ai"_s;
        QTest::newRow("initialism") << u"A.B.C. Capital"_s << u"abc capital"_s;
        QTest::newRow("apostrophe") << u"Moody\u2019s Corporation"_s << u"moodys"_s;
        QTest::newRow("whitespace") << u"  Open\tAI \n Inc "_s << u"open ai"_s;
        QTest::newRow("hyphen") << u"General Catalyst-led syndicate"_s << u"general catalyst led syndicate"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("punctuation only") << u"?!"_s << QString();
    }
    void nameKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(DealMerge::nameKey(name), key);
    }

    void aliases_data()
    {
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<QString>("id");
        QTest::newRow("Google") << u"Google"_s << u"alphabet-google"_s;
        QTest::newRow("Google LLC") << u"Google LLC"_s << u"alphabet-google"_s;
        QTest::newRow("Alphabet Inc.") << u"Alphabet Inc."_s << u"alphabet-google"_s;
        QTest::newRow("the name itself") << u"alphabet (google)"_s << u"alphabet-google"_s;
        QTest::newRow("AWS") << u"AWS"_s << u"amazon"_s;
        QTest::newRow("Amazon Web Services") << u"Amazon Web Services, Inc."_s << u"amazon"_s;
        QTest::newRow("Amazon.com") << u"Amazon.com, Inc."_s << u"amazon"_s;
        QTest::newRow("AMD") << u"Advanced Micro Devices, Inc."_s << u"amd"_s;
        QTest::newRow("Facebook") << u"Facebook"_s << u"meta"_s;
        QTest::newRow("Meta Platforms") << u"Meta Platforms, Inc."_s << u"meta"_s;
        QTest::newRow("X.AI") << u"X.AI Corp."_s << u"xai"_s;
        QTest::newRow("xAI Holdings") << u"xAI Holdings"_s << u"xai"_s;
        QTest::newRow("no alias") << u"Anthropic"_s << QString();
    }
    void aliases()
    {
        QFETCH(QString, incoming);
        QFETCH(QString, id);
        const DocumentData existing = document({CompanyBuilder(u"alphabet-google"_s).name(u"Alphabet (Google)"_s),
            CompanyBuilder(u"amazon"_s).name(u"Amazon"_s), CompanyBuilder(u"amd"_s).name(u"AMD"_s),
            CompanyBuilder(u"meta"_s).name(u"Meta"_s), CompanyBuilder(u"xai"_s).name(u"xAI"_s)});
        const DocumentData imported = document({CompanyBuilder(u"in"_s).name(incoming)});
        const DealMerge::Plan plan = DealMerge::plan(existing, DealMerge::defaultAliases(), imported);
        if (id.isEmpty()) {
            QCOMPARE(plan.newCompanies.size(), 1);
            QCOMPARE(plan.companyIds.value(u"in"_s), u"in"_s);
        } else {
            QCOMPARE(plan.newCompanies.size(), 0);
            QCOMPARE(plan.companyIds.value(u"in"_s), id);
        }
    }

    void aliasesBothWays()
    {
        const QList<DealMerge::Alias> aliases {{u"Google"_s, u"Alphabet (Google)"_s}};
        // The document has the alias, the import the name.
        const DocumentData existing = document({CompanyBuilder(u"g"_s).name(u"Google"_s)});
        const DocumentData imported = document({CompanyBuilder(u"alphabet-google"_s).name(u"Alphabet (Google)"_s)});
        QCOMPARE(DealMerge::plan(existing, aliases, imported).companyIds.value(u"alphabet-google"_s), u"g"_s);
        // Without the alias they are two companies.
        const DealMerge::Plan without = DealMerge::plan(existing, {}, imported);
        QCOMPARE(without.companyIds.value(u"alphabet-google"_s), u"alphabet-google"_s);
        QCOMPARE(without.newCompanies.size(), 1);
        // A company of the alias's own name is preferred to the one the alias stands for.
        const DocumentData both
            = document({CompanyBuilder(u"a"_s).name(u"Alphabet (Google)"_s), CompanyBuilder(u"g"_s).name(u"Google"_s)});
        const DealMerge::Plan exact
            = DealMerge::plan(both, aliases, document({CompanyBuilder(u"x"_s).name(u"Google Inc."_s)}));
        QCOMPARE(exact.companyIds.value(u"x"_s), u"g"_s);
    }

    void newCompanies()
    {
        const DocumentData existing = document(
            {CompanyBuilder(u"openai"_s).name(u"OpenAI"_s), CompanyBuilder(u"mistral-2"_s).name(u"Other"_s)});
        DocumentData imported = document({
            CompanyBuilder(u"openai"_s).name(u"Open Source Lab"_s).kind(CompanyKind::AiLab).country(u"DE"_s),
            CompanyBuilder(u"mistral"_s).name(u"Mistral AI"_s),
            CompanyBuilder(u"oai"_s).name(u"OpenAI, Inc."_s),
            CompanyBuilder(u"m2"_s).name(u"MISTRAL AI SAS"_s),
            CompanyBuilder(u"g"_s).name(u"Google"_s),
            CompanyBuilder(u"alphabet"_s).name(u"Alphabet"_s),
            CompanyBuilder(u"lab"_s).name(u"Open Source Lab"_s),
        });
        imported.deals << DealBuilder(u"D1"_s, u"openai"_s, u"mistral"_s).build()
                       << DealBuilder(u"D2"_s, u"oai"_s, u"m2"_s).build();
        const DealMerge::Plan plan = DealMerge::plan(existing, DealMerge::defaultAliases(), imported);

        // An id the document has for another name gets a suffix; a free id is kept.
        QCOMPARE(plan.newCompanies.size(), 3);
        const Company &lab = plan.newCompanies.at(0);
        QCOMPARE(lab.id, u"openai-2"_s);
        QCOMPARE(lab.name, u"Open Source Lab"_s);
        QCOMPARE(lab.kind, CompanyKind::AiLab);
        QCOMPARE(lab.country, u"DE"_s);
        QCOMPARE(plan.newCompanies.at(1).id, u"mistral"_s);
        QCOMPARE(plan.newCompanies.at(1).name, u"Mistral AI"_s);
        // Google and Alphabet, both new, are one company by the aliases.
        QCOMPARE(plan.newCompanies.at(2).id, u"g"_s);
        QCOMPARE(plan.newCompanies.at(2).name, u"Google"_s);

        const QHash<QString, QString> expected {{u"openai"_s, u"openai-2"_s}, {u"mistral"_s, u"mistral"_s},
            {u"oai"_s, u"openai"_s}, {u"m2"_s, u"mistral"_s}, {u"g"_s, u"g"_s}, {u"alphabet"_s, u"g"_s},
            {u"lab"_s, u"openai-2"_s}};
        QCOMPARE(plan.companyIds, expected);

        // Deals follow the companies.
        QCOMPARE(plan.newDeals.size(), 2);
        QCOMPARE(plan.newDeals.at(0).from, u"openai-2"_s);
        QCOMPARE(plan.newDeals.at(0).to, u"mistral"_s);
        QCOMPARE(plan.newDeals.at(1).from, u"openai"_s);
        QCOMPARE(plan.newDeals.at(1).to, u"mistral"_s);
    }

    void classify_data()
    {
        QTest::addColumn<FuzzyDate>("existingDate");
        QTest::addColumn<qint64>("existingBn"); // -1: undisclosed
        QTest::addColumn<FuzzyDate>("incomingDate");
        QTest::addColumn<qint64>("incomingBn");
        QTest::addColumn<bool>("otherKind");
        QTest::addColumn<bool>("reversed");
        QTest::addColumn<QString>("expected"); // duplicate, near, new
        QTest::addColumn<QStringList>("differences");

        const FuzzyDate jan15 = day(2025, 1, 15);
        const FuzzyDate january(QDate(2025, 1, 1), DatePrecision::Month);
        const FuzzyDate november(QDate(2025, 11, 1), DatePrecision::Month);
        const FuzzyDate q4(QDate(2025, 10, 1), DatePrecision::Quarter);
        const FuzzyDate y2025(QDate(2025, 1, 1), DatePrecision::Year);
        const QStringList none;
        const QStringList amount {u"amount"_s};
        const QStringList date {u"date"_s};
        const QStringList both {u"amount"_s, u"date"_s};
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

        row("identical") << jan15 << 10LL << jan15 << 10LL << false << false << u"duplicate"_s << none;
        row("month, day in it") << november << 10LL << day(2025, 11, 18) << 10LL << false << false << u"duplicate"_s
                                << none;
        row("day, month around it") << day(2025, 11, 18) << 10LL << november << 10LL << false << false << u"duplicate"_s
                                    << none;
        row("quarter, its last day") << q4 << 10LL << day(2025, 12, 31) << 10LL << false << false << u"duplicate"_s
                                     << none;
        row("year, a month in it") << y2025 << 10LL << november << 10LL << false << false << u"duplicate"_s << none;
        row("both undisclosed") << jan15 << -1LL << jan15 << -1LL << false << false << u"duplicate"_s << none;
        row("amount differs") << jan15 << 10LL << jan15 << 12LL << false << false << u"near"_s << amount;
        row("amount disclosed now") << jan15 << -1LL << jan15 << 10LL << false << false << u"near"_s << amount;
        row("amount no longer disclosed") << jan15 << 10LL << jan15 << -1LL << false << false << u"near"_s << amount;
        row("amount and precision differ") << january << 10LL << jan15 << 12LL << false << false << u"near"_s << both;
        row("10 days later") << jan15 << 10LL << day(2025, 1, 25) << 10LL << false << false << u"near"_s << date;
        row("10 days earlier") << jan15 << 10LL << day(2025, 1, 5) << 10LL << false << false << u"near"_s << date;
        row("31 days later") << jan15 << 10LL << day(2025, 2, 15) << 10LL << false << false << u"near"_s << date;
        row("day after the month") << january << 10LL << day(2025, 2, 1) << 10LL << false << false << u"near"_s << date;
        row("31 days after the month") << january << 10LL << day(2025, 3, 3) << 10LL << false << false << u"near"_s
                                       << date;
        row("32 days after the month") << january << 10LL << day(2025, 3, 4) << 10LL << false << false << u"new"_s
                                       << none;
        row("32 days later") << jan15 << 10LL << day(2025, 2, 16) << 10LL << false << false << u"new"_s << none;
        row("10 days later, both undisclosed")
            << jan15 << -1LL << day(2025, 1, 25) << -1LL << false << false << u"new"_s << none;
        row("10 days later, amount differs")
            << jan15 << 10LL << day(2025, 1, 25) << 12LL << false << false << u"new"_s << none;
        row("other kind") << jan15 << 10LL << jan15 << 10LL << true << false << u"new"_s << none;
        row("other direction") << jan15 << 10LL << jan15 << 10LL << false << true << u"new"_s << none;
        row("a year apart") << jan15 << 10LL << day(2024, 1, 15) << 10LL << false << false << u"new"_s << none;
    }
    void classify()
    {
        QFETCH(FuzzyDate, existingDate);
        QFETCH(qint64, existingBn);
        QFETCH(FuzzyDate, incomingDate);
        QFETCH(qint64, incomingBn);
        QFETCH(bool, otherKind);
        QFETCH(bool, reversed);
        QFETCH(QString, expected);
        QFETCH(QStringList, differences);
        auto billions = [](qint64 bn) { return bn < 0 ? std::nullopt : std::optional<qint64>(bn); };

        const Deal existing = DealBuilder(u"D001"_s, u"a"_s, u"b"_s).date(existingDate).billions(billions(existingBn));
        const Deal incoming = DealBuilder(u"X1"_s, reversed ? u"b"_s : u"a"_s, reversed ? u"a"_s : u"b"_s)
                                  .date(incomingDate)
                                  .billions(billions(incomingBn))
                                  .kind(otherKind ? DealKind::Compute : DealKind::Equity);
        const DealMerge::Plan plan = planOne(existing, incoming);
        QCOMPARE(plan.count(), 1);
        QCOMPARE(plan.newCompanies.size(), 0);
        QCOMPARE(plan.duplicates.size(), expected == u"duplicate"_s ? 1 : 0);
        QCOMPARE(plan.nearDuplicates.size(), expected == u"near"_s ? 1 : 0);
        QCOMPARE(plan.newDeals.size(), expected == u"new"_s ? 1 : 0);
        if (expected == u"duplicate"_s)
            QCOMPARE(plan.duplicates.at(0), incoming);
        if (expected == u"new"_s)
            QCOMPARE(plan.newDeals.at(0), incoming); // its id is free
        if (expected == u"near"_s) {
            const DealMerge::NearDuplicate &near = plan.nearDuplicates.at(0);
            QCOMPARE(near.incoming, incoming);
            QCOMPARE(near.existingId, u"D001"_s);
            QCOMPARE(near.existing, existing);
            QCOMPARE(near.differences, differences);
        }
    }

    void closestPairing()
    {
        const QList<Company> companies {CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s)};
        const Deal e1 = DealBuilder(u"D001"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 10)).billions(10);
        const Deal e2 = DealBuilder(u"D002"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 20)).billions(10);
        const DocumentData existing = document(companies, {e1, e2});
        {
            // 8 days after one, 2 days before the other.
            const Deal i = DealBuilder(u"X1"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 18)).billions(10);
            const DealMerge::Plan plan = DealMerge::plan(existing, {}, document(companies, {i}));
            QCOMPARE(plan.nearDuplicates.size(), 1);
            QCOMPARE(plan.nearDuplicates.at(0).existingId, u"D002"_s);
            const Deal j = DealBuilder(u"X1"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 12)).billions(10);
            QCOMPARE(
                DealMerge::plan(existing, {}, document(companies, {j})).nearDuplicates.at(0).existingId, u"D001"_s);
        }
        {
            // Both overlap: the one whose period's middle is nearer.
            const Deal month
                = DealBuilder(u"D001"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 1), DatePrecision::Month).billions(10);
            const Deal exact = DealBuilder(u"D002"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 15)).billions(11);
            const Deal i = DealBuilder(u"X1"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 15)).billions(12);
            const DealMerge::Plan plan
                = DealMerge::plan(document(companies, {month, exact}), {}, document(companies, {i}));
            QCOMPARE(plan.nearDuplicates.size(), 1);
            QCOMPARE(plan.nearDuplicates.at(0).existingId, u"D002"_s);
        }
        {
            // An existing deal is paired once: the second incoming deal takes the next one, and
            // becomes a new deal when there is none.
            const Deal i1 = DealBuilder(u"X1"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 20)).billions(11);
            const Deal i2 = DealBuilder(u"X2"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 20)).billions(12);
            const Deal i3 = DealBuilder(u"X3"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 10)).billions(13);
            const Deal i4 = DealBuilder(u"X4"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 10)).billions(14);
            const DealMerge::Plan plan = DealMerge::plan(existing, {}, document(companies, {i1, i2, i3, i4}));
            QCOMPARE(plan.nearDuplicates.size(), 2);
            QCOMPARE(plan.nearDuplicates.at(0).incoming.id, u"X1"_s);
            QCOMPARE(plan.nearDuplicates.at(0).existingId, u"D002"_s);
            QCOMPARE(plan.nearDuplicates.at(1).incoming.id, u"X3"_s);
            QCOMPARE(plan.nearDuplicates.at(1).existingId, u"D001"_s);
            QCOMPARE(plan.newDeals.size(), 2);
            QCOMPARE(plan.newDeals.at(0).id, u"X2"_s);
            QCOMPARE(plan.newDeals.at(1).id, u"X4"_s);
            QCOMPARE(plan.count(), 4);
        }
    }

    void duplicatesWithinImport()
    {
        const QList<Company> companies {CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s), CompanyBuilder(u"c"_s)};
        const Deal existing = DealBuilder(u"D001"_s, u"a"_s, u"b"_s).billions(10);
        const Deal i1 = DealBuilder(u"X1"_s, u"a"_s, u"c"_s).billions(5);
        const Deal i2 = DealBuilder(u"X2"_s, u"a"_s, u"c"_s).on(QDate(2025, 1, 1), DatePrecision::Month).billions(5);
        const Deal i3 = DealBuilder(u"X3"_s, u"a"_s, u"c"_s).billions(6); // same day, other amount: kept
        const Deal near1 = DealBuilder(u"X4"_s, u"a"_s, u"b"_s).billions(12);
        const Deal near2 = DealBuilder(u"X5"_s, u"a"_s, u"b"_s).billions(12);
        const DealMerge::Plan plan
            = DealMerge::plan(document(companies, {existing}), {}, document(companies, {i1, i2, i3, near1, near2}));
        QCOMPARE(plan.newDeals.size(), 2);
        QCOMPARE(plan.newDeals.at(0).id, u"X1"_s);
        QCOMPARE(plan.newDeals.at(1).id, u"X3"_s);
        QCOMPARE(plan.nearDuplicates.size(), 1);
        QCOMPARE(plan.nearDuplicates.at(0).incoming.id, u"X4"_s);
        QCOMPARE(plan.duplicates.size(), 2);
        QCOMPARE(plan.duplicates.at(0).id, u"X2"_s);
        QCOMPARE(plan.duplicates.at(1).id, u"X5"_s);
        QCOMPARE(plan.count(), 5);
    }

    void dealIds()
    {
        const QList<Company> companies {CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s)};
        auto deal = [](const char *id, int dayOfMonth) {
            return DealBuilder(QString::fromLatin1(id), u"a"_s, u"b"_s).on(QDate(2025, 3, dayOfMonth)).build();
        };
        const DocumentData existing = document(companies, {deal("D001", 1), deal("D002", 2), deal("custom", 3)});
        const DocumentData imported = document(companies,
            {deal("D002", 10), deal("D010", 11), deal("X7", 12), deal("X7", 13), deal("custom", 14), deal("", 15)});
        const DealMerge::Plan plan = DealMerge::plan(existing, {}, imported);
        QStringList ids;
        for (const Deal &d : plan.newDeals)
            ids << d.id;
        QCOMPARE(ids, QStringList({u"D011"_s, u"D010"_s, u"X7"_s, u"D012"_s, u"D013"_s, u"D014"_s}));
        QCOMPARE(plan.nextDealNumber, 15);
    }

    void changes()
    {
        const QList<Company> companies {CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s), CompanyBuilder(u"c"_s)};
        Deal existing = DealBuilder(u"D001"_s, u"a"_s, u"b"_s)
                            .billions(10)
                            .sources({{u"https://e.com/1"_s, u"One"_s}, {u"https://e.com/2"_s, u"Two"_s}})
                            .note(u"Existing note"_s);
        existing.note.de = u"Bestehende Notiz"_s;
        existing.capacityMw = 1000;
        const Deal other = DealBuilder(u"D002"_s, u"a"_s, u"c"_s).billions(3);
        const Deal incoming
            = DealBuilder(u"D001"_s, u"a"_s, u"b"_s)
                  .billions(12)
                  .amountKind(AmountKind::Committed)
                  .sources({{u"https://e.com/2"_s, u"Two, again"_s}, {u"https://e.com/3"_s, u"Three"_s}})
                  .note(u"Incoming note"_s);
        const Deal fresh = DealBuilder(u"X1"_s, u"b"_s, u"c"_s).billions(1);
        DocumentData imported = document({CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s), CompanyBuilder(u"c"_s),
                                             CompanyBuilder(u"d"_s).name(u"New company"_s)},
            {incoming, fresh});
        const DealMerge::Plan plan = DealMerge::plan(document(companies, {existing, other}), {}, imported);
        QCOMPARE(plan.nearDuplicates.size(), 1);
        QCOMPARE(plan.newDeals.size(), 1);
        QCOMPARE(plan.newCompanies.size(), 1);

        {
            const DealMerge::Changes c = DealMerge::changes(plan, {Choice::KeepExisting});
            QCOMPARE(c.addedCompanies, plan.newCompanies);
            QCOMPARE(c.addedDeals, plan.newDeals);
            QVERIFY(c.replacedDeals.isEmpty());
            // A missing choice keeps the existing deal.
            const DealMerge::Changes missing = DealMerge::changes(plan, {});
            QCOMPARE(missing.addedDeals, plan.newDeals);
            QVERIFY(missing.replacedDeals.isEmpty());
        }
        {
            const DealMerge::Changes c = DealMerge::changes(plan, {Choice::Replace});
            QCOMPARE(c.addedCompanies, plan.newCompanies);
            QCOMPARE(c.addedDeals, plan.newDeals);
            QCOMPARE(c.replacedDeals.size(), 1);
            const Deal &d = c.replacedDeals.at(0);
            QCOMPARE(d.id, u"D001"_s);
            QCOMPARE(d.amount, Money::fromUsd(12 * kBillion));
            QCOMPARE(d.amountKind, AmountKind::Committed);
            const QList<Source> sources {
                {u"https://e.com/1"_s, u"One"_s}, {u"https://e.com/2"_s, u"Two"_s}, {u"https://e.com/3"_s, u"Three"_s}};
            QCOMPARE(d.sources, sources);
            QCOMPARE(d.note.en, u"Incoming note"_s);
            QCOMPARE(d.note.de, u"Bestehende Notiz"_s); // the import had none
            QCOMPARE(d.capacityMw, std::optional<qint64>(1000));
        }
        {
            const DealMerge::Changes c = DealMerge::changes(plan, {Choice::KeepBoth});
            QVERIFY(c.replacedDeals.isEmpty());
            QCOMPARE(c.addedDeals.size(), 2);
            QCOMPARE(c.addedDeals.at(0), plan.newDeals.at(0));
            const Deal &d = c.addedDeals.at(1);
            QCOMPARE(d.id, u"D003"_s); // fresh: D001 and D002 are taken
            QCOMPARE(d.amount, Money::fromUsd(12 * kBillion));
            QCOMPARE(d.sources, incoming.sources);
            QVERIFY2(d.note.en.startsWith(u"Incoming note "_s), qPrintable(d.note.en));
            QVERIFY2(d.note.en.contains(u"D001"_s), qPrintable(d.note.en));
            QVERIFY2(d.note.de.contains(u"D001"_s), qPrintable(d.note.de));
            QVERIFY2(!d.note.de.startsWith(u"Incoming"_s), qPrintable(d.note.de)); // the import had no German note
        }
    }

    void changesKeepBothTwice()
    {
        const QList<Company> companies {CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s)};
        const Deal e1 = DealBuilder(u"D001"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 1)).billions(1);
        const Deal e2 = DealBuilder(u"D005"_s, u"a"_s, u"b"_s).on(QDate(2025, 6, 1)).billions(2);
        const Deal i1 = DealBuilder(u"X1"_s, u"a"_s, u"b"_s).on(QDate(2025, 1, 1)).billions(3);
        const Deal i2 = DealBuilder(u"X2"_s, u"a"_s, u"b"_s).on(QDate(2025, 6, 1)); // undisclosed
        const DealMerge::Plan plan = DealMerge::plan(document(companies, {e1, e2}), {}, document(companies, {i1, i2}));
        QCOMPARE(plan.nearDuplicates.size(), 2);
        const DealMerge::Changes c = DealMerge::changes(plan, {Choice::KeepBoth, Choice::KeepBoth});
        QCOMPARE(c.addedDeals.size(), 2);
        QCOMPARE(c.addedDeals.at(0).id, u"D006"_s);
        QCOMPARE(c.addedDeals.at(1).id, u"D007"_s);
        // Without a note of its own, the note is the remark alone.
        QVERIFY(c.addedDeals.at(1).note.en.contains(u"D005"_s));
        QVERIFY(!c.addedDeals.at(1).note.en.startsWith(u' '));
        QVERIFY(!c.addedDeals.at(1).note.de.isEmpty());
        const DealMerge::Changes mixed = DealMerge::changes(plan, {Choice::Replace, Choice::KeepExisting});
        QCOMPARE(mixed.replacedDeals.size(), 1);
        QCOMPARE(mixed.replacedDeals.at(0).id, u"D001"_s);
        QVERIFY(mixed.addedDeals.isEmpty());
    }

    void dataset()
    {
        const DocumentData data = ::dataset();
        QVERIFY(data.deals.size() > 50);
        const DealMerge::Plan plan = DealMerge::plan(data, DealMerge::defaultAliases(), data);
        QCOMPARE(plan.newCompanies.size(), 0);
        QCOMPARE(plan.newDeals.size(), 0);
        QCOMPARE(plan.nearDuplicates.size(), 0);
        QCOMPARE(plan.duplicates.size(), data.deals.size());
        QCOMPARE(plan.duplicates, data.deals);
        QCOMPARE(plan.count(), data.deals.size());
        for (const Company &c : data.companies)
            QCOMPARE(plan.companyIds.value(c.id), c.id);
    }

    void datasetAliases()
    {
        // The default aliases name the dataset's companies.
        const DocumentData data = ::dataset();
        QVERIFY(!data.companies.isEmpty());
        const QHash<QString, QString> expected {{u"Google"_s, u"alphabet-google"_s},
            {u"Alphabet"_s, u"alphabet-google"_s}, {u"AWS"_s, u"amazon"_s}, {u"Amazon Web Services"_s, u"amazon"_s},
            {u"Advanced Micro Devices"_s, u"amd"_s}, {u"Meta Platforms"_s, u"meta"_s}, {u"Facebook"_s, u"meta"_s},
            {u"X.AI"_s, u"xai"_s}, {u"Twitter"_s, u"x-corp"_s}, {u"NVIDIA Corporation"_s, u"nvidia"_s},
            {u"Stargate"_s, u"stargate-llc"_s}, {u"SoftBank Group Corp."_s, u"softbank"_s},
            {u"Microsoft Azure"_s, u"microsoft"_s}, {u"Oracle Cloud Infrastructure"_s, u"oracle"_s},
            {u"Codeium"_s, u"windsurf"_s}, {u"Character Technologies, Inc."_s, u"character-ai"_s}};
        DocumentData imported;
        int n = 0;
        QHash<QString, QString> names; // incoming id -> name
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString id = u"in"_s + QString::number(++n);
            imported.companies << CompanyBuilder(id).name(it.key());
            names.insert(id, it.key());
        }
        const DealMerge::Plan plan = DealMerge::plan(data, DealMerge::defaultAliases(), imported);
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            QCOMPARE(plan.companyIds.value(it.key()), expected.value(it.value()));
        QCOMPARE(plan.newCompanies.size(), 0);
    }

    void datasetChanged()
    {
        // The dataset again with one amount changed and one deal a week later: two near-duplicates.
        const DocumentData data = ::dataset();
        QVERIFY(data.deals.size() > 50);
        DocumentData imported = data;
        int changedAmount = -1;
        int moved = -1;
        for (int i = 0; i < imported.deals.size(); ++i) {
            Deal &d = imported.deals[i];
            if (changedAmount < 0 && d.amount && d.date.precision() == DatePrecision::Day) {
                d.amount = *d.amount + Money::fromUsd(kBillion);
                changedAmount = i;
            } else if (moved < 0 && d.amount && d.date.precision() == DatePrecision::Day) {
                d.date = FuzzyDate(d.date.periodStart().addDays(7), DatePrecision::Day);
                moved = i;
            }
        }
        QVERIFY(moved >= 0);
        const DealMerge::Plan plan = DealMerge::plan(data, DealMerge::defaultAliases(), imported);
        QCOMPARE(plan.newDeals.size(), 0);
        QCOMPARE(plan.duplicates.size(), data.deals.size() - 2);
        QCOMPARE(plan.nearDuplicates.size(), 2);
        QCOMPARE(plan.nearDuplicates.at(0).existingId, data.deals.at(changedAmount).id);
        QCOMPARE(plan.nearDuplicates.at(0).differences, QStringList {u"amount"_s});
        QCOMPARE(plan.nearDuplicates.at(1).existingId, data.deals.at(moved).id);
        QCOMPARE(plan.nearDuplicates.at(1).differences, QStringList {u"date"_s});
    }

    void manyDeals()
    {
        // 300,000 existing deals, most between one pair of companies on consecutive days, and
        // 30,000 incoming ones: comparing each with each would take billions of steps.
        const QList<Company> companies {CompanyBuilder(u"a"_s), CompanyBuilder(u"b"_s), CompanyBuilder(u"c"_s)};
        DocumentData existing = document(companies);
        const int n = 300'000;
        existing.deals.reserve(n);
        const QDate first(1900, 1, 1);
        for (int i = 0; i < n; ++i) {
            existing.deals << DealBuilder(u"D"_s + QString::number(i + 1), i % 10 ? u"a"_s : u"c"_s, u"b"_s)
                                  .on(first.addDays(i))
                                  .usd(i + 1)
                                  .build();
        }
        DocumentData imported = document(companies);
        for (int i = 1; i < n; i += 10) {
            Deal d = existing.deals.at(i);
            d.id = u"X"_s + QString::number(i);
            if (i % 20 == 1)
                d.amount = Money::fromUsd(0); // another amount: a near-duplicate
            imported.deals << d;
        }
        QElapsedTimer timer;
        timer.start();
        const DealMerge::Plan plan = DealMerge::plan(existing, {}, imported);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(plan.duplicates.size(), n / 20);
        QCOMPARE(plan.nearDuplicates.size(), n / 20);
        QCOMPARE(plan.newDeals.size(), 0);
        QVERIFY2(elapsed < 30'000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestDealMerge)
#include "tst_dealmerge.moc"
