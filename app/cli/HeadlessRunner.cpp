#include "cli/HeadlessRunner.h"

#include "analysis/AnalysisJson.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "cli/CommandLine.h"
#include "document/Document.h"
#include "document/DocumentLock.h"
#include "export/FigureExporter.h"
#include "extract/ArticleExtractor.h"
#include "extract/ExtractionJson.h"
#include "files/DocumentFiles.h"
#include "import/ImportFile.h"
#include "io/SafeFiles.h"
#include "io/TextDecoding.h"
#include "itemmodels/Analyses.h"
#include "model/DealFilter.h"
#include "network/NetworkRenderer.h"
#include "printing/ReportWriter.h"
#include "printing/ReportBuilder.h"
#include "flows/FlowsRenderer.h"
#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRunner)
};

constexpr int ExitBadInput = 1;
constexpr int ExitUsage = 2;

// "-" as FILE: standard input, named so in messages.
bool isStandardStream(const QString &name)
{
    return name == QLatin1String("-");
}

QString inputName(const CommandLine &cli)
{
    return isStandardStream(cli.file) ? QStringLiteral("<stdin>") : cli.file;
}

// FILE's bytes, or standard input's for "-"; prints why not.
std::optional<QByteArray> inputBytes(const CommandLine &cli, QTextStream &err)
{
    if (isStandardStream(cli.file)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << inputName(cli) << ": " << in.errorString() << '\n';
            return std::nullopt;
        }
        return in.readAll();
    }
    QString error;
    auto bytes = SafeFiles::read(cli.file, &error);
    if (!bytes)
        err << cli.file << ": " << error << '\n';
    return bytes;
}

