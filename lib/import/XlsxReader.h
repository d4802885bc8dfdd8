#pragma once

#include "import/ImportTable.h"

#include <QByteArray>

// The cells of an Excel workbook, for the import: every worksheet as a table of text cells with
// their rows and columns. Numbers come as C-locale decimal text (number = true), date cells as
// "YYYY-MM-DD", booleans as TRUE/FALSE, errors as their text (#N/A). Bad input (not a zip, no
// workbook, malformed XML, a part that would unpack to more than 512 MiB) gives problems, never a
// crash.
namespace XlsxReader {

struct Result
{
    QList<Import::Sheet> sheets; // in workbook order, each with its name
    Problems problems; // empty when the workbook was read
    bool ok() const { return problems.isEmpty(); }
};

// Reads every worksheet of an Office Open XML workbook (.xlsx, as Excel, LibreOffice, openpyxl and
// libxlsxwriter write it). fileName is only used in problems.
Result read(const QByteArray &bytes, const QString &fileName);

} // namespace XlsxReader
