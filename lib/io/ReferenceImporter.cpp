#include "io/ReferenceImporter.h"

#include "document/Document.h"
#include "io/Csv.h"
#include "io/DealCsv.h"
#include "model/Sources.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace ReferenceImporter {
namespace {
class ReferenceImporterMessages
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceImporterMessages)
};

std::optional<Csv::Table> table(const QString &path, Problems &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << Problem {path, 0, 0, ReferenceImporterMessages::tr("cannot read: %1").arg(file.errorString())};
        return std::nullopt;
    }
    const Csv::ParseResult parsed = Csv::parse(file.readAll(), path);
    if (!parsed.problems.isEmpty()) {
        problems << parsed.problems;
        return std::nullopt;
    }
    return Csv::Table(parsed);
}

DatePrecision precisionOf(QDate date)
{
    if (date.day() == 1 && date.month() == 1)
        return DatePrecision::Year;
    return date.day() == 1 ? DatePrecision::Month : DatePrecision::Day;
}

// The seed article itself: the first source of every seed fact (seed-facts.csv).
Source seedArticle()
{
    Source s;
    s.url = QStringLiteral(
        "https://www.n-tv.de/wirtschaft/Tech-Giganten-pumpen-Milliarden-in-OpenAI-Rivalen-Anthropic-id30038117.html");
    s.title = QStringLiteral("Tech-Giganten pumpen Milliarden in OpenAI-Rivalen Anthropic");
    s.note = QStringLiteral("Seed article (n-tv, November 2025; German).");
    return s;
}

// The key a row of source-claims.csv names its row by: a deal id or "V:Company:YYYY-MM-DD".
QString valuationKey(const QString &companyName, QDate date)
{
    return QStringLiteral("V:%1:%2").arg(companyName, date.toString(Qt::ISODate));
}

// Adds the claims of a row to its sources: the claim on the row's own page completes that
// source, the others follow in the order of the file. Seed facts cite the seed article first.
void addClaims(QList<Source> &sources, const QList<Source> &claims, bool seedFact)
{
    for (const Source &claim : claims) {
        auto same = std::find_if(sources.begin(), sources.end(), [&](const Source &s) { return s.url == claim.url; });
        if (same == sources.end()) {
            sources << claim;
            continue;
        }
        same->claimedAmount = claim.claimedAmount;
        same->claimedDate = claim.claimedDate;
        same->note = claim.note;
        if (Sources::hasPlaceholderTitle(*same) && !claim.title.isEmpty())
            same->title = claim.title;
    }
    if (seedFact) {
        for (Source &s : sources) { // the placeholder named the article, not this page
            if (s.title.startsWith(QStringLiteral("seed article")))
                s.title.clear();
        }
        sources.prepend(seedArticle());
    }
}
} // namespace

