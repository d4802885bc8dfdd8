#include "io/Csv.h"

#include <QCoreApplication>

namespace Csv {
namespace {
class Messages
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
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto advance = [&](QChar c) {
        if (c == u'\n') {
            ++line;
            column = 1;
        } else if (c != u'\r') {
            ++column;
        }
        ++i;
    };

    while (i < n) {
        Row row;
        row.line = line;
        for (;;) { // one field per iteration
            Field field;
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
                    if (!(c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n'))
                        field.text += c;
                    advance(c);
                }
                if (!closed) {
                    result.problems << Problem {
                        fileName, quoteLine, quoteColumn, Messages::tr("quoted field is never closed")};
                    return result;
                }
                if (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    result.problems << Problem {
                        fileName, line, column, Messages::tr("unexpected text after a closing quote")};
                    return result;
                }
            } else {
                while (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                    field.text += text.at(i);
                    advance(text.at(i));
                }
            }
            row.fields << field;
            if (i < n && text.at(i) == u',') {
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
    const int c = m_columns.value(name, -1);
    return c >= 0 && c < row.fields.size() ? row.fields.at(c).text : QString();
}

int Table::column(const Row &row, const QString &name) const
{
    const int c = m_columns.value(name, -1);
    if (c >= 0 && c < row.fields.size())
        return row.fields.at(c).column;
    return row.fields.isEmpty() ? 1 : row.fields.last().column;
}

} // namespace Csv
