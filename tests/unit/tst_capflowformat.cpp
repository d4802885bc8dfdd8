#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "io/CapflowFormat.h"
#include "io/ReadControl.h"
#include "io/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>

using namespace Qt::StringLiterals;

namespace {
const QString kFile = u"doc.capflow"_s;

// A document that holds every optional field and every enum value.
DocumentData everyField()
{
    DocumentData data;
    data.title = u"Ünïcode “title” with \"quotes\", a \\ backslash\nand a line break"_s;
    const QList<CompanyKind> companyKinds = enumValues<CompanyKind>();
    for (int i = 0; i < companyKinds.size(); ++i) {
        Company c;
        c.id = u"c%1"_s.arg(i);
        c.name = i == 0 ? u"Société Générale"_s : u"Company %1"_s.arg(i);
        c.kind = companyKinds.at(i);
        if (i % 2 == 0)
            c.country = u"FR"_s;
        if (i != 1)
            c.note.en = u"Note %1 in English"_s.arg(i);
        if (i != 2)
            c.note.de = u"Notiz %1 auf Deutsch: Zürich, „Anführungszeichen“ 🚀"_s.arg(i);
        data.companies << c;
    }
    data.companies[0].position = QPointF(0.1 + 0.2, -1.0 / 3.0);
    data.companies[1].position = QPointF(12345.678901234567, 2.5e-7);
    data.companies[2].position = QPointF(100, -0.1);

    const QList<DealKind> dealKinds = enumValues<DealKind>();
    const QList<AmountKind> amountKinds = enumValues<AmountKind>();
    const QList<std::optional<qint64>> amounts {643'700'000, 1'400'000'000'000, std::nullopt,
        9'007'199'254'740'993 /* 2^53 + 1: not a double */, 1, 0, 183'000'000'000};
    const QList<FuzzyDate> dates {{QDate(2019, 7, 22), DatePrecision::Day}, {QDate(2025, 3, 1), DatePrecision::Month},
        {QDate(2025, 7, 1), DatePrecision::Quarter}, {QDate(2023, 1, 1), DatePrecision::Year}};
    const QList<std::optional<qint64>> capacities {std::nullopt, 1000, 30'000, 1, 4500, std::nullopt, 250};
    for (int i = 0; i < dealKinds.size(); ++i) {
        Deal d;
        d.id = u"D%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        d.date = dates.at(i % dates.size());
        d.from = data.companies.at(i % companyKinds.size()).id;
        d.to = data.companies.at((i + 2) % companyKinds.size()).id;
        d.kind = dealKinds.at(i);
        d.amount = amounts.at(i) ? std::optional(Money::fromUsd(*amounts.at(i))) : std::nullopt;
        d.amountKind = amountKinds.at(i % amountKinds.size());
        d.capacityMw = capacities.at(i);
        if (i % 3 != 0)
            d.note.en = u"Deal note, with \"quotes\"\nand a second line"_s;
        if (i % 3 != 1)
            d.note.de = u"Übernahme für 1,4 Bio. $"_s;
        for (int s = 0; s <= i % 3; ++s)
            d.sources << Source {u"https://example.com/deal/%1?s=%2&x=%C3%BC"_s.arg(i).arg(s),
                s == 1 ? QString() : u"Source „%1“"_s.arg(s)};
        // Version 2: a source's own figure, date, note and rating; relations to other deals.
        if (i % 3 == 2) {
            d.sources[1].claimedAmount = Money::fromUsd(65'000'000'000 + i);
            d.sources[1].claimedDate = QDate(2026, 5, 28);
            d.sources[1].note = u"Says „65 Mrd. $“"_s;
            d.sources[2].tier = SourceTier::TradePress;
        }
        if (i > 0)
            d.related(i == 2 ? DealRelation::PartOf
                    : i % 2  ? DealRelation::Supersedes
                             : DealRelation::Overlaps)
                << data.deals.first().id;
        data.deals << d;
    }
    const QList<ValuationKind> valuationKinds = enumValues<ValuationKind>();
    for (int i = 0; i < valuationKinds.size(); ++i) {
        Valuation v;
        v.id = u"V%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        v.company = data.companies.at(i).id;
        v.date = dates.at((i + 1) % dates.size());
        v.value = Money::fromUsd(i == 0 ? 61'500'000'000 : 1'400'000'000'000 + i);
        v.kind = valuationKinds.at(i);
        v.sources << Source {u"http://example.org/v"_s, u"Valuation"_s} << Source {u"https://example.org/w"_s, {}};
        data.valuations << v;
    }
    data.valuations[0].sources[1].claimedAmount = Money::fromUsd(60'000'000'000);
    data.aliases = {{u"Ünï “alias”"_s, data.companies.at(0).name}, {u"Gone Inc."_s, u"A company renamed since"_s}};
    data.sourceTiers = {{u"example.org"_s, SourceTier::Primary}, {u"blog.example.com"_s, SourceTier::Unrated}};
    data.dataThrough = FuzzyDate(QDate(2026, 6, 1), DatePrecision::Month);
    return data;
}

quint64 bits(double value)
{
    return std::bit_cast<quint64>(value);
}
} // namespace

class TestCapflowFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A cancelled read stops, says so and returns nothing; the locator stops within its batch.
    void cancelledReadStops()
    {
        const QByteArray bytes = CapflowFormat::write(DocumentFiles::bundled());
        ReadControl control;
        control.cancel();
        const CapflowFormat::ReadResult stopped = CapflowFormat::read(bytes, QStringLiteral("x.capflow"), &control);
        QCOMPARE(stopped.problems.size(), 1);
        QVERIFY(stopped.problems.at(0).message.contains(QStringLiteral("cancelled")));
        QVERIFY(stopped.data.deals.isEmpty());
        const JsonLocator locator(bytes, control.cancelFlag());
        QVERIFY(locator.wasCancelled());
        const std::atomic<bool> running {false};
        const JsonLocator whole(bytes, &running);
        QVERIFY(!whole.wasCancelled());
        QVERIFY(whole.offsetOf(QStringLiteral("/deals/3/amount_usd")) > 0);
        ReadControl reading;
        const CapflowFormat::ReadResult read = CapflowFormat::read(bytes, QStringLiteral("x.capflow"), &reading);
        QCOMPARE(reading.progress(), 1.0);
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.data.deals.size(), DocumentFiles::bundled().deals.size());
    }

    // A valid file costs the locator one light scan: the index of positions is built only when a
    // position is asked for (a problem to report).
    void locatorIndexesOnlyWhenAsked()
    {
        const QByteArray bytes = CapflowFormat::write(DocumentFiles::bundled());
        const JsonLocator locator(bytes);
        QVERIFY(locator.duplicateKeys().isEmpty());
        QVERIFY(!locator.isIndexed());
        const qsizetype at = locator.offsetOf(QStringLiteral("/deals/3/amount_usd"));
        QVERIFY(locator.isIndexed());
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        const QJsonValue amount = document[u"deals"_s][3][u"amount_usd"_s];
        QVERIFY(amount.isString()); // money is written exactly, as a string of digits
        QVERIFY2(bytes.mid(at).startsWith('"' + amount.toString().toUtf8() + '"'), bytes.mid(at, 20).constData());
    }

    // Keys given twice, found by the light scan wherever they are, escaped or not, in small
    // objects and in large ones (those are searched by hash).
    void locatorFindsKeysGivenTwice_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("offset"); // of the second key's opening quote
        QTest::newRow("top level") << QByteArray(R"({"a": 1, "b": 2, "a": 3})") << QStringLiteral("/a") << 17;
        QTest::newRow("nested in an array") << QByteArray(R"({"x": [{"k": 1}, {"k": 2, "k": 3}]})") << QStringLiteral("/x/1/k") << 26;
        QTest::newRow("escaped the second time") << QByteArray("{\"name\": 1, \"n\\u0061me\": 2}") << QStringLiteral("/name") << 12;
        QTest::newRow("key with a slash") << QByteArray(R"({"a/b": 1, "a/b": 2})") << QStringLiteral("/a~1b") << 11;
        QByteArray many = "{";
        for (int i = 0; i < 40; ++i)
            many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
        const int offset = int(many.size());
        many += R"("k30": 0})";
        QTest::newRow("the 41st of many keys") << many << QStringLiteral("/k30") << offset;
    }
    void locatorFindsKeysGivenTwice()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QFETCH(int, offset);
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
        const JsonLocator locator(json);
        QCOMPARE(locator.duplicateKeys().size(), 1);
        QCOMPARE(locator.duplicateKeys().at(0).pointer, pointer);
        QCOMPARE(locator.duplicateKeys().at(0).offset, qsizetype(offset));
        // Distinct keys that share a prefix or differ only in escapes of other characters are not.
        const JsonLocator distinct(QByteArray("{\"a\": 1, \"ab\": 2, \"a\\\"\": 3, \"b\": {\"a\": 1}}"));
        QVERIFY(distinct.duplicateKeys().isEmpty());
    }