// FILE read through --import-mapping; prints problems.
std::optional<DocumentData> importInput(const CommandLine &cli, QTextStream &err)
{
    QString error;
    const auto bytes = inputBytes(cli, err);
    if (!bytes)
        return std::nullopt;
    const ImportFile::Source source = ImportFile::open(inputName(cli), *bytes);
    if (!source.isTable()) {
        err << Messages::tr("--import-mapping: %1 is a graph file, which is read without a mapping").arg(cli.file)
            << '\n';
        return std::nullopt;
    }
    ImportMapping::Mapping mapping;
    if (const auto preset = ImportMapping::presetFromKey(cli.importMapping)) {
        const int sheet = ImportFile::bestSheet(source);
        const QStringList header
            = sheet < source.sheets.size() ? TableImport::header(source.sheets.at(sheet)) : QStringList();
        mapping = ImportMapping::preset(*preset, header);
    } else {
        const auto text = SafeFiles::read(cli.importMapping, &error);
        if (!text) {
            err << cli.importMapping << ": " << error << '\n';
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(*text, &parseError);
        const auto loaded = json.isObject() ? ImportMapping::Mapping::fromJson(json.object(), &error) : std::nullopt;
        if (!loaded) {
            err << cli.importMapping << ": "
                << (json.isObject()
                           ? error
                           : Messages::tr("not a mapping file (invalid JSON: %1)").arg(parseError.errorString()))
                << '\n';
            return std::nullopt;
        }
        mapping = *loaded;
    }
    const CapflowFormat::ReadResult result = ImportFile::readDocument(source, mapping, DocumentFiles::bundled());
    for (const Problem &p : result.problems)
        err << p.toString() << '\n';
    if (!result.ok())
        return std::nullopt;
    return result.data;
}

// Loads FILE or the bundled dataset; prints problems.
std::optional<DocumentData> loadInput(const CommandLine &cli, QTextStream &err)
{
    if (cli.file.isEmpty())
        return DocumentFiles::bundled();
    if (!cli.importMapping.isEmpty())
        return importInput(cli, err);
    CapflowFormat::ReadResult result;
    if (isStandardStream(cli.file)) {
        const auto bytes = inputBytes(cli, err);
        if (!bytes)
            return std::nullopt;
        result = DocumentFiles::read(*bytes, inputName(cli), cli.format);
    } else {
        result = DocumentFiles::load(cli.file);
    }
    for (const Problem &p : result.problems)
        err << p.toString() << '\n';
    if (!result.ok())
        return std::nullopt;
    return result.data;
}

// False (with a message) when --companies names a company the data does not have.
bool companiesKnown(const CommandLine &cli, const QStringList &names, const DocumentData &data, QTextStream &err)
{
    QStringList unknown;
    CompanyNames::idsOf(data.companies, names, &unknown);
    if (!unknown.isEmpty()) {
        const QString file = cli.file.isEmpty() ? DocumentFiles::bundledPath() : cli.file;
        err << Messages::tr("--companies: no company named %1 in %2").arg(QLocale().createSeparatedList(unknown), file)
            << '\n';
        return false;
    }
    return true;
}

// The deals --from, --to and --companies select (the names known: companiesKnown checked them).
DealFilter cliFilter(const CommandLine &cli, const DocumentData &data)
{
    DealFilter filter;
    filter.from = cli.from;
    filter.to = cli.to;
    filter.companies = CompanyNames::idsOf(data.companies, cli.companies);
    return filter;
}

std::optional<DocumentData> selectedInput(const CommandLine &cli, QTextStream &err)
{
    const auto data = loadInput(cli, err);
    if (!data || !companiesKnown(cli, cli.companies, *data, err))
        return std::nullopt;
    return cliFilter(cli, *data).apply(*data);
}

// False (with a message) when OUT is a document open for editing in a CapFlow window: writing
// it from here would be overwritten by that window's next save, or overwrite its edits.
bool outputFree(const CommandLine &cli, QTextStream &err)
{
    const QString holder = DocumentLock::holderOf(cli.output);
    if (holder.isEmpty())
        return true;
    err << cli.output << ": "
        << Messages::tr("the file is open for editing in CapFlow (%1); close it there or choose another name")
               .arg(holder)
        << '\n';
    return false;
}

int exportData(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    if (isStandardStream(cli.output)) {
        // Standard output: the document's text and nothing else (CommandLine checked --format).
        const auto data = selectedInput(cli, err);
        if (!data)
            return ExitBadInput;
        const QByteArray bytes = FileFormats::dataFormat(*cli.format).write(*data);
        QFile stdoutFile;
        if (bytes.isEmpty() || !stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()
            || !stdoutFile.flush()) {
            err << "-: "
                << (bytes.isEmpty() ? Messages::tr("the data could not be produced") : stdoutFile.errorString())
                << '\n';
            return ExitBadInput;
        }
        out.flush();
        return 0;
    }
    const auto format = DocumentFiles::dataFormatForPath(cli.output);
    if (!format) {
        err << Messages::tr("--export-data: cannot tell the format of \"%1\"; use %2")
                   .arg(cli.output, FileFormats::suffixChoice(FileFormats::dataDescriptions()))
            << '\n';
        return ExitUsage;
    }
    if (!outputFree(cli, err))
        return ExitBadInput;
    const auto data = selectedInput(cli, err);
    if (!data)
        return ExitBadInput;
    QString error;
    if (!DocumentFiles::save(*data, cli.output, *format, &error)) {
        err << cli.output << ": " << error << '\n';
        return ExitBadInput;
    }
    out << Messages::tr("Wrote %1 (%n deal(s))", nullptr, int(data->deals.size())).arg(cli.output) << '\n';
    return 0;
}

// The checks an image export starts with: the file suffix is a figure format's, and the output
// may be written. 0 when both pass, else the exit code (with a message).
int figureOutputProblem(const QString &option, const CommandLine &cli, QTextStream &err)
{
    if (!FigureExporter::formatForPath(cli.output)) {
        err << Messages::tr("%1: cannot tell the format of \"%2\"; use %3")
                   .arg(option, cli.output, FileFormats::suffixChoice(FigureExporter::descriptions()))
            << '\n';
        return ExitUsage;
    }
    return outputFree(cli, err) ? 0 : ExitBadInput;
}

// The size a figure is laid out at (96 per inch) and the resolution it is written at. --size is
// the image's size in pixels: a PNG with --size is exactly that big, laid out at its size over the
// resolution (--dpi, else 96: one pixel per unit). Without --size the figure is laid out at its
// default size and a PNG written at --dpi (default 300); PDF and SVG pages are the layout size.
struct FigureSize
{
    QSizeF layout;
    int dpi = 300;
};
FigureSize figureSize(const CommandLine &cli, QSizeF defaultSize)
{
    if (!cli.size.isValid())
        return {defaultSize, cli.dpi > 0 ? cli.dpi : 300};
    const bool png = FigureExporter::formatForPath(cli.output) == FigureExporter::Format::Png;
    if (!png)
        return {QSizeF(cli.size), cli.dpi > 0 ? cli.dpi : 300};
    const int dpi = cli.dpi > 0 ? cli.dpi : 96;
    return {QSizeF(cli.size) * (96.0 / dpi), dpi};
}

// Writes an image export to cli.output and says so.
int writeFigure(const CommandLine &cli, QSizeF size, int dpi, const QString &title,
    const FigureExporter::PaintFunction &paint, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!FigureExporter::exportFigure(cli.output, size, dpi, title, paint, &error)) {
        err << cli.output << ": " << error << '\n';
        return ExitBadInput;
    }
    out << Messages::tr("Wrote %1").arg(cli.output) << '\n';
    return 0;
}

