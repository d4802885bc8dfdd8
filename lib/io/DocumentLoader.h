#pragma once

#include "io/CapflowFormat.h"

#include <atomic>

// Opens and writes documents by file suffix.
namespace DocumentLoader {

// The dataset compiled into the program.
QString bundledPath();
DocumentData bundled();

// .capflow or .csv (deals; companies named in it are looked up in the bundled dataset). When
// `cancelled` becomes true the load stops at its next stage and returns a problem saying so.
CapflowFormat::ReadResult load(const QString &path, const std::atomic<bool> *cancelled = nullptr);

enum class DataFormat { Capflow, Csv, GraphML, Gexf, Dot };
std::optional<DataFormat> dataFormatForPath(const QString &path);
// Writes atomically; on failure nothing is left behind and error says why.
bool save(const DocumentData &data, const QString &path, DataFormat format, QString *error);

} // namespace DocumentLoader
