#pragma once

#include "io/Problem.h"

#include <QHash>
#include <QStringList>

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks (read as LF); LF, CRLF
// or lone CR line ends; a UTF-8 byte order mark is skipped.
namespace Csv {

struct Field
{
    QString text;
    int line = 1; // 1-based line where the field starts (a quoted line break moves later fields down)
    int column = 1; // 1-based character column where the field starts
};

struct Position
{
    int line = 1;
    int column = 1;
};

struct Row
{
    int line = 1; // 1-based line where the row starts
    QList<Field> fields;
    QStringList texts() const;
};

struct ParseResult
{
    QList<Row> rows;
    Problems problems;
};

ParseResult parse(const QByteArray &utf8, const QString &fileName);
// The same for decoded text with another separator (';' or a tab); a byte order mark is skipped.
ParseResult parseText(QString text, const QString &fileName, QChar separator);

// One record, quoted where needed, without the line end.
QString formatRow(const QStringList &fields);

// A header-indexed view of parsed rows: columns found by name, in any order.
class Table
{
public:
    Table(const ParseResult &parsed);
    bool hasColumn(const QString &name) const { return m_columns.contains(name); }
    QString value(const Row &row, const QString &name) const;
    // The same by the column's index (column(): -1 when there is none, which gives no text).
    int column(const QString &name) const { return m_columns.value(name, -1); }
    static QString value(const Row &row, int column)
    {
        return column >= 0 && column < row.fields.size() ? row.fields.at(column).text : QString();
    }
    // Where a field starts, for messages: 1-based line and character column. A missing field is
    // placed at the row's last field.
    Position position(const Row &row, const QString &name) const;
    static Position position(const Row &row, int column);
    const QList<Row> &rows() const { return m_rows; }
    int headerLine() const { return m_headerLine; }

private:
    QHash<QString, int> m_columns;
    QList<Row> m_rows;
    int m_headerLine = 1;
};

} // namespace Csv
