#pragma once

#include "io/Problem.h"

#include <QByteArray>
#include <QList>

#include <cstdio>
#include <cstdlib>

// Checks shared by the fuzz targets. A broken property aborts, so libFuzzer keeps the input as a
// crash artifact, just as for a sanitizer finding.
namespace FuzzCheck {

// Control characters made visible (a line break is shown as \n and kept), so that two texts that
// differ only in them can be told apart in a report.
inline QByteArray visible(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n')
            out += "\\n\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (byte < 0x20 || byte == 0x7f)
            out += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, detail.constData());
    std::abort();
}

inline void require(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// The last column of every line of UTF-8 text (where its line break or the end of the text is),
// by Problem.h's rule: 1-based, counted in characters (bytes that do not continue a UTF-8
// sequence); a line ends at LF, CRLF or a lone CR. In Windows-1252 text every byte is a character.
inline QList<int> lastColumns(const QByteArray &text, bool everyByteIsACharacter = false)
{
    QList<int> last;
    int column = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n' || (byte == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n'))) {
            last << column;
            column = 1;
        } else if (everyByteIsACharacter || (byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    last << column;
    return last;
}

// Every problem names the file it was given and a place inside the input: line and column are
// 1-based, or 0 when not known, and the place exists in the input.
inline void checkProblems(
    const Problems &problems, const QByteArray &input, const QString &fileName, bool everyByteIsACharacter = false)
{
    const QList<int> last = lastColumns(input, everyByteIsACharacter);
    for (const Problem &p : problems) {
        const QByteArray text = p.toString().toUtf8();
        require(p.file == fileName, "problem names another file", text);
        require(p.line >= 0 && p.column >= 0, "problem at a negative line or column", text);
        require(p.line <= last.size(), "problem on a line past the end of the input", text);
        require(p.line == 0 || p.column <= last.at(p.line - 1), "problem at a column past the end of its line", text);
        require(!p.message.isEmpty(), "problem without a message", text);
    }
}

} // namespace FuzzCheck
