#include "import/TableImport.h"

#include "document/Document.h"
#include "editing/Validation.h"
#include "import/ImportDate.h"

#include <QRegularExpression>

namespace TableImport {
namespace {
using ImportMapping::Field;

// The 1-based table column of a row's cell: its place in the row in a text file (whose
// Cell::column is a character column), the cell's column in a workbook.
int tableColumn(const Import::Sheet &sheet, const Import::Row &row, qsizetype index)
{
    return sheet.textFile ? int(index) + 1 : row.cells.at(index).column;
}

// The cells of a row by the header's column numbers.
class RowCells
{
public:
    RowCells(const Import::Sheet &sheet, const Import::Row &row)
        : m_sheet(sheet)
        , m_row(row)
    {
    }
    const Import::Cell *at(int column) const
    {
        for (qsizetype i = 0; i < m_row.cells.size(); ++i) {
            if (tableColumn(m_sheet, m_row, i) == column)
                return &m_row.cells.at(i);
        }
        return nullptr;
    }

private:
    const Import::Sheet &m_sheet;
    const Import::Row &m_row;
};

QStringList splitNames(const QString &text)
{
    thread_local const QRegularExpression separators(
        QStringLiteral("\\s*[,;\\n]\\s*|\\s+and\\s+|\\s+und\\s+|\\s*&\\s*"));
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    }
    return names;
}
} // namespace

QStringList header(const Import::Sheet &sheet)
{
    QStringList names;
    if (sheet.rows.isEmpty())
        return names;
    const Import::Row &first = sheet.rows.first();
    for (qsizetype i = 0; i < first.cells.size(); ++i) {
        while (names.size() < tableColumn(sheet, first, i) - 1)
            names << QString();
        names << first.cells.at(i).text.trimmed();
    }
    return names;
}

QStringList amountTexts(const Import::Sheet &sheet, const ImportMapping::Mapping &mapping, int limit)
{
    QStringList texts;
    const int column = int(header(sheet).indexOf(mapping.column(Field::Amount).trimmed())) + 1;
    if (column <= 0)
        return texts;
    for (qsizetype r = 1; r < sheet.rows.size() && texts.size() < limit; ++r) {
        if (const Import::Cell *c = RowCells(sheet, sheet.rows.at(r)).at(column); c && !c->number)
            texts << c->text;
    }
    return texts;
}

