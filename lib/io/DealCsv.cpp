#include "io/DealCsv.h"

#include "document/Document.h"
#include "editing/Validation.h"
#include "io/Csv.h"
#include "io/Parallel.h"
#include "io/ReadControl.h"
#include "io/TextDecoding.h"

#include <QSet>

#include <bit>

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

// The bytes as text, without a byte order mark; none, with the problem, for bytes that are no text.
std::optional<QString> textOf(
    const QByteArray &bytes, const QString &fileName, TextDecoding::Encoding encoding, Problems &problems)
{
    if (encoding != TextDecoding::Encoding::Windows1252)
        return Csv::decodeUtf8(bytes, fileName, problems);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const auto [line, column] = lineAndColumn(bytes, nul);
        problems << Problem {fileName, line, column, DealCsvReader::tr("a NUL byte: this is not a text file")};
        return std::nullopt;
    }
    return TextDecoding::decode(bytes, encoding);
}

// A row as read on a worker thread, beside its deal: what is needed to give the deal's companies
// ids later, in the rows' order.
struct RowRead
{
    // The companies' names, trimmed: views into the text, or into `undone` where quotes were undone.
    QStringView name[2]; // from, to
    QString undone[2];
    size_t nameHash[2] = {}; // of the names' case folding
    size_t idHash = 0;
    Csv::Position idAt, amountAt;
    bool checked = false; // the row had as many fields as the header: its id is to be checked
};

// A hash of a text's case folding, code point by code point: texts equal but for case (as
// QString::compare with Qt::CaseInsensitive finds them) hash alike.
size_t foldedHash(QStringView text)
{
    quint64 h = 1469598103934665603ULL;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        h = (h ^ QChar::toCaseFolded(c)) * 1099511628211ULL;
    }
    h ^= h >> 33; // the low bits and the high bits are both used
    h *= 0xff51afd7ed558ccdULL;
    return size_t(h ^ (h >> 33));
}

// Which of some numbered keys came first: an open-addressing table of key numbers, hashed and
// compared by the caller (no key is copied).
class FirstSeen
{
public:
    explicit FirstSeen(size_t expected)
        : m_slots(std::bit_ceil(expected + expected / 2 + 16))
    {
    }
    // The first key equal to `key`, or `key` itself when it is new (it is then remembered).
    template<typename Equal> qsizetype firstOf(qsizetype key, size_t hash, const Equal &equalTo)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.key < 0) {
                slot = {key, hash};
                if (++m_count * 4 > m_slots.size() * 3)
                    grow();
                return key;
            }
            if (slot.hash == hash && equalTo(slot.key))
                return slot.key;
        }
    }

private:
    struct Slot
    {
        qsizetype key = -1;
        size_t hash = 0;
    };
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.key < 0)
                continue;
            size_t i = slot.hash & mask;
            while (m_slots[i].key >= 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }
    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

// A problem found on a worker thread, placed later among those found in the rows' order: before
// the row's id is checked against the others', before its amount is added to the total, or after.
struct Pending
{
    enum Slot { BeforeIdCheck, BeforeTotal, AfterTotal };
    qsizetype row;
    Slot slot;
    Problem problem;
};
} // namespace

