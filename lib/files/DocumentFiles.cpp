#include "files/DocumentFiles.h"

#include "import/ImportFile.h"
#include "io/DealCsv.h"
#include "io/ReadControl.h"
#include "io/SafeFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace DocumentFiles {
namespace {
class DocumentFilesMessages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFilesMessages)
};
// True, with the result replaced by a problem saying so, when the load was cancelled.
bool stoppedBy(const ReadControl *control, const QString &path, CapflowFormat::ReadResult &result)
{
    if (!control || !control->isCancelled())
        return false;
    result = {};
    result.problems << Problem {path, 0, 0, DocumentFilesMessages::tr("opening was cancelled")};
    return true;
}
} // namespace

QString bundledPath()
{
    return QStringLiteral(":/dataset/ai-capital-flows.capflow");
}

DocumentData bundled()
{
    QFile file(bundledPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return CapflowFormat::read(file.readAll(), bundledPath()).data;
}

CapflowFormat::ReadResult load(const QString &path, ReadControl *control)
{
    CapflowFormat::ReadResult result;
    auto stopped = [&] { return stoppedBy(control, path, result); };
    QString error;
    // Reading the bytes is about a tenth of opening a file from a disk that has it cached.
    if (control)
        control->setSpan(0, 0.1);
    const auto bytes = SafeFiles::read(path, &error, control);
    if (stopped())
        return result;
    if (!bytes) {
        result.problems << Problem {path, 0, 0, error};
        return result;
    }
    if (control)
        control->setSpan(0.1, 1);
    return read(*bytes, path, dataFormatForPath(path), control);
}

CapflowFormat::ReadResult read(
    const QByteArray &input, const QString &path, std::optional<DataFormat> format, ReadControl *control)
{
    CapflowFormat::ReadResult result;
    auto stopped = [&] { return stoppedBy(control, path, result); };
    if (format && !FileFormats::dataFormat(*format).opens) {
        result.problems << Problem {path, 0, 0,
            DocumentFilesMessages::tr("CapFlow exports this format but does not open it; open a %1 file")
                .arg(FileFormats::suffixChoice(FileFormats::dataDescriptions(true)))};
        return result;
    }
    if (!format && !input.trimmed().startsWith('{')) {
        // Not CapFlow's JSON either: say what CapFlow reads, never a JSON error.
        const QString suffix = QFileInfo(path).suffix();
        result.problems << Problem {path, 0, 0,
            (suffix.isEmpty() ? DocumentFilesMessages::tr("CapFlow cannot tell what this file is; it reads %1 files")
                                    .arg(FileFormats::suffixChoice(FileFormats::dataDescriptions(true)))
                              : DocumentFilesMessages::tr("CapFlow cannot read .%1 files; it reads %2 files")
                                    .arg(suffix, FileFormats::suffixChoice(FileFormats::dataDescriptions(true))))};
        return result;
    }
    try {
        if (format == DataFormat::Xlsx || format == DataFormat::GraphML || format == DataFormat::Gexf)
            return ImportFile::readDocument(path, input, std::nullopt, bundled());
        if (format == DataFormat::Csv) {
            const DocumentData known = bundled();
            if (stopped())
                return result;
            result = DealCsv::read(input, path, known, control);
            stopped(); // a cancelled read says so in one message
            return result;
        }
        result = CapflowFormat::read(input, path, control);
        stopped(); // a cancelled read says so in one message
        return result;
    } catch (const std::bad_alloc &) {
        result = {};
        result.problems << Problem {path, 0, 0,
            DocumentFilesMessages::tr("not enough memory to read the file: it is %1 and reading it needs about %2")
                .arg(SafeFiles::sizeText(input.size()), SafeFiles::sizeText(SafeFiles::memoryToLoad(input.size())))};
        return result;
    }
}

std::optional<DataFormat> dataFormatForPath(const QString &path)
{
    return FileFormats::dataFormatForPath(path);
}

bool save(const DocumentData &data, const QString &path, DataFormat format, QString *error)
{
    const QByteArray bytes = FileFormats::dataFormat(format).write(data);
    // Every format writes at least its head; no bytes is a writer that failed (a workbook the
    // library could not make), and an empty file must not replace the old one.
    if (bytes.isEmpty()) {
        if (error)
            *error = DocumentFilesMessages::tr("the file could not be produced; nothing was written");
        return false;
    }
    return SafeFiles::write(path, bytes, error);
}

} // namespace DocumentFiles