    // URLs in the JSON fixtures are written "https:\/\/…", a valid JSON escape, because moc 6.4
    // takes a "//" inside a multi-line raw string literal for a comment and loses the class.
    void minimalDocumentIsValid()
    {
        // The broken documents below differ from this one in one place each.
        const QByteArray document = QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab", "country": "US", "position": {"x": 1, "y": -2.5}}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "capacity_gw": "1.5", "sources": [{"url": "https:\/\/e.com"}]}],
"valuations": [{"id": "V1", "company": "a", "date": "2025-03-01", "date_precision": "month",
"value_usd": "1", "kind": "post_money", "sources": [{"url": "https:\/\/e.com"}]}]})");
        const auto result = CapflowFormat::read(document, kFile);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.companies.size(), 1);
        QCOMPARE(result.data.companies.at(0).position, QPointF(1, -2.5));
        QCOMPARE(result.data.deals.size(), 1);
        const Deal &d = result.data.deals.at(0);
        QCOMPARE(d.amount->usd(), qint64(5));
        QCOMPARE(d.capacityMw, qint64(1500));
        QCOMPARE(d.date, FuzzyDate(QDate(2025, 1, 2), DatePrecision::Day));
        QCOMPARE(result.data.valuations.size(), 1);
        QCOMPARE(result.data.valuations.at(0).date, FuzzyDate(QDate(2025, 3, 1), DatePrecision::Month));
    }

    void brokenDocument_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("document");
        QTest::addRow("invalid JSON syntax")
            << 2 << 26 << QStringLiteral("invalid JSON") << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a" "name": "A"}]})");
        QTest::addRow("alias without a name")
            << 1 << 79 << QStringLiteral("missing field \"name\"")
            << QByteArray("{\"format\": \"capflow\", \"version\": 1, \"companies\": [], \"deals\": [], "
                          "\"aliases\": [{\"alias\": \"G\"}]}");
        QTest::addRow("trailing comma") << 3 << 1 << QStringLiteral("invalid JSON")
                                        << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [],
})");
        QTest::addRow("missing comma in array")
            << 2 << 58 << QStringLiteral("invalid JSON") << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"} {"id": "b"}]})");
        QTest::addRow("illegal value") << 2 << 14 << QStringLiteral("invalid JSON")
                                       << QByteArray(R"({"format": "capflow", "version": 1,
"companies": tru})");
        QTest::addRow("garbage after the document")
            << 2 << 3 << QStringLiteral("invalid JSON") << QByteArray(R"({"format": "capflow", "version": 1}
  x)");
        QTest::addRow("not an object") << 1 << 1 << QStringLiteral("must be a JSON object")
                                       << QByteArray(R"([{"format": "capflow", "version": 1}])");
        QTest::addRow("wrong format") << 1 << 12 << QStringLiteral("not a CapFlow document")
                                      << QByteArray(R"({"format": "capflox", "version": 1})");
        QTest::addRow("missing format") << 1 << 1 << QStringLiteral("not a CapFlow document")
                                        << QByteArray(R"({"version": 1,
"companies": []})");
        QTest::addRow("missing version") << 1 << 1 << QStringLiteral("\"version\" must be a positive whole number")
                                         << QByteArray(R"({"format": "capflow",
"companies": []})");
        QTest::addRow("version as string") << 2 << 12 << QStringLiteral("\"version\" must be a positive whole number")
                                           << QByteArray(R"({"format": "capflow",
"version": "1"})");
        QTest::addRow("version fraction") << 2 << 12 << QStringLiteral("\"version\" must be a positive whole number")
                                          << QByteArray(R"({"format": "capflow",
"version": 1.5})");
        QTest::addRow("version 3") << 2 << 12 << QStringLiteral("newer CapFlow") << QByteArray(R"({"format": "capflow",
"version": 3, "companies": []})");
        QTest::addRow("companies not an array") << 2 << 14 << QStringLiteral("field \"companies\" must be an array")
                                                << QByteArray(R"({"format": "capflow", "version": 1,
"companies": {"id": "a"}})");
        QTest::addRow("company not an object")
            << 2 << 59 << QStringLiteral("expected an object") << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}, "b"]})");
        QTest::addRow("duplicate company id")
            << 3 << 8 << QStringLiteral("duplicate id \"a\"") << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"},
{"id": "a", "name": "B", "kind": "cloud"}]})");
        QTest::addRow("duplicate company name") << 3 << 21 << QStringLiteral("duplicate company name \"ANTHROPIC\"")
                                                << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "Anthropic", "kind": "ai_lab"},
{"id": "b", "name": "ANTHROPIC", "kind": "cloud"}]})");
        QTest::addRow("column counts characters") << 2 << 59 << QStringLiteral("unknown value \"lab\" for \"kind\"")
                                                  << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "Zürich – ÄÖÜ", "kind": "lab"}]})");
        QTest::addRow("name as number") << 2 << 35 << QStringLiteral("field \"name\" must be a string")
                                        << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": 42, "kind": "ai_lab"}]})");
        QTest::addRow("empty name") << 2 << 35 << QStringLiteral("field \"name\" must not be empty")
                                    << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": " ", "kind": "ai_lab"}]})");
        QTest::addRow("missing company kind")
            << 2 << 15 << QStringLiteral("missing field \"kind\"") << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A"}]})");
        QTest::addRow("unknown company kind") << 2 << 48 << QStringLiteral("unknown value \"startup\" for \"kind\"")
                                              << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "startup"}]})");
        QTest::addRow("bad country code") << 2 << 69 << QStringLiteral("“USA” is not an ISO 3166 country code")
                                          << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab", "country": "USA"}]})");
        QTest::addRow("lower-case country") << 2 << 69 << QStringLiteral("“us” is not an ISO 3166 country code")
                                            << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab", "country": "us"}]})");
        QTest::addRow("bad position") << 2 << 70 << QStringLiteral("position must be an object")
                                      << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab", "position": {"x": 1, "y": "2"}}]})");
        QTest::addRow("unknown from") << 3 << 79 << QStringLiteral("unknown company id \"x\"")
                                      << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "x", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("unknown to") << 3 << 90 << QStringLiteral("unknown company id \"y\"")
                                    << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "y",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("unknown valuation company") << 3 << 40 << QStringLiteral("unknown company id \"z\"")
                                                   << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"valuations": [{"id": "V1", "company": "z", "date": "2025-03-01", "date_precision": "month",
"value_usd": "1", "kind": "post_money", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("duplicate deal id")
            << 5 << 8 << QStringLiteral("duplicate id \"D1\"") << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]},
{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("bad date") << 3 << 32 << QStringLiteral("invalid date \"2025-13-01\"")
                                  << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-13-01", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("date with slashes") << 3 << 32 << QStringLiteral("invalid date \"2025/01/02\"")
                                           << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025/01/02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("date with time") << 3 << 32 << QStringLiteral("invalid date \"2025-01-02T10:00\"")
                                        << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02T10:00", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("not the month start")
            << 3 << 32 << QStringLiteral("date 2025-03-15 is not the first day of its month")
            << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-03-15", "date_precision": "month", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("not the quarter start")
            << 3 << 32 << QStringLiteral("date 2025-02-01 is not the first day of its quarter")
            << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-02-01", "date_precision": "quarter", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("unknown precision") << 3 << 64 << QStringLiteral("unknown value \"week\" for \"date_precision\"")
                                           << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "week", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("negative amount") << 4 << 33 << QStringLiteral("amount \"-5\" must not be negative")
                                         << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "-5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("malformed amount") << 4 << 33 << QStringLiteral("malformed amount \"1.5e9\"")
                                          << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "1.5e9", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("fractional dollars") << 4 << 33 << QStringLiteral("malformed amount \"1.5\"")
                                            << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "1.5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("amount as number") << 4 << 33 << QStringLiteral("must be a string of whole US dollars")
                                          << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": 5000000000, "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("unknown deal kind") << 4 << 9 << QStringLiteral("unknown value \"grant\" for \"kind\"")
                                           << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "grant", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("unknown amount kind") << 4 << 53 << QStringLiteral("unknown value \"about\" for \"amount_kind\"")
                                             << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "about", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("missing sources") << 3 << 11 << QStringLiteral("at least one source is required")
                                         << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported"}]})");
        QTest::addRow("empty sources") << 4 << 76 << QStringLiteral("at least one source is required")
                                       << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": []}]})");
        QTest::addRow("sources not an array") << 4 << 76 << QStringLiteral("field \"sources\" must be an array")
                                              << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": "https:\/\/e.com"}]})");
        QTest::addRow("non-http URL") << 4 << 113
                                      << QStringLiteral(
                                             "“ftp://e.com/x” is not a web address; it must start with http://")
                                      << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}, {"url": "ftp:\/\/e.com/x", "title": "T"}]}]})");
        QTest::addRow("missing URL") << 4 << 77 << QStringLiteral("missing field \"url\"")
                                     << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "sources": [{"title": "T"}]}]})");
        QTest::addRow("bad capacity") << 4 << 80 << QStringLiteral("malformed capacity \"1,5\"")
                                      << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "capacity_gw": "1,5", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("negative capacity") << 4 << 80 << QStringLiteral("malformed capacity \"-1\"")
                                           << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "capacity_gw": "-1", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("capacity as number") << 4 << 80 << QStringLiteral("field \"capacity_gw\" must be a string")
                                            << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "5", "amount_kind": "reported", "capacity_gw": 1.5, "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("missing value") << 3 << 16 << QStringLiteral("missing field \"value_usd\"")
                                       << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"valuations": [{"id": "V1", "company": "a", "date": "2025-03-01", "date_precision": "month",
"kind": "post_money", "sources": [{"url": "https:\/\/e.com"}]}]})");
        // Hostile documents (fuzzing): out-of-range numbers, repeated keys, amounts beyond any sum.
        QTest::addRow("version far out of range")
            << 1 << 34 << QStringLiteral("\"version\" must be a positive whole number")
            << QByteArray(R"({"format": "capflow", "version": 1e19})");
        QTest::addRow("negative version out of range")
            << 1 << 34 << QStringLiteral("\"version\" must be a positive whole number")
            << QByteArray(R"({"format": "capflow", "version": -1e300})");
        QTest::addRow("key given twice") << 2 << 40 << QStringLiteral("the key \"name\" appears twice")
                                         << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "name": "B", "kind": "ai_lab"}]})");
        QTest::addRow("amount beyond the cap") << 4 << 33 << QStringLiteral("is larger than CapFlow accepts")
                                               << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "9200000000000000000", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("amount beyond 64 bits") << 4 << 33 << QStringLiteral("is larger than CapFlow accepts")
                                               << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"deals": [{"id": "D1", "date": "2025-01-02", "date_precision": "day", "from": "a", "to": "a",
"kind": "equity", "amount_usd": "99999999999999999999", "amount_kind": "reported", "sources": [{"url": "https:\/\/e.com"}]}]})");
        QTest::addRow("unknown valuation kind") << 4 << 27 << QStringLiteral("unknown value \"ipo\" for \"kind\"")
                                                << QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}],
