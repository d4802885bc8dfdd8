#pragma once

#include <QList>
#include <QString>

// A problem in an input file, at a 1-based line and column (0 when not known).
struct Problem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "FILE:LINE:COLUMN: message", the form compilers use and editors understand.
    QString toString() const;
};

using Problems = QList<Problem>;

// 1-based line and column (in characters) of a byte offset in UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset);