int exportTimeline(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    if (const int problem = figureOutputProblem(QStringLiteral("--export-timeline"), cli, err))
        return problem;
    const auto data = loadInput(cli, err);
    if (!data)
        return ExitBadInput;
    const QStringList names = cli.companies.isEmpty() ? QStringList {QStringLiteral("Anthropic")} : cli.companies;
    if (!companiesKnown(cli, names, *data, err))
        return ExitBadInput;
    Document document;
    document.setData(*data);
    TimelineRenderOptions options;
    for (const Company &c : data->companies) {
        for (const QString &name : names) {
            if (CompanyNames::same(c.name, name))
                options.companyIds << c.id;
        }
    }
    options.from = cli.from;
    options.to = cli.to;
    options.language = cli.language.value_or(languageForLocale(QLocale()));
    options.title = cli.title;
    const FigureSize figure = figureSize(cli, options.size);
    options.size = figure.layout;
    TimelineRenderer renderer(document, options);
    const auto paint = [&renderer](QPainter *painter, const QRectF &target) { renderer.paint(painter, target); };
    return writeFigure(cli, options.size, figure.dpi, renderer.title(), paint, out, err);
}

int exportReport(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    if (QFileInfo(cli.output).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0) {
        err << Messages::tr("--export-report: the report is a PDF; give \"%1\" the suffix .pdf").arg(cli.output)
            << '\n';
        return ExitUsage;
    }
    if (!outputFree(cli, err))
        return ExitBadInput;
    const auto data = loadInput(cli, err);
    if (!data || !companiesKnown(cli, cli.companies, *data, err))
        return ExitBadInput;
    const Language language = cli.language.value_or(languageForLocale(QLocale()));
    Document document;
    document.setData(*data);
    ReportRequest request;
    request.title = cli.title;
    request.language = language;
    ReportFilter filter;
    filter.from = cli.from;
    filter.to = cli.to;
    filter.companyNames = cli.companies;
    request.filter = filter.dealFilter(*data);
    if (cli.compare)
        request.comparison = NetworkChanges::compare(document, cli.compare->first, cli.compare->second, request.filter);
    const Report report = ReportBuilder::build(document, request);
    QString error;
    int pages = 0;
    if (ReportWriter::writePdf(report, cli.output, ReportPrinter::defaultPageLayout(), {}, &error, &pages)
        != ReportWriter::Outcome::Written) {
        err << cli.output << ": " << error << '\n';
        return ExitBadInput;
    }
    out << Messages::tr("Wrote %1 (%n page(s))", nullptr, pages).arg(cli.output) << '\n';
    return 0;
}

