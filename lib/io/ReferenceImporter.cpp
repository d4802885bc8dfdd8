#include "io/ReferenceImporter.h"

#include "document/Document.h"
#include "io/Csv.h"
#include "io/DealCsv.h"

#include <QDir>
#include <QFile>

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
} // namespace

CapflowFormat::ReadResult read(const QString &directory)
{
    CapflowFormat::ReadResult result;
    Problems &problems = result.problems;
    const QDir dir(directory);
    const auto companies = table(dir.filePath(QStringLiteral("ai-companies.csv")), problems);
    const auto companiesDe = table(dir.filePath(QStringLiteral("ai-companies-extra.csv")), problems);
    const auto dealsExtra = table(dir.filePath(QStringLiteral("ai-deals-extra.csv")), problems);
    const auto valuations = table(dir.filePath(QStringLiteral("ai-valuations.csv")), problems);
    const QString dealsPath = dir.filePath(QStringLiteral("ai-deals.csv"));
    QFile dealsFile(dealsPath);
    if (!dealsFile.open(QIODevice::ReadOnly))
        problems << Problem {dealsPath, 0, 0, ReferenceImporterMessages::tr("cannot read: %1").arg(dealsFile.errorString())};
    if (!problems.isEmpty())
        return result;

    QHash<QString, QString> noteDeByName;
    for (const Csv::Row &row : companiesDe->rows())
        noteDeByName.insert(
            companiesDe->value(row, QStringLiteral("name")), companiesDe->value(row, QStringLiteral("note_de")));
    DocumentData &data = result.data;
    data.title = QStringLiteral("AI capital flows 2019–2025");
    QHash<QString, QString> idByName;
    for (const Csv::Row &row : companies->rows()) {
        Company c;
        c.name = companies->value(row, QStringLiteral("name"));
        c.id = slugify(c.name);
        c.kind = enumFromKey<CompanyKind>(companies->value(row, QStringLiteral("kind"))).value_or(CompanyKind::Other);
        c.country = companies->value(row, QStringLiteral("country"));
        c.note = {companies->value(row, QStringLiteral("note_en")), noteDeByName.value(c.name)};
        idByName.insert(c.name, c.id);
        data.companies << c;
    }

    // Deals go through the regular CSV reader, with the companies above as the known ones.
    CapflowFormat::ReadResult deals = DealCsv::read(dealsFile.readAll(), dealsPath, data);
    if (!deals.ok()) {
        problems << deals.problems;
        return result;
    }
    QHash<QString, const Csv::Row *> extraById;
    for (const Csv::Row &row : dealsExtra->rows())
        extraById.insert(dealsExtra->value(row, QStringLiteral("id")), &row);
    for (Deal &d : deals.data.deals) {
        if (const Csv::Row *row = extraById.value(d.id)) {
            d.note.de = dealsExtra->value(*row, QStringLiteral("note_de"));
            const QString gw = dealsExtra->value(*row, QStringLiteral("capacity_gw"));
            if (!gw.isEmpty())
                d.capacityMw = Decimal::parse(gw, 3);
        }
        data.deals << d;
    }
    for (const Company &c : deals.data.companies) { // names in deals that the company list lacks
        if (!idByName.contains(c.name))
            data.companies << c;
    }

    int n = 0;
    for (const Csv::Row &row : valuations->rows()) {
        Valuation v;
        v.id = QStringLiteral("V%1").arg(++n, 3, 10, QChar(u'0'));
        const QString name = valuations->value(row, QStringLiteral("company"));
        v.company = idByName.value(name);
        const QDate date = FuzzyDate::parseIsoDate(valuations->value(row, QStringLiteral("date")));
        v.date = FuzzyDate(date, precisionOf(date));
        const auto value = Money::fromBillionsString(valuations->value(row, QStringLiteral("valuation_usd_bn")));
        const auto kind = enumFromKey<ValuationKind>(valuations->value(row, QStringLiteral("kind")));
        if (v.company.isEmpty() || !date.isValid() || !value || !kind) {
            problems << Problem {
                valuations->rows().isEmpty() ? QString() : dir.filePath(QStringLiteral("ai-valuations.csv")), row.line,
                1, ReferenceImporterMessages::tr("invalid valuation row")};
            continue;
        }
        v.value = *value;
        v.kind = *kind;
        v.sources << Source {valuations->value(row, QStringLiteral("source_url")),
            valuations->value(row, QStringLiteral("source_title"))};
        data.valuations << v;
    }
    return result;
}

} // namespace ReferenceImporter
