#pragma once

#include "io/Problem.h"

#include <QList>
#include <QString>

// A table as read from a file to import (CSV or another delimited text, or one sheet of a
// workbook), before any column has a meaning: rows of cells, each with its place in the file.
namespace Import {

struct Cell
{
    QString text;
    int line = 1; // 1-based line of the text file, or row of the sheet
    int column = 1; // 1-based character column in the text file, or column of the sheet (A = 1)
    // A spreadsheet's number cell: text is the number in C-locale form ("2.5", "1000000"),
    // whatever the number style of the rest of the file. A date cell is "YYYY-MM-DD" text.
    bool number = false;
};

struct Row
{
    int line = 1;
    QList<Cell> cells;
};

struct Sheet
{
    QString name; // the sheet's name in a workbook; empty for a text file
    // A text file's cells: every cell of a row is there, and its Cell::column is where it starts on
    // its line, so its column in the table is its place in the row. Else (a workbook) Cell::column
    // is the table column, and empty cells may be left out.
    bool textFile = false;
    QList<Row> rows;
};

} // namespace Import
