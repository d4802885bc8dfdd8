#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct DocumentData;

// The file formats CapFlow reads and writes, each described once: its suffixes, its name in file
// dialogs and what CapFlow does with it. The command line's help and messages, the file dialogs'
// filters and the format chosen for a file name are all made from these tables, so adding a
// format is one entry (plus its reader or writer).
namespace FileFormats {

// How a format meets the user: suffixes (lower case; the first is added to a name without one)
// and the name its file dialog filter shows ("GraphML files").
struct Description
{
    QStringList suffixes;
    const char *name; // untranslated; FileFormats::tr() translates it
    bool matches(const QString &path) const;
    QString dialogFilter() const; // "GraphML files (*.graphml)"
};

// ".png .svg .pdf"; a suffix that several formats share is named once.
QString suffixList(const QList<Description> &formats);
// ".capflow or .csv", ".png, .svg or .pdf"
QString suffixChoice(const QList<Description> &formats);
// "PNG images (*.png);;SVG drawings (*.svg)"
QString dialogFilters(const QList<Description> &formats);
// The name to write to: path itself, or with the format's first suffix when it has none.
QString withSuffix(const QString &path, const Description &format);

// Data: what the document can be saved or exported as, and what can be opened.
// Formats may share a suffix (CSV and CSV for Excel): a path leads to the first of them in the
// table, other ones are chosen by their file dialog filter.
enum class Data { Capflow, Csv, CsvExcel, Xlsx, GraphML, Gexf, Dot };
struct DataFormat
{
    Data id;
    Description description;
    bool opens; // CapFlow reads it as a document
    bool keepsEverything; // a save of the document rather than an export of its deals
    QByteArray (*write)(const DocumentData &data);
};
const QList<DataFormat> &dataFormats();
const DataFormat &dataFormat(Data id);
// The first format of the table whose suffix the path has.
std::optional<Data> dataFormatForPath(const QString &path);
QList<Description> dataDescriptions(bool openableOnly = false);

// Where Save As writes and as what, from the name typed and the dialog filter chosen (as
// dialogFilter() makes it). A name without a suffix gets the chosen filter's (the first format's
// when the filter is unknown). The chosen format is used when the name has its suffix, so that
// "CSV for Excel (*.csv)" writes that dialect; otherwise the suffix decides (nothing if unknown).
struct SaveTarget
{
    QString path;
    std::optional<Data> format;
};
SaveTarget saveTarget(const QString &path, const QString &selectedFilter);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(FileFormats)
};

} // namespace FileFormats
