#include "import/ImportMapping.h"
#include "import/TableImport.h"
#include "import/TextTable.h"
#include "support/Builders.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using ImportMapping::Field;
using ImportMapping::Investors;
using ImportMapping::Mapping;
using ImportMapping::Preset;

namespace {
const QString kFile = u"import.csv"_s;

// A table from delimited text, its format detected.
Import::Sheet sheetOf(const QByteArray &bytes)
{
    const TextTable::Result read = TextTable::read(bytes, kFile, TextTable::detect(bytes));
    if (!read.ok())
        qFatal("fixture not readable: %s", qPrintable(read.problems.first().toString()));
    return read.sheet;
}

TableImport::Options optionsFor(ImportAmount::Style style)
{
    TableImport::Options options;
    options.fileName = kFile;
    options.style = style;
    return options;
}

QString problemText(const TableImport::Result &result)
{
    QStringList lines;
    for (const Problem &p : result.problems)
        lines << p.toString();
    return lines.join(u'\n');
}

// The CapFlow columns as German Excel saves them: a byte order mark, semicolons, decimal commas,
// dd.mm.yyyy dates, CRLF line ends and a quoted field holding a semicolon.
const QByteArray kGermanExcel
    = "\xEF\xBB\xBF"
      "id;date;date_precision;from;to;kind;amount_usd_bn;amount_kind;note_en;source_url;source_title\r\n"
      "D016;11.06.2024;day;General Catalyst;Mistral AI;equity;0,6437;committed;\"Series B; EUR 600m\";"
      "https://e.com/a;Title A\r\n"
      "D100;01.03.2025;month;Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale;Z\xC3\xBCrich AI;loan;;reported;;"
      "https://e.com/b;Title B\r\n"
      "D072;28.10.2025;day;OpenAI;Various;compute;1.400;committed;Aggregate;https://e.com/c;Title C\r\n"
      "D073;01.10.2025;quarter;openai;MISTRAL AI;loan;2,5;up_to;;https://e.com/d;\r\n"
      "D074;2025;;OpenAI;Various;equity;1.234,5;;;https://e.com/e;Title E\r\n";

const QString kCrunchbaseHeader = u"Organization Name,Organization Name URL,Investor Names,Money Raised (in USD),"
                                  u"Announced Date,Funding Type,Transaction Name,Transaction Name URL\n"_s;
// Rows of a Crunchbase funding-round export: one investor, three, three again (joined by "and").
const QByteArray kCrunchbaseRows
    = "Anthropic,https://www.crunchbase.com/organization/anthropic,Google,2000000000,\"Oct 27, 2023\","
      "Corporate Round,Corporate Round - Anthropic,https://www.crunchbase.com/funding_round/a-corporate\n"
      "Anthropic,https://www.crunchbase.com/organization/anthropic,"
      "\"Lightspeed Venture Partners, Fidelity, Salesforce Ventures\",3500000000,2025-03-03,Series E,"
      "Series E - Anthropic,https://www.crunchbase.com/funding_round/a-series-e\n"
      "Mistral AI,https://www.crunchbase.com/organization/mistral-ai,\"ASML, Nvidia and Microsoft\","
      "\"$1,500,000,000\",2025-09-09,Series C,Series C - Mistral AI,"
      "https://www.crunchbase.com/funding_round/m-series-c\n";

void compareDeal(const Deal &actual, const Deal &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.from, expected.from);
    QCOMPARE(actual.to, expected.to);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.amount, expected.amount);
    QCOMPARE(actual.amountKind, expected.amountKind);
    QCOMPARE(actual.note.en, expected.note.en);
    QCOMPARE(actual.note.de, expected.note.de);
    QCOMPARE(actual.sources, expected.sources);
    QVERIFY(actual == expected);
}

QStringList companyIds(const DocumentData &data)
{
    QStringList ids;
    for (const Company &c : data.companies)
        ids << c.id;
    return ids;
}

