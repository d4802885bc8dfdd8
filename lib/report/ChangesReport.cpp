#include "report/ChangesReport.h"

#include "analysis/NetworkChanges.h"
#include "format/Formatter.h"
#include "format/Palette.h"
#include "graph/DealGraph.h"
#include "report/ReportSummary.h"

#include <QCoreApplication>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ChangesReport)
};

constexpr int MaxNewDealsInReport = 60;

QString name(const DealGraph &graph, const QString &id)
{
    const Company *c = graph.company(id);
    return c ? c->name : id;
}

// "12 → 30", or "30" when nothing changed.
QString thenNow(const QString &then, const QString &now)
{
    return then == now ? now : Texts::tr("%1 → %2", "then → now").arg(then, now);
}

ReportTable totalsTable(const DealGraph &graph, const NetworkChanges &c, const Formatter &format)
{
    ReportTable table;
    QStringList notes {Texts::tr("Totals by deal kind, then and now.")};
    notes << Texts::tr("%1 deal(s) on %2, %3 on %4: %n new deal(s).", nullptr, int(c.newDeals.size()))
                 .arg(c.dealsThen.size())
                 .arg(format.date(c.from))
                 .arg(c.dealsThen.size() + c.newDeals.size())
                 .arg(format.date(c.to));
    if (!c.newCompanies.isEmpty()) {
        // The first names only: a large document has thousands of new companies.
        constexpr int MaxNames = 24;
        QStringList names;
        for (const QString &id : c.newCompanies.mid(0, MaxNames))
            names << name(graph, id);
        if (c.newCompanies.size() > MaxNames)
            names << Texts::tr("%n more", nullptr, int(c.newCompanies.size() - MaxNames));
        notes << Texts::tr("New companies (%n): %1.", nullptr, int(c.newCompanies.size()))
                     .arg(format.locale().createSeparatedList(names));
    }
    if (!c.newValuations.isEmpty())
        notes << Texts::tr("%n new valuation point(s).", nullptr, int(c.newValuations.size()));
    notes << Texts::tr("Amounts count each dollar once: superseded and contained deals are left out; firm and "
                       "up-to amounts are never added together.");
    if (const QString leftOut = ReportSummary::leftOutNote(c.totalsNow); !leftOut.isEmpty())
        notes << leftOut;
    table.note = notes.join(u' ');
    table.columns = {{Texts::tr("Kind"), Qt::AlignLeft, false}, {Texts::tr("Deals"), Qt::AlignRight, false},
        {Texts::tr("Committed or reported"), Qt::AlignRight, false}, {Texts::tr("Up to (ceiling)"), Qt::AlignRight, false},
        {Texts::tr("Estimated"), Qt::AlignRight, false}};
    auto row = [&](const QString &kind, const AmountTotals &then, const AmountTotals &now) {
        table.rows << QStringList {kind, thenNow(QString::number(then.deals), QString::number(now.deals)),
            thenNow(format.moneyOrDash(then.firm), format.moneyOrDash(now.firm)),
            thenNow(format.moneyOrDash(then.upTo), format.moneyOrDash(now.upTo)),
            thenNow(format.moneyOrDash(then.estimated), format.moneyOrDash(now.estimated))};
        table.rowDeals << QStringList();
        table.rowCompanies << QStringList();
    };
    for (DealKind kind : enumValues<DealKind>()) {
        if (!c.totalsThen.byKind.contains(kind) && !c.totalsNow.byKind.contains(kind))
            continue;
        row(enumDisplayName(kind), c.totalsThen.byKind.value(kind), c.totalsNow.byKind.value(kind));
        table.rowMarkers << Palette::dealKind(kind);
    }
    row(Texts::tr("All kinds"), c.totalsThen.all, c.totalsNow.all);
    table.rowMarkers << QColor(Qt::transparent);
    table.markerColumn = 0;
    return table;
}

