#include "import/ImportFile.h"

#include "document/Document.h"
#include "editing/Validation.h"
#include "import/DealMerge.h"
#include "import/GraphFileReader.h"
#include "import/XlsxReader.h"

#include <QFileInfo>

static DocumentData companiesOnly(const QList<Company> &companies)
{
    DocumentData data;
    data.companies = companies;
    return data;
}

namespace ImportFile {

Kind detectKind(const QString &fileName, const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return Kind::Workbook;
    if (const auto graph = GraphFileReader::detect(bytes))
        return *graph == GraphFileReader::Format::Gexf ? Kind::Gexf : Kind::GraphML;
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".xlsx")))
        return Kind::Workbook;
    if (lower.endsWith(QLatin1String(".graphml")))
        return Kind::GraphML;
    if (lower.endsWith(QLatin1String(".gexf")))
        return Kind::Gexf;
    return Kind::Text;
}

Source open(const QString &fileName, const QByteArray &bytes)
{
    Source source;
    source.fileName = fileName;
    source.bytes = bytes;
    source.kind = detectKind(fileName, bytes);
    if (source.kind == Kind::Text) {
        setTextFormat(source, TextTable::detect(bytes));
    } else if (source.kind == Kind::Workbook) {
        XlsxReader::Result workbook = XlsxReader::read(bytes, fileName);
        source.sheets = workbook.sheets;
        source.problems = workbook.problems;
    }
    return source;
}

void setTextFormat(Source &source, const TextTable::Format &format)
{
    source.textFormat = format;
    TextTable::Result text = TextTable::read(source.bytes, source.fileName, format);
    source.sheets = {text.sheet};
    source.problems = text.problems;
}

ImportAmount::Detection detectStyle(const Source &source, int sheet, const ImportMapping::Mapping &mapping)
{
    const auto fallback = source.kind == Kind::Text && source.textFormat.separator == u';' ? ImportAmount::Style::Comma
                                                                                           : ImportAmount::Style::Point;
    if (sheet < 0 || sheet >= source.sheets.size())
        return {fallback, false};
    return ImportAmount::detect(TableImport::amountTexts(source.sheets.at(sheet), mapping), fallback);
}

int bestSheet(const Source &source)
{
    int best = 0;
    qsizetype bestColumns = -1;
    for (int i = 0; i < source.sheets.size(); ++i) {
        const QStringList header = TableImport::header(source.sheets.at(i));
        const qsizetype columns = ImportMapping::preset(ImportMapping::bestPreset(header), header).columns.size();
        if (columns > bestColumns) {
            best = i;
            bestColumns = columns;
        }
    }
    return best;
}

Read read(const Source &source, int sheet, const ImportMapping::Mapping &mapping, const TableImport::Options &options)
{
    Read read;
    if (!source.problems.isEmpty()) {
        read.problems = source.problems;
        return read;
    }
    if (const QString why = Validation::sourceUrlProblem(mapping.defaultSource.url);
        !mapping.defaultSource.url.isEmpty() && !why.isEmpty()) {
        read.problems << Problem {
            source.fileName, 0, 0, TableImport::Texts::tr("Source for deals without one: %1").arg(why)};
        return read;
    }
    if (!source.isTable()) {
        GraphFileReader::Result graph = GraphFileReader::read(source.bytes, source.fileName);
        read.data = graph.data;
        read.problems = graph.problems;
        // Graph files seldom name sources: the mapping's source stands in, else each deal is refused.
        int unsourced = 0;
        for (Deal &d : read.data.deals) {
            if (d.sources.isEmpty() && !mapping.defaultSource.url.isEmpty())
                d.sources << mapping.defaultSource;
            unsourced += d.sources.isEmpty() ? 1 : 0;
        }
        if (unsourced > 0 && read.problems.isEmpty())
            read.problems << Problem {source.fileName, 0, 0,
                TableImport::Texts::tr("%n deal(s) have no source; give a source for all of them", nullptr, unsourced)};
        for (const Deal &d : read.data.deals) {
            if (read.preview.size() >= options.previewRows)
                break;
            read.preview << TableImport::PreviewRow {0, {d}, {}};
        }
        // An import adds deals and companies; the dialog says how many valuations it leaves out.
        read.valuationsLeftOut = int(read.data.valuations.size());
        read.data.valuations.clear();
        read.ignored = graph.ignored;
        read.rows = int(graph.data.deals.size());
        return read;
    }
    if (sheet < 0 || sheet >= source.sheets.size()) {
        read.problems << Problem {source.fileName, 0, 0, TableImport::Texts::tr("the workbook has no sheet to import")};
        return read;
    }
    TableImport::Options withFile = options;
    withFile.fileName = source.kind == Kind::Workbook
        ? QStringLiteral("%1 [%2]").arg(source.fileName, source.sheets.at(sheet).name)
        : source.fileName;
    TableImport::Result table = TableImport::read(source.sheets.at(sheet), mapping, withFile);
    read.data = std::move(table.data);
    read.problems = std::move(table.problems);
    read.refusedLines = std::move(table.refusedLines);
    read.rows = table.rows;
    read.preview = std::move(table.preview);
    read.canceled = table.canceled;
    return read;
}

} // namespace ImportFile