"valuations": [{"id": "V1", "company": "a", "date": "2025-03-01", "date_precision": "month",
"value_usd": "1", "kind": "ipo", "sources": [{"url": "https:\/\/e.com"}]}]})");
    }
    void brokenDocument()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(QByteArray, document);
        const auto result = CapflowFormat::read(document, kFile);
        QVERIFY(!result.ok());
        const Problem &p = result.problems.first();
        QVERIFY2(p.message.contains(message), qPrintable(p.message));
        QCOMPARE(p.file, kFile);
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(p.toString().startsWith(u"doc.capflow:%1:%2: "_s.arg(line).arg(column)));
    }

    // Many deals at the largest amount: each is accepted, their sum is not.
    void amountsThatSumPastSixtyFourBits()
    {
        QByteArray deals;
        for (int i = 0; i < 100; ++i)
            deals += (i ? "," : "") + QByteArray("{\"id\": \"D") + QByteArray::number(i)
                + "\", \"date\": \"2025-01-02\", \"date_precision\": \"day\", \"from\": \"a\", \"to\": \"a\", "
                  "\"kind\": \"equity\", \"amount_usd\": \"100000000000000000\", \"amount_kind\": \"reported\", "
                  "\"sources\": [{\"url\": \"https:\\/\\/e.com\"}]}";
        const QByteArray document = "{\"format\": \"capflow\", \"version\": 1, \"companies\": [{\"id\": \"a\", "
                                    "\"name\": \"A\", \"kind\": \"ai_lab\"}], \"deals\": ["
            + deals + "]}";
        const auto result = CapflowFormat::read(document, kFile);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(
            result.problems.first().message.contains(QStringLiteral("add up to more than CapFlow can add exactly")),
            qPrintable(result.problems.first().toString()));
    }

    // Some editors write a UTF-8 byte order mark; JSON allows readers to skip it.
    void byteOrderMarkIsSkipped()
    {
        const auto result
            = CapflowFormat::read("\xEF\xBB\xBF{\"format\": \"capflow\", \"version\": 1, \"title\": \"T\"}", kFile);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.title, QStringLiteral("T"));
        const auto broken = CapflowFormat::read("\xEF\xBB\xBF{\n\"format\": 1}", kFile);
        QCOMPARE(broken.problems.value(0).line, 2);
    }

    void problemsAreCounted()
    {
        // Every problem is reported, not only the first.
        const auto result = CapflowFormat::read(QByteArray(R"({"format": "capflow", "version": 1,
"companies": [{"id": "a", "name": "A", "kind": "lab"}],
"deals": [{"id": "D1", "date": "2025-1-2", "date_precision": "day", "from": "a", "to": "b",
"kind": "equity", "amount_usd": "-1", "amount_kind": "reported", "sources": []}]})"),
            kFile);
        QList<std::pair<int, int>> places;
        for (const Problem &p : result.problems)
            places << std::pair(p.line, p.column);
        const QList<std::pair<int, int>> expected {{2, 48}, {3, 32}, {3, 88}, {4, 33}, {4, 77}};
        QCOMPARE(places, expected);
    }

    void exactRoundTrip()
    {
        const DocumentData data = everyField();
        const QByteArray written = CapflowFormat::write(data);
        const auto result = CapflowFormat::read(written, kFile);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        const DocumentData &back = result.data;
        QCOMPARE(back.title, data.title);
        QCOMPARE(back.companies.size(), data.companies.size());
        for (int i = 0; i < data.companies.size(); ++i) {
            QCOMPARE(back.companies.at(i), data.companies.at(i));
            const auto &p = data.companies.at(i).position;
            QCOMPARE(back.companies.at(i).position.has_value(), p.has_value());
            if (p) { // bit for bit, not merely fuzzily equal
                QCOMPARE(bits(back.companies.at(i).position->x()), bits(p->x()));
                QCOMPARE(bits(back.companies.at(i).position->y()), bits(p->y()));
            }
        }
        QCOMPARE(back.deals.size(), data.deals.size());
        for (int i = 0; i < data.deals.size(); ++i)
            QCOMPARE(back.deals.at(i), data.deals.at(i));
        QCOMPARE(back.deals.at(0).amount->usd(), qint64(643'700'000));
        QCOMPARE(back.deals.at(1).amount->usd(), qint64(1'400'000'000'000));
        QVERIFY(!back.deals.at(2).amount);
        QCOMPARE(back.deals.at(3).amount->usd(), qint64(9'007'199'254'740'993));
        QCOMPARE(back.deals.at(5).amount->usd(), qint64(0));
        QCOMPARE(back.valuations.size(), data.valuations.size());
        for (int i = 0; i < data.valuations.size(); ++i)
            QCOMPARE(back.valuations.at(i), data.valuations.at(i));
        QCOMPARE(back.aliases, data.aliases);
        QCOMPARE(back.sourceTiers, data.sourceTiers);
        QCOMPARE(back.dataThrough, data.dataThrough);
        QCOMPARE(CapflowFormat::write(back), written);
        QVERIFY(written.contains(R"("claimed_usd": "65000000002")"));
        QVERIFY(written.contains(R"("tier": "trade_press")"));
        QVERIFY(written.contains(R"("supersedes": [)"));
        // Amounts are strings of whole dollars in the file.
        QVERIFY(written.contains(R"("amount_usd": "9007199254740993")"));
        QVERIFY(written.contains(R"("capacity_gw": "0.25")"));
    }

    // A version 1 document opens unchanged and saves as version 2; saving that again gives the
    // same bytes.
    // The writer lays out text as QJsonDocument::toJson(Indented) did when it wrote the files
    // (and does): the same keys in the same order, indentation, escapes and numbers. So files
    // saved before and after are alike byte for byte.
    void layoutIsQJsonDocumentsIndented_data()
    {
        QTest::addColumn<DocumentData>("data");
        QTest::addRow("every field") << everyField();
        QTest::addRow("bundled dataset") << DocumentFiles::bundled();
        DocumentData odd;
        odd.title = QString::fromUtf16(u"controls \x01\x1f \t\b\f\r, DEL \x7f, a pair ")
            + QString::fromUcs4(U"\U0001F680") + u", U+2028 "_s + QChar(0x2028) + u", CJK "_s
            + QString::fromUcs4(U"\u4e2d\u6587");
        const QList<QPointF> positions {{0, -0.0}, {3, -120.5}, {1e21, 1e-7}, {123456.789, 9007199254740993.0},
            {-1e300, 5e-324}, {0.1, 1.0 / 7}};
        for (qsizetype i = 0; i < positions.size(); ++i) {
            Company c;
            c.id = u"c%1"_s.arg(i);
            c.name = u"\"Quoted\" \\ name %1"_s.arg(i);
            c.position = positions.at(i);
            odd.companies << c;
        }
        Deal d;
        d.id = u"D1"_s;
        d.from = u"c0"_s;
        d.to = u"c1"_s;
        d.date = FuzzyDate(QDate(2025, 1, 1), DatePrecision::Year);
        d.related(DealRelation::Overlaps) = QStringList {u"D2"_s};
        d.related(DealRelation::PartOf) = QStringList {u"D3"_s, u"D4"_s};
        odd.deals << d; // no sources: an empty array
        QTest::addRow("odd strings and numbers, empty arrays") << odd;
        QTest::addRow("empty") << DocumentData();
    }
    void layoutIsQJsonDocumentsIndented()
    {
        QFETCH(DocumentData, data);
        const QByteArray written = CapflowFormat::write(data);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QByteArray qt = json.toJson(QJsonDocument::Indented);
        if (qt != written) {
            qsizetype at = 0;
            while (at < qt.size() && at < written.size() && qt.at(at) == written.at(at))
                ++at;
            QFAIL(qPrintable(u"first difference at byte %1: Qt \"%2\", CapFlow \"%3\""_s.arg(at)
                                 .arg(QString::fromUtf8(qt.mid(std::max<qsizetype>(0, at - 40), 80)),
                                     QString::fromUtf8(written.mid(std::max<qsizetype>(0, at - 40), 80)))));
        }
    }

    // Half a surrogate pair is no character: written as U+FFFD (Qt wrote an escape of it, which
    // many readers refuse), and read as U+FFFD from files that have such escapes, in keys too. An
    // escaped backslash before "ud800" is text, not an escape.
    void halfSurrogatesBecomeReplacementCharacters()
    {
        DocumentData data;
        data.title = u"a"_s + QChar(0xd800) + u"b"_s + QChar(0xdc00) + u"c"_s + QChar(0xd83d);
        const QByteArray written = CapflowFormat::write(data);
        QVERIFY(written.contains("\"title\": \"a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\""));
        const auto back = CapflowFormat::read(written, kFile);
        QVERIFY2(back.ok(), qPrintable(back.problems.value(0).toString()));
        const QString replaced = u"a\ufffdb\ufffdc\ufffd"_s;
        QCOMPARE(back.data.title, replaced);

        const QByteArray escapes = "{\"format\": \"capflow\", \"version\": 2, \"title\": "
                                   "\"\\ud800 \\udc00 \\\\ud800 \\ud83d\\ude80 \\uD800\\u0041\", \"x\\ud800\": 1}";
        const auto read = CapflowFormat::read(escapes, kFile);
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        QCOMPARE(read.data.title, u"\ufffd \ufffd \\ud800 "_s + QString::fromUcs4(U"\U0001F680") + u" \ufffdA"_s);
        // A broken file is still located where it breaks, after such escapes.
        const auto broken = CapflowFormat::read("{\"title\": \"\\ud800\",\n \"x\": tru}", kFile);
        QCOMPARE(broken.problems.size(), 1);
        QCOMPARE(broken.problems.at(0).line, 2);
    }

    // Nesting: as deep as QJsonDocument allows is read (an unknown member is ignored), one level
    // more is refused with its message, and very deep nesting is refused without a crash.
    // A key given twice anywhere is refused: in a small object, a large one (looked at sorted), an
    // unknown member, and written once plainly and once escaped.
    void repeatedKeysAnywhere_data()
    {
        QTest::addColumn<QByteArray>("inner");
        QTest::addRow("small") << QByteArray(R"({"a": 1, "b": 2, "a": 3})");
        QByteArray large = "{";
        for (int i = 0; i < 20; ++i)
            large += "\"k" + QByteArray::number(i) + "\": 1, ";
        QTest::addRow("large") << large + "\"k7\": 2}";
        QTest::addRow("in an array") << QByteArray(R"([1, [{"x": {"y": 1, "y": 2}}]])");
        QTest::addRow("escaped") << QByteArray(R"({"ab": 1, "\u0061b": 2})");
    }
    void repeatedKeysAnywhere()
    {
        QFETCH(QByteArray, inner);
        const auto result = CapflowFormat::read("{\"format\": \"capflow\", \"version\": 2, \"extra\": " + inner + "}", kFile);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.at(0).message.contains(u"appears twice"_s), qPrintable(result.problems.at(0).message));
        QCOMPARE(result.problems.at(0).line, 1);
        QVERIFY(result.problems.at(0).column > 40);
    }

    // Many deals are read in parts on several threads; their problems come out as one reading in
    // order would find them, each at its place.
    void manyDealsReportInOrder()
    {
        const int n = 30000;
        QByteArray text = "{\"format\": \"capflow\", \"version\": 2, \"companies\": [{\"id\": \"a\", \"name\": \"A\", "
                          "\"kind\": \"ai_lab\"}, {\"id\": \"b\", \"name\": \"B\", \"kind\": \"cloud\"}], \"deals\": [\n";
        QList<std::pair<int, QString>> expected; // the deal's line, the start of the message
        for (int i = 0; i < n; ++i) {
            QByteArray id = "D" + QByteArray::number(i), to = "b", amount = "\"1000\"";
            if (i == 5) {
                amount = "\"-1\"";
                expected << std::pair(i + 2, u"amount \"-1\" must not be negative"_s);
            }
            if (i == 15000) {
                to = "nobody";
                expected << std::pair(i + 2, u"unknown company id \"nobody\""_s);
            }
            if (i == 20000) {
                id = "D5";
                expected << std::pair(i + 2, u"duplicate id \"D5\""_s);
            }
            if (i == 25000) {
                text += "42,\n";
                expected << std::pair(i + 2, u"expected an object"_s);
                continue;
            }
            if (i == n - 1) {
                amount = "12";
                expected << std::pair(i + 2, u"amount \"amount_usd\" must be a string"_s);
            }
            text += "{\"id\": \"" + id + "\", \"date\": \"2025-01-01\", \"date_precision\": \"day\", \"from\": \"a\", \"to\": \""
                + to + "\", \"kind\": \"equity\", \"amount_usd\": " + amount
                + ", \"amount_kind\": \"committed\", \"sources\": [{\"url\": \"https://example.com/" + QByteArray::number(i)
                + "\"}]}" + (i < n - 1 ? ",\n" : "\n");
        }
        text += "]}\n";
        const auto result = CapflowFormat::read(text, kFile);
        QCOMPARE(result.data.deals.size(), n - 1);
        QCOMPARE(result.data.deals.at(25000).id, u"D25001"_s);
        QCOMPARE(result.problems.size(), expected.size());
        for (qsizetype k = 0; k < expected.size(); ++k) {
            QCOMPARE(result.problems.at(k).line, expected.at(k).first);
            QVERIFY2(result.problems.at(k).message.startsWith(expected.at(k).second),
                qPrintable(result.problems.at(k).message));
        }
    }

    // Bytes that are no UTF-8 (a stray byte, an overlong form, an encoded surrogate) are refused
    // with QJsonDocument's message, at the line of the bad string.
    void invalidUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("stray byte") << QByteArray("\xff");
        QTest::addRow("overlong slash") << QByteArray("\xc0\xaf");
        QTest::addRow("encoded surrogate") << QByteArray("\xed\xa0\x80");
        QTest::addRow("cut short") << QByteArray("\xe2\x82");
    }
    void invalidUtf8IsRefused()
    {
        QFETCH(QByteArray, bytes);
        const QByteArray text = "{\"format\": \"capflow\", \"version\": 2,\n\"title\": \"a" + bytes + "b\"}";
        const auto result = CapflowFormat::read(text, kFile);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.at(0).message.startsWith(u"invalid JSON: "_s), qPrintable(result.problems.at(0).message));
        QCOMPARE(result.problems.at(0).line, 2);
    }

    // A text that is one string, number or literal is no document, and says so (fuzzing found
    // that the shape check took a string for an object).
    void scalarTextIsNoDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("string") << QByteArray(R"(":{1}")");
        QTest::addRow("number") << QByteArray("42");
        QTest::addRow("null") << QByteArray("null");
    }
    void scalarTextIsNoDocument()
    {
        QFETCH(QByteArray, text);
        const auto result = CapflowFormat::read(text, kFile);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(!result.ok());
    }

    void nesting_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("ok");
        QTest::addRow("1023 arrays") << 1023 << true;
        QTest::addRow("1024 arrays") << 1024 << false;
        QTest::addRow("200000 arrays") << 200000 << false;
    }
    void nesting()
    {
        QFETCH(int, depth);
        QFETCH(bool, ok);
        const QByteArray text = "{\"format\": \"capflow\", \"version\": 2, \"x\": " + QByteArray(depth, '[')
            + QByteArray(depth, ']') + "}";
        const auto result = CapflowFormat::read(text, kFile);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(QJsonDocument::fromJson(text).isNull(), !ok); // as Qt decides
        if (!ok) {
            QCOMPARE(result.problems.size(), 1);
            QVERIFY2(result.problems.at(0).message.startsWith(u"invalid JSON: "_s), qPrintable(result.problems.at(0).message));
        }
    }

    void versionOneMigrates()
    {
        QByteArray v1 = R"({"format": "capflow", "version": 1, "title": "Old",
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}, {"id": "b", "name": "B", "kind": "cloud"}],
"deals": [{"id": "D1", "date": "2025-01-01", "date_precision": "month", "from": "a", "to": "b",
  "kind": "compute", "amount_usd": "5000000000", "amount_kind": "committed",
  "sources": [{"url": "https:\/\/example.com\/x", "title": "X"}]}],
