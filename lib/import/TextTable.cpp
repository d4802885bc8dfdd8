#include "import/TextTable.h"

#include "io/Csv.h"

#include <QCoreApplication>

namespace TextTable {
namespace {
class TextTableReader
{
    Q_DECLARE_TR_FUNCTIONS(TextTableReader)
};

// Consistent rows among the first ones, and their width, for one separator.
std::pair<int, int> score(const QString &sample, QChar separator)
{
    const Csv::ParseResult parsed = Csv::parseText(sample, QString(), separator);
    if (parsed.rows.isEmpty())
        return {0, 0};
    const qsizetype width = parsed.rows.first().fields.size();
    if (width < 2)
        return {0, 0};
    int consistent = 0;
    for (const Csv::Row &row : parsed.rows)
        consistent += row.fields.size() == width ? 1 : 0;
    return {consistent, int(width)};
}

// The 1-based line and character column of a place in decoded text, counted as Csv counts them
// (the byte order mark is already gone, a character outside the BMP is one column), so that a
// problem's place is the same in every encoding.
std::pair<int, int> placeOf(const QString &text, qsizetype at)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < at; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            column = 1;
        } else if (c != u'\r' && !c.isLowSurrogate()) {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

QList<QChar> separators()
{
    return {u',', u';', u'\t', u'|'};
}

QString separatorName(QChar separator)
{
    switch (separator.unicode()) {
    case u',': return TextTableReader::tr("Comma");
    case u';': return TextTableReader::tr("Semicolon");
    case u'\t': return TextTableReader::tr("Tab");
    case u'|': return TextTableReader::tr("Vertical bar");
    default: return QString(separator);
    }
}

Format detect(const QByteArray &bytes)
{
    Format format;
    format.encoding = TextDecoding::detect(bytes);
    // The first lines are enough; cut at a line end so that the last row is whole.
    QByteArray head = bytes.left(64 * 1024);
    if (head.size() < bytes.size()) {
        int lines = 0;
        qsizetype cut = 0;
        for (qsizetype i = 0; i < head.size() && lines < 40; ++i) {
            if (head.at(i) == '\n') {
                cut = i + 1;
                ++lines;
            }
        }
        if (cut > 0)
            head.truncate(cut);
    }
    QString sample = TextDecoding::decode(head, format.encoding);
    std::pair<int, int> best {0, 0};
    for (const QChar separator : separators()) {
        const auto s = score(sample, separator);
        if (s > best) {
            best = s;
            format.separator = separator;
        }
    }
    return format;
}

Result read(const QByteArray &bytes, const QString &fileName, const Format &format)
{
    Result result;
    // Read as UTF-8, bytes that are not UTF-8 would silently become replacement characters.
    if (const qsizetype bad
        = format.encoding == TextDecoding::Encoding::Windows1252 ? -1 : TextDecoding::firstInvalidUtf8(bytes);
        bad >= 0) {
        const auto [line, column] = lineAndColumn(bytes, bad);
        result.problems << Problem {fileName, line, column,
            TextTableReader::tr(
                "bytes that are not UTF-8 text; choose the encoding Windows-1252, or save the file as CSV UTF-8")};
        return result;
    }
    const QString text = TextDecoding::decode(bytes, format.encoding);
    // Located in the decoded text: counting UTF-8 characters in the bytes would count a byte order
    // mark as a column, and miss Windows-1252 characters such as € (0x80).
    if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0) {
        const auto [line, column] = placeOf(text, nul);
        result.problems << Problem {fileName, line, column,
            TextTableReader::tr("a NUL byte: this is not a text file (or is saved as UTF-16; save it as CSV)")};
        return result;
    }
    const Csv::ParseResult parsed = Csv::parseText(text, fileName, format.separator);
    if (!parsed.problems.isEmpty()) {
        result.problems = parsed.problems;
        return result;
    }
    result.sheet.textFile = true;
    result.sheet.rows.reserve(parsed.rows.size());
    for (const Csv::Row &row : parsed.rows) {
        Import::Row out;
        out.line = row.line;
        out.cells.reserve(row.fields.size());
        for (const Csv::Field &field : row.fields)
            out.cells << Import::Cell {field.text, field.line, field.column, false};
        result.sheet.rows << out;
    }
    return result;
}

} // namespace TextTable