CapflowFormat::ReadResult read(const QString &directory)
{
    CapflowFormat::ReadResult result;
    Problems &problems = result.problems;
    const QDir dir(directory);
    auto tableNamed = [&](const char *name) { return table(dir.filePath(QString::fromLatin1(name)), problems); };
    QList<std::optional<Csv::Table>> companyTables {
        tableNamed("ai-companies.csv"), tableNamed("ai-companies-2026.csv")};
    QList<std::optional<Csv::Table>> companyDe {
        tableNamed("ai-companies-extra.csv"), tableNamed("ai-companies-2026-extra.csv")};
    QList<std::optional<Csv::Table>> dealsExtra {
        tableNamed("ai-deals-extra.csv"), tableNamed("ai-deals-2026-extra.csv")};
    QList<std::optional<Csv::Table>> valuationTables {
        tableNamed("ai-valuations.csv"), tableNamed("ai-valuations-2026.csv")};
    const auto claims = tableNamed("source-claims.csv");
    const auto relations = tableNamed("deal-relations.csv");
    const auto seedFacts = tableNamed("seed-facts.csv");
    QList<QPair<QString, QByteArray>> dealFiles;
    for (const char *name : {"ai-deals.csv", "ai-deals-2026.csv"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            problems << Problem {path, 0, 0, ReferenceImporterMessages::tr("cannot read: %1").arg(file.errorString())};
        dealFiles.append({path, file.readAll()});
    }
    if (!problems.isEmpty())
        return result;

    QHash<QString, QString> noteDeByName;
    for (const auto &t : companyDe) {
        for (const Csv::Row &row : t->rows())
            noteDeByName.insert(t->value(row, QStringLiteral("name")), t->value(row, QStringLiteral("note_de")));
    }
    DocumentData &data = result.data;
    data.title = QStringLiteral("AI capital flows 2019–2026");
    data.dataThrough = FuzzyDate(QDate(2026, 6, 1), DatePrecision::Month);
    QHash<QString, QString> idByName;
    for (const auto &companies : companyTables) {
        for (const Csv::Row &row : companies->rows()) {
            Company c;
            c.name = companies->value(row, QStringLiteral("name"));
            c.id = slugify(c.name);
            c.kind
                = enumFromKey<CompanyKind>(companies->value(row, QStringLiteral("kind"))).value_or(CompanyKind::Other);
            c.country = companies->value(row, QStringLiteral("country"));
            c.note = {companies->value(row, QStringLiteral("note_en")), noteDeByName.value(c.name)};
            idByName.insert(c.name, c.id);
            data.companies << c;
        }
    }

    QHash<QString, QList<Source>> claimsByRow;
    for (const Csv::Row &row : claims->rows()) {
        Source s;
        s.url = claims->value(row, QStringLiteral("source_url"));
        s.title = claims->value(row, QStringLiteral("source_title"));
        s.claimedAmount = Money::fromBillionsString(claims->value(row, QStringLiteral("claimed_amount_usd_bn")));
        s.claimedDate = FuzzyDate::parseIsoDate(claims->value(row, QStringLiteral("claimed_date")));
        s.note = claims->value(row, QStringLiteral("note"));
        claimsByRow[claims->value(row, QStringLiteral("row_ref"))] << s;
    }
    QSet<QString> seed;
    for (const Csv::Row &row : seedFacts->rows())
        seed.insert(seedFacts->value(row, QStringLiteral("row_ref")));

    // Deals go through the regular CSV reader, with the companies above as the known ones.
    QHash<QString, const Csv::Row *> extraById;
    QHash<QString, const Csv::Table *> extraTableById;
    for (const auto &t : dealsExtra) {
        for (const Csv::Row &row : t->rows()) {
            extraById.insert(t->value(row, QStringLiteral("id")), &row);
            extraTableById.insert(t->value(row, QStringLiteral("id")), &*t);
        }
    }
    for (const auto &[path, bytes] : dealFiles) {
        CapflowFormat::ReadResult deals = DealCsv::read(bytes, path, data);
        if (!deals.ok()) {
            problems << deals.problems;
            return result;
        }
        for (Deal &d : deals.data.deals) {
            if (const Csv::Row *row = extraById.value(d.id)) {
                const Csv::Table &extra = *extraTableById.value(d.id);
                d.note.de = extra.value(*row, QStringLiteral("note_de"));
                const QString gw = extra.value(*row, QStringLiteral("capacity_gw"));
                if (!gw.isEmpty())
                    d.capacityMw = Decimal::parse(gw, 3);
            }
            addClaims(d.sources, claimsByRow.value(d.id), seed.contains(d.id));
            data.deals << d;
        }
        for (const Company &c : deals.data.companies) { // names in deals that the company list lacks
            if (!idByName.contains(c.name)) {
                idByName.insert(c.name, c.id);
                data.companies << c;
            }
        }
    }
    const QString relationsPath = dir.filePath(QStringLiteral("deal-relations.csv"));
    for (const Csv::Row &row : relations->rows()) {
        const QString id = relations->value(row, QStringLiteral("id"));
        const auto relation = enumFromKey<DealRelation>(relations->value(row, QStringLiteral("relation")));
        auto deal = std::find_if(data.deals.begin(), data.deals.end(), [&](const Deal &d) { return d.id == id; });
        if (!relation || deal == data.deals.end()) {
            problems << Problem {relationsPath, row.line, 1, ReferenceImporterMessages::tr("invalid relation row")};
            continue;
        }
        deal->related(*relation) << relations->value(row, QStringLiteral("other"));
    }

    int n = 0;
    for (int t = 0; t < valuationTables.size(); ++t) {
        const Csv::Table &valuations = *valuationTables.at(t);
        const QString path
            = dir.filePath(t == 0 ? QStringLiteral("ai-valuations.csv") : QStringLiteral("ai-valuations-2026.csv"));
        for (const Csv::Row &row : valuations.rows()) {
            Valuation v;
            v.id = QStringLiteral("V%1").arg(++n, 3, 10, QChar(u'0'));
            const QString name = valuations.value(row, QStringLiteral("company"));
            v.company = idByName.value(name);
            const QDate date = FuzzyDate::parseIsoDate(valuations.value(row, QStringLiteral("date")));
            v.date = FuzzyDate(date, precisionOf(date));
            const auto value = Money::fromBillionsString(valuations.value(row, QStringLiteral("valuation_usd_bn")));
            const auto kind = enumFromKey<ValuationKind>(valuations.value(row, QStringLiteral("kind")));
            if (v.company.isEmpty() || !date.isValid() || !value || !kind) {
                problems << Problem {path, row.line, 1, ReferenceImporterMessages::tr("invalid valuation row")};
                continue;
            }
            v.value = *value;
            v.kind = *kind;
            Source source;
            source.url = valuations.value(row, QStringLiteral("source_url"));
            source.title = valuations.value(row, QStringLiteral("source_title"));
            v.sources << source;
            const QString key = valuationKey(name, date);
            addClaims(v.sources, claimsByRow.value(key), seed.contains(key));
            data.valuations << v;
        }
    }
    return result;
}

} // namespace ReferenceImporter
