#pragma once

#include "import/ImportTable.h"
#include "io/TextDecoding.h"

#include <QByteArray>

// Delimited text as spreadsheets save it: comma, semicolon (German Excel), tab or bar separated,
// quoted as in RFC 4180, in UTF-8 (with or without BOM) or Windows-1252.
namespace TextTable {

struct Format
{
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
    QChar separator = u',';
    bool operator==(const Format &) const = default;
};

// The separators offered, in the order they are tried.
QList<QChar> separators();
// "Comma", "Semicolon", "Tab", "Vertical bar" (translated).
QString separatorName(QChar separator);

// The encoding from the bytes, and the separator that splits the first lines into the same number
// of fields (more than one) most often, quotes respected; a comma when none does.
Format detect(const QByteArray &bytes);

struct Result
{
    Import::Sheet sheet;
    Problems problems; // a NUL byte or an unclosed quote: then the sheet is empty
    bool ok() const { return problems.isEmpty(); }
};
Result read(const QByteArray &bytes, const QString &fileName, const Format &format);

} // namespace TextTable
