#pragma once

#include "document/DocumentData.h"
#include "import/ImportMapping.h"
#include "import/ImportTable.h"

#include <QSet>

#include <functional>

// A table to import read as deals through a column mapping: the first row is the header, every
// other row becomes one deal (or one per investor, see ImportMapping::Investors). A row with a
// problem yields no deal; its problems name the row's line, the cell's column and the field.
namespace TableImport {

struct PreviewRow
{
    int line = 0;
    QList<Deal> deals; // from/to are ids of Result::data's companies
    QStringList problems; // "column 4 (Amount): …"
};

struct Result
{
    DocumentData data; // the deals of the rows without problems, and their companies (id = slug of the name)
    Problems problems; // of the table (a missing header or mapping) and of every refused row
    QSet<int> refusedLines; // the lines of rows with problems
    int rows = 0; // data rows read
    QList<PreviewRow> preview; // the first rows as they are read
    bool canceled = false;
    bool ok() const { return problems.isEmpty(); }
};

struct Options
{
    QString fileName; // for problems
    ImportAmount::Style style = ImportAmount::Style::Point;
    int previewRows = 100;
    // Called now and then with the rows done; return false to cancel.
    std::function<bool(int done, int total)> progress;
};

QStringList header(const Import::Sheet &sheet);
Result read(const Import::Sheet &sheet, const ImportMapping::Mapping &mapping, const Options &options);

// The texts of the mapped amount column, for ImportAmount::detect.
QStringList amountTexts(const Import::Sheet &sheet, const ImportMapping::Mapping &mapping, int limit = 2000);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(TableImport)
};

} // namespace TableImport
