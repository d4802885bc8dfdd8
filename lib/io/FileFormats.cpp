#include "io/FileFormats.h"

#include "io/CapflowFormat.h"
#include "io/DealCsv.h"
#include "io/GraphExport.h"
#include "io/XlsxExport.h"
#include "model/DescriptorTable.h"

#include <QFileInfo>

#include <algorithm>

namespace FileFormats {

bool Description::matches(const QString &path) const
{
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString Description::dialogFilter() const
{
    QStringList patterns;
    for (const QString &suffix : suffixes)
        patterns << QStringLiteral("*.") + suffix;
    return Texts::tr(name) + QStringLiteral(" (") + patterns.join(u' ') + u')';
}

namespace {
// The first suffix of each format, each suffix once: ".capflow", ".csv", …
QStringList firstSuffixes(const QList<Description> &formats)
{
    QStringList suffixes;
    for (const Description &format : formats) {
        const QString suffix = u'.' + format.suffixes.first();
        if (!suffixes.contains(suffix))
            suffixes << suffix;
    }
    return suffixes;
}
} // namespace

QString suffixList(const QList<Description> &formats)
{
    return firstSuffixes(formats).join(u' ');
}

QString suffixChoice(const QList<Description> &formats)
{
    QStringList suffixes = firstSuffixes(formats);
    if (suffixes.size() < 2)
        return suffixes.value(0);
    const QString last = suffixes.takeLast();
    return Texts::tr("%1 or %2", "the last of a list of file suffixes").arg(suffixes.join(QStringLiteral(", ")), last);
}

QString dialogFilters(const QList<Description> &formats)
{
    QStringList filters;
    for (const Description &format : formats)
        filters << format.dialogFilter();
    return filters.join(QStringLiteral(";;"));
}

QString withSuffix(const QString &path, const Description &format)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u'.' + format.suffixes.first() : path;
}

const QList<DataFormat> &dataFormats()
{
    static const QList<DataFormat> formats {
        {Data::Capflow, {{QStringLiteral("capflow")}, QT_TRANSLATE_NOOP("FileFormats", "CapFlow documents")}, true,
            true, &CapflowFormat::write},
        {Data::Csv, {{QStringLiteral("csv")}, QT_TRANSLATE_NOOP("FileFormats", "CSV files of deals")}, true, false,
            &DealCsv::write},
        {Data::CsvExcel, {{QStringLiteral("csv")}, QT_TRANSLATE_NOOP("FileFormats", "CSV for Excel")}, false, false,
            &DealCsv::writeForExcel},
        {Data::Xlsx, {{QStringLiteral("xlsx")}, QT_TRANSLATE_NOOP("FileFormats", "Excel workbooks")}, true, false,
            &XlsxExport::write},
        {Data::GraphML, {{QStringLiteral("graphml")}, QT_TRANSLATE_NOOP("FileFormats", "GraphML files")}, true, false,
            &GraphExport::toGraphML},
        {Data::Gexf, {{QStringLiteral("gexf")}, QT_TRANSLATE_NOOP("FileFormats", "GEXF files (Gephi)")}, true, false,
            &GraphExport::toGexf},
        {Data::Dot, {{QStringLiteral("dot"), QStringLiteral("gv")}, QT_TRANSLATE_NOOP("FileFormats", "Graphviz files")},
            false, false, &GraphExport::toDot},
    };
    return formats;
}

const DataFormat &dataFormat(Data id)
{
    return descriptorFor(dataFormats(), id, &DataFormat::id);
}

std::optional<Data> dataFormatForPath(const QString &path)
{
    for (const DataFormat &format : dataFormats()) {
        if (format.description.matches(path))
            return format.id;
    }
    return std::nullopt;
}

QList<Description> dataDescriptions(bool openableOnly)
{
    QList<Description> result;
    for (const DataFormat &format : dataFormats()) {
        if (format.opens || !openableOnly)
            result << format.description;
    }
    return result;
}

SaveTarget saveTarget(const QString &path, const QString &selectedFilter)
{
    const QList<DataFormat> &formats = dataFormats();
    const auto chosen = std::find_if(formats.cbegin(), formats.cend(),
        [&selectedFilter](const DataFormat &format) { return format.description.dialogFilter() == selectedFilter; });
    SaveTarget target;
    target.path = withSuffix(path, chosen == formats.cend() ? formats.first().description : chosen->description);
    target.format = chosen != formats.cend() && chosen->description.matches(target.path)
        ? std::optional(chosen->id)
        : dataFormatForPath(target.path);
    return target;
}

} // namespace FileFormats