namespace ImportFile {

CapflowFormat::ReadResult readDocument(const QString &fileName, const QByteArray &bytes,
    const std::optional<ImportMapping::Mapping> &mapping, const DocumentData &known)
{
    return readDocument(open(fileName, bytes), mapping, known);
}

CapflowFormat::ReadResult readDocument(
    const Source &source, const std::optional<ImportMapping::Mapping> &mapping, const DocumentData &known)
{
    CapflowFormat::ReadResult result;
    const int sheet = bestSheet(source);
    ImportMapping::Mapping chosen;
    if (mapping) {
        chosen = *mapping;
    } else if (source.isTable() && sheet < source.sheets.size()) {
        const QStringList header = TableImport::header(source.sheets.at(sheet));
        chosen = ImportMapping::preset(ImportMapping::bestPreset(header), header);
    }
    TableImport::Options options;
    options.style = chosen.style.value_or(detectStyle(source, sheet, chosen).style);
    options.previewRows = 0;
    Read r = read(source, sheet, chosen, options);
    result.problems = r.problems;
    if (!result.problems.isEmpty())
        return result;
    // Known companies lend their facts to the names that match them.
    const DealMerge::Plan plan = DealMerge::plan(known, DealMerge::aliasesOf(known), companiesOnly(r.data.companies));
    QHash<QString, QString> renamed; // incoming id -> final id
    QSet<QString> knownTaken;
    QSet<qsizetype> matched;
    for (qsizetype i = 0; i < r.data.companies.size(); ++i) {
        Company &c = r.data.companies[i];
        const QString knownId = plan.companyIds.value(c.id);
        for (const Company &k : known.companies) {
            if (k.id == knownId && !knownTaken.contains(k.id)) {
                renamed.insert(c.id, k.id);
                knownTaken.insert(k.id);
                matched.insert(i);
                c = k;
                break;
            }
        }
    }
    // A company that matched none keeps its id unless a matched one now has it.
    QHash<QString, int> nextSuffix;
    for (qsizetype i = 0; i < r.data.companies.size(); ++i) {
        Company &c = r.data.companies[i];
        if (matched.contains(i) || !knownTaken.contains(c.id))
            continue;
        const QString fresh = freeId(
            c.id, [&](const QString &id) { return knownTaken.contains(id) || renamed.contains(id); }, nextSuffix);
        renamed.insert(c.id, fresh);
        c.id = fresh;
    }
    for (Deal &d : r.data.deals) {
        d.from = renamed.value(d.from, d.from);
        d.to = renamed.value(d.to, d.to);
    }
    r.data.title = QFileInfo(source.fileName).completeBaseName();
    result.data = std::move(r.data);
    return result;
}

} // namespace ImportFile