ReportTable newDealsTable(const DealGraph &graph, const NetworkChanges &c, const Formatter &format, int maxNewDeals)
{
    ReportTable table;
    table.title = Texts::tr("New deals");
    const qsizetype shown = maxNewDeals < 0 ? c.newDeals.size() : std::min<qsizetype>(c.newDeals.size(), maxNewDeals);
    if (shown < c.newDeals.size())
        table.note = Texts::tr("The first %1 of %2 new deals, by date.").arg(shown).arg(c.newDeals.size());
    table.columns = {{Texts::tr("Date"), Qt::AlignLeft, false}, {Texts::tr("From"), Qt::AlignLeft, true},
        {Texts::tr("To"), Qt::AlignLeft, true}, {Texts::tr("Kind"), Qt::AlignLeft, false},
        {Texts::tr("Amount"), Qt::AlignRight, false}, {Texts::tr("Deal"), Qt::AlignLeft, false}};
    for (const QString &id : c.newDeals.mid(0, shown)) {
        const Deal *d = graph.deal(id);
        if (!d)
            continue;
        table.rows << QStringList {format.date(d->date), name(graph, d->from), name(graph, d->to),
            enumDisplayName(d->kind), format.dealAmount(d->amount, d->amountKind), d->id};
        table.rowMarkers << Palette::dealKind(d->kind);
        table.rowDeals << QStringList {d->id};
        table.rowCompanies << QStringList {d->from, d->to};
    }
    table.markerColumn = 3;
    return table;
}

ReportTable valuationTable(const DealGraph &graph, const NetworkChanges &c, const Formatter &format, Language language)
{
    ReportTable table;
    table.title = Texts::tr("Valuation changes");
    table.note = Texts::tr("The latest valuation known on each date, for companies valued on both.");
    table.columns = {{Texts::tr("Company"), Qt::AlignLeft, true}, {Texts::tr("Then"), Qt::AlignRight, false},
        {Texts::tr("Now"), Qt::AlignRight, false}, {Texts::tr("Change"), Qt::AlignRight, false}};
    for (const NetworkChanges::ValuationChange &v : c.valuationChanges) {
        table.rows << QStringList {name(graph, v.companyId),
            Texts::tr("%1 (%2)", "value (date)").arg(format.money(v.then.value), format.date(v.then.date)),
            Texts::tr("%1 (%2)", "value (date)").arg(format.money(v.now.value), format.date(v.now.date)),
            ChangesReport::factorText(v.factor, language)};
        table.rowDeals << QStringList();
        table.rowCompanies << QStringList {v.companyId};
    }
    return table;
}
} // namespace

QString ChangesReport::title(const NetworkChanges &changes, Language language)
{
    const Formatter format(language);
    return Texts::tr("What changed between %1 and %2").arg(format.date(changes.from), format.date(changes.to));
}

QString ChangesReport::factorText(double factor, Language language)
{
    const Formatter format(language);
    return Texts::tr("×%1", "a valuation's factor of change").arg(format.locale().toString(factor, 'f', 1));
}

ChangesReport::Tables ChangesReport::build(
    const DealGraph &graph, const NetworkChanges &changes, Language language, int maxNewDeals)
{
    const Formatter format(language);
    Tables result {totalsTable(graph, changes, format), newDealsTable(graph, changes, format, maxNewDeals),
        valuationTable(graph, changes, format, language)};
    result.totals.title = title(changes, language); // the page's heading; the note names the totals
    return result;
}

QList<ReportTable> ChangesReport::tables(const DealGraph &graph, const NetworkChanges &changes, Language language)
{
    const Tables built = build(graph, changes, language, MaxNewDealsInReport);
    QList<ReportTable> result {built.totals};
    if (!changes.newDeals.isEmpty())
        result << built.newDeals;
    if (!changes.valuationChanges.isEmpty())
        result << built.valuations;
    return result;
}
