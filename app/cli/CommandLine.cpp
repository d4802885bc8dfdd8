#include "cli/CommandLine.h"

#include "export/FigureExporter.h"
#include "io/FileFormats.h"
#include "model/FuzzyDate.h"
#include <QCommandLineParser>

#include <QRegularExpression>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CapFlow shows how capital flows through the AI industry."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("A %1 file; without it the bundled dataset.")
            .arg(FileFormats::suffixChoice(FileFormats::dataDescriptions(true))),
        QStringLiteral("[FILE]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Print this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version and exit."));
    const QCommandLineOption check(
        QStringLiteral("check"), tr("Validate FILE; problems go to stderr as FILE:LINE:COLUMN: message."));
    const QCommandLineOption exportNetwork(QStringLiteral("export-network"),
        tr("Export the network view (%1).").arg(FileFormats::suffixList(FigureExporter::descriptions())),
        QStringLiteral("OUT"));
    const QCommandLineOption exportTimeline(QStringLiteral("export-timeline"),
        tr("Export the valuation timeline (%1).").arg(FileFormats::suffixList(FigureExporter::descriptions())),
        QStringLiteral("OUT"));
    const QCommandLineOption exportFlows(QStringLiteral("export-flows"),
        tr("Export the flow diagram: money by layer of company kind (%1).")
            .arg(FileFormats::suffixList(FigureExporter::descriptions())),
        QStringLiteral("OUT"));
    const QCommandLineOption exportReport(
        QStringLiteral("export-report"), tr("Export a multi-page PDF report."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption exportData(QStringLiteral("export-data"),
        tr("Export the data (%1).").arg(FileFormats::suffixList(FileFormats::dataDescriptions())),
        QStringLiteral("OUT"));
    const QCommandLineOption analyze(QStringLiteral("analyze"), tr("Print the capital-flow analysis as JSON."));
    const QCommandLineOption extractDeals(QStringLiteral("extract-deals"),
        tr("Print the deals and valuations a news article (a text file, German or English) states, as JSON; "
           "companies are matched against FILE's."),
        QStringLiteral("ARTICLE.txt"));
    const QCommandLineOption articleDate(QStringLiteral("date"),
        tr("--extract-deals: the article's date, for dates such as \"in March\"."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption paths(QStringLiteral("paths"),
        tr("Print every path of deals by which money can flow from company FROM to company TO, ranked by the amount "
           "that can pass, as JSON (give FROM and TO after FILE)."));
    const QCommandLineOption maxPathLength(QStringLiteral("max-path-length"),
        tr("--paths: most deals per path, 1 to 8 (default 4)."), QStringLiteral("N"));
    const QCommandLineOption kinds(QStringLiteral("kinds"),
        tr("--paths, --compare, --export-flows: only deals of these kinds (comma-separated: %1).").arg(enumKeyList<DealKind>()),
        QStringLiteral("KINDS"));
    const QCommandLineOption compare(QStringLiteral("compare"),
        tr("Print what changed between two dates as JSON: new deals, companies and valuations, valuation changes "
           "and totals by kind then and now (give FROM_DATE and TO_DATE, YYYY-MM-DD, after FILE); with "
           "--export-report, add a page on it to the report."));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Language of the output: de or en (default: system)."), QStringLiteral("de|en"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("Only deals on or after this date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("Only deals on or before this date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption companies(
        QStringLiteral("companies"), tr("Only these companies (comma-separated names)."), QStringLiteral("NAMES"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Image size in pixels."), QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption dpi(
        QStringLiteral("dpi"), tr("Resolution of PNG exports (default 300)."), QStringLiteral("N"));
    const QCommandLineOption title(
        QStringLiteral("title"), tr("Title of the exported chart or report."), QStringLiteral("TEXT"));
    const QCommandLineOption maxCycleLength(QStringLiteral("max-cycle-length"),
        tr("--analyze: longest cycle of deals to search, 2 to 8 (default 4)."), QStringLiteral("N"));
    const QCommandLineOption importMapping(QStringLiteral("import-mapping"),
        tr("Read FILE (a table: CSV, TSV, .xlsx) through this column mapping: capflow, crunchbase or a mapping saved "
           "by the Import dialog."),
        QStringLiteral("NAME|FILE.json"));
    QStringList formatKeys;
    for (const FileFormats::DataFormat &f : FileFormats::dataFormats()) {
        if (!formatKeys.contains(f.description.suffixes.first()))
            formatKeys << f.description.suffixes.first();
    }
    const QCommandLineOption format(QStringLiteral("format"),
        tr("The format of - (standard input as FILE, standard output as OUT): %1.")
            .arg(formatKeys.join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"));
    parser.addOptions({help, version, check, exportNetwork, exportTimeline, exportFlows, exportReport, exportData, analyze, lang,
        from, to, companies, size, dpi, title, maxCycleLength, importMapping, format, extractDeals, articleDate, paths, maxPathLength, kinds,
        compare});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    // The language first: --help and messages are given in it.
    if (parser.isSet(lang)) {
        result.language = languageFromCode(parser.value(lang));
        if (!result.language) {
            result.error = tr("--lang: \"%1\" is not a language CapFlow speaks; use de or en.").arg(parser.value(lang));
            return result;
        }
    }
    if (parser.isSet(help)) {
        result.action = Action::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        return result;
    }

    const QList<std::pair<const QCommandLineOption *, Action>> actions {{&check, Action::Check},
        {&exportNetwork, Action::ExportNetwork}, {&exportTimeline, Action::ExportTimeline},
        {&exportFlows, Action::ExportFlows},
        {&exportReport, Action::ExportReport}, {&exportData, Action::ExportData}, {&analyze, Action::Analyze},
        {&extractDeals, Action::ExtractDeals}, {&paths, Action::Paths}};
    int chosen = 0;
    for (const auto &[option, action] : actions) {
        if (parser.isSet(*option)) {
            ++chosen;
            result.action = action;
            if (!option->valueName().isEmpty())
                result.output = parser.value(*option);
        }
    }
    if (parser.isSet(compare) && result.action != Action::ExportReport) {
        ++chosen;
        result.action = Action::Compare;
    }
    if (chosen > 1) {
        result.error = tr("Choose one of --check, --export-network, --export-timeline, --export-flows, --export-report, "
                          "--export-data, --analyze, --extract-deals, --paths and --compare.");
        return result;
    }
    if (result.action == Action::ExtractDeals) {
        result.article = result.output;
        result.output.clear();
        if (result.article.trimmed().isEmpty()) {
            result.error = tr("--extract-deals: the article's file name is empty.");
            return result;
        }
    }

    QStringList positional = parser.positionalArguments();
    if (result.action == Action::Paths) {
        // capflow [FILE] --paths FROM TO: the last two are the companies.
        if (positional.size() < 2) {
            result.error = tr("--paths needs two companies: capflow [FILE] --paths FROM TO.");
            return result;
        }
        result.pathTo = positional.takeLast().trimmed();
        result.pathFrom = positional.takeLast().trimmed();
        if (result.pathFrom.isEmpty() || result.pathTo.isEmpty()) {
            result.error = tr("--paths: a company's name is empty.");
            return result;
        }
    }
    if (parser.isSet(compare)) {
        // capflow [FILE] --compare FROM_DATE TO_DATE: the last two are the dates.
        if (positional.size() < 2) {
            result.error = tr("--compare needs two dates: capflow [FILE] --compare FROM_DATE TO_DATE.");
            return result;
        }
        const QString second = positional.takeLast().trimmed();
        const QString first = positional.takeLast().trimmed();
        const QDate a = FuzzyDate::parseIsoDate(first);
        const QDate b = FuzzyDate::parseIsoDate(second);
        for (const auto &[text, date] : {std::pair(first, a), std::pair(second, b)}) {
            if (!date.isValid()) {
                result.error = tr("--compare: \"%1\" is not a date of the form YYYY-MM-DD.").arg(text);
                return result;
            }
        }
        if (a > b) {
            result.error = tr("--compare: FROM_DATE (%1) must not be later than TO_DATE (%2).").arg(first, second);
            return result;
        }
        result.compare = std::pair(a, b);
    }
    if (positional.size() > 1) {
        result.error = tr("Only one FILE can be given, not %1.").arg(positional.size());
        return result;
    }
    if (!positional.isEmpty() && positional.first().trimmed().isEmpty()) {
        result.error = tr("FILE is empty; give a file name, or none for the bundled dataset.");
        return result;
    }
    result.file = positional.value(0);
    if (!result.output.isNull() && result.output.trimmed().isEmpty()) {
        result.error = tr("The output file name is empty.");
        return result;
    }

    auto parseDate = [&](const QCommandLineOption &option, std::optional<QDate> &target) {
        if (!parser.isSet(option))
            return true;
        const QDate d = FuzzyDate::parseIsoDate(parser.value(option));
        if (!d.isValid()) {
            result.error = tr("--%1: \"%2\" is not a date of the form YYYY-MM-DD.")
                               .arg(option.names().constFirst(), parser.value(option));
            return false;
        }
        target = d;
        return true;
    };
    if (!parseDate(from, result.from) || !parseDate(to, result.to) || !parseDate(articleDate, result.articleDate))
        return result;
    if (result.articleDate && result.action != Action::ExtractDeals) {
        result.error = tr("--date applies to --extract-deals only.");
        return result;
    }
    if (result.from && result.to && *result.from > *result.to) {
        result.error = tr("--from must not be later than --to.");
        return result;
    }
    if (parser.isSet(companies)) {
        for (const QString &name : parser.value(companies).split(u',', Qt::SkipEmptyParts))
            result.companies << name.trimmed();
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const auto m = pattern.match(parser.value(size));
        const int w = m.captured(1).toInt();
        const int h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 100 || h < 100 || w > 20000 || h > 20000) {
            result.error = tr("--size: \"%1\" is not WIDTHxHEIGHT with each between 100 and 20000 pixels.")
                               .arg(parser.value(size));
            return result;
        }
        result.size = QSize(w, h);
    }
    if (parser.isSet(dpi)) {
        bool ok = false;
        result.dpi = parser.value(dpi).toInt(&ok);
        if (!ok || result.dpi < 36 || result.dpi > 2400) {
            result.error = tr("--dpi: \"%1\" is not a resolution between 36 and 2400.").arg(parser.value(dpi));
            return result;
        }
    }
    result.title = parser.value(title);
    if (parser.isSet(format)) {
        const QString key = parser.value(format).trimmed().toLower();
        for (const FileFormats::DataFormat &f : FileFormats::dataFormats()) {
            if (!result.format && f.description.suffixes.first() == key)
                result.format = f.id;
        }
        if (!result.format) {
            result.error = tr("--format: \"%1\" is not one of %2.")
                               .arg(parser.value(format), formatKeys.join(QStringLiteral(", ")));
            return result;
        }
    }
    const bool stdinFile = result.file == QLatin1String("-");
    const bool stdoutData = result.action == Action::ExportData && result.output == QLatin1String("-");
    if (stdinFile && result.action == Action::Gui) {
        result.error = tr("FILE - (standard input) is for --check, --export-… and --analyze.");
        return result;
    }
    if ((stdinFile || stdoutData) && !result.format && !parser.isSet(importMapping)) {
        result.error = tr("- (standard input or output) needs --format to say what it is.");
        return result;
    }
    if (stdoutData && result.format == FileFormats::Data::Xlsx) {
        result.error = tr("--export-data -: a workbook is not text; give a file name for .xlsx.");
        return result;
    }
    if (parser.isSet(importMapping)) {
        result.importMapping = parser.value(importMapping).trimmed();
        if (result.importMapping.isEmpty()) {
            result.error = tr("--import-mapping: give capflow, crunchbase or a mapping file.");
            return result;
        }
        if (result.file.isEmpty()) {
            result.error = tr("--import-mapping needs a FILE to read.");
            return result;
        }
    }
    if (parser.isSet(maxCycleLength)) {
        bool ok = false;
        result.maxCycleLength = parser.value(maxCycleLength).toInt(&ok);
        if (!ok || result.maxCycleLength < 2 || result.maxCycleLength > 8) {
            result.error
                = tr("--max-cycle-length: \"%1\" is not a length between 2 and 8.").arg(parser.value(maxCycleLength));
            return result;
        }
        if (result.action != Action::Analyze) {
            result.error = tr("--max-cycle-length applies to --analyze only.");
            return result;
        }
    }
    if (parser.isSet(maxPathLength) && result.action != Action::Paths) {
        result.error = tr("--max-path-length applies to --paths only.");
        return result;
    }
    if (parser.isSet(kinds) && result.action != Action::Paths && result.action != Action::Compare) {
        result.error = tr("--kinds applies to --paths and --compare only.");
        return result;
    }
    if (result.action == Action::Compare && (result.from || result.to)) {
        result.error = tr("--compare takes its own two dates; --from and --to do not apply.");
        return result;
    }
    if (parser.isSet(maxPathLength)) {
        bool ok = false;
        result.maxPathLength = parser.value(maxPathLength).toInt(&ok);
        if (!ok || result.maxPathLength < 1 || result.maxPathLength > 8) {
            result.error
                = tr("--max-path-length: \"%1\" is not a length between 1 and 8.").arg(parser.value(maxPathLength));
            return result;
        }
    }
    if (parser.isSet(kinds)) {
        for (const QString &key : parser.value(kinds).split(u',', Qt::SkipEmptyParts)) {
            const auto kind = enumFromKey<DealKind>(key.trimmed());
            if (!kind) {
                result.error = tr("--kinds: \"%1\" is not one of %2.").arg(key.trimmed(), enumKeyList<DealKind>());
                return result;
            }
            result.kinds.insert(*kind);
        }
    }
    const bool exportOnlyOption = result.from || result.to || !result.companies.isEmpty() || result.size.isValid()
        || result.dpi || parser.isSet(title);
    if (result.action == Action::Gui && exportOnlyOption)
        result.error = tr("--from, --to, --companies, --size, --dpi and --title apply to exports and --analyze only.");
    return result;
}