"valuations": [{"id": "V1", "company": "a", "date": "2025-01-01", "date_precision": "year",
  "value_usd": "1000000000", "kind": "post_money", "sources": [{"url": "https:\/\/example.com\/y"}]}]})";
        const auto first = CapflowFormat::read(v1, kFile);
        QVERIFY2(first.ok(), qPrintable(first.problems.value(0).toString()));
        QCOMPARE(first.data.deals.size(), 1);
        QCOMPARE(first.data.deals.at(0).amount->usd(), qint64(5'000'000'000));
        QCOMPARE(first.data.deals.at(0).sources, QList<Source> {Source(u"https://example.com/x"_s, u"X"_s)});
        QVERIFY(!first.data.deals.at(0).hasRelations());
        const QByteArray saved = CapflowFormat::write(first.data);
        QVERIFY(saved.contains(R"("version": 2)"));
        const auto second = CapflowFormat::read(saved, kFile);
        QVERIFY(second.ok());
        QCOMPARE(second.data.deals, first.data.deals);
        QCOMPARE(second.data.valuations, first.data.valuations);
        QCOMPARE(CapflowFormat::write(second.data), saved);
    }

    void badRelations_data()
    {
        QTest::addColumn<QByteArray>("deals");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray d1 = R"({"id": "D1", "date": "2025-01-01", "date_precision": "day", "from": "a", "to": "b",
"kind": "equity", "amount_usd": "30", "amount_kind": "committed", "sources": [{"url": "https:\/\/e.com"}])";
        const QByteArray d2 = R"({"id": "D2", "date": "2025-01-01", "date_precision": "day", "from": "a", "to": "b",
"kind": "equity", "amount_usd": "5", "amount_kind": "committed", "sources": [{"url": "https:\/\/e.com"}])";
        QTest::addRow("unknown deal") << (d1 + "}, " + d2 + R"(, "supersedes": ["D9"]})") << 5 << 122
                                      << u"unknown deal \"D9\""_s;
        QTest::addRow("itself") << (d1 + "}, " + d2 + R"(, "part_of": ["D2"]})") << 5 << 119
                                << u"cannot be related to itself"_s;
        QTest::addRow("supersedes cycle") << (d1 + R"(, "supersedes": ["D2"]}, )" + d2 + R"(, "supersedes": ["D1"]})")
                                          << 4 << 123 << u"makes a circle"_s;
        QTest::addRow("part larger than whole")
            << (d2 + "}, " + d1 + R"(, "part_of": ["D2"]})") << 5 << 120 << u"a part cannot be larger than its whole"_s;
        QTest::addRow("not a string") << (d1 + "}, " + d2 + R"(, "overlaps": [1]})") << 5 << 120
                                      << u"expected the id of a deal"_s;
    }

    void badRelations()
    {
        QFETCH(QByteArray, deals);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QByteArray document = R"({"format": "capflow", "version": 2,
"companies": [{"id": "a", "name": "A", "kind": "ai_lab"}, {"id": "b", "name": "B", "kind": "cloud"}],
"deals": [)" + deals
            + "]}";
        const auto result = CapflowFormat::read(document, kFile);
        QVERIFY(!result.ok());
        const Problem &p = result.problems.first();
        QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
    }

    void bundledDatasetRoundTrip()
    {
        Document document;
        document.setData(DocumentFiles::bundled());
        QVERIFY(document.graph().dealCount() >= 80);
        const DocumentData data = document.data();
        const QByteArray written = CapflowFormat::write(data);
        const auto result = CapflowFormat::read(written, kFile);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(CapflowFormat::write(result.data), written);
        QCOMPARE(result.data.deals, data.deals);
        QCOMPARE(result.data.companies, data.companies);
        QCOMPARE(result.data.valuations, data.valuations);
        Document again;
        again.setData(result.data);
        QCOMPARE(again.deal(u"D016"_s)->amount->usd(), qint64(643'700'000));
        QCOMPARE(again.deal(u"D072"_s)->amount->usd(), qint64(1'400'000'000'000));
    }
};

QTEST_GUILESS_MAIN(TestCapflowFormat)
#include "tst_capflowformat.moc"
