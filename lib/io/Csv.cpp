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

std::optional<QString> decodeUtf8(const QByteArray &utf8, const QString &fileName, Problems &problems)
{
    // Bytes that are not text are refused with their place, never taken into the document.
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0) {
        const auto [nulLine, nulColumn] = lineAndColumn(utf8, nul);
        problems << Problem {fileName, nulLine, nulColumn,
            CsvReader::tr("a NUL byte: this is not a text file (or not UTF-8; save it as CSV UTF-8)")};
        return std::nullopt;
    }
    if (const qsizetype bad = TextDecoding::firstInvalidUtf8(utf8); bad >= 0) {
        const auto [badLine, badColumn] = lineAndColumn(utf8, bad);
        problems << Problem {
            fileName, badLine, badColumn, CsvReader::tr("bytes that are not UTF-8 text; save the file as CSV UTF-8")};
        return std::nullopt;
    }
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

ParseResult parse(const QByteArray &utf8, const QString &fileName)
{
    ParseResult result;
    const std::optional<QString> text = decodeUtf8(utf8, fileName, result.problems);
    return text ? parseText(*text, fileName, u',') : result;
}

namespace {
// A line ends at LF, CRLF or a lone CR (old Mac files): true at the character that ends it.
inline bool endsLine(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    return c == u'\n' || (c == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'));
}
} // namespace

Records scan(QStringView text, QChar separator, const QString &fileName)
{
    Records records;
    const qsizetype n = text.size();
    const char16_t sep = separator.unicode();
    // The column of a place, counted only for a problem: characters from the line's start, one for
    // a character outside the BMP.
    auto fail = [&](qsizetype at, int line, const QString &message) {
        qsizetype lineStart = at;
        while (lineStart > 0 && text[lineStart - 1] != u'\n' && text[lineStart - 1] != u'\r')
            --lineStart;
        int column = 1;
        for (qsizetype k = lineStart; k < at; ++k)
            column += text[k].isLowSurrogate() ? 0 : 1;
        records.starts.clear();
        records.problems << Problem {fileName, line, column, message};
        return records;
    };
    int line = 1;
    qsizetype i = 0;
    while (i < n) {
        const Records::Start start {i, line};
        int fields = 0;
        bool empty = true; // one field without a character: a blank line
        for (;;) {
            ++fields;
            if (i < n && text[i] == u'"') {
                const qsizetype quote = i;
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char16_t c = text[i].unicode();
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            empty = false;
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    empty = false;
                    if ((c == u'\n' || c == u'\r') && endsLine(text, i))
                        ++line;
                    ++i;
                }
                if (!closed)
                    return fail(quote, quoteLine, CsvReader::tr("quoted field is never closed"));
                if (i < n && text[i] != sep && text[i] != u'\n' && text[i] != u'\r')
                    return fail(i, line, CsvReader::tr("unexpected text after a closing quote"));
            } else {
                while (i < n) {
                    const char16_t c = text[i].unicode();
                    if (c == sep || c == u'\n' || c == u'\r')
                        break;
                    empty = false;
                    ++i;
                }
            }
            if (i < n && text[i] == sep) {
                ++i;
                continue;
            }
            break;
        }
        if (i < n && text[i] == u'\r')
            ++i;
        if (i < n && text[i] == u'\n')
            ++i;
        if (i > start.offset && (text[i - 1] == u'\n' || text[i - 1] == u'\r'))
            ++line;
        if (!(fields == 1 && empty))
            records.starts.push_back(start);
    }
    return records;
}

void splitRecord(QStringView text, Records::Start start, QChar separator, std::vector<FieldSpan> &fields)
{
    fields.clear();
    const qsizetype n = text.size();
    const char16_t sep = separator.unicode();
    qsizetype i = start.offset;
    int line = start.line;
    int column = 1;
    for (;;) {
        FieldSpan field;
        field.line = line;
        field.column = column;
        if (i < n && text[i] == u'"') {
            field.quoted = true;
            field.offset = ++i;
            ++column;
            while (i < n) {
                const char16_t c = text[i].unicode();
                if (c == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        i += 2;
                        column += 2;
                        continue;
                    }
                    break;
                }
                if ((c == u'\n' || c == u'\r') && endsLine(text, i)) {
                    ++line;
                    column = 1;
                } else if (c != u'\r' && !QChar::isLowSurrogate(c)) {
                    ++column;
                }
                ++i;
            }
            field.length = i - field.offset;
            ++i; // the closing quote
            ++column;
        } else {
            field.offset = i;
            while (i < n) {
                const char16_t c = text[i].unicode();
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                column += QChar::isLowSurrogate(c) ? 0 : 1;
                ++i;
            }
            field.length = i - field.offset;
        }
        fields.push_back(field);
        if (i < n && text[i] == sep) {
            ++i;
            ++column;
            continue;
        }
        return;
    }
}

QStringView fieldText(QStringView text, const FieldSpan &field, QString &buffer)
{
    const QStringView raw = text.mid(field.offset, field.length);
    if (!field.quoted || (!raw.contains(u'"') && !raw.contains(u'\r')))
        return raw;
    // Every line break in a field (LF, CRLF, lone CR) is read as LF, so that a field written back
    // and read again is the same text.
    buffer.resize(0); // keeps its memory for the next field
    buffer.reserve(raw.size());
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const QChar c = raw[k];
        if (c == u'"')
            ++k; // the first of two
        if (c != u'\r')
            buffer += c;
        else if (k + 1 == raw.size() || raw[k + 1] != u'\n')
            buffer += u'\n';
    }
    return buffer;
}

ParseResult parseText(QString text, const QString &fileName, QChar separator)
{
    ParseResult result;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const Records records = scan(text, separator, fileName);
    result.problems = records.problems;
    std::vector<FieldSpan> spans;
    QString buffer;
    for (const Records::Start &start : records.starts) {
        splitRecord(text, start, separator, spans);
        Row row;
        row.line = start.line;
        row.fields.reserve(qsizetype(spans.size()));
        for (const FieldSpan &span : spans)
            row.fields << Field {fieldText(text, span, buffer).toString(), span.line, span.column};
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
