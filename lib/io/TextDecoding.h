#pragma once

#include <QByteArray>
#include <QString>

// Text files as spreadsheet programs save them: UTF-8 with or without a byte order mark, or
// Windows-1252 (what Excel on Windows writes as "CSV" in Western Europe).
namespace TextDecoding {

enum class Encoding { Utf8, Utf8Bom, Windows1252 };

// The byte offset of the first byte that is not part of well-formed UTF-8 (Unicode's table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

// UTF-8 when the bytes start with its byte order mark or are all UTF-8, else Windows-1252.
Encoding detect(const QByteArray &bytes);

// The text in that encoding, without a byte order mark. Windows-1252 decodes every byte; its five
// unassigned bytes become the C1 controls of the same number, as Windows itself does.
QString decode(const QByteArray &bytes, Encoding encoding);

// The encoding's name as users know it from the save dialogs ("UTF-8", "UTF-8 with BOM", "Windows-1252").
QString name(Encoding encoding);

} // namespace TextDecoding
