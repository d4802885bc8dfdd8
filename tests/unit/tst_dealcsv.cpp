#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "io/Csv.h"
#include "io/DealCsv.h"
#include "io/ReadControl.h"
#include "support/Builders.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kFile = u"deals.csv"_s;

DocumentData knownCompanies()
{
    DocumentData known;
    Company openai;
    openai.id = u"openai"_s;
    openai.name = u"OpenAI"_s;
    openai.kind = CompanyKind::AiLab;
    openai.country = u"US"_s;
    openai.note = {u"ChatGPT maker."_s, u"Entwickler von ChatGPT."_s};
    openai.position = QPointF(10, 20);
    Company mistral;
    mistral.id = u"mistral"_s; // not the slug of its name: the known id must be kept
    mistral.name = u"Mistral AI"_s;
    mistral.kind = CompanyKind::AiLab;
    mistral.country = u"FR"_s;
    known.companies << openai << mistral;
    return known;
}

// moc 6.4 does not know raw string literals: in the fixtures below a "//" must follow an odd number
// of quotes (as it does outside quoted CSV fields), or moc loses the test class.

// Three deals in the reference columns: a quoted note with a comma and doubled quotes, a note
// with a line break, UTF-8 names, an undisclosed amount, amounts in exact billions.
const QByteArray kDeals
    = R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D016,2024-06-11,day,General Catalyst-led syndicate,Mistral AI,equity,0.6437,committed,"Series B of EUR 600m ($643.7m), called ""B""",https://e.com/a,Title A,Serie B
D100,2025-03-01,month,Société Générale,Zürich AI,loan,,reported,"Two
lines",https://e.com/b,Title B,
D072,2025-10-28,day,openai,Various,compute,1400,committed,Aggregate,https://e.com/c,Title C,"Gesamt: 1,4 Bio. $"
)";

void verifyDeals(const CapflowFormat::ReadResult &result, bool withNoteDe)
{
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    const DocumentData &data = result.data;
    QCOMPARE(data.deals.size(), 3);
    const Deal &mistral = data.deals.at(0);
    QCOMPARE(mistral.id, u"D016"_s);
    QCOMPARE(mistral.date, FuzzyDate(QDate(2024, 6, 11), DatePrecision::Day));
    QCOMPARE(mistral.from, u"general-catalyst-led-syndicate"_s);
    QCOMPARE(mistral.to, u"mistral"_s);
    QCOMPARE(mistral.kind, DealKind::Equity);
    QCOMPARE(mistral.amount, Money::fromUsd(643'700'000));
    QCOMPARE(mistral.amountKind, AmountKind::Committed);
    QCOMPARE(mistral.note.en, u"Series B of EUR 600m ($643.7m), called \"B\""_s);
    QCOMPARE(mistral.note.de, withNoteDe ? u"Serie B"_s : QString());
    QCOMPARE(mistral.sources, QList<Source>({{u"https://e.com/a"_s, u"Title A"_s}}));

    const Deal &loan = data.deals.at(1);
    QCOMPARE(loan.id, u"D100"_s);
    QCOMPARE(loan.date, FuzzyDate(QDate(2025, 3, 1), DatePrecision::Month));
    QCOMPARE(loan.from, u"societe-generale"_s);
    QCOMPARE(loan.to, u"zurich-ai"_s);
    QCOMPARE(loan.kind, DealKind::Loan);
    QVERIFY(!loan.amount);
    QCOMPARE(loan.note.en, u"Two\nlines"_s);
    QCOMPARE(loan.note.de, QString());

    const Deal &aggregate = data.deals.at(2);
    QCOMPARE(aggregate.id, u"D072"_s);
    QCOMPARE(aggregate.from, u"openai"_s);
    QCOMPARE(aggregate.amount, Money::fromUsd(1'400'000'000'000));
    QCOMPARE(aggregate.note.de, withNoteDe ? u"Gesamt: 1,4 Bio. $"_s : QString());

    // Known names keep their data (matched case-insensitively); new names become "other".
    const DocumentData known = knownCompanies();
    QCOMPARE(data.companies.size(), 6);
    auto find = [&data](const QString &id) {
        const auto it = std::find_if(
            data.companies.cbegin(), data.companies.cend(), [&id](const Company &c) { return c.id == id; });
        return it == data.companies.cend() ? Company {} : *it;
    };
    QCOMPARE(find(u"openai"_s), known.companies.at(0));
    QCOMPARE(find(u"mistral"_s), known.companies.at(1));
    const Company societe = find(u"societe-generale"_s);
    QCOMPARE(societe.name, u"Société Générale"_s);
    QCOMPARE(societe.kind, CompanyKind::Other);
    QCOMPARE(societe.country, QString());
    QCOMPARE(find(u"zurich-ai"_s).name, u"Zürich AI"_s);
    QCOMPARE(find(u"zurich-ai"_s).kind, CompanyKind::Other);
    QCOMPARE(find(u"various"_s).kind, CompanyKind::Other);
    QCOMPARE(find(u"general-catalyst-led-syndicate"_s).name, u"General Catalyst-led syndicate"_s);
}

