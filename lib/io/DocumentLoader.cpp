#include "io/DocumentLoader.h"

#include "io/DealCsv.h"
#include "io/GraphExport.h"
#include "io/SafeFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace DocumentLoader {
namespace {
class DocumentLoaderMessages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLoaderMessages)
};
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

CapflowFormat::ReadResult load(const QString &path, const std::atomic<bool> *cancelled)
{
    CapflowFormat::ReadResult result;
    auto stopped = [&] {
        if (!cancelled || !*cancelled)
            return false;
        result = {};
        result.problems << Problem {path, 0, 0, DocumentLoaderMessages::tr("opening was cancelled")};
        return true;
    };
    QString error;
    const auto bytes = SafeFiles::read(path, &error);
    if (!bytes) {
        result.problems << Problem {path, 0, 0, error};
        return result;
    }
    if (stopped())
        return result;
    try {
        if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0) {
            const DocumentData known = bundled();
            if (stopped())
                return result;
            return DealCsv::read(*bytes, path, known);
        }
        return CapflowFormat::read(*bytes, path);
    } catch (const std::bad_alloc &) {
        result = {};
        result.problems << Problem {path, 0, 0,
            DocumentLoaderMessages::tr("not enough memory to read the file: it is %1 and reading it needs about %2")
                .arg(SafeFiles::sizeText(bytes->size()), SafeFiles::sizeText(SafeFiles::memoryToLoad(bytes->size())))};
        return result;
    }
}

std::optional<DataFormat> dataFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("capflow"))
        return DataFormat::Capflow;
    if (suffix == QStringLiteral("csv"))
        return DataFormat::Csv;
    if (suffix == QStringLiteral("graphml"))
        return DataFormat::GraphML;
    if (suffix == QStringLiteral("gexf"))
        return DataFormat::Gexf;
    if (suffix == QStringLiteral("dot") || suffix == QStringLiteral("gv"))
        return DataFormat::Dot;
    return std::nullopt;
}

bool save(const DocumentData &data, const QString &path, DataFormat format, QString *error)
{
    QByteArray bytes;
    switch (format) {
    case DataFormat::Capflow: bytes = CapflowFormat::write(data); break;
    case DataFormat::Csv: bytes = DealCsv::write(data); break;
    case DataFormat::GraphML: bytes = GraphExport::toGraphML(data); break;
    case DataFormat::Gexf: bytes = GraphExport::toGexf(data); break;
    case DataFormat::Dot: bytes = GraphExport::toDot(data); break;
    }
    return SafeFiles::write(path, bytes, error);
}

} // namespace DocumentLoader