int check(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    const auto data = loadInput(cli, err);
    if (!data)
        return ExitBadInput;
    const QString file = cli.file.isEmpty() ? DocumentFiles::bundledPath() : cli.file;
    out << Messages::tr("%1: no problems found (%2, %3, %4)")
               .arg(file, Messages::tr("%n company(s)", nullptr, int(data->companies.size())),
                   Messages::tr("%n deal(s)", nullptr, int(data->deals.size())),
                   Messages::tr("%n valuation(s)", nullptr, int(data->valuations.size())))
        << '\n';
    return 0;
}
// The analysis always covers the whole date range's graph, so that cycles through companies
// outside --companies are found; --companies then keeps the entries that involve those companies.
int analyze(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    const auto data = loadInput(cli, err);
    if (!data)
        return ExitBadInput;
    if (!companiesKnown(cli, cli.companies, *data, err))
        return ExitBadInput;
    Document document;
    document.setData(*data);
    QSet<QString> only;
    for (const QString &name : cli.companies)
        only.insert(document.graph().companyByName(name)->id);
    AnalysisOptions options;
    options.deals.from = cli.from;
    options.deals.to = cli.to;
    options.cycles.maxLength = cli.maxCycleLength;
    const CapitalFlowAnalysis analysis = CapitalFlowAnalysis::run(document.graph(), options);
    out << QJsonDocument(Analyses::writeJson(document.graph(), analysis, only)).toJson(QJsonDocument::Indented);
    return 0;
}

