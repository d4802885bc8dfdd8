#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The one way CapFlow reads and writes whole files, so that no input can block or exhaust the
// program and no output is ever left half-written.
class ReadControl;

namespace SafeFiles {

// Writes bytes atomically: to a new file beside the target, flushed to disk (fsync), then renamed
// over the target, and the folder synced. On failure the target is untouched, the temporary file
// is removed and error says why in the user's language ("No space left on device"). A target
// that exists and is not a regular file (a FIFO, a device, a folder) is refused, never replaced;
// a symbolic link is followed, so the link stays and its target is replaced. Temporary files that
// earlier writes to the same target left when their process was killed are removed.
bool write(const QString &path, const QByteArray &bytes, QString *error);

// Why `path` cannot be read as a document, before anything is opened: it does not exist, it is
// a folder, a FIFO, a socket or a device (which could block or never end), or it is larger than
// the memory that reading it would take. Empty when it can be read.
QString readProblem(const QString &path);

// Reads a whole regular file after readProblem() found nothing; error says why on failure.
// `control` (optional) is told how far it is and may cancel (then: nothing, and no error).
std::optional<QByteArray> read(const QString &path, QString *error, ReadControl *control = nullptr);

// The real reason of the last failed system call, translated where CapFlow knows it.
QString errorText(int errorNumber);

// Memory that loading a document of this many bytes takes at most (measured: JSON tree, strings
// and the graph need about 12 bytes per byte of .capflow text).
qint64 memoryToLoad(qint64 fileBytes);
// Memory that showing a document in the window takes beyond what reading it took: the graph,
// the network picture, the tables and the analysis's copy (measured: about 1.3 KB per deal and
// 1 KB per company; 1.2 million deals among 300,000 companies took 1.6 GB more than --check).
qint64 memoryToShow(qint64 companies, qint64 deals);
// Why a document of this size cannot be shown in the memory left (memoryToShow against
// availableMemory); empty when it can.
QString showProblem(qint64 companies, qint64 deals);
// Memory this process may still use: the smallest of the machine's available memory, what is
// left of the address-space limit and CAPFLOW_MEMORY_LIMIT (bytes, beyond what the process has)
// when set; -1 when unknown.
qint64 availableMemory();

// "1.4 GB", "320 MB" in the current language.
QString sizeText(qint64 bytes);

} // namespace SafeFiles
