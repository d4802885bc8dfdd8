#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <vector>

// Writes JSON text straight into a buffer, laid out exactly as QJsonDocument::toJson(Indented)
// lays it out (four spaces a level, "key": value, UTF-8 with the same escapes), without building
// a QJsonObject tree first. Keys are written in the order given: the caller sorts them. One
// difference: half a surrogate pair (not a character, and no valid UTF-8) is written as U+FFFD,
// where Qt writes an escape of it that many JSON readers refuse.
class JsonOut
{
public:
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    void beginObject() { begin('{'); }
    void beginArray() { begin('['); }
    void end(); // of the innermost object or array
    void key(QByteArrayView key); // plain ASCII keys only: written as they are
    void element(); // before each value of an array
    void string(QStringView text);
    void number(double value);
    void integer(qint64 value);
    // The text, with the final line break after the outermost value.
    QByteArray finish();

private:
    void begin(char bracket);
    void next();
    void indent() { m_out.append(qsizetype(4 * m_open.size()), ' '); }

    QByteArray m_out;
    struct Open
    {
        char close;
        bool empty;
    };
    std::vector<Open> m_open;
};
