#include "printing/StandardReport.h"

#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "itemmodels/Analyses.h"
#include "network/NetworkRenderer.h"
#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(StandardReport)
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
} // namespace

QList<ReportFigure> standardReportFigures(const DocumentData &shown, Language language)
{
    QList<ReportFigure> figures;
    if (!shown.deals.isEmpty()) {
        auto document = std::make_shared<Document>();
        document->setData(shown);
        NetworkRenderOptions options;
        options.language = language;
        auto renderer = std::make_shared<NetworkRenderer>(*document, options);
        figures << ReportFigure {Texts::tr("Deal network"),
            Texts::tr("Companies coloured by kind and sized by the money they received; arrows point "
                      "the way the money flows, coloured by deal kind; dashed: up-to or estimated "
                      "amounts, dotted: undisclosed."),
            [document, renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); },
            QSizeF(1600, 1000)};
    }
    const QStringList companies = timelineCompanies(shown);
    if (!companies.isEmpty()) {
        auto document = std::make_shared<Document>();
        document->setData(shown);
        TimelineRenderOptions options;
        options.companyIds = companies;
        options.language = language;
        options.title = Texts::tr("Valuations over time");
        // Paths of very different size stay readable; one company's path is drawn logarithmic when
        // it spans more than 20× (TimelineData::prefersLogScale).
        if (companies.size() > 1)
            options.logarithmic = true;
        auto renderer = std::make_shared<TimelineRenderer>(*document, options);
        figures << ReportFigure {Texts::tr("Valuation timeline"),
            Texts::tr("Valuations in billions of US dollars; markers below the axis show the "
                      "companies' deals, coloured by kind."),
            [document, renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); },
            options.size};
    }
    return figures;
}

QList<ReportTable> standardReportSections(const DocumentData &shown, Language language)
{
    Document document;
    document.setData(shown);
    const CapitalFlowAnalysis analysis = CapitalFlowAnalysis::run(document.graph(), AnalysisOptions {});
    return Analyses::reportTables(document.graph(), analysis, language);
}
