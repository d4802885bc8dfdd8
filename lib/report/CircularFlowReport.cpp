#include "report/CircularFlowReport.h"

#include "analysis/CapitalFlowAnalysis.h"
#include "format/Formatter.h"
#include "format/Palette.h"
#include "graph/DealGraph.h"

#include <QCoreApplication>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CircularFlowReport)
};

constexpr int MaxCyclesInReport = 15;
} // namespace

QList<ReportTable> circularFlowReport(const DealGraph &graph, const CapitalFlowAnalysis &analysis, Language language)
{
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
            const Company *c = graph.company(id);
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