QByteArray referenceHeader()
{
    QFile file(QStringLiteral(CAPFLOW_SOURCE_DIR "/resources/dataset/source/ai-deals.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine().trimmed();
}
} // namespace

class TestDealCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        using Rows = QList<QStringList>;
        QTest::addRow("LF") << QByteArray("a,b\nc,d\n") << Rows {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList {1, 2};
        QTest::addRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << Rows {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                              << QList {1, 2};
        QTest::addRow("no final line end")
            << QByteArray("a,b\r\nc,d") << Rows {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList {1, 2};
        QTest::addRow("comma in quotes") << QByteArray("\"x, y\",z\n") << Rows {{u"x, y"_s, u"z"_s}} << QList {1};
        QTest::addRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                        << Rows {{u"say \"hi\""_s, u"\""_s}} << QList {1};
        QTest::addRow("LF in quotes") << QByteArray("\"l1\nl2\",z\nnext,row\n")
                                      << Rows {{u"l1\nl2"_s, u"z"_s}, {u"next"_s, u"row"_s}} << QList {1, 3};
        QTest::addRow("CRLF in quotes") << QByteArray("\"l1\r\nl2\r\n\",z\r\nnext,row\r\n")
                                        << Rows {{u"l1\nl2\n"_s, u"z"_s}, {u"next"_s, u"row"_s}} << QList {1, 4};
        QTest::addRow("lone CR and CR before CRLF in quotes")
            << QByteArray("\"l1\rl2\r\r\nl4\",z\nnext,row\n")
            << Rows {{u"l1\nl2\n\nl4"_s, u"z"_s}, {u"next"_s, u"row"_s}} << QList {1, 5};
        QTest::addRow("empty fields") << QByteArray("a,,c\n,b,\n\"\",x\n")
                                      << Rows {{u"a"_s, QString(), u"c"_s}, {QString(), u"b"_s, QString()},
                                             {QString(), u"x"_s}}
                                      << QList {1, 2, 3};
        QTest::addRow("UTF-8") << QByteArray("Société Générale,Zürich AI,日本\n")
                               << Rows {{u"Société Générale"_s, u"Zürich AI"_s, u"日本"_s}} << QList {1};
        QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBFid,name\n") << Rows {{u"id"_s, u"name"_s}}
                                         << QList {1};
        QTest::addRow("blank lines skipped") << QByteArray("a\n\r\n\nb\n") << Rows {{u"a"_s}, {u"b"_s}} << QList {1, 4};
        QTest::addRow("spaces kept") << QByteArray(" a , b \n") << Rows {{u" a "_s, u" b "_s}} << QList {1};
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        const Csv::ParseResult parsed = Csv::parse(text, kFile);
        QVERIFY(parsed.problems.isEmpty());
        QList<QStringList> texts;
        QList<int> rowLines;
        for (const Csv::Row &row : parsed.rows) {
            texts << row.texts();
            rowLines << row.line;
        }
        QCOMPARE(texts, rows);
        QCOMPARE(rowLines, lines);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("unterminated") << QByteArray("a,b\r\nc,\"d\r\ne,f\r\n") << 2 << 3;
        QTest::addRow("text after quote") << QByteArray("a,b\nÄ,\"d\"x\n") << 2 << 6;
        QTest::addRow("after multi-line field") << QByteArray("\"x\ny\",\"z\"\"\" w\n") << 2 << 9;
        // Columns count characters: one outside the BMP is one column, as in lineAndColumn().
        QTest::addRow("text after quote, after an emoji") << QByteArray("a,b\n\xF0\x9F\x98\x80,\"d\"x\n") << 2 << 6;
        QTest::addRow("stray continuation byte") << QByteArray("id\xF3\x91\x8B\xA0\x9E\n") << 1 << 4;
        QTest::addRow("overlong form") << QByteArray("a,b\nc,\xC0\xAF\n") << 2 << 3;
        QTest::addRow("surrogate") << QByteArray("a,\xED\xA0\x80\n") << 1 << 3;
        QTest::addRow("truncated at end") << QByteArray("a,b\xE2\x82") << 1 << 4;
    }
    void parseErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const Csv::ParseResult parsed = Csv::parse(text, kFile);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().line, line);
        QCOMPARE(parsed.problems.first().column, column);
        QCOMPARE(parsed.problems.first().file, kFile);
    }

    void formatRow()
    {
        QCOMPARE(Csv::formatRow({u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"l1\nl2"_s, QString()}),
            u"plain,\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\","_s);
    }

    void readsDeals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("LF") << kDeals;
        QByteArray crlf = kDeals;
        crlf.replace("\n", "\r\n");
        QTest::addRow("CRLF") << crlf;
        QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBF" + kDeals);
    }
    void readsDeals()
    {
        QFETCH(QByteArray, text);
        verifyDeals(DealCsv::read(text, kFile, knownCompanies()), true);
    }

    void readsColumnsInAnyOrder()
    {
        // Another order, no note_de, URLs last.
        const QByteArray text
            = R"(kind,to,from,note_en,amount_kind,amount_usd_bn,date_precision,date,id,source_title,source_url
equity,Mistral AI,General Catalyst-led syndicate,"Series B of EUR 600m ($643.7m), called ""B""",committed,0.6437,day,2024-06-11,D016,Title A,https://e.com/a
loan,Zürich AI,Société Générale,"Two
lines",reported,,month,2025-03-01,D100,Title B,https://e.com/b
compute,Various,OPENAI,Aggregate,committed,1400,day,2025-10-28,D072,Title C,https://e.com/c
)";
        verifyDeals(DealCsv::read(text, kFile, knownCompanies()), false);
    }

    void readsSeveralSources()
    {
        QByteArray text = DealCsv::columns().join(u',').toUtf8() + "\n";
        text += "D1,2025-01-02,day,A,B,chips,2.5,estimated,n,\"https://a.example/1\nhttps://b.example/"
                "2\",\"First\nSecond\",\n";
        const auto result = DealCsv::read(text, kFile, {});
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.deals.size(), 1);
        const Deal &d = result.data.deals.first();
        QCOMPARE(d.amount, Money::fromUsd(2'500'000'000));
        QCOMPARE(d.amountKind, AmountKind::Estimated);
        QCOMPARE(d.sources,
            QList<Source>({{u"https://a.example/1"_s, u"First"_s}, {u"https://b.example/2"_s, u"Second"_s}}));
    }

    void knownIdsNotTakenByNewNames()
    {
        // "OPENAI!" is not a known name, but its slug is the id of the known OpenAI.
        QByteArray text = DealCsv::columns().join(u',').toUtf8() + "\n";
        text += "D1,2025-01-02,day,OPENAI!,Mistral AI,equity,1,reported,n,https://e.com/1,T,N\n";
        text += "D2,2025-01-02,day,OpenAI,Mistral AI,equity,1,reported,n,https://e.com/2,T,N\n";
        const auto result = DealCsv::read(text, kFile, knownCompanies());
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.companies.size(), 3);
        QCOMPARE(result.data.deals.at(1).from, u"openai"_s);
        for (const Company &c : result.data.companies) {
            if (c.id == u"openai"_s)
                QCOMPARE(c, knownCompanies().companies.at(0));
        }
        QVERIFY(result.data.deals.at(0).from != u"openai"_s);
    }

    void badRows_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("text");
        // Bytes that are not text are refused, located, never imported.
        QTest::addRow("NUL byte in a field")
            << 3 << 23 << QStringLiteral("NUL byte")
            << QByteArray("id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_"
                          "title,note_de\n"
                          "D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,n,https://e.com/1,T,N\n"
                          "D2,2025-03-01,month,Nv\0idia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N\n",
                   214);
        QTest::addRow("bad date")
            << 4 << 4 << QStringLiteral("invalid date \"2025-13-01\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-13-01,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("date with slashes")
            << 4 << 4 << QStringLiteral("invalid date \"2025/03/01\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025/03/01,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("date with time")
            << 4 << 4 << QStringLiteral("invalid date \"2025-03-01T10:00\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01T10:00,day,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("not the month start")
            << 4 << 4 << QStringLiteral("date 2025-03-15 is not the first day of its month")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-15,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("unknown precision")
            << 4 << 15 << QStringLiteral("unknown date precision \"week\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,week,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("unknown kind")
            << 4 << 38 << QStringLiteral("unknown deal kind \"grant\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,grant,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("unknown amount kind")
            << 4 << 48 << QStringLiteral("unknown amount kind \"about\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,10,about,note,https://e.com/2,T,N
)");
        QTest::addRow("malformed amount")
            << 4 << 45 << QStringLiteral("malformed amount \"1.5e9\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,1.5e9,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("amount with unit")
            << 4 << 45 << QStringLiteral("malformed amount \"1,5\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,"1,5",up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("finer than a dollar")
            << 4 << 45 << QStringLiteral("malformed amount \"0.0000000001\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,0.0000000001,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("negative amount")
            << 4 << 45 << QStringLiteral("amount \"-5\" must not be negative")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,-5,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("empty from")
            << 4 << 21 << QStringLiteral("empty company name in \"from\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("duplicate id")
            << 4 << 1 << QStringLiteral("duplicate id \"D1\"")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D1,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("empty id")
            << 4 << 1 << QStringLiteral("empty id")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
 ,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N
)");
        QTest::addRow("non-http URL")
            << 4 << 59 << QStringLiteral("“ftp:e.com” is not a web address; it must start with http://")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,note,ftp:e.com,T,N
)");
        QTest::addRow("missing URL")
            << 4 << 59 << QStringLiteral("at least one source URL")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,note,,T,N
)");
        QTest::addRow("too few fields")
            << 4 << 1 << QStringLiteral("row has 11 fields but the header has 12")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T
)");
        QTest::addRow("too many fields")
            << 4 << 1 << QStringLiteral("row has 13 fields but the header has 12")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,N,extra
)");
        QTest::addRow("unterminated quote")
            << 4 << 77 << QStringLiteral("quoted field is never closed")
            << QByteArray(
                   "id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_"
                   "de\n"
                   "D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,\"Recap, with a\n"
                   "line break\",https://e.com/1,T,N\n"
                   "D2,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,note,https://e.com/2,T,\"never closed\n");
        QTest::addRow("text after closing quote")
            << 4 << 62 << QStringLiteral("unexpected text after a closing quote")
            << QByteArray(
                   R"(id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
D1,2025-01-02,day,OpenAI,Microsoft,compute,250,committed,"Recap, with a
line break",https://e.com/1,T,N
D2,2025-03-01,month,Nvidia,Anthropic,equity,10,up_to,"closed"x,https://e.com/2,T,N
)");
        // A quoted line break moves the fields after it down: the bad amount is on line 3, column
        // 33 (the fuzzer found it placed at 2:33, past the end of line 2).
        QTest::addRow("bad field after a multi-line field")
            << 3 << 33 << QStringLiteral("malformed amount \"kind\"")
            << QByteArray(
                   "note_en,id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,source_url,source_title\n"
                   "\"a\nb\",D1,2025-01-02,day,A,B,equity,kind,reported,https://e.com/1,T\n");
        QTest::addRow("missing column")
            << 1 << 1 << QStringLiteral("missing column \"amount_kind\"")
            << QByteArray(R"(id,date,date_precision,from,to,kind,amount_usd_bn,note_en,source_url,source_title,note_de
D2,2025-03-01,month,A,B,equity,10,n,https://e.com/2,T,N
)");
        QTest::addRow("empty file") << 1 << 1 << QStringLiteral("the file is empty") << QByteArray(R"()");
    }
    void badRows()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(QByteArray, text);
        // LF, CRLF and lone CR (old Mac) line ends give the same lines.
        for (const char *lineEnd : {"\n", "\r\n", "\r"}) {
            QByteArray input = text;
            input.replace("\n", lineEnd);
            const auto result = DealCsv::read(input, kFile, knownCompanies());
            QVERIFY(!result.ok());
            const Problem &p = result.problems.first();
            QVERIFY2(p.message.contains(message), qPrintable(p.message));
            QCOMPARE(p.file, kFile);
            QCOMPARE(p.line, line);
            QCOMPARE(p.column, column);
            QCOMPARE(result.problems.size(), 1);
            // Nothing is imported, not even the good row before the bad one.
            QVERIFY(result.data.deals.isEmpty());
            QVERIFY(result.data.companies.isEmpty());
        }
    }

    // Large files are read on all cores in consecutive parts: ids given twice, names in any case
    // and problems are still found across the parts, in the order of the rows.
    void manyRowsAcrossParts()
    {
        constexpr int rows = 30000; // above the size at which the rows are split among the cores
        constexpr int pool = 3000;
        auto name = [](int company, int row) {
            const QString n = u"Company %1"_s.arg(company);
            return row % 2 == 0 ? n : n.toUpper(); // the same company in another case
        };
        auto lineOf = [](int row) { return row + 2; };
        QList<QByteArray> lines {"id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,"
                                 "source_title"};
        for (int r = 0; r < rows; ++r)
            lines << u"D%1,2025-01-01,day,%2,\"%3\",equity,1.5,reported,\"n \"\"%1\"\"\",https://e.com/%1,t"_s
                         .arg(r)
                         .arg(name(r % pool, r), name((r * 7 + 1) % pool, r + 1))
                         .toUtf8();
        const QByteArray good = lines.join('\n') + '\n';
        ReadControl control;
        const auto result = DealCsv::read(good, kFile, knownCompanies(), &control);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(control.progress(), 1.0);
        QCOMPARE(result.data.deals.size(), rows);
        QCOMPARE(result.data.companies.size(), pool);
        QCOMPARE(result.data.deals.at(0).from, u"company-0"_s);
        QCOMPARE(result.data.companies.at(0).name, u"Company 0"_s); // as first written
        QCOMPARE(result.data.companies.at(1).name, u"COMPANY 1"_s);
        for (int r : {0, 1, 14999, 15000, 15001, rows - 1}) {
            const Deal &d = result.data.deals.at(r);
            QCOMPARE(d.id, u"D%1"_s.arg(r));
            QCOMPARE(d.from, u"company-%1"_s.arg(r % pool));
            QCOMPARE(d.to, u"company-%1"_s.arg((r * 7 + 1) % pool));
            QCOMPARE(d.note.en, u"n \"%1\""_s.arg(r));
            QCOMPARE(d.sources, QList<Source>({{u"https://e.com/%1"_s.arg(r), u"t"_s}}));
        }

        // Problems in both parts, two in one row, an id given again far from its first row.
        QList<QByteArray> bad = lines;
        auto setRow = [&](int row, const QByteArray &from, const QByteArray &to) {
            bad[row + 1].replace(from, to);
        };
        setRow(10, "2025-01-01", "2025-13-01");
        setRow(20000, "equity", "gift");
        setRow(25000, "D25000,", "D7,");
        setRow(25000, "1.5", "-1");
        setRow(29500, ",t", "");
        setRow(29999, "D29999,", "D20000,");
        const auto broken = DealCsv::read(bad.join('\n'), kFile, knownCompanies());
        const QList<std::pair<int, QString>> expected {{lineOf(10), u"invalid date"_s}, {lineOf(20000), u"gift"_s},
            {lineOf(25000), u"duplicate id \"D7\""_s}, {lineOf(25000), u"must not be negative"_s},
            {lineOf(29500), u"fields but the header has"_s}, {lineOf(29999), u"duplicate id \"D20000\""_s}};
        QCOMPARE(broken.problems.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Problem &p = broken.problems.at(i);
            QVERIFY2(p.line == expected.at(i).first && p.message.contains(expected.at(i).second), qPrintable(p.toString()));
        }
        QVERIFY(broken.data.deals.isEmpty());
        QVERIFY(broken.data.companies.isEmpty());

        ReadControl cancelled;
        cancelled.cancel();
        const auto stopped = DealCsv::read(good, kFile, knownCompanies(), &cancelled);
        QCOMPARE(stopped.problems.size(), 1);
        QVERIFY(stopped.problems.first().message.contains(u"cancelled"_s));
        QVERIFY(stopped.data.deals.isEmpty());
    }

    void header()
    {
        const QByteArray reference = referenceHeader();
        QVERIFY(!reference.isEmpty());
        const QByteArray expected = "id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,"
                                    "source_title,note_de";
        QCOMPARE(reference + ",note_de", expected);
        QCOMPARE(DealCsv::columns().join(u','), QString::fromUtf8(expected));
        QCOMPARE(DealCsv::write({}), expected + "\r\n");
    }

    void writesQuotedFields()
    {
        const auto read = DealCsv::read(kDeals, kFile, knownCompanies());
        QVERIFY(read.ok());
        const QByteArray written = DealCsv::write(read.data);
        const QList<QByteArray> lines = written.split('\n');
        QCOMPARE(lines.at(1),
            QByteArray(
                "D016,2024-06-11,day,General Catalyst-led syndicate,Mistral AI,equity,0.6437,"
                "committed,\"Series B of EUR 600m ($643.7m), called \"\"B\"\"\",https://e.com/a,Title A,Serie B\r"));
        QCOMPARE(lines.at(2), QByteArray("D100,2025-03-01,month,Société Générale,Zürich AI,loan,,reported,\"Two"));
        QCOMPARE(lines.at(4),
            QByteArray("D072,2025-10-28,day,OpenAI,Various,compute,1400,committed,Aggregate,https://e.com/c,Title "
                       "C,\"Gesamt: 1,4 Bio. $\"\r"));
        const auto again = DealCsv::read(written, kFile, read.data);
        QVERIFY(again.ok());
        QCOMPARE(again.data.deals, read.data.deals);
        QCOMPARE(DealCsv::write(again.data), written);
    }

    void bundledRoundTrip()
    {
        Document document;
        document.setData(DocumentFiles::bundled());
        const DocumentData bundled = document.data();
        QCOMPARE(bundled.deals.size(), 140);
        const auto result = DealCsv::read(DealCsv::write(bundled), kFile, bundled);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.deals.size(), bundled.deals.size());
        for (int i = 0; i < bundled.deals.size(); ++i) {
            Deal expected = asInPlainFormats(bundled.deals.at(i));
            expected.capacityMw.reset(); // not a CSV column
            QCOMPARE(result.data.deals.at(i), expected);
        }
        for (const Company &c : result.data.companies)
            QCOMPARE(c, *document.company(c.id));
        QCOMPARE(result.data.deals.at(15).amount, Money::fromUsd(643'700'000));
    }

    // CSV for Excel: a byte order mark, then in German ";" and decimal commas, in English "," and
    // decimal points; fields holding the separator are quoted.
    void excelDialect_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("German")
            << true
            << QByteArray(
                   "\xEF\xBB\xBF"
                   "id;date;date_precision;from;to;kind;amount_usd_bn;amount_kind;note_en;source_url;"
                   "source_title;note_de\r\n"
                   "D1;2025-01-15;day;\"Ärzte; Söhne\";北京智谱;equity;0,415;reported;\"a; b, c\";"
                   "https://example.com/D1;D1;\r\n"
                   "D2;2025-01-15;day;北京智谱;\"Ärzte; Söhne\";loan;1400;committed;\"say \"\"hi\"\"\";"
                   "https://example.com/D2;D2;\r\n"
                   "D3;2025-01-15;day;\"Ärzte; Söhne\";北京智谱;equity;;reported;;https://example.com/D3;D3;\r\n");
        QTest::addRow("English")
            << false
            << QByteArray("\xEF\xBB\xBF"
                          "id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,"
                          "source_title,note_de\r\n"
                          "D1,2025-01-15,day,Ärzte; Söhne,北京智谱,equity,0.415,reported,\"a; b, c\","
                          "https://example.com/D1,D1,\r\n"
                          "D2,2025-01-15,day,北京智谱,Ärzte; Söhne,loan,1400,committed,\"say \"\"hi\"\"\","
                          "https://example.com/D2,D2,\r\n"
                          "D3,2025-01-15,day,Ärzte; Söhne,北京智谱,equity,,reported,,https://example.com/D3,D3,\r\n");
    }
    void excelDialect()
    {
        QFETCH(bool, german);
        QFETCH(QByteArray, expected);
        DocumentData data;
        data.companies << CompanyBuilder(u"a"_s).name(u"Ärzte; Söhne"_s) << CompanyBuilder(u"b"_s).name(u"北京智谱"_s);
        data.deals << DealBuilder(u"D1"_s, u"a"_s, u"b"_s).usd(415'000'000).note(u"a; b, c"_s)
                   << DealBuilder(u"D2"_s, u"b"_s, u"a"_s)
                          .kind(DealKind::Loan)
                          .billions(1400)
                          .amountKind(AmountKind::Committed)
                          .note(u"say \"hi\""_s)
                   << DealBuilder(u"D3"_s, u"a"_s, u"b"_s);
        const DealCsv::CsvDialect dialect = DealCsv::CsvDialect::excel(german ? Language::German : Language::English);
        QCOMPARE(DealCsv::write(data, dialect), expected);

        // The session's language decides for writeForExcel, the format table's writer.
        const QLocale before;
        QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English));
        const QByteArray forExcel = DealCsv::writeForExcel(data);
        QLocale::setDefault(before);
        QCOMPARE(forExcel, expected);

        // The plain writer is the plain dialect: no byte order mark, "," and decimal points.
        const QByteArray plain = DealCsv::write(data);
        QCOMPARE(DealCsv::write(data, DealCsv::CsvDialect::plain()), plain);
        QVERIFY(plain.startsWith("id,date,"));
        QVERIFY(plain.contains(",0.415,"));
        if (!german) // with a byte order mark only: the reader skips it
            QCOMPARE(expected.mid(3), plain);
    }

    // The English dialect reads back as it was written (the byte order mark is skipped).
    // What German Excel saves (and CapFlow's "CSV for Excel" in German): semicolons, decimal
    // commas, a BOM or Windows-1252. It opens as it is.
    void germanExcelDialectReadsBack_data()
    {
        QTest::addColumn<bool>("windows1252");
        QTest::addRow("UTF-8 with BOM") << false;
        QTest::addRow("Windows-1252") << true;
    }
    void germanExcelDialectReadsBack()
    {
        QFETCH(bool, windows1252);
        const DocumentData bundled = DocumentFiles::bundled();
        QByteArray written = DealCsv::write(bundled, DealCsv::CsvDialect::excel(Language::German));
        QVERIFY(written.startsWith("\xEF\xBB\xBFid;"));
        if (windows1252) {
            const QString text = QString::fromUtf8(written.mid(3));
            written.clear();
            for (const QChar c : text) // the bundled notes are Latin-1 apart from a few marks
                written += c.unicode() < 256 ? char(c.unicode()) : '?';
        }
        const auto result = DealCsv::read(written, kFile, bundled);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.deals.size(), bundled.deals.size());
        for (qsizetype i = 0; i < bundled.deals.size(); ++i)
            QCOMPARE(result.data.deals.at(i).amount, bundled.deals.at(i).amount);
        QCOMPARE(result.data.deals.at(15).amount, Money::fromUsd(643'700'000));
        QVERIFY(result.data.deals.first().note.de.contains(u"gewinnorientierten"_s));
    }

    void anotherProgramsTableSaysSo()
    {
        const auto result = DealCsv::read("Organization Name,Money Raised\nLumen,5\n", kFile, knownCompanies());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(
            result.problems.first().message.contains(u"File > Import"_s), qPrintable(result.problems.first().message));
    }

    void excelDialectReadsBack()
    {
        const DocumentData bundled = DocumentFiles::bundled();
        const QByteArray written = DealCsv::write(bundled, DealCsv::CsvDialect::excel(Language::English));
        QVERIFY(written.startsWith("\xEF\xBB\xBFid,"));
        const auto result = DealCsv::read(written, kFile, bundled);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.deals.size(), bundled.deals.size());
        QCOMPARE(result.data.deals.at(15).amount, Money::fromUsd(643'700'000));
    }
};

QTEST_GUILESS_MAIN(TestDealCsv)
#include "tst_dealcsv.moc"