QStringList columns()
{
    return {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("date_precision"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("kind"), QStringLiteral("amount_usd_bn"), QStringLiteral("amount_kind"),
        QStringLiteral("note_en"), QStringLiteral("source_url"), QStringLiteral("source_title"), kNoteDe};
}

CapflowFormat::ReadResult read(
    const QByteArray &utf8, const QString &fileName, const DocumentData &known, ReadControl *control)
{
    CapflowFormat::ReadResult result;
    Problems &problems = result.problems;
    auto cancelled = [&] {
        if (!control || !control->isCancelled())
            return false;
        result = {};
        problems << Problem {fileName, 0, 0, DealCsvReader::tr("opening was cancelled")};
        return true;
    };
    // As spreadsheets save CSV: UTF-8 (with or without BOM) or Windows-1252, separated by commas or,
    // as German Excel does, by semicolons with decimal commas (CapFlow's own "CSV for Excel").
    const TextDecoding::Encoding encoding = TextDecoding::detect(utf8);
    const QChar separator = headerSeparator(utf8, encoding);
    const std::optional<QString> decoded = textOf(utf8, fileName, encoding, problems);
    if (!decoded)
        return result;
    const QStringView text = *decoded;
    ReadControl::stage(control, 0, 0.1).report(1);
    const Csv::Records records = Csv::scan(text, separator, fileName);
    if (!records.problems.isEmpty()) {
        problems = records.problems;
        return result;
    }
    if (records.starts.empty()) {
        problems << Problem {fileName, 1, 1, DealCsvReader::tr("the file is empty; expected a header row")};
        return result;
    }
    if (cancelled())
        return result;
    ReadControl::stage(control, 0, 0.2).report(1);

    std::vector<Csv::FieldSpan> spans;
    QString buffer;
    Csv::splitRecord(text, records.starts.front(), separator, spans);
    const int headerLine = records.starts.front().line;
    const int headerSize = int(spans.size());
    QHash<QString, int> columnIndex;
    for (int c = 0; c < headerSize; ++c)
        columnIndex.insert(Csv::fieldText(text, spans[size_t(c)], buffer).trimmed().toString(), c);
    const QStringList expected = columns();
    if (std::none_of(expected.cbegin(), expected.cend(), [&](const QString &c) { return columnIndex.contains(c); })) {
        problems << Problem {fileName, headerLine, 1,
            DealCsvReader::tr("this is not a CSV of CapFlow's deals: its header has none of the columns %1; to read "
                              "another program's table, use File > Import… (or capflow --import-mapping)")
                .arg(QStringList(expected.mid(0, 5)).join(QStringLiteral(", ")) + QStringLiteral(", …"))};
        return result;
    }
    for (const QString &column : expected) {
        if (column != kNoteDe && !columnIndex.contains(column))
            problems << Problem {
                fileName, headerLine, 1, DealCsvReader::tr("missing column \"%1\" in the header").arg(column)};
    }
    if (!problems.isEmpty())
        return result;

    // The columns by index, looked up once rather than by name in every row.
    auto at = [&](const QString &name) { return columnIndex.value(name, -1); };
    const int cId = at(QStringLiteral("id")), cDate = at(QStringLiteral("date")),
              cPrecision = at(QStringLiteral("date_precision")), cFrom = at(QStringLiteral("from")),
              cTo = at(QStringLiteral("to")), cKind = at(QStringLiteral("kind")),
              cAmount = at(QStringLiteral("amount_usd_bn")), cAmountKind = at(QStringLiteral("amount_kind")),
              cNoteEn = at(QStringLiteral("note_en")), cNoteDe = at(kNoteDe), cUrl = at(QStringLiteral("source_url")),
              cTitle = at(QStringLiteral("source_title"));
    const bool decimalComma = separator == u';';

    // Every row on its own, on all cores, in consecutive parts. Each deal is read into its place in
    // the result, which keeps them only when no row has a problem.
    const qsizetype rowCount = qsizetype(records.starts.size()) - 1;
    std::vector<RowRead> rows(static_cast<size_t>(rowCount));
    result.data.deals.resize(rowCount);
    Deal *const deals = result.data.deals.data();
    const int parts = Parallel::partsFor(rowCount);
    std::vector<std::vector<Pending>> pending(static_cast<size_t>(parts));
    std::atomic<qsizetype> rowsDone {0};
    const ReadControl::Stage checking = ReadControl::stage(control, 0.2, 0.85);
    Parallel::inParts(parts, [&](int part) {
        std::vector<Csv::FieldSpan> fields;
        QString scratch[3];
        std::vector<Pending> &found = pending[size_t(part)];
        const auto [first, last] = Parallel::range(rowCount, part, parts);
        for (qsizetype r = first; r < last; ++r) {
            if ((r - first) % 4096 == 4095) {
                if (checking.isCancelled())
                    return;
                checking.report(double(rowsDone += 4096) / double(rowCount));
            }
            const Csv::Records::Start start = records.starts[size_t(r + 1)];
            Csv::splitRecord(text, start, separator, fields);
            RowRead &row = rows[size_t(r)];
            Pending::Slot slot = Pending::BeforeIdCheck;
            auto fail = [&](int column, const QString &message) {
                const Csv::FieldSpan &f = fields[size_t(column)];
                found.push_back(Pending {r, slot, Problem {fileName, f.line, f.column, message}});
            };
            if (int(fields.size()) != headerSize) {
                found.push_back(Pending {r, slot, Problem {fileName, start.line, 1,
                    DealCsvReader::tr("row has %1 fields but the header has %2").arg(int(fields.size())).arg(headerSize)}});
                continue;
            }
            // A field's text, trimmed; kept in one of three buffers (by `keep`) when quotes were undone, so that up to three texts can be held at once.
            auto value = [&](int column, int keep = 0) {
                return column < 0 ? QStringView() : Csv::fieldText(text, fields[size_t(column)], scratch[keep]).trimmed();
            };
            auto untrimmed = [&](int column) {
                return column < 0 ? QString() : Csv::fieldText(text, fields[size_t(column)], scratch[0]).toString();
            };
            row.checked = true;
            Deal &d = deals[r];
            d.id = value(cId).toString();
            row.idAt = {fields[size_t(cId)].line, fields[size_t(cId)].column};
            if (d.id.isEmpty())
                fail(cId, DealCsvReader::tr("empty id"));
            slot = Pending::BeforeTotal;

            const QStringView precisionText = value(cPrecision, 1);
            const auto precision = enumFromKey<DatePrecision>(precisionText);
            if (!precision)
                fail(cPrecision,
                    DealCsvReader::tr("unknown date precision \"%1\" (expected one of: %2)")
                        .arg(precisionText, enumKeyList<DatePrecision>()));
            const QStringView dateText = value(cDate, 2);
            const QDate date = FuzzyDate::parseIsoDate(dateText);
            if (!date.isValid())
                fail(cDate, DealCsvReader::tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(dateText));
            else if (precision && !FuzzyDate::isPeriodStart(date, *precision))
                fail(cDate, DealCsvReader::tr("date %1 is not the first day of its %2").arg(dateText, enumKey(*precision)));
            d.date = FuzzyDate(date, precision.value_or(DatePrecision::Day));

            for (const auto &[side, column, header] : {std::tuple(0, cFrom, "from"_L1), std::tuple(1, cTo, "to"_L1)}) {
                row.name[side] = Csv::fieldText(text, fields[size_t(column)], row.undone[side]).trimmed();
                row.nameHash[side] = foldedHash(row.name[side]);
                if (row.name[side].isEmpty())
                    fail(column, DealCsvReader::tr("empty company name in \"%1\"").arg(header));
            }
            row.idHash = qHash(d.id);
            const QStringView kindText = value(cKind);
            const auto kind = enumFromKey<DealKind>(kindText);
            if (!kind)
                fail(cKind,
                    DealCsvReader::tr("unknown deal kind \"%1\" (expected one of: %2)")
                        .arg(kindText, enumKeyList<DealKind>()));
            d.kind = kind.value_or(DealKind::Equity);

            QString amount = value(cAmount).toString();
            row.amountAt = {fields[size_t(cAmount)].line, fields[size_t(cAmount)].column};
            if (decimalComma && amount.count(u',') == 1 && !amount.contains(u'.'))
                amount.replace(u',', u'.');
            bool amountFine = false;
            if (amount.startsWith(u'-'))
                fail(cAmount, DealCsvReader::tr("amount \"%1\" must not be negative").arg(amount));
            else if (!amount.isEmpty() && !(d.amount = Money::fromBillionsString(amount)))
                fail(cAmount,
                    DealCsvReader::tr("malformed amount \"%1\" (expected billions of USD such as 2.5)").arg(amount));
            else if (d.amount && !d.amount->isAcceptable())
                fail(cAmount,
                    DealCsvReader::tr("amount \"%1\" is larger than CapFlow accepts (at most %2 billion USD)")
                        .arg(amount, Money::fromUsd(Money::MaxUsd).toBillionsString()));
            else
                amountFine = true;
            if (!amountFine)
                d.amount.reset(); // it does not count towards the total
            slot = Pending::AfterTotal;

            const QStringView amountKindText = value(cAmountKind);
            const auto amountKind = enumFromKey<AmountKind>(amountKindText);
            if (!amountKind)
                fail(cAmountKind,
                    DealCsvReader::tr("unknown amount kind \"%1\" (expected one of: %2)")
                        .arg(amountKindText, enumKeyList<AmountKind>()));
            d.amountKind = amountKind.value_or(AmountKind::Reported);

            d.note = {untrimmed(cNoteEn), untrimmed(cNoteDe)};
            const QList<QStringView> urls = value(cUrl, 1).split(u'\n', Qt::SkipEmptyParts);
            const QString titleField = untrimmed(cTitle);
            const QList<QStringView> titles = QStringView(titleField).split(u'\n');
            if (urls.isEmpty())
                fail(cUrl, DealCsvReader::tr("a deal needs at least one source URL"));
            d.sources.reserve(urls.size());
            for (qsizetype s = 0; s < urls.size(); ++s) {
                const QString url = urls.at(s).trimmed().toString();
                if (const QString why = Validation::sourceUrlProblem(url); !why.isEmpty())
                    fail(cUrl, why);
                const QString title = urls.size() == 1 ? QString(titleField).replace(u'\n', u' ').trimmed()
                                                       : titles.value(s).trimmed().toString();
                d.sources << Source {url, title};
            }
        }
    });
    if (cancelled())
        return result;

    // Then ids given twice and each name's first row, on all cores: each core takes the keys of
    // one range of hash values and goes through the rows in their order.
    QHash<QString, qsizetype> knownByName; // case-folded name -> index in known.companies
    QSet<QString> knownIds; // a new name must not take the id of a known company named later
    for (qsizetype k = 0; k < known.companies.size(); ++k) {
        knownByName.insert(known.companies.at(k).name.toCaseFolded(), k);
        knownIds.insert(known.companies.at(k).id);
    }
    std::vector<char> duplicate(static_cast<size_t>(rowCount), 0);
    // For each side of each row (2 × row + 0 for "from", + 1 for "to"): the first side with that
    // name, in any case.
    std::vector<qsizetype> firstName(static_cast<size_t>(2 * rowCount), -1);
    auto nameOf = [&rows](qsizetype side) { return rows[size_t(side / 2)].name[side % 2]; };
    auto nameHash = [&rows](qsizetype side) { return rows[size_t(side / 2)].nameHash[side % 2]; };
    Parallel::inParts(parts, [&](int part) {
        auto mine = [&](size_t hash) { return int((hash >> 40) % size_t(parts)) == part; };
        FirstSeen ids(size_t(rowCount / parts));
        FirstSeen names(size_t(rowCount / parts / 4)); // names recur: it grows when they do not
        for (qsizetype r = 0; r < rowCount; ++r) {
            const RowRead &row = rows[size_t(r)];
            if (!row.checked)
                continue;
            const QString &id = deals[r].id;
            if (!id.isEmpty() && mine(row.idHash)) {
                const qsizetype first = ids.firstOf(r, row.idHash, [&](qsizetype other) { return deals[other].id == id; });
                duplicate[size_t(r)] = first != r;
            }
            for (qsizetype side = 2 * r; side < 2 * r + 2; ++side) {
                const size_t hash = nameHash(side);
                if (!mine(hash))
                    continue;
                firstName[size_t(side)] = names.firstOf(side, hash, [&](qsizetype other) {
                    return nameOf(other).compare(nameOf(side), Qt::CaseInsensitive) == 0;
                });
            }
        }
    });
    if (cancelled())
        return result;

    // Last, in the rows' order: the problems, the total, and the companies, each named by its first row.
    QSet<QString> companyIds;
    companyIds.reserve(rowCount);
    QHash<QString, int> nextSuffix;
    std::vector<int> companyOf(static_cast<size_t>(2 * rowCount), -1); // of a side that names a company first
    auto companyId = [&](qsizetype side) -> const QString & {
        const qsizetype first = firstName[size_t(side)];
        int &index = companyOf[size_t(first)];
        if (index < 0) {
            const QString name = nameOf(first).toString();
            const qsizetype k = knownByName.value(name.toCaseFolded(), -1);
            Company c = k >= 0 ? known.companies.at(k) : Company {};
            if (k < 0 || companyIds.contains(c.id)) {
                c = Company {};
                c.name = name;
                c.kind = CompanyKind::Other;
                c.id = freeId(
                    slugify(c.name),
                    [&](const QString &id) { return companyIds.contains(id) || knownIds.contains(id); }, nextSuffix);
            }
            companyIds.insert(c.id);
            index = int(result.data.companies.size());
            result.data.companies << c;
        }
        return result.data.companies.at(index).id;
    };
    Parallel::InOrder<Pending> found(pending);
    auto placeUpTo = [&](qsizetype r, Pending::Slot slot) {
        found.takeWhile([&](const Pending &p) { return p.row < r || (p.row == r && p.slot <= slot); },
            [&](const Pending &p) { problems << p.problem; });
    };
    const ReadControl::Stage naming = ReadControl::stage(control, 0.85, 1);
    qint64 total = 0;
    bool totalReported = false;
    for (qsizetype r = 0; r < rowCount; ++r) {
        if (r % 16384 == 16383) {
            if (cancelled())
                return result;
            naming.report(double(r) / double(rowCount));
        }
        RowRead &row = rows[size_t(r)];
        placeUpTo(r, Pending::BeforeIdCheck);
        if (!row.checked)
            continue;
        Deal &d = deals[r];
        if (duplicate[size_t(r)])
            problems << Problem {fileName, row.idAt.line, row.idAt.column, DealCsvReader::tr("duplicate id \"%1\"").arg(d.id)};
        placeUpTo(r, Pending::BeforeTotal);
        if (d.amount && __builtin_add_overflow(total, d.amount->usd(), &total) && !totalReported) {
            totalReported = true;
            problems << Problem {fileName, row.amountAt.line, row.amountAt.column,
                DealCsvReader::tr("the amounts of the deals up to here add up to more than CapFlow can add exactly")};
        }
        placeUpTo(r, Pending::AfterTotal);
        if (problems.isEmpty()) {
            d.from = companyId(2 * r);
            d.to = companyId(2 * r + 1);
        }
    }
    if (!problems.isEmpty())
        result.data = DocumentData {};
    naming.report(1);
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
