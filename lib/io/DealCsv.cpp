#include "io/DealCsv.h"

#include "document/Document.h"
#include "editing/Validation.h"
#include "io/Csv.h"
#include "io/TextDecoding.h"

#include <QSet>

namespace DealCsv {
using namespace Qt::StringLiterals;

namespace {
class DealCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(DealCsvReader)
};

const QString kNoteDe = QStringLiteral("note_de");

// The separator that splits the header into the most of CapFlow's column names: ',' ';' or a tab.
QChar headerSeparator(const QByteArray &bytes, TextDecoding::Encoding encoding)
{
    qsizetype end = 0;
    while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
        ++end;
    const QString header = TextDecoding::decode(bytes.left(end), encoding);
    const QStringList known = columns();
    QChar best = u',';
    int bestCount = 0;
    for (const QChar separator : {u',', u';', u'\t'}) {
        int count = 0;
        for (const QString &name : header.split(separator))
            count += known.contains(name.trimmed()) ? 1 : 0;
        if (count > bestCount) {
            best = separator;
            bestCount = count;
        }
    }
    return best;
}

Csv::ParseResult parseAs(
    const QByteArray &bytes, const QString &fileName, TextDecoding::Encoding encoding, QChar separator)
{
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        Csv::ParseResult result;
        const auto [line, column] = lineAndColumn(bytes, nul);
        result.problems << Problem {fileName, line, column, DealCsvReader::tr("a NUL byte: this is not a text file")};
        return result;
    }
    return Csv::parseText(TextDecoding::decode(bytes, encoding), fileName, separator);
}
} // namespace

