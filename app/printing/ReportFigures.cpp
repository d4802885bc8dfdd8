#include "printing/ReportFigures.h"

#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "format/Formatter.h"
#include "format/Palette.h"
#include "network/NetworkRenderer.h"
#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)
};

constexpr int MaxCyclesInReport = 15;

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
        options.logarithmic = companies.size() > 1; // paths of very different size stay readable
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
    const QList<CircularFlow> &cycles = analysis.cycles.cycles;
    if (cycles.isEmpty())
        return {};
    const Formatter format(language);
    ReportTable table;
    table.title = Texts::tr("Circular flows: does the money come back?");
    table.note
        = Texts::tr("Cycles of deals in which money leaves a company and comes back to it, up to %n deal(s) long, "
                    "ranked by the amount that can make the round trip (the smallest amount on the cycle). "
                    "\"At most\" marks cycles with undisclosed legs. %1 of %2 cycles are shown.",
            nullptr, analysis.cycles.options.maxLength)
              .arg(std::min<qsizetype>(cycles.size(), MaxCyclesInReport))
              .arg(cycles.size());
    table.columns = {{Texts::tr("Cycle"), Qt::AlignLeft, true}, {Texts::tr("Deals"), Qt::AlignLeft, true},
        {Texts::tr("Round trip"), Qt::AlignRight, false}, {Texts::tr("Vendor financing"), Qt::AlignLeft, false}};
    for (const CircularFlow &cycle : cycles.mid(0, MaxCyclesInReport)) {
        QStringList names;
        for (const QString &id : cycle.companyIds) {
            const Company *c = document.company(id);
            names << (c ? c->name : id);
        }
        names << names.constFirst();
        QString amount = cycle.roundTrip ? format.money(*cycle.roundTrip) : Texts::tr("unknown");
        if (cycle.bound == CircularFlow::Bound::AtMost)
            amount = Texts::tr("at most %1").arg(amount);
        table.rows << QStringList {names.join(QStringLiteral(" → ")), cycle.dealIds().join(QStringLiteral(", ")),
            amount, cycle.vendorFinancing ? Texts::tr("yes") : Texts::tr("no")};
        table.rowMarkers << Palette::dealKind(cycle.legs.constFirst().kind);
    }
    table.markerColumn = 0;
    return {table};
}
