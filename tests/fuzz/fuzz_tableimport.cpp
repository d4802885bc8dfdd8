// libFuzzer target for the import of delimited text: encoding and separator detection, the table
// reader and TableImport through the preset that fits the header, in both number styles. Besides
// the sanitizers' findings it checks that problems of UTF-8 input point into it, and that what was
// read is a consistent set of deals: companies for every deal, unique ids, exact amounts in range.
#include "FuzzCheck.h"
#include "import/TableImport.h"
#include "import/TextTable.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.csv");
    const TextTable::Format format = TextTable::detect(input);
    const TextTable::Result table = TextTable::read(input, fileName, format);
    const bool utf8 = format.encoding != TextDecoding::Encoding::Windows1252;
    if (utf8)
        FuzzCheck::checkProblems(table.problems, input, fileName);
    if (!table.ok())
        return 0;
    const QStringList header = TableImport::header(table.sheet);
    const ImportMapping::Mapping mapping = ImportMapping::preset(ImportMapping::bestPreset(header), header);
    for (const auto style : {ImportAmount::Style::Point, ImportAmount::Style::Comma}) {
        TableImport::Options options;
        options.fileName = fileName;
        options.style = style;
        const TableImport::Result result = TableImport::read(table.sheet, mapping, options);
        if (utf8)
            FuzzCheck::checkProblems(result.problems, input, fileName);
        QSet<QString> companies;
        for (const Company &c : result.data.companies) {
            FuzzCheck::require(!c.id.isEmpty() && !companies.contains(c.id), "company ids are not unique");
            companies.insert(c.id);
        }
        QSet<QString> deals;
        for (const Deal &d : result.data.deals) {
            FuzzCheck::require(!deals.contains(d.id), "deal ids are not unique", d.id.toUtf8());
            deals.insert(d.id);
            FuzzCheck::require(companies.contains(d.from) && companies.contains(d.to), "a deal names no company");
            FuzzCheck::require(d.date.isValid(), "a deal without a valid date");
            FuzzCheck::require(!d.amount || d.amount->isAcceptable(), "an amount out of range");
            FuzzCheck::require(!d.sources.isEmpty(), "a deal without a source");
        }
    }
    return 0;
}
