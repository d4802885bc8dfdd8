#pragma once

#include "io/CapflowFormat.h"
#include "io/FileFormats.h"


// Opens and writes documents by file suffix.
namespace DocumentFiles {

// The dataset compiled into the program.
QString bundledPath();
DocumentData bundled();

// The data formats are described in FileFormats::dataFormats().
using DataFormat = FileFormats::Data;
std::optional<DataFormat> dataFormatForPath(const QString &path);

// A document by its suffix: .capflow; .csv (deals; companies named in it are looked up in the
// bundled dataset); .xlsx, .graphml, .gexf (read as an import into a new document). A format
// CapFlow only writes is refused with a message; without a known suffix a JSON text is read as
// .capflow and anything else is refused with the list of what CapFlow reads. `control` (optional)
// is told how far the load is; when it is cancelled, the load stops early and returns a problem
// saying so.
CapflowFormat::ReadResult load(const QString &path, ReadControl *control = nullptr);
// The same for bytes read elsewhere (standard input): `name` is used in problems, `format` as the
// suffix would give it (nullopt: unknown).
CapflowFormat::ReadResult read(
    const QByteArray &bytes, const QString &name, std::optional<DataFormat> format, ReadControl *control = nullptr);

// Writes atomically; on failure nothing is left behind and error says why.
bool save(const DocumentData &data, const QString &path, DataFormat format, QString *error);

} // namespace DocumentFiles