QStringList columns()
{
    return {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("date_precision"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("kind"), QStringLiteral("amount_usd_bn"), QStringLiteral("amount_kind"),
        QStringLiteral("note_en"), QStringLiteral("source_url"), QStringLiteral("source_title"), kNoteDe};
}

CapflowFormat::ReadResult read(const QByteArray &utf8, const QString &fileName, const DocumentData &known)
{
    CapflowFormat::ReadResult result;
    // As spreadsheets save CSV: UTF-8 (with or without BOM) or Windows-1252, separated by commas or,
    // as German Excel does, by semicolons with decimal commas (CapFlow's own "CSV for Excel").
    const TextDecoding::Encoding encoding = TextDecoding::detect(utf8);
    const QChar separator = headerSeparator(utf8, encoding);
    const Csv::ParseResult parsed = encoding == TextDecoding::Encoding::Windows1252 || separator != u','
        ? parseAs(utf8, fileName, encoding, separator)
        : Csv::parse(utf8, fileName);
    if (!parsed.problems.isEmpty()) {
        result.problems = parsed.problems;
        return result;
    }
    const bool decimalComma = separator == u';';
    const Csv::Table table(parsed);
    Problems &problems = result.problems;
    if (parsed.rows.isEmpty()) {
        problems << Problem {fileName, 1, 1, DealCsvReader::tr("the file is empty; expected a header row")};
        return result;
    }
    const QStringList expected = columns();
    if (std::none_of(expected.cbegin(), expected.cend(), [&table](const QString &c) { return table.hasColumn(c); })) {
        problems << Problem {fileName, table.headerLine(), 1,
            DealCsvReader::tr("this is not a CSV of CapFlow's deals: its header has none of the columns %1; to read "
                              "another program's table, use File > Import… (or capflow --import-mapping)")
                .arg(QStringList(expected.mid(0, 5)).join(QStringLiteral(", ")) + QStringLiteral(", …"))};
        return result;
    }
    for (const QString &column : expected) {
        if (column != kNoteDe && !table.hasColumn(column))
            problems << Problem {
                fileName, table.headerLine(), 1, DealCsvReader::tr("missing column \"%1\" in the header").arg(column)};
    }
    if (!problems.isEmpty())
        return result;

    QHash<QString, Company> knownByName;
    QSet<QString> knownIds; // a new name must not take the id of a known company named later
    for (const Company &c : known.companies) {
        knownByName.insert(c.name.toCaseFolded(), c);
        knownIds.insert(c.id);
    }
    QHash<QString, QString> idByName; // case-folded name -> id of companies in the result
    QHash<QString, int> nextSuffix;
    QSet<QString> companyIds;
    QSet<QString> dealIds;
    qint64 total = 0;
    const int headerSize = parsed.rows.first().fields.size();

    auto companyId = [&](const QString &name) {
        const QString key = name.trimmed().toCaseFolded();
        if (const auto it = idByName.constFind(key); it != idByName.cend())
            return *it;
        Company c = knownByName.value(key);
        if (c.id.isEmpty() || companyIds.contains(c.id)) {
            c = Company {};
            c.name = name.trimmed();
            c.kind = CompanyKind::Other;
            c.id = freeId(
                slugify(c.name), [&](const QString &id) { return companyIds.contains(id) || knownIds.contains(id); },
                nextSuffix);
        }
        companyIds.insert(c.id);
        idByName.insert(key, c.id);
        result.data.companies << c;
        return c.id;
    };

    // The columns by index, looked up once rather than by name in every row.
    const int cId = table.column(QStringLiteral("id")), cDate = table.column(QStringLiteral("date")),
              cPrecision = table.column(QStringLiteral("date_precision")), cFrom = table.column(QStringLiteral("from")),
              cTo = table.column(QStringLiteral("to")), cKind = table.column(QStringLiteral("kind")),
              cAmount = table.column(QStringLiteral("amount_usd_bn")),
              cAmountKind = table.column(QStringLiteral("amount_kind")), cNoteEn = table.column(QStringLiteral("note_en")),
              cNoteDe = table.column(kNoteDe), cUrl = table.column(QStringLiteral("source_url")),
              cTitle = table.column(QStringLiteral("source_title"));
    const qsizetype rowCount = table.rows().size();
    result.data.deals.reserve(rowCount);
    idByName.reserve(rowCount);
    companyIds.reserve(rowCount);
    dealIds.reserve(rowCount);
    for (const Csv::Row &row : table.rows()) {
        auto fail = [&](int column, const QString &message) {
            const Csv::Position at = table.position(row, column);
            problems << Problem {fileName, at.line, at.column, message};
        };
        auto value = [&](int column) { return table.value(row, column).trimmed(); };
        if (row.fields.size() != headerSize) {
            problems << Problem {fileName, row.line, 1,
                DealCsvReader::tr("row has %1 fields but the header has %2").arg(row.fields.size()).arg(headerSize)};
            continue;
        }
        Deal d;
        d.id = value(cId);
        if (d.id.isEmpty())
            fail(cId, DealCsvReader::tr("empty id"));
        else if (dealIds.contains(d.id))
            fail(cId, DealCsvReader::tr("duplicate id \"%1\"").arg(d.id));
        dealIds.insert(d.id);

        const auto precision = enumFromKey<DatePrecision>(value(cPrecision));
        if (!precision)
            fail(cPrecision,
                DealCsvReader::tr("unknown date precision \"%1\" (expected one of: %2)")
                    .arg(value(cPrecision), enumKeyList<DatePrecision>()));
        const QDate date = FuzzyDate::parseIsoDate(value(cDate));
        if (!date.isValid())
            fail(cDate,
                DealCsvReader::tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(value(cDate)));
        else if (precision && !FuzzyDate::isPeriodStart(date, *precision))
            fail(cDate,
                DealCsvReader::tr("date %1 is not the first day of its %2")
                    .arg(value(cDate), enumKey(*precision)));
        d.date = FuzzyDate(date, precision.value_or(DatePrecision::Day));

        for (const auto &[side, name] : {std::pair(cFrom, "from"_L1), std::pair(cTo, "to"_L1)}) {
            if (value(side).isEmpty())
                fail(side, DealCsvReader::tr("empty company name in \"%1\"").arg(name));
        }
        const auto kind = enumFromKey<DealKind>(value(cKind));
        if (!kind)
            fail(cKind,
                DealCsvReader::tr("unknown deal kind \"%1\" (expected one of: %2)")
                    .arg(value(cKind), enumKeyList<DealKind>()));
        d.kind = kind.value_or(DealKind::Equity);

        QString amount = value(cAmount);
        if (decimalComma && amount.count(u',') == 1 && !amount.contains(u'.'))
            amount.replace(u',', u'.');
        if (amount.startsWith(u'-'))
            fail(cAmount, DealCsvReader::tr("amount \"%1\" must not be negative").arg(amount));
        else if (!amount.isEmpty() && !(d.amount = Money::fromBillionsString(amount)))
            fail(cAmount,
                DealCsvReader::tr("malformed amount \"%1\" (expected billions of USD such as 2.5)").arg(amount));
        else if (d.amount && !d.amount->isAcceptable())
            fail(cAmount,
                DealCsvReader::tr("amount \"%1\" is larger than CapFlow accepts (at most %2 billion USD)")
                    .arg(amount, Money::fromUsd(Money::MaxUsd).toBillionsString()));
        else if (d.amount && __builtin_add_overflow(total, d.amount->usd(), &total))
            fail(cAmount,
                DealCsvReader::tr("the amounts of the deals up to here add up to more than CapFlow can add exactly"));

        const auto amountKind = enumFromKey<AmountKind>(value(cAmountKind));
        if (!amountKind)
            fail(cAmountKind,
                DealCsvReader::tr("unknown amount kind \"%1\" (expected one of: %2)")
                    .arg(value(cAmountKind), enumKeyList<AmountKind>()));
        d.amountKind = amountKind.value_or(AmountKind::Reported);

        d.note = {table.value(row, cNoteEn), table.value(row, cNoteDe)};
        const QStringList urls = value(cUrl).split(u'\n', Qt::SkipEmptyParts);
        const QStringList titles = table.value(row, cTitle).split(u'\n');
        if (urls.isEmpty())
            fail(cUrl, DealCsvReader::tr("a deal needs at least one source URL"));
        for (int s = 0; s < urls.size(); ++s) {
            const QString url = urls.at(s).trimmed();
            if (const QString why = Validation::sourceUrlProblem(url); !why.isEmpty())
                fail(cUrl, why);
            d.sources << Source {url, urls.size() == 1 ? titles.join(u' ').trimmed() : titles.value(s).trimmed()};
        }
        if (problems.isEmpty()) {
            d.from = companyId(value(cFrom));
            d.to = companyId(value(cTo));
            result.data.deals << std::move(d);
        }
    }
    if (!problems.isEmpty())
        result.data = DocumentData {};
    return result;
}

CsvDialect CsvDialect::excel(Language language)
{
    CsvDialect dialect;
    dialect.byteOrderMark = true;
    if (language == Language::German) {
        dialect.separator = u';';
        dialect.decimalPoint = u',';
    }
    return dialect;
}

QByteArray write(const DocumentData &data)
{
    return write(data, CsvDialect::plain());
}

QByteArray write(const DocumentData &data, const CsvDialect &dialect)
{
    // One record, quoted where needed: as Csv::formatRow, with the dialect's separator.
    auto formatRow = [&dialect](const QStringList &fields) {
        if (dialect.separator == u',')
            return Csv::formatRow(fields);
        QStringList quoted;
        for (const QString &f : fields) {
            if (f.contains(dialect.separator) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
                QString q = f;
                q.replace(u'"', QStringLiteral("\"\""));
                quoted << u'"' + q + u'"';
            } else {
                quoted << f;
            }
        }
        return quoted.join(dialect.separator);
    };
    auto billions = [&dialect](Money amount) {
        QString text = amount.toBillionsString();
        if (dialect.decimalPoint != u'.')
            text.replace(u'.', dialect.decimalPoint);
        return text;
    };
    QHash<QString, QString> names;
    for (const Company &c : data.companies)
        names.insert(c.id, c.name);
    QString out = dialect.byteOrderMark ? QString(QChar(0xFEFF)) : QString();
    out += formatRow(columns()) + QStringLiteral("\r\n");
    for (const Deal &d : data.deals) {
        QStringList urls;
        QStringList titles;
        for (const Source &s : d.sources) {
            urls << s.url;
            titles << s.title;
        }
        out += formatRow({d.id, d.date.periodStart().toString(Qt::ISODate), enumKey(d.date.precision()),
                   names.value(d.from), names.value(d.to), enumKey(d.kind), d.amount ? billions(*d.amount) : QString(),
                   enumKey(d.amountKind), d.note.en, urls.join(u'\n'), titles.join(u'\n'), d.note.de})
            + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray writeForExcel(const DocumentData &data)
{
    return write(data, CsvDialect::excel(languageForLocale(QLocale())));
}

} // namespace DealCsv
