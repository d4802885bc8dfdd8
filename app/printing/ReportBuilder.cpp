#include "printing/ReportBuilder.h"

#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "flows/FlowsRenderer.h"
#include "itemmodels/Analyses.h"
#include "network/NetworkRenderer.h"
#include "report/ChangesReport.h"
#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
};

// Companies with at least two valuations in the data shown: their paths are what a reader compares.
QStringList timelineCompanies(const DocumentData &shown)
{
    QHash<QString, int> counts;
    for (const Valuation &v : shown.valuations)
        ++counts[v.company];
    QStringList ids;
    for (const Company &c : shown.companies) {
        if (counts.value(c.id) >= 2)
            ids << c.id;
    }
    return ids;
}

ReportFigure networkFigure(const Document &document, const ReportRequest &request)
{
    NetworkRenderOptions options;
    options.network = request.network;
    options.network.filter = request.filter;
    options.language = request.language;
    options.positions = request.positions;
    auto renderer = std::make_shared<NetworkRenderer>(document, options);
    const QString caption = Texts::tr("Companies coloured by kind; disc size: %1. Arrows point the way the money "
                                      "flows, coloured by deal kind; dashed: up-to or estimated amounts, dotted: "
                                      "undisclosed.")
                                .arg(NetworkPicture::measureName(request.network.sizeMeasure));
    return ReportFigure {Texts::tr("Deal network"), caption,
        [renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); }, QSizeF(1600, 1000)};
}

std::optional<ReportFigure> flowsFigure(const Document &document, const ReportRequest &request)
{
    NetworkOptions network = request.network;
    network.filter = request.filter;
    FlowsRenderOptions options;
    options.diagram = FlowsRenderer::forNetwork(document, network, request.flows);
    options.language = request.language;
    auto renderer = std::make_shared<FlowsRenderer>(document, options);
    if (renderer->diagram().isEmpty())
        return std::nullopt;
    return ReportFigure {Texts::tr("Capital flows by layer"),
        Texts::tr("Who pays whom, layer by layer: band widths to one scale in US dollars, coloured by deal kind; "
                  "solid: committed or reported, hatched: up-to ceilings, light: estimates. Arcs under the diagram "
                  "carry money back against the layer order, the circular flows."),
        [renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); }, options.size,
        // Its layers' totals need the width of a landscape page.
        900};
}

std::optional<ReportFigure> timelineFigure(const DocumentData &shown, Language language)
{
    const QStringList companies = timelineCompanies(shown);
    if (companies.isEmpty())
        return std::nullopt;
    auto document = std::make_shared<Document>();
    document->setData(shown);
    TimelineRenderOptions options;
    options.companyIds = companies;
    options.language = language;
    // The page's heading names the figure: no second title in the chart.
    options.showTitle = false;
    // Paths of very different size stay readable; one company's path is drawn logarithmic when
    // it spans more than 20× (TimelineData::prefersLogScale).
    if (companies.size() > 1)
        options.logarithmic = true;
    auto renderer = std::make_shared<TimelineRenderer>(*document, options);
    return ReportFigure {Texts::tr("Valuation timeline"),
        Texts::tr("Valuations in billions of US dollars; markers below the axis show the "
                  "companies' deals, coloured by kind."),
        [document, renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); },
        options.size};
}
} // namespace

bool ReportBuilder::sameDeals(const DealFilter &analysed, const DealFilter &shown)
{
    return analysed.from == shown.from && analysed.to == shown.to && analysed.dealKinds == shown.dealKinds
        && analysed.companyKinds == shown.companyKinds && analysed.companies == shown.companies
        && analysed.minAmount == shown.minAmount
        && analysed.reputableSources.has_value() == shown.reputableSources.has_value();
}

Report ReportBuilder::build(const Document &document, const ReportRequest &request)
{
    const DocumentData data = document.data();
    Report report = Report::build(
        data, ReportFilter::of(request.filter, data), request.title, request.language, request.today);
    const DocumentData shown = request.filter.apply(data);
    if (!shown.deals.isEmpty())
        report.figures << networkFigure(document, request);
    if (auto flows = flowsFigure(document, request))
        report.figures << *flows;
    if (auto timeline = timelineFigure(shown, request.language))
        report.figures << *timeline;

    std::shared_ptr<const CapitalFlowAnalysis> analysis = request.analysis;
    if (!analysis || !sameDeals(analysis->options.deals, request.filter)) {
        AnalysisOptions options;
        if (analysis)
            options.cycles = analysis->options.cycles;
        options.deals = request.filter;
        analysis = std::make_shared<const CapitalFlowAnalysis>(CapitalFlowAnalysis::run(document.graph(), options));
    }
    report.extraSections = Analyses::reportTables(document.graph(), *analysis, request.language);
    if (request.comparison)
        report.extraSections += ChangesReport::tables(document.graph(), *request.comparison, request.language);
    return report;
}
