#include "io/DocumentLoader.h"

#include "io/DealCsv.h"
#include "io/GraphExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace DocumentLoader {
namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLoader)
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

CapflowFormat::ReadResult load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CapflowFormat::ReadResult result;
        result.problems << Problem {path, 0, 0, Messages::tr("cannot open the file: %1").arg(file.errorString())};
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return DealCsv::read(bytes, path, bundled());
    return CapflowFormat::read(bytes, path);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace DocumentLoader
