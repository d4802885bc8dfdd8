#include "io/Csv.h"

#include "io/TextDecoding.h"

#include <QCoreApplication>

namespace Csv {
namespace {
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
} // namespace

QStringList Row::texts() const
{
    QStringList result;
    for (const Field &f : fields)
        result << f.text;
    return result;
}

ParseResult parse(const QByteArray &utf8, const QString &fileName)
{
    ParseResult result;
    // Bytes that are not text are refused with their place, never taken into the document.
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0) {
        const auto [nulLine, nulColumn] = lineAndColumn(utf8, nul);
        result.problems << Problem {fileName, nulLine, nulColumn,
            CsvReader::tr("a NUL byte: this is not a text file (or not UTF-8; save it as CSV UTF-8)")};
        return result;
    }
    if (const qsizetype bad = TextDecoding::firstInvalidUtf8(utf8); bad >= 0) {
        const auto [badLine, badColumn] = lineAndColumn(utf8, bad);
        result.problems << Problem {
            fileName, badLine, badColumn, CsvReader::tr("bytes that are not UTF-8 text; save the file as CSV UTF-8")};
        return result;
    }
    return parseText(QString::fromUtf8(utf8), fileName, u',');
}

ParseResult parseText(QString text, const QString &fileName, QChar separator)
{
    ParseResult result;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto advance = [&](QChar c) {
        // A line ends at LF, CRLF or a lone CR (old Mac files).
        if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text.at(i + 1) != u'\n'))) {
            ++line;
            column = 1;
        } else if (c != u'\r' && !c.isLowSurrogate()) { // a character outside the BMP is one column
            ++column;
        }
        ++i;
    };

    while (i < n) {
        Row row;
        row.line = line;
        for (;;) { // one field per iteration
            Field field;
            field.line = line;
            field.column = column;
            if (i < n && text.at(i) == u'"') {
                const int quoteLine = line;
                const int quoteColumn = column;
                advance(text.at(i));
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field.text += u'"';
                            advance(c);
                            advance(c);
                            continue;
                        }
                        advance(c);
                        closed = true;
                        break;
                    }
                    // Every line break in a field (LF, CRLF, lone CR) is read as LF, so that a
                    // field written back and read again is the same text.
                    if (c != u'\r')
                        field.text += c;
                    else if (i + 1 >= n || text.at(i + 1) != u'\n')
                        field.text += u'\n';
                    advance(c);
                }
                if (!closed) {
                    result.problems << Problem {
                        fileName, quoteLine, quoteColumn, CsvReader::tr("quoted field is never closed")};
                    return result;
                }
                if (i < n && text.at(i) != separator && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    result.problems << Problem {
                        fileName, line, column, CsvReader::tr("unexpected text after a closing quote")};
                    return result;
                }
            } else {
                while (i < n && text.at(i) != separator && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    field.text += text.at(i);
                    advance(text.at(i));
                }
            }
            row.fields << field;
            if (i < n && text.at(i) == separator) {
                advance(text.at(i));
                continue;
            }
            break;
        }
        if (i < n && text.at(i) == u'\r')
            advance(text.at(i));
        if (i < n && text.at(i) == u'\n')
            advance(text.at(i));
        const bool blank = row.fields.size() == 1 && row.fields.first().text.isEmpty();
        if (!blank)
            result.rows << row;
    }
    return result;
}

QString formatRow(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            QString q = f;
            q.replace(u'"', QStringLiteral("\"\""));
            quoted << u'"' + q + u'"';
        } else {
            quoted << f;
        }
    }
    return quoted.join(u',');
}

Table::Table(const ParseResult &parsed)
{
    if (parsed.rows.isEmpty())
        return;
    const Row &header = parsed.rows.first();
    m_headerLine = header.line;
    for (int c = 0; c < header.fields.size(); ++c)
        m_columns.insert(header.fields.at(c).text.trimmed(), c);
    m_rows = parsed.rows.mid(1);
}

QString Table::value(const Row &row, const QString &name) const
{
    return value(row, column(name));
}

Position Table::position(const Row &row, const QString &name) const
{
    return position(row, column(name));
}

Position Table::position(const Row &row, int c)
{
    if (c >= 0 && c < row.fields.size())
        return {row.fields.at(c).line, row.fields.at(c).column};
    if (row.fields.isEmpty())
        return {row.line, 1};
    return {row.fields.last().line, row.fields.last().column};
}

} // namespace Csv