Result read(const Import::Sheet &sheet, const ImportMapping::Mapping &mapping, const Options &options)
{
    Result result;
    const QString &file = options.fileName;
    if (sheet.rows.isEmpty()) {
        result.problems << Problem {file, 1, 1, Texts::tr("the table is empty; expected a header row")};
        return result;
    }
    const QStringList names = header(sheet);
    const int headerLine = sheet.rows.first().line;
    QMap<Field, int> columnOf; // 1-based
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        const int c = int(names.indexOf(it.value().trimmed())) + 1;
        if (c <= 0)
            result.problems << Problem {file, headerLine, 1,
                Texts::tr("the header has no column \"%1\" (mapped to %2)")
                    .arg(it.value(), ImportMapping::fieldName(it.key()))};
        else
            columnOf.insert(it.key(), c);
    }
    for (const Field required : {Field::From, Field::To, Field::Date}) {
        if (!mapping.columns.contains(required))
            result.problems << Problem {file, headerLine, 1,
                Texts::tr("no column is mapped to %1; every deal needs one").arg(ImportMapping::fieldName(required))};
    }
    if (!result.problems.isEmpty())
        return result;

    QHash<QString, QString> idByName; // case-folded name -> company id
    QSet<QString> companyIds;
    QHash<QString, int> nextSuffix;
    auto companyId = [&](const QString &name) {
        const QString key = name.toCaseFolded();
        if (const auto it = idByName.constFind(key); it != idByName.cend())
            return *it;
        Company c;
        c.name = name;
        c.id = freeId(
            slugify(name), [&](const QString &id) { return companyIds.contains(id); }, nextSuffix);
        companyIds.insert(c.id);
        idByName.insert(key, c.id);
        result.data.companies << c;
        return c.id;
    };
    QSet<QString> dealIds;
    const int total = int(sheet.rows.size()) - 1;
    for (int r = 1; r <= total; ++r) {
        if (options.progress && r % 4096 == 0 && !options.progress(r, total)) {
            result.canceled = true;
            result.data = DocumentData {};
            return result;
        }
        const Import::Row &row = sheet.rows.at(r);
        const RowCells cells(sheet, row);
        QStringList rowProblems;
        auto cell = [&](Field f) { return columnOf.contains(f) ? cells.at(columnOf.value(f)) : nullptr; };
        auto text = [&](Field f) {
            const Import::Cell *c = cell(f);
            return c ? c->text.trimmed() : QString();
        };
        auto fail = [&](Field f, const QString &message) {
            const int column = columnOf.value(f, 1);
            const Import::Cell *c = cell(f);
            // A cell the row does not have: in a text file the place is the row's last cell (the
            // table column may lie past the end of the line); in a sheet it is the empty cell.
            if (!c && sheet.textFile && !row.cells.isEmpty())
                c = &row.cells.last();
            result.problems << Problem {file, c ? c->line : row.line, c ? c->column : column,
                Texts::tr("%1: %2").arg(ImportMapping::fieldName(f), message)};
            rowProblems << Texts::tr("column %1 (%2): %3").arg(column).arg(ImportMapping::fieldName(f), message);
        };
        ++result.rows;

        Deal d;
        // The date, and its precision when a column gives it.
        std::optional<FuzzyDate> date = ImportDate::parse(text(Field::Date), options.style);
        if (text(Field::Date).isEmpty())
            fail(Field::Date, Texts::tr("empty; every deal needs a date"));
        else if (!date)
            fail(Field::Date,
                Texts::tr("\"%1\" is not a date (for example 2025-11-18, 18.11.2025, Nov 2025, Q4 2025)")
                    .arg(text(Field::Date)));
        if (date && !text(Field::DatePrecision).isEmpty()) {
            const auto precision = enumFromKey<DatePrecision>(text(Field::DatePrecision).toCaseFolded());
            if (!precision)
                fail(Field::DatePrecision,
                    Texts::tr("unknown precision \"%1\" (expected one of: %2)")
                        .arg(text(Field::DatePrecision), enumKeyList<DatePrecision>()));
            else if (!FuzzyDate::isPeriodStart(date->periodStart(), *precision))
                fail(Field::Date,
                    Texts::tr("%1 is not the first day of its %2").arg(text(Field::Date), enumKey(*precision)));
            else
                date = FuzzyDate(date->periodStart(), *precision);
        }
        if (date)
            d.date = *date;

        d.kind = mapping.defaultKind;
        if (!text(Field::Kind).isEmpty()) {
            if (const auto kind = ImportMapping::dealKindFromText(text(Field::Kind)))
                d.kind = *kind;
            else
                fail(Field::Kind,
                    Texts::tr("unknown deal kind \"%1\" (expected one of: %2)")
                        .arg(text(Field::Kind), enumKeyList<DealKind>()));
        }
        d.amountKind = mapping.defaultAmountKind;
        if (!text(Field::AmountKind).isEmpty()) {
            if (const auto kind = ImportMapping::amountKindFromText(text(Field::AmountKind)))
                d.amountKind = *kind;
            else
                fail(Field::AmountKind,
                    Texts::tr("unknown amount kind \"%1\" (expected one of: %2)")
                        .arg(text(Field::AmountKind), enumKeyList<AmountKind>()));
        }
        if (const Import::Cell *c = cell(Field::Amount)) {
            const ImportAmount::Result amount = ImportAmount::parse(c->text, options.style, mapping.unit, c->number);
            if (!amount.ok())
                fail(Field::Amount, amount.error);
            else if (amount.money && amount.money->usd() == 0)
                d.amount = std::nullopt; // exports write 0 for "not known"
            else
                d.amount = amount.money;
        }
        d.note = {text(Field::NoteEn), text(Field::NoteDe)};

        const QStringList urls = text(Field::SourceUrl).split(u'\n', Qt::SkipEmptyParts);
        const QStringList titles = text(Field::SourceTitle).split(u'\n');
        for (int s = 0; s < urls.size(); ++s) {
            const QString url = urls.at(s).trimmed();
            if (const QString why = Validation::sourceUrlProblem(url); !why.isEmpty())
                fail(Field::SourceUrl, why);
            d.sources << Source {url, urls.size() == 1 ? titles.join(u' ').trimmed() : titles.value(s).trimmed()};
        }
        if (d.sources.isEmpty() && !mapping.defaultSource.url.isEmpty())
            d.sources << mapping.defaultSource;
        if (d.sources.isEmpty())
            fail(Field::SourceUrl,
                Texts::tr("no source; map a source URL column or give a source for rows without one"));

        const QString to = text(Field::To);
        if (to.isEmpty())
            fail(Field::To, Texts::tr("empty company name"));
        const QString fromText = text(Field::From);
        QStringList payers
            = mapping.investors == ImportMapping::Investors::Single ? QStringList {fromText} : splitNames(fromText);
        if (fromText.isEmpty() || payers.isEmpty()) // payers is empty for a list without a name (",")
            fail(Field::From, Texts::tr("empty company name"));
        QString id = text(Field::Id);
        if (id.isEmpty())
            id = QStringLiteral("IMP-%1").arg(row.line);
        if (!rowProblems.isEmpty()) {
            result.refusedLines.insert(row.line);
            if (result.preview.size() < options.previewRows)
                result.preview << PreviewRow {row.line, {}, rowProblems};
            continue;
        }

        QList<Deal> deals;
        const QString toId = companyId(to);
        if (payers.size() > 1 && mapping.investors == ImportMapping::Investors::Syndicate) {
            const QString round
                = text(Field::Kind).isEmpty() ? QString::number(d.date.periodStart().year()) : text(Field::Kind);
            Deal syndicate = d;
            syndicate.id = id;
            syndicate.from = companyId(Texts::tr("%1 %2 investors").arg(to, round));
            syndicate.to = toId;
            const QString list = payers.join(QStringLiteral(", "));
            syndicate.note.en
                = (d.note.en.isEmpty() ? QString() : d.note.en + u' ') + QStringLiteral("Investors: %1.").arg(list);
            syndicate.note.de
                = (d.note.de.isEmpty() ? QString() : d.note.de + u' ') + QStringLiteral("Investoren: %1.").arg(list);
            deals << syndicate;
        } else {
            for (int p = 0; p < payers.size(); ++p) {
                Deal one = d;
                one.id = payers.size() == 1 ? id : QStringLiteral("%1-%2").arg(id).arg(p + 1);
                one.from = companyId(payers.at(p));
                one.to = toId;
                if (payers.size() > 1) {
                    one.amount = std::nullopt; // the split of the round is not known
                    one.note.en = (d.note.en.isEmpty() ? QString() : d.note.en + u' ')
                        + QStringLiteral("One of %1 investors in this round.").arg(payers.size());
                    one.note.de = (d.note.de.isEmpty() ? QString() : d.note.de + u' ')
                        + QStringLiteral("Einer von %1 Investoren dieser Runde.").arg(payers.size());
                }
                deals << one;
            }
        }
        bool duplicateId = false;
        for (Deal &deal : deals) {
            if (dealIds.contains(deal.id)) {
                duplicateId = true;
                fail(Field::Id, Texts::tr("duplicate id \"%1\"").arg(deal.id));
                break;
            }
        }
        if (duplicateId) {
            result.refusedLines.insert(row.line);
            if (result.preview.size() < options.previewRows)
                result.preview << PreviewRow {row.line, {}, rowProblems};
            continue;
        }
        for (const Deal &deal : deals) {
            dealIds.insert(deal.id);
            result.data.deals << deal;
        }
        if (result.preview.size() < options.previewRows)
            result.preview << PreviewRow {row.line, deals, {}};
    }
    // Companies that only refused rows named are not kept.
    QSet<QString> used;
    for (const Deal &d : result.data.deals)
        used << d.from << d.to;
    result.data.companies.removeIf([&used](const Company &c) { return !used.contains(c.id); });
    return result;
}

} // namespace TableImport