QString companyName(const DocumentData &data, const QString &id)
{
    for (const Company &c : data.companies) {
        if (c.id == id)
            return c.name;
    }
    return {};
}
} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A German Excel CSV of CapFlow's columns, through the CapFlow preset, into exact deals.
    void germanExcelCapflowPreset()
    {
        const TextTable::Format format = TextTable::detect(kGermanExcel);
        QCOMPARE(format.encoding, TextDecoding::Encoding::Utf8Bom);
        QCOMPARE(format.separator, QChar(u';'));
        const Import::Sheet sheet = sheetOf(kGermanExcel);
        const QStringList header = TableImport::header(sheet);
        QCOMPARE(header,
            QStringList({u"id"_s, u"date"_s, u"date_precision"_s, u"from"_s, u"to"_s, u"kind"_s, u"amount_usd_bn"_s,
                u"amount_kind"_s, u"note_en"_s, u"source_url"_s, u"source_title"_s}));
        QCOMPARE(ImportMapping::bestPreset(header), Preset::Capflow);
        const Mapping mapping = ImportMapping::preset(Preset::Capflow, header);
        QCOMPARE(mapping.columns.size(), 11);
        QCOMPARE(mapping.column(Field::Amount), u"amount_usd_bn"_s);
        QVERIFY(!mapping.columns.contains(Field::NoteDe));
        QCOMPARE(mapping.unit, ImportAmount::Unit::Billions);
        QCOMPARE(mapping.investors, Investors::Single);

        // The amounts say the style: "0,6437" and "2,5" can only be German.
        const QStringList amounts = TableImport::amountTexts(sheet, mapping);
        QCOMPARE(amounts, QStringList({u"0,6437"_s, QString(), u"1.400"_s, u"2,5"_s, u"1.234,5"_s}));
        const ImportAmount::Detection detection = ImportAmount::detect(amounts, ImportAmount::Style::Point);
        QCOMPARE(detection.style, ImportAmount::Style::Comma);
        QCOMPARE(TableImport::amountTexts(sheet, mapping, 2).size(), 2);

        const TableImport::Result result = TableImport::read(sheet, mapping, optionsFor(detection.style));
        QVERIFY2(result.ok(), qPrintable(problemText(result)));
        QCOMPARE(result.rows, 5);
        QVERIFY(result.refusedLines.isEmpty());
        QVERIFY(!result.canceled);
        const QList<Deal> &deals = result.data.deals;
        QCOMPARE(deals.size(), 5);

        Deal mistral = DealBuilder(u"D016"_s, u"general-catalyst"_s, u"mistral-ai"_s)
                           .on(QDate(2024, 6, 11))
                           .usd(643'700'000)
                           .amountKind(AmountKind::Committed)
                           .note(u"Series B; EUR 600m"_s)
                           .sources({{u"https://e.com/a"_s, u"Title A"_s}});
        compareDeal(deals.at(0), mistral);
        Deal loan = DealBuilder(u"D100"_s, u"societe-generale"_s, u"zurich-ai"_s)
                        .on(QDate(2025, 3, 1), DatePrecision::Month)
                        .kind(DealKind::Loan)
                        .sources({{u"https://e.com/b"_s, u"Title B"_s}});
        compareDeal(deals.at(1), loan);
        Deal compute = DealBuilder(u"D072"_s, u"openai"_s, u"various"_s)
                           .on(QDate(2025, 10, 28))
                           .kind(DealKind::Compute)
                           .billions(1400) // "1.400": grouped, not 1.4
                           .amountKind(AmountKind::Committed)
                           .note(u"Aggregate"_s)
                           .sources({{u"https://e.com/c"_s, u"Title C"_s}});
        compareDeal(deals.at(2), compute);
        // Names are matched ignoring case; a source without a title keeps an empty one.
        Deal quarter = DealBuilder(u"D073"_s, u"openai"_s, u"mistral-ai"_s)
                           .on(QDate(2025, 10, 1), DatePrecision::Quarter)
                           .kind(DealKind::Loan)
                           .usd(2'500'000'000)
                           .amountKind(AmountKind::UpTo)
                           .sources({{u"https://e.com/d"_s, QString()}});
        compareDeal(deals.at(3), quarter);
        Deal year = DealBuilder(u"D074"_s, u"openai"_s, u"various"_s)
                        .on(QDate(2025, 1, 1), DatePrecision::Year)
                        .usd(1'234'500'000'000)
                        .sources({{u"https://e.com/e"_s, u"Title E"_s}});
        compareDeal(deals.at(4), year);

        QCOMPARE(companyIds(result.data),
            QStringList({u"mistral-ai"_s, u"general-catalyst"_s, u"zurich-ai"_s, u"societe-generale"_s, u"various"_s,
                u"openai"_s}));
        QCOMPARE(companyName(result.data, u"societe-generale"_s), u"Société Générale"_s);
        QCOMPARE(companyName(result.data, u"mistral-ai"_s), u"Mistral AI"_s); // the first spelling
        QCOMPARE(companyName(result.data, u"openai"_s), u"OpenAI"_s);

        QCOMPARE(result.preview.size(), 5);
        QCOMPARE(result.preview.at(1).line, 3);
        QCOMPARE(result.preview.at(1).deals.size(), 1);
        QVERIFY(result.preview.at(1).problems.isEmpty());

        // In the English style the German amounts are refused, each at its cell.
        const TableImport::Result english = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
        QCOMPARE(english.refusedLines, QSet<int>({2, 5, 6})); // "0,6437" "2,5" "1.234,5"; "1.400" is 1.4 there
        QCOMPARE(english.data.deals.size(), 2);
        QCOMPARE(english.data.deals.at(1).id, u"D072"_s);
        QCOMPARE(english.data.deals.at(1).amount, Money::fromUsd(1'400'000'000));
        QCOMPARE(english.problems.first().line, 2);
        QCOMPARE(english.problems.first().column, 56);
        QVERIFY(english.problems.first().message.startsWith(u"Amount: "_s));
    }

    // A Crunchbase export: one investor is one deal; several are one syndicate or one deal each.
    void crunchbase_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addRow("as exported") << kCrunchbaseHeader;
        QTest::addRow("upper case, odd spaces")
            << u"ORGANIZATION NAME, organization_name_url ,Investor  Names,MONEY RAISED (IN USD),"
               u"announced_date,  Funding-Type,transaction name,TRANSACTION NAME URL \n"_s;
    }
    void crunchbase()
    {
        QFETCH(QString, header);
        const Import::Sheet sheet = sheetOf(header.toUtf8() + kCrunchbaseRows);
        const QStringList names = TableImport::header(sheet);
        QCOMPARE(ImportMapping::bestPreset(names), Preset::Crunchbase);
        Mapping mapping = ImportMapping::preset(Preset::Crunchbase, names);
        const QStringList headerNames = header.trimmed().split(u',');
        auto nameAt = [&headerNames](int i) { return headerNames.at(i).trimmed(); };
        QCOMPARE(mapping.column(Field::To), nameAt(0));
        QCOMPARE(mapping.column(Field::From), nameAt(2));
        QCOMPARE(mapping.column(Field::Amount), nameAt(3));
        QCOMPARE(mapping.column(Field::Date), nameAt(4));
        QCOMPARE(mapping.column(Field::Kind), nameAt(5));
        QCOMPARE(mapping.column(Field::Id), nameAt(6));
        QCOMPARE(mapping.column(Field::SourceTitle), nameAt(6));
        QCOMPARE(mapping.column(Field::SourceUrl), nameAt(7)); // the round's page, not the company's
        QCOMPARE(mapping.columns.size(), 8);
        QCOMPARE(mapping.unit, ImportAmount::Unit::Usd);
        QCOMPARE(mapping.investors, Investors::Syndicate);

        const auto source = [](const char *slug, const QString &title) {
            return QList<Source> {{u"https://www.crunchbase.com/funding_round/"_s + QString::fromLatin1(slug), title}};
        };
        const Deal google = DealBuilder(u"Corporate Round - Anthropic"_s, u"google"_s, u"anthropic"_s)
                                .on(QDate(2023, 10, 27))
                                .usd(2'000'000'000)
                                .sources(source("a-corporate", u"Corporate Round - Anthropic"_s));

        // Syndicate: the whole amount from one company named for the round, the investors in the note.
        {
            const TableImport::Result result
                = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
            QVERIFY2(result.ok(), qPrintable(problemText(result)));
            QCOMPARE(result.rows, 3);
            QCOMPARE(result.data.deals.size(), 3);
            compareDeal(result.data.deals.at(0), google);
            Deal seriesE = DealBuilder(u"Series E - Anthropic"_s, u"anthropic-series-e-investors"_s, u"anthropic"_s)
                               .on(QDate(2025, 3, 3))
                               .usd(3'500'000'000)
                               .note(u"Investors: Lightspeed Venture Partners, Fidelity, Salesforce Ventures."_s)
                               .sources(source("a-series-e", u"Series E - Anthropic"_s));
            seriesE.note.de = u"Investoren: Lightspeed Venture Partners, Fidelity, Salesforce Ventures."_s;
            compareDeal(result.data.deals.at(1), seriesE);
            Deal seriesC = DealBuilder(u"Series C - Mistral AI"_s, u"mistral-ai-series-c-investors"_s, u"mistral-ai"_s)
                               .on(QDate(2025, 9, 9))
                               .usd(1'500'000'000)
                               .note(u"Investors: ASML, Nvidia, Microsoft."_s)
                               .sources(source("m-series-c", u"Series C - Mistral AI"_s));
            seriesC.note.de = u"Investoren: ASML, Nvidia, Microsoft."_s;
            compareDeal(result.data.deals.at(2), seriesC);
            QCOMPARE(companyIds(result.data),
                QStringList({u"anthropic"_s, u"google"_s, u"anthropic-series-e-investors"_s, u"mistral-ai"_s,
                    u"mistral-ai-series-c-investors"_s}));
            QCOMPARE(companyName(result.data, u"anthropic-series-e-investors"_s), u"Anthropic Series E investors"_s);
        }

        // Per investor: one undisclosed deal each (the split is not known); one investor keeps the amount.
        mapping.investors = Investors::PerInvestor;
        {
            const TableImport::Result result
                = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
            QVERIFY2(result.ok(), qPrintable(problemText(result)));
            QCOMPARE(result.rows, 3);
            QCOMPARE(result.data.deals.size(), 7);
            compareDeal(result.data.deals.at(0), google);
            const QStringList investors {u"lightspeed-venture-partners"_s, u"fidelity"_s, u"salesforce-ventures"_s};
            for (int i = 0; i < 3; ++i) {
                Deal one = DealBuilder(u"Series E - Anthropic-%1"_s.arg(i + 1), investors.at(i), u"anthropic"_s)
                               .on(QDate(2025, 3, 3))
                               .note(u"One of 3 investors in this round."_s)
                               .sources(source("a-series-e", u"Series E - Anthropic"_s));
                one.note.de = u"Einer von 3 Investoren dieser Runde."_s;
                compareDeal(result.data.deals.at(1 + i), one);
            }
            QCOMPARE(result.data.deals.at(4).from, u"asml"_s);
            QCOMPARE(result.data.deals.at(5).from, u"nvidia"_s);
            QCOMPARE(result.data.deals.at(6).from, u"microsoft"_s);
            QCOMPARE(result.data.deals.at(6).id, u"Series C - Mistral AI-3"_s);
            QVERIFY(!result.data.deals.at(6).amount);
            QCOMPARE(result.preview.at(1).deals.size(), 3);
            QVERIFY(!companyIds(result.data).contains(u"anthropic-series-e-investors"_s));
            QCOMPARE(companyName(result.data, u"lightspeed-venture-partners"_s), u"Lightspeed Venture Partners"_s);
        }

        // Single: the column is one payer, commas and all.
        mapping.investors = Investors::Single;
        {
            const TableImport::Result result
                = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
            QVERIFY2(result.ok(), qPrintable(problemText(result)));
            QCOMPARE(result.data.deals.size(), 3);
            QCOMPARE(result.data.deals.at(1).from, u"lightspeed-venture-partners-fidelity-salesforce-ventures"_s);
            QCOMPARE(result.data.deals.at(1).amount, Money::fromUsd(3'500'000'000));
        }
    }

    // A syndicate of a round without a funding type is named for the year.
    void syndicateWithoutKind()
    {
        const Import::Sheet sheet = sheetOf("Organization Name,Investor Names,Announced Date,Transaction Name URL\n"
                                            "xAI,\"A; B\",2025-01-01,https://e.com/x\n"
                                            "Zeta,\",\",2025-01-01,https://e.com/z\n");
        const Mapping mapping = ImportMapping::preset(Preset::Crunchbase, TableImport::header(sheet));
        const TableImport::Result result = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
        QCOMPARE(result.data.deals.size(), 1);
        const Deal &deal = result.data.deals.first();
        QCOMPARE(deal.from, u"xai-2025-investors"_s);
        QCOMPARE(deal.id, u"IMP-2"_s); // no id column: by the line
        QCOMPARE(deal.kind, DealKind::Equity);
        QVERIFY(!deal.amount);
        // A list of investors without a name is refused, not read as no deal.
        QCOMPARE(result.refusedLines, QSet<int>({3}));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 3);
        QCOMPARE(result.problems.first().column, 6);
        QVERIFY(result.problems.first().message.startsWith(u"From (payer, investor): "_s));
    }

    // Only a column in USD is taken as the amount.
    void crunchbaseOtherCurrency()
    {
        const QStringList header {u"Organization Name"_s, u"Investor Names"_s, u"Money Raised"_s,
            u"Money Raised Currency"_s, u"Announced Date"_s};
        QVERIFY(!ImportMapping::preset(Preset::Crunchbase, header).columns.contains(Field::Amount));
        QCOMPARE(ImportMapping::preset(Preset::Crunchbase, header.mid(0, 3)).column(Field::Amount), u"Money Raised"_s);
        QCOMPARE(ImportMapping::preset(Preset::Crunchbase, header + QStringList {u"Money Raised (in USD)"_s})
                     .column(Field::Amount),
            u"Money Raised (in USD)"_s);
    }

    // A row with problems is refused with each problem at its line and column, naming the field;
    // the other rows are still read.
    void refusedRows()
    {
        const Import::Sheet sheet = sheetOf("id,date,from,to,amount_usd_bn,source_url\n"
                                            "A1,2025-01-15,OpenAI,Oracle,300,https://e.com/1\n"
                                            "A2,2025-02-30,OpenAI,Oracle,1,https://e.com/2\n"
                                            "A3,2025-03-01,OpenAI,Nvidia,abc,https://e.com/3\n"
                                            "A4,2025-04-01,,Nvidia,2,https://e.com/4\n"
                                            "A5,Q2 2025,CoreWeave,Nvidia,\"2,5\",ftp://x\n"
                                            "A1,2025-05-01,OpenAI,AMD,1,https://e.com/7\n"
                                            "A8,2025-06-01,AMD,OpenAI,,https://e.com/8\n"
                                            "A9,2025-06-01,AMD,,1,https://e.com/9\n"
                                            "A10,2025-06-01,AMD,OpenAI,1,https://e.com/10,extra\n"
                                            "A11,2025-06-01,AMD,OpenAI\n");
        const Mapping mapping = ImportMapping::preset(Preset::Capflow, TableImport::header(sheet));
        const TableImport::Result result = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
        QCOMPARE(result.rows, 10);
        QCOMPARE(result.refusedLines, QSet<int>({3, 4, 5, 6, 7, 9, 11}));

        struct Expected
        {
            int line;
            int column;
            QString start; // the field's name
            QString contains;
        };
        const QList<Expected> expected = {
            {3, 4, u"Date: "_s, u"\"2025-02-30\" is not a date"_s}, {4, 29, u"Amount: "_s, u"abc"_s},
            {5, 15, u"From (payer, investor): "_s, u"empty company name"_s}, {6, 29, u"Amount: "_s, u"2,5"_s},
            {6, 35, u"Source URL: "_s, u"ftp://x"_s}, {7, 1, u"Deal id: "_s, u"duplicate id \"A1\""_s},
            {9, 19, u"To (receiver): "_s, u"empty company name"_s},
            {11, 1, u"Source URL: "_s, u"no source"_s}, // a short row: the cell is missing
        };
        QCOMPARE(result.problems.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Problem &p = result.problems.at(i);
            QCOMPARE(p.file, kFile);
            QCOMPARE(p.line, expected.at(i).line);
            if (i + 1 < expected.size())
                QCOMPARE(p.column, expected.at(i).column);
            QVERIFY2(p.message.startsWith(expected.at(i).start), qPrintable(p.message));
            QVERIFY2(p.message.contains(expected.at(i).contains), qPrintable(p.message));
        }

        // The rows without problems, and only their companies.
        QCOMPARE(result.data.deals.size(), 3);
        QCOMPARE(result.data.deals.at(0).id, u"A1"_s);
        QCOMPARE(result.data.deals.at(0).amount, Money::fromUsd(300'000'000'000));
        QCOMPARE(result.data.deals.at(1).id, u"A8"_s);
        QVERIFY(!result.data.deals.at(1).amount);
        QCOMPARE(result.data.deals.at(2).id, u"A10"_s);
        QCOMPARE(companyIds(result.data), QStringList({u"oracle"_s, u"openai"_s, u"amd"_s}));

        // The preview names the table column and the field.
        QCOMPARE(result.preview.size(), 10);
        QCOMPARE(result.preview.at(2).line, 4);
        QVERIFY(result.preview.at(2).deals.isEmpty());
        QCOMPARE(result.preview.at(2).problems.size(), 1);
        QVERIFY2(result.preview.at(2).problems.first().startsWith(u"column 5 (Amount): "_s),
            qPrintable(result.preview.at(2).problems.first()));
        QCOMPARE(result.preview.at(4).problems.size(), 2);
        QVERIFY(result.preview.at(4).problems.at(1).startsWith(u"column 6 (Source URL): "_s));
        QVERIFY(result.preview.at(5).problems.first().startsWith(u"column 1 (Deal id): "_s));
        QCOMPARE(result.preview.at(6).deals.size(), 1);

        TableImport::Options fewer = optionsFor(ImportAmount::Style::Point);
        fewer.previewRows = 2;
        QCOMPARE(TableImport::read(sheet, mapping, fewer).preview.size(), 2);
    }

    // A date precision must agree with the date: 15 March is not the start of a month.
    void datePrecision()
    {
        const Import::Sheet sheet = sheetOf("id;date;date_precision;from;to;source_url\n"
                                            "P1;15.03.2025;month;A;B;https://e.com/1\n"
                                            "P2;01.04.2025;Quarter;A;B;https://e.com/2\n"
                                            "P3;01.04.2025;weekly;A;B;https://e.com/3\n"
                                            "P4;Q2 2025;day;A;B;https://e.com/4\n");
        const Mapping mapping = ImportMapping::preset(Preset::Capflow, TableImport::header(sheet));
        const TableImport::Result result = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Comma));
        QCOMPARE(result.refusedLines, QSet<int>({2, 4}));
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).column, 4);
        QVERIFY(result.problems.at(0).message.startsWith(u"Date: 15.03.2025 is not the first day of its month"_s));
        QCOMPARE(result.problems.at(1).column, 15);
        QVERIFY(result.problems.at(1).message.startsWith(u"Date precision: unknown precision \"weekly\""_s));
        QCOMPARE(result.data.deals.size(), 2);
        QCOMPARE(result.data.deals.at(0).date, FuzzyDate(QDate(2025, 4, 1), DatePrecision::Quarter));
        QCOMPARE(result.data.deals.at(1).date, FuzzyDate(QDate(2025, 4, 1), DatePrecision::Day));
    }

    // Kinds, amount kinds and sources from the mapping's defaults when a row has none.
    void defaults()
    {
        const Import::Sheet sheet = sheetOf("Payer\tReceiver\tWhen\tKind\tAmount is\tMillions\n"
                                            "A\tB\t2025-01-15\t\t\t12\n"
                                            "A\tB\t2025-01-16\tDebt Financing\testimated\t1.5\n"
                                            "A\tB\t2025-01-17\tgift\tperhaps\t1\n");
        Mapping mapping;
        mapping.columns = {{Field::From, u"Payer"_s}, {Field::To, u"Receiver"_s}, {Field::Date, u"When"_s},
            {Field::Kind, u"Kind"_s}, {Field::AmountKind, u"Amount is"_s}, {Field::Amount, u"Millions"_s}};
        mapping.unit = ImportAmount::Unit::Millions;
        mapping.defaultKind = DealKind::Compute;
        mapping.defaultAmountKind = AmountKind::Committed;
        // Without a source the rows are refused.
        {
            const TableImport::Result result
                = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
            QCOMPARE(result.refusedLines, QSet<int>({2, 3, 4}));
            QVERIFY(result.problems.first().message.startsWith(u"Source URL: no source"_s));
        }
        mapping.defaultSource = {u"https://e.com/list"_s, u"The list"_s};
        const TableImport::Result result = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
        QCOMPARE(result.refusedLines, QSet<int>({4}));
        QCOMPARE(result.problems.size(), 2);
        QVERIFY(result.problems.at(0).message.startsWith(u"Deal kind: unknown deal kind \"gift\""_s));
        QCOMPARE(result.problems.at(0).column, 16);
        QVERIFY(result.problems.at(1).message.startsWith(u"Amount is: unknown amount kind \"perhaps\""_s));
        QCOMPARE(result.problems.at(1).column, 21);
        QCOMPARE(result.data.deals.size(), 2);
        const Deal &first = result.data.deals.at(0);
        QCOMPARE(first.id, u"IMP-2"_s);
        QCOMPARE(first.kind, DealKind::Compute);
        QCOMPARE(first.amountKind, AmountKind::Committed);
        QCOMPARE(first.amount, Money::fromUsd(12'000'000));
        QCOMPARE(first.sources, QList<Source>({mapping.defaultSource}));
        const Deal &second = result.data.deals.at(1);
        QCOMPARE(second.kind, DealKind::Loan);
        QCOMPARE(second.amountKind, AmountKind::Estimated);
        QCOMPARE(second.amount, Money::fromUsd(1'500'000));
    }

    // A mapping without a payer, receiver or date column, or with a column the header lacks, is a
    // problem of the header; no row is read.
    void headerProblems_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("column"); // empty: not mapped
        QTest::addColumn<QString>("message");
        QTest::addRow("no from") << Field::From << QString() << u"no column is mapped to From (payer, investor)"_s;
        QTest::addRow("no to") << Field::To << QString() << u"no column is mapped to To (receiver)"_s;
        QTest::addRow("no date") << Field::Date << QString() << u"no column is mapped to Date"_s;
        QTest::addRow("missing column") << Field::Amount << u"Betrag"_s
                                        << u"the header has no column \"Betrag\" (mapped to Amount)"_s;
    }
    void headerProblems()
    {
        QFETCH(Field, field);
        QFETCH(QString, column);
        QFETCH(QString, message);
        const Import::Sheet sheet = sheetOf("\n\nid,date,from,to,amount_usd_bn,source_url\n"
                                            "A1,2025-01-15,OpenAI,Oracle,300,https://e.com/1\n");
        Mapping mapping = ImportMapping::preset(Preset::Capflow, TableImport::header(sheet));
        QVERIFY(TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point)).ok());
        if (column.isEmpty())
            mapping.columns.remove(field);
        else
            mapping.columns.insert(field, column);
        const TableImport::Result result = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Point));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().file, kFile);
        QCOMPARE(result.problems.first().line, 3); // the header's line
        QCOMPARE(result.problems.first().column, 1);
        QVERIFY2(result.problems.first().message.startsWith(message), qPrintable(result.problems.first().message));
        QCOMPARE(result.rows, 0);
        QVERIFY(result.data.deals.isEmpty());
    }

    void emptyTable()
    {
        const TableImport::Result result
            = TableImport::read(Import::Sheet {}, Mapping {}, optionsFor(ImportAmount::Style::Point));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 1);
        QVERIFY(result.problems.first().message.contains(u"empty"_s));
        QVERIFY(TableImport::header(Import::Sheet {}).isEmpty());
    }

    // A workbook's sheet: columns are sheet columns, empty cells may be left out, and number cells
    // are read in C-locale form whatever the style.
    void workbookSheet()
    {
        Import::Sheet sheet;
        sheet.name = u"Deals"_s;
        auto cell = [](const QString &text, int line, int column, bool number = false) {
            return Import::Cell {text, line, column, number};
        };
        sheet.rows << Import::Row {1,
            {cell(u"from"_s, 1, 1), cell(u"to"_s, 1, 2), cell(u"date"_s, 1, 4), cell(u"amount"_s, 1, 5),
                cell(u"source_url"_s, 1, 6)}};
        sheet.rows << Import::Row {2,
            {cell(u"A"_s, 2, 1), cell(u"B"_s, 2, 2), cell(u"2025-02-01"_s, 2, 4), cell(u"2.5"_s, 2, 5, true),
                cell(u"https://e.com/1"_s, 2, 6)}};
        sheet.rows << Import::Row {3,
            {cell(u"A"_s, 3, 1), cell(u"2025-02-02"_s, 3, 4), cell(u"2,5"_s, 3, 5), cell(u"https://e.com/2"_s, 3, 6)}};
        QCOMPARE(TableImport::header(sheet),
            QStringList({u"from"_s, u"to"_s, QString(), u"date"_s, u"amount"_s, u"source_url"_s}));
        const Mapping mapping = ImportMapping::preset(Preset::Capflow, TableImport::header(sheet));
        QCOMPARE(mapping.column(Field::Amount), u"amount"_s);
        QCOMPARE(TableImport::amountTexts(sheet, mapping), QStringList({u"2,5"_s})); // not the number cell
        const TableImport::Result result = TableImport::read(sheet, mapping, optionsFor(ImportAmount::Style::Comma));
        QCOMPARE(result.data.deals.size(), 1);
        QCOMPARE(result.data.deals.first().amount, Money::fromUsd(2'500'000'000));
        QCOMPARE(result.refusedLines, QSet<int>({3})); // no receiver
        QCOMPARE(result.problems.first().line, 3);
        QCOMPARE(result.problems.first().column, 2);
    }

    // The progress callback may cancel; nothing is kept then.
    void cancel()
    {
        QByteArray bytes = "from,to,date,source_url\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "A,B,2025-01-01,https://e.com/" + QByteArray::number(i) + "\n";
        const Import::Sheet sheet = sheetOf(bytes);
        const Mapping mapping = ImportMapping::preset(Preset::Capflow, TableImport::header(sheet));
        TableImport::Options options = optionsFor(ImportAmount::Style::Point);
        int calls = 0;
        options.progress = [&calls](int done, int total) {
            ++calls;
            return done < 4096 && total == 5000;
        };
        const TableImport::Result canceled = TableImport::read(sheet, mapping, options);
        QVERIFY(canceled.canceled);
        QCOMPARE(calls, 1);
        QVERIFY(canceled.data.deals.isEmpty());
        QVERIFY(canceled.data.companies.isEmpty());
        options.progress = [](int, int) { return true; };
        const TableImport::Result done = TableImport::read(sheet, mapping, options);
        QVERIFY(!done.canceled);
        QCOMPARE(done.data.deals.size(), 5000);
        QCOMPARE(done.data.deals.last().id, u"IMP-5001"_s);
    }

    void presetBestAndKeys()
    {
        QCOMPARE(ImportMapping::presetKey(Preset::Capflow), u"capflow"_s);
        QCOMPARE(ImportMapping::presetKey(Preset::Crunchbase), u"crunchbase"_s);
        QCOMPARE(ImportMapping::presetFromKey(u"crunchbase"_s), Preset::Crunchbase);
        QCOMPARE(ImportMapping::presetFromKey(u"capflow"_s), Preset::Capflow);
        QVERIFY(!ImportMapping::presetFromKey(u"excel"_s));
        QVERIFY(!ImportMapping::presetName(Preset::Crunchbase).isEmpty());
        QVERIFY(ImportMapping::presetName(Preset::Capflow) != ImportMapping::presetName(Preset::Crunchbase));
        QCOMPARE(ImportMapping::bestPreset({}), Preset::Capflow);
        QCOMPARE(ImportMapping::bestPreset({u"Company"_s, u"Investors"_s, u"Date"_s}), Preset::Crunchbase);
        QCOMPARE(ImportMapping::bestPreset({u"from"_s, u"to"_s, u"date"_s}), Preset::Capflow);

        // Every field has a key that reads back and a name.
        QCOMPARE(ImportMapping::fields().size(), 12);
        for (const Field field : ImportMapping::fields()) {
            QCOMPARE(ImportMapping::fieldFromKey(ImportMapping::fieldKey(field)), field);
            QVERIFY(!ImportMapping::fieldName(field).isEmpty());
        }
        QCOMPARE(ImportMapping::fieldKey(Field::From), u"from"_s);
        QCOMPARE(ImportMapping::fieldKey(Field::DatePrecision), u"date_precision"_s);
        QVERIFY(!ImportMapping::fieldFromKey(u"From"_s));

        // The CapFlow preset takes "amount" too, and the header's own spelling.
        const Mapping m = ImportMapping::preset(Preset::Capflow, {u" FROM "_s, u"To"_s, u"Amount"_s, u"Note EN"_s});
        QCOMPARE(m.column(Field::From), u"FROM"_s);
        QCOMPARE(m.column(Field::To), u"To"_s);
        QCOMPARE(m.column(Field::Amount), u"Amount"_s);
        QCOMPARE(m.column(Field::NoteEn), u"Note EN"_s);
        QCOMPARE(m.columns.size(), 4);
        QVERIFY(!m.style);
        QCOMPARE(m.unit, ImportAmount::Unit::Billions);
        // The first column of a name wins.
        QCOMPARE(ImportMapping::preset(Preset::Capflow, {u"from"_s, u"From"_s}).column(Field::From), u"from"_s);
    }

    void kindsFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: none
        QTest::addRow("key") << u"compute"_s << int(DealKind::Compute);
        QTest::addRow("key, spaced") << u" loan "_s << int(DealKind::Loan);
        QTest::addRow("series") << u"Series B"_s << int(DealKind::Equity);
        QTest::addRow("seed") << u"Seed"_s << int(DealKind::Equity);
        QTest::addRow("venture") << u"Venture - Series Unknown"_s << int(DealKind::Equity);
        QTest::addRow("corporate round") << u"Corporate Round"_s << int(DealKind::Equity);
        QTest::addRow("debt") << u"Debt Financing"_s << int(DealKind::Loan);
        QTest::addRow("convertible") << u"Convertible Note"_s << int(DealKind::Loan);
        QTest::addRow("post-ipo debt") << u"Post-IPO Debt"_s << int(DealKind::Loan);
        QTest::addRow("acquisition") << u"Acquisition"_s << int(DealKind::Acquisition);
        QTest::addRow("übernahme") << u"Übernahme"_s << int(DealKind::Acquisition);
        QTest::addRow("partnership") << u"Strategic Partnership"_s << int(DealKind::Partnership);
        QTest::addRow("gpu") << u"GPU supply"_s << int(DealKind::Chips);
        QTest::addRow("unknown") << u"gift"_s << -1;
        QTest::addRow("empty") << QString() << -1;
    }
    void kindsFromText()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const std::optional<DealKind> parsed = ImportMapping::dealKindFromText(text);
        QCOMPARE(parsed.has_value(), kind >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), kind);
    }

    void amountKindsFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: none
        QTest::addRow("key") << u"up_to"_s << int(AmountKind::UpTo);
        QTest::addRow("up to") << u"Up to"_s << int(AmountKind::UpTo);
        QTest::addRow("bis zu") << u"bis zu"_s << int(AmountKind::UpTo);
        QTest::addRow("estimated") << u"Estimated"_s << int(AmountKind::Estimated);
        QTest::addRow("geschätzt") << u"geschätzt"_s << int(AmountKind::Estimated);
        QTest::addRow("committed") << u"committed"_s << int(AmountKind::Committed);
        QTest::addRow("zugesagt") << u"zugesagt"_s << int(AmountKind::Committed);
        QTest::addRow("reported") << u"Reported"_s << int(AmountKind::Reported);
        QTest::addRow("unknown") << u"perhaps"_s << -1;
        QTest::addRow("empty") << QString() << -1;
    }
    void amountKindsFromText()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const std::optional<AmountKind> parsed = ImportMapping::amountKindFromText(text);
        QCOMPARE(parsed.has_value(), kind >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), kind);
    }

    // A saved mapping reads back as it was, through JSON text too.
    void mappingJsonRoundTrip_data()
    {
        QTest::addColumn<Mapping>("mapping");
        Mapping full;
        full.columns = {{Field::Id, u"Nr."_s}, {Field::Date, u"Datum"_s}, {Field::From, u"Von"_s}, {Field::To, u"An"_s},
            {Field::Amount, u"Betrag (Mio. $)"_s}, {Field::NoteDe, u"Notiz"_s}, {Field::SourceUrl, u"Quelle"_s}};
        full.unit = ImportAmount::Unit::Millions;
        full.style = ImportAmount::Style::Comma;
        full.investors = Investors::PerInvestor;
        full.defaultKind = DealKind::Loan;
        full.defaultAmountKind = AmountKind::Estimated;
        full.defaultSource = {u"https://e.com/list"_s, u"Die Liste"_s};
        QTest::addRow("full") << full;
        Mapping english = full;
        english.style = ImportAmount::Style::Point;
        english.unit = ImportAmount::Unit::Thousands;
        english.investors = Investors::Syndicate;
        english.defaultSource = {};
        QTest::addRow("english, no source") << english;
        QTest::addRow("default") << Mapping {};
        QTest::addRow("usd") << [] {
            Mapping m;
            m.unit = ImportAmount::Unit::Usd;
            return m;
        }();
        QTest::addRow("capflow preset") << ImportMapping::preset(Preset::Capflow,
            {u"id"_s, u"date"_s, u"from"_s, u"to"_s, u"amount_usd_bn"_s, u"source_url"_s, u"source_title"_s});
        QTest::addRow("crunchbase preset")
            << ImportMapping::preset(Preset::Crunchbase, QString(kCrunchbaseHeader).trimmed().split(u','));
    }
    void mappingJsonRoundTrip()
    {
        QFETCH(Mapping, mapping);
        const QJsonObject json = mapping.toJson();
        QCOMPARE(json.value(u"format"_s).toString(), u"capflow-import-mapping"_s);
        QCOMPARE(json.value(u"version"_s).toInt(), 1);
        QCOMPARE(json.value(u"columns"_s).toObject().size(), mapping.columns.size());
        QCOMPARE(json.contains(u"number_style"_s), mapping.style.has_value());
        QString error = u"untouched"_s;
        const std::optional<Mapping> back = Mapping::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(error, u"untouched"_s);
        QCOMPARE(back->columns, mapping.columns);
        QCOMPARE(back->unit, mapping.unit);
        QCOMPARE(back->style, mapping.style);
        QCOMPARE(back->investors, mapping.investors);
        QCOMPARE(back->defaultKind, mapping.defaultKind);
        QCOMPARE(back->defaultAmountKind, mapping.defaultAmountKind);
        QCOMPARE(back->defaultSource, mapping.defaultSource);
        QVERIFY(*back == mapping);

        const QByteArray text = QJsonDocument(json).toJson();
        const std::optional<Mapping> fromText = Mapping::fromJson(QJsonDocument::fromJson(text).object(), nullptr);
        QVERIFY(fromText);
        QVERIFY(*fromText == mapping);
    }

    // The saved form, spelled out: what other tools and older versions read.
    void mappingJsonForm()
    {
        Mapping m;
        m.columns = {{Field::From, u"Von"_s}, {Field::AmountKind, u"Art"_s}};
        m.unit = ImportAmount::Unit::Millions;
        m.style = ImportAmount::Style::Comma;
        m.investors = Investors::PerInvestor;
        m.defaultKind = DealKind::Compute;
        m.defaultAmountKind = AmountKind::UpTo;
        m.defaultSource = {u"https://e.com/x"_s, u"X"_s};
        const QJsonObject expected {{u"format"_s, u"capflow-import-mapping"_s}, {u"version"_s, 1},
            {u"columns"_s, QJsonObject {{u"from"_s, u"Von"_s}, {u"amount_kind"_s, u"Art"_s}}},
            {u"unit"_s, u"millions"_s}, {u"number_style"_s, u"1.234,5"_s}, {u"investors"_s, u"per_investor"_s},
            {u"default_kind"_s, u"compute"_s}, {u"default_amount_kind"_s, u"up_to"_s},
            {u"default_source"_s, QJsonObject {{u"url"_s, u"https://e.com/x"_s}, {u"title"_s, u"X"_s}}}};
        QCOMPARE(m.toJson(), expected);

        // Left out: billions, a detected style, single payers, equity, reported, no source.
        QString error;
        const std::optional<Mapping> minimal
            = Mapping::fromJson(QJsonObject {{u"format"_s, u"capflow-import-mapping"_s}}, &error);
        QVERIFY2(minimal, qPrintable(error));
        QVERIFY(*minimal == Mapping {});
    }

    void mappingJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray("{}") << u"not a CapFlow import mapping"_s;
        QTest::addRow("other format") << QByteArray("{\"format\":\"capflow-analysis\"}")
                                      << u"not a CapFlow import mapping"_s;
        const QByteArray f = "{\"format\":\"capflow-import-mapping\",";
        QTest::addRow("unknown field") << f + "\"columns\":{\"payer\":\"Von\"}}" << u"unknown field \"payer\""_s;
        QTest::addRow("empty column") << f + "\"columns\":{\"from\":\" \"}}"
                                      << u"the column for \"from\" must be a non-empty string"_s;
        QTest::addRow("number column") << f + "\"columns\":{\"to\":3}}"
                                       << u"the column for \"to\" must be a non-empty string"_s;
        QTest::addRow("unknown unit") << f + "\"unit\":\"gallons\"}" << u"unknown unit \"gallons\""_s;
        QTest::addRow("unit not a string") << f + "\"unit\":1000}" << u"unknown unit"_s;
        QTest::addRow("unknown style") << f + "\"number_style\":\"1 234,5\"}" << u"unknown number style \"1 234,5\""_s;
        QTest::addRow("unknown investors") << f + "\"investors\":\"all\"}" << u"unknown investors mode \"all\""_s;
        QTest::addRow("investors not a string") << f + "\"investors\":true}" << u"unknown investors mode"_s;
        QTest::addRow("unknown kind") << f + "\"default_kind\":\"gift\"}" << u"unknown deal kind \"gift\""_s;
        QTest::addRow("unknown amount kind")
            << f + "\"default_amount_kind\":\"maybe\"}" << u"unknown amount kind \"maybe\""_s;
    }
    void mappingJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QString why;
        QVERIFY(!Mapping::fromJson(document.object(), &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
        QVERIFY(!Mapping::fromJson(document.object(), nullptr)); // no place for the reason: still refused
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
