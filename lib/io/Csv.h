#pragma once

#include "io/Problem.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

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

// The same in two steps, for large files: scan() finds where each record starts in one quick pass
// that copies nothing (and the first syntax error, with its place); splitRecord() then finds the
// fields of any record, so that records can be taken apart on several threads at once.
struct Records
{
    struct Start
    {
        qsizetype offset = 0;
        int line = 1;
    };
    std::vector<Start> starts; // blank lines are no records
    Problems problems; // the first syntax error: then there are no records
};
Records scan(QStringView text, QChar separator, const QString &fileName);

// A field as it lies in the text: its characters (inside the quotes when quoted) and where it starts.
struct FieldSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 1;
    int column = 1;
    bool quoted = false;
};
// The fields of a record of a text in which scan() found no problem.
void splitRecord(QStringView text, Records::Start start, QChar separator, std::vector<FieldSpan> &fields);
// A field's text, quotes undone and line breaks read as LF: a view into the text where nothing is
// to undo, else into `buffer`.
QStringView fieldText(QStringView text, const FieldSpan &field, QString &buffer);
// UTF-8 bytes as text, without a byte order mark; or, for bytes that are no text, the problem with its place.
std::optional<QString> decodeUtf8(const QByteArray &utf8, const QString &fileName, Problems &problems);

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
