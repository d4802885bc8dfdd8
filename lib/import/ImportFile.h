#pragma once

#include "import/TableImport.h"
#include "import/TextTable.h"
#include "io/CapflowFormat.h"

// A file to import, whatever it is: delimited text, an Excel workbook, GraphML or GEXF. Text and
// workbooks are tables read through a column mapping (TableImport); graph files carry their own
// meaning and are read as they are (GraphFileReader).
namespace ImportFile {

enum class Kind { Text, Workbook, GraphML, Gexf };

struct Source
{
    QString fileName; // as shown in problems
    QByteArray bytes;
    Kind kind = Kind::Text;
    TextTable::Format textFormat; // Text: as detected, or as chosen
    QList<Import::Sheet> sheets; // Text: one; Workbook: each of its sheets
    Problems problems; // the file could not be read as a table or graph
    bool isTable() const { return kind == Kind::Text || kind == Kind::Workbook; }
};

// The kind from the content (a zip is a workbook, <graphml or <gexf a graph file), else from the
// suffix; anything else is text.
Kind detectKind(const QString &fileName, const QByteArray &bytes);
Source open(const QString &fileName, const QByteArray &bytes);
// Reads a text source again with another encoding or separator.
void setTextFormat(Source &source, const TextTable::Format &format);

// The number style of a table's amount column, as detected (German-style text, or a semicolon
// file, falls back to 1.234,5).
ImportAmount::Detection detectStyle(const Source &source, int sheet, const ImportMapping::Mapping &mapping);

// The sheet whose header a preset maps best (the Deals sheet of CapFlow's own workbook).
int bestSheet(const Source &source);

struct Read
{
    DocumentData data; // the deals and companies read (of the rows without problems)
    Problems problems;
    QSet<int> refusedLines;
    int rows = 0;
    QList<TableImport::PreviewRow> preview;
    QStringList ignored; // graph files: attributes CapFlow has no field for (kept in notes)
    int valuationsLeftOut = 0; // graph files: valuations read but not imported
    bool canceled = false;
};
Read read(const Source &source, int sheet, const ImportMapping::Mapping &mapping, const TableImport::Options &options);

// A whole file as a new document, without the dialog: the mapping (the best preset when none is
// given) on the best sheet; companies whose names match `known` ones (ignoring case, accents and
// legal suffixes, or by the default aliases) take their id, kind, country and notes. Any problem
// refuses the whole file.
CapflowFormat::ReadResult readDocument(const QString &fileName, const QByteArray &bytes,
    const std::optional<ImportMapping::Mapping> &mapping, const DocumentData &known);
// The same for a file already opened.
CapflowFormat::ReadResult readDocument(
    const Source &source, const std::optional<ImportMapping::Mapping> &mapping, const DocumentData &known);

} // namespace ImportFile
