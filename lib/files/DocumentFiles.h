#pragma once

#include "io/CapflowFormat.h"
#include "io/FileFormats.h"

#include <atomic>

// Opens and writes documents by file suffix.
namespace DocumentFiles {

// The dataset compiled into the program.
QString bundledPath();
DocumentData bundled();

// .capflow or .csv (deals; companies named in it are looked up in the bundled dataset); a format
// CapFlow only writes is refused with a message, any other name is read as .capflow. When
// `cancelled` becomes true the load stops at its next stage and returns a problem saying so.
CapflowFormat::ReadResult load(const QString &path, const std::atomic<bool> *cancelled = nullptr);

// The data formats are described in FileFormats::dataFormats().
using DataFormat = FileFormats::Data;
std::optional<DataFormat> dataFormatForPath(const QString &path);
// Writes atomically; on failure nothing is left behind and error says why.
bool save(const DocumentData &data, const QString &path, DataFormat format, QString *error);

} // namespace DocumentFiles
