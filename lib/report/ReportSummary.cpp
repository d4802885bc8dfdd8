#include "report/ReportSummary.h"

#include "format/Palette.h"

ReportSummary ReportSummary::build(const DocumentData &data, const ReportFilter &filter, const Formatter &format)
{
    ReportSummary summary;
    summary.filter = {{tr("Period"), filter.describePeriod(format)}, {tr("Deal kinds"), filter.describeKinds(format)},
        {tr("Companies"), filter.describeCompanies(format)}};
    const QList<Line> optional {{tr("Company kinds"), filter.describeCompanyKinds(format)},
        {tr("Minimum amount"), filter.describeMinimum(format)}, {tr("Sources"), filter.describeSources()}};
    for (const Line &line : optional) {
        if (!line.value.isEmpty())
            summary.filter << line;
    }
    summary.counts = tr("%1, %2 and %3")
                         .arg(tr("%n company(s)", nullptr, int(data.companies.size())),
                             tr("%n deal(s)", nullptr, int(data.deals.size())),
                             tr("%n valuation(s)", nullptr, int(data.valuations.size())));
    // The deals as one list: a deal superseded by or part of another deal of the report counts once.
    const KindTotals deals = KindTotals::of(data.deals);
    if (deals.first && deals.last) {
        const QString first = format.monthYear(*deals.first), last = format.monthYear(*deals.last);
        summary.dealPeriod = first == last ? tr("Deals in %1").arg(first) : tr("Deals from %1 to %2").arg(first, last);
    }
    summary.amounts = amountsByKind(deals, format);
    summary.amountsNote = amountsByKindNote();
    summary.leftOut = leftOutNote(deals);
    return summary;
}

QString ReportSummary::leftOutNote(const KindTotals &totals)
{
    if (totals.leftOut == 0)
        return QString();
    return tr("Left out of the sums: %n deal(s) counted in others or superseded.", nullptr, totals.leftOut);
}

ReportTable ReportSummary::amountsByKind(const KindTotals &totals, const Formatter &format)
{
    ReportTable table;
    table.title = tr("Disclosed amounts by deal kind");
    table.columns = {{tr("Kind"), Qt::AlignLeft, false}, {tr("Deals"), Qt::AlignRight, false},
        {tr("Committed or reported"), Qt::AlignRight, true}, {tr("Up to (ceiling)"), Qt::AlignRight, true},
        {tr("Estimated"), Qt::AlignRight, true}, {tr("Undisclosed"), Qt::AlignRight, true}};
    table.markerColumn = 0;
    for (auto it = totals.byKind.cbegin(); it != totals.byKind.cend(); ++it) {
        const AmountTotals &t = it.value();
        table.rows << QStringList {enumDisplayName(it.key()), QString::number(t.deals), format.moneyOrDash(t.firm),
            format.amountOrDash(t.upTo, AmountKind::UpTo), format.amountOrDash(t.estimated, AmountKind::Estimated),
            format.countOrDash(t.undisclosed)};
        table.rowMarkers << Palette::dealKind(it.key());
    }
    return table;
}

QString ReportSummary::amountsByKindNote()
{
    return tr("Sums of the amounts disclosed for each kind. Up-to amounts (ceilings) and estimates are kept apart from "
              "committed and reported amounts and are not added to them. A deal that another deal shown supersedes "
              "or contains (an aggregate commitment and its parts, a round and its tranches) is counted once, in "
              "that deal; where the data records no such relation amounts may still overlap, so the kinds are not "
              "meant to be added up. Undisclosed: deals without a published amount.");
}