// Every money path from one company to another (names as in the document, any case, or ids).
int paths(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    const auto data = loadInput(cli, err);
    if (!data)
        return ExitBadInput;
    Document document;
    document.setData(*data);
    const QString file = cli.file.isEmpty() ? DocumentFiles::bundledPath() : cli.file;
    auto idOf = [&](const QString &name) -> QString {
        if (const Company *c = document.graph().companyByName(name))
            return c->id;
        return document.company(name) ? name : QString();
    };
    const QString fromId = idOf(cli.pathFrom);
    const QString toId = idOf(cli.pathTo);
    for (const auto &[name, id] : {std::pair(cli.pathFrom, fromId), std::pair(cli.pathTo, toId)}) {
        if (id.isEmpty()) {
            err << Messages::tr("--paths: no company named %1 in %2").arg(name, file) << '\n';
            return ExitBadInput;
        }
    }
    if (fromId == toId) {
        err << Messages::tr("--paths: FROM and TO are the same company (%1); --analyze lists its circular flows.")
                   .arg(document.company(fromId)->name)
            << '\n';
        return ExitUsage;
    }
    AnalysisOptions options;
    options.deals.from = cli.from;
    options.deals.to = cli.to;
    PathSearchOptions pathOptions;
    pathOptions.maxLength = cli.maxPathLength;
    pathOptions.kinds = cli.kinds;
    const PathSearchResult result
        = CapitalFlowAnalysis::paths(document.graph(), options, fromId, toId, pathOptions);
    QJsonObject json = AnalysisJsonWriter(document.graph(), {}).paths(result, fromId, toId);
    json.insert(QStringLiteral("date_from"), AnalysisJsonWriter::date(cli.from));
    json.insert(QStringLiteral("date_to"), AnalysisJsonWriter::date(cli.to));
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

// What changed between two dates (the network as of each), with --companies and --kinds.
int compare(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    const auto data = loadInput(cli, err);
    if (!data || !companiesKnown(cli, cli.companies, *data, err))
        return ExitBadInput;
    Document document;
    document.setData(*data);
    DealFilter base = cliFilter(cli, *data);
    base.dealKinds = cli.kinds;
    const NetworkChanges changes = NetworkChanges::compare(document, cli.compare->first, cli.compare->second, base);
    out << QJsonDocument(AnalysisJsonWriter(document.graph(), {}).changes(changes)).toJson(QJsonDocument::Indented);
    return 0;
}

// The deals an article states, matched against FILE's companies (the bundled dataset without FILE).
int extractDeals(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto bytes = SafeFiles::read(cli.article, &error);
    if (!bytes) {
        err << cli.article << ": " << error << '\n';
        return ExitBadInput;
    }
    const auto data = loadInput(cli, err);
    if (!data)
        return ExitBadInput;
    const QString text = TextDecoding::decode(*bytes, TextDecoding::detect(*bytes));
    ArticleExtractor::Options options;
    options.language = cli.language;
    options.articleDate = cli.articleDate.value_or(QDate());
    const ExtractionResult result = ArticleExtractor(*data).extract(text, options);
    QJsonObject json = extractionToJson(result, *data);
    json.insert(QStringLiteral("article"), cli.article);
    json.insert(QStringLiteral("article_date"),
        options.articleDate.isValid() ? QJsonValue(options.articleDate.toString(Qt::ISODate)) : QJsonValue());
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

// What an export of the network or the flow diagram starts with: the output checked and the
// companies chosen; false (with *exit set and a message) on a problem.
bool figureDocument(const QString &option, const CommandLine &cli, QTextStream &err, Document &document, int *exit)
{
    *exit = figureOutputProblem(option, cli, err);
    if (*exit)
        return false;
    const auto data = selectedInput(cli, err);
    if (!data) {
        *exit = ExitBadInput;
        return false;
    }
    document.setData(*data);
    return true;
}

int exportNetwork(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    Document document;
    if (int exit = 0; !figureDocument(QStringLiteral("--export-network"), cli, err, document, &exit))
        return exit;
    NetworkRenderOptions options;
    options.network.filter.from = cli.from;
    options.network.filter.to = cli.to;
    options.language = cli.language.value_or(languageForLocale(QLocale()));
    options.title = cli.title;
    const NetworkRenderer renderer(document, options);
    const FigureSize figure = figureSize(cli, QSizeF(1600, 1000));
    const auto paint = [&renderer](QPainter *painter, const QRectF &target) { renderer.paint(painter, target); };
    return writeFigure(cli, figure.layout, figure.dpi, cli.title, paint, out, err);
}

int exportFlows(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    Document document;
    if (int exit = 0; !figureDocument(QStringLiteral("--export-flows"), cli, err, document, &exit))
        return exit;
    FlowsRenderOptions options;
    options.diagram.filter.from = cli.from;
    options.diagram.filter.to = cli.to;
    options.diagram.filter.dealKinds = cli.kinds;
    options.language = cli.language.value_or(languageForLocale(QLocale()));
    options.title = cli.title;
    const FigureSize figure = figureSize(cli, options.size);
    options.size = figure.layout;
    const FlowsRenderer renderer(document, options);
    const auto paint = [&renderer](QPainter *painter, const QRectF &target) { renderer.paint(painter, target); };
    return writeFigure(cli, options.size, figure.dpi, cli.title, paint, out, err);
}

} // namespace

namespace {
int run(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    switch (cli.action) {
    case CommandLine::Action::Help: out << cli.helpText; return 0;
    case CommandLine::Action::Version: out << "capflow " << QCoreApplication::applicationVersion() << '\n'; return 0;
    case CommandLine::Action::Check: return check(cli, out, err);
    case CommandLine::Action::ExportData: return exportData(cli, out, err);
    case CommandLine::Action::ExportTimeline: return exportTimeline(cli, out, err);
    case CommandLine::Action::ExportFlows: return exportFlows(cli, out, err);
    case CommandLine::Action::ExportReport: return exportReport(cli, out, err);
    case CommandLine::Action::Analyze: return analyze(cli, out, err);
    case CommandLine::Action::ExtractDeals: return extractDeals(cli, out, err);
    case CommandLine::Action::Paths: return paths(cli, out, err);
    case CommandLine::Action::Compare: return compare(cli, out, err);
    case CommandLine::Action::ExportNetwork: return exportNetwork(cli, out, err);
    case CommandLine::Action::Gui: break;
    }
    return ExitUsage;
}
} // namespace

int runHeadless(const CommandLine &cli)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!cli.error.isEmpty()) {
        err << cli.error << '\n' << Messages::tr("Try 'capflow --help' for more information.") << '\n';
        return ExitUsage;
    }
    try {
        return run(cli, out, err);
    } catch (const std::bad_alloc &) {
        // A file that passed the size check can still need more than the machine has.
        const QString file = cli.file.isEmpty() ? DocumentFiles::bundledPath() : cli.file;
        out.flush();
        err << file << ": "
            << Messages::tr("not enough memory (%1 available); the file is %2")
                   .arg(SafeFiles::sizeText(SafeFiles::availableMemory()), SafeFiles::sizeText(QFileInfo(file).size()))
            << '\n';
        return ExitBadInput;
    }
}
