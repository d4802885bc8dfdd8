#include "cli/HeadlessRunner.h"

#include "cli/CommandLine.h"
#include "document/Selection.h"
#include "document/Document.h"
#include "export/FigureExporter.h"
#include "io/DocumentLoader.h"
#include "network/NetworkRenderer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRunner)
};

constexpr int ExitBadInput = 1;
constexpr int ExitUsage = 2;

// Loads FILE or the bundled dataset; prints problems.
std::optional<DocumentData> loadInput(const CommandLine &cli, QTextStream &err)
{
    if (cli.file.isEmpty())
        return DocumentLoader::bundled();
    const CapflowFormat::ReadResult result = DocumentLoader::load(cli.file);
    for (const Problem &p : result.problems)
        err << p.toString() << '\n';
    if (!result.ok())
        return std::nullopt;
    return result.data;
}

std::optional<DocumentData> selectedInput(const CommandLine &cli, QTextStream &err)
{
    const auto data = loadInput(cli, err);
    if (!data)
        return std::nullopt;
    const Selection selection{cli.from, cli.to, cli.companies};
    const QStringList unknown = selection.unknownNames(*data);
    if (!unknown.isEmpty()) {
        const QString file = cli.file.isEmpty() ? DocumentLoader::bundledPath() : cli.file;
        err << Messages::tr("--companies: no company named %1 in %2")
                   .arg(QLocale().createSeparatedList(unknown), file)
            << '\n';
        return std::nullopt;
    }
    return selection.apply(*data);
}

int exportData(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    const auto format = DocumentLoader::dataFormatForPath(cli.output);
    if (!format) {
        err << Messages::tr("--export-data: cannot tell the format of \"%1\"; use .capflow or .csv").arg(cli.output)
            << '\n';
        return ExitUsage;
    }
    const auto data = selectedInput(cli, err);
    if (!data)
        return ExitBadInput;
    QString error;
    if (!DocumentLoader::save(*data, cli.output, *format, &error)) {
        err << cli.output << ": " << error << '\n';
        return ExitBadInput;
    }
    out << Messages::tr("Wrote %1 (%n deal(s))", nullptr, int(data->deals.size())).arg(cli.output) << '\n';
    return 0;
}

int exportNetwork(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    if (!FigureExporter::formatForPath(cli.output)) {
        err << Messages::tr("--export-network: cannot tell the format of \"%1\"; use .png, .svg or .pdf").arg(cli.output)
            << '\n';
        return ExitUsage;
    }
    const auto data = selectedInput(cli, err);
    if (!data)
        return ExitBadInput;
    Document document;
    document.setData(*data);
    NetworkRenderOptions options;
    options.network.filter.from = cli.from;
    options.network.filter.to = cli.to;
    options.language = cli.language.value_or(languageForLocale(QLocale::system()));
    options.title = cli.title;
    const NetworkRenderer renderer(document, options);
    const QSizeF size = cli.size.isValid() ? QSizeF(cli.size) : QSizeF(1600, 1000);
    QString error;
    const bool ok = FigureExporter::exportFigure(
        cli.output, size, cli.dpi > 0 ? cli.dpi : 300, cli.title,
        [&renderer](QPainter *painter, const QRectF &target) { renderer.paint(painter, target); }, &error);
    if (!ok) {
        err << cli.output << ": " << error << '\n';
        return ExitBadInput;
    }
    out << Messages::tr("Wrote %1").arg(cli.output) << '\n';
    return 0;
}

int check(const CommandLine &cli, QTextStream &out, QTextStream &err)
{
    const auto data = loadInput(cli, err);
    if (!data)
        return ExitBadInput;
    const QString file = cli.file.isEmpty() ? DocumentLoader::bundledPath() : cli.file;
    out << Messages::tr("%1: no problems found (%2, %3, %4)")
               .arg(file, Messages::tr("%n company(s)", nullptr, int(data->companies.size())),
                    Messages::tr("%n deal(s)", nullptr, int(data->deals.size())),
                    Messages::tr("%n valuation(s)", nullptr, int(data->valuations.size())))
        << '\n';
    return 0;
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
    switch (cli.action) {
    case CommandLine::Action::Help: out << cli.helpText; return 0;
    case CommandLine::Action::Version: out << "capflow " << QCoreApplication::applicationVersion() << '\n'; return 0;
    case CommandLine::Action::Check: return check(cli, out, err);
    case CommandLine::Action::ExportData: return exportData(cli, out, err);
    case CommandLine::Action::ExportNetwork: return exportNetwork(cli, out, err);
    case CommandLine::Action::ExportTimeline:
    case CommandLine::Action::ExportReport:
    case CommandLine::Action::Analyze:
        err << Messages::tr("This option is not yet available in this version of CapFlow.") << '\n';
        return ExitUsage;
    case CommandLine::Action::Gui: break;
    }
    return ExitUsage;
}
