// libFuzzer target for the readers of binary and XML import files: an input starting with "PK" is
// read as an .xlsx workbook, one with '<' as GraphML or GEXF (ImportFile::open decides as File >
// Import does). Besides the sanitizers' findings it checks that a graph file read without
// problems is a consistent document: every deal between known companies, unique ids, names
// unique ignoring case.
#include "FuzzCheck.h"
#include "import/ImportFile.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool workbook = input.startsWith("PK");
    const QString fileName = workbook ? QStringLiteral("fuzz.xlsx") : QStringLiteral("fuzz.graphml");
    const ImportFile::Source source = ImportFile::open(fileName, input);
    for (const Problem &p : source.problems) {
        FuzzCheck::require(p.file == fileName, "problem names another file", p.toString().toUtf8());
        FuzzCheck::require(!p.message.isEmpty(), "problem without a message");
    }
    ImportMapping::Mapping mapping;
    mapping.defaultSource = Source {QStringLiteral("https://fuzz.example/"), QStringLiteral("fuzz")};
    const int sheet = ImportFile::bestSheet(source);
    if (source.isTable() && sheet < source.sheets.size()) {
        const QStringList header = TableImport::header(source.sheets.at(sheet));
        const Source fallback = mapping.defaultSource;
        mapping = ImportMapping::preset(ImportMapping::bestPreset(header), header);
        mapping.defaultSource = fallback;
    }
    TableImport::Options options;
    const ImportFile::Read read = ImportFile::read(source, sheet, mapping, options);
    if (!read.problems.isEmpty())
        return 0;
    QSet<QString> ids;
    QSet<QString> names;
    for (const Company &c : read.data.companies) {
        FuzzCheck::require(!c.id.isEmpty() && !ids.contains(c.id), "company ids are not unique", c.id.toUtf8());
        ids.insert(c.id);
        if (!source.isTable()) {
            FuzzCheck::require(!names.contains(c.name.toCaseFolded()), "company names are not unique", c.name.toUtf8());
            names.insert(c.name.toCaseFolded());
        }
    }
    QSet<QString> deals;
    for (const Deal &d : read.data.deals) {
        FuzzCheck::require(!deals.contains(d.id), "deal ids are not unique", d.id.toUtf8());
        deals.insert(d.id);
        FuzzCheck::require(ids.contains(d.from) && ids.contains(d.to), "a deal names no company", d.id.toUtf8());
        FuzzCheck::require(d.date.isValid(), "a deal without a valid date", d.id.toUtf8());
        FuzzCheck::require(!d.amount || d.amount->isAcceptable(), "an amount out of range", d.id.toUtf8());
    }
    return 0;
}
