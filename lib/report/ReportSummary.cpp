#include "report/ReportSummary.h"

#include "analysis/DealSummary.h"
#include "format/Palette.h"

ReportSummary ReportSummary::build(const DocumentData &data, const ReportFilter &filter, const Formatter &format)
{
    ReportSummary summary;
    summary.filter = {{tr("Period"), filter.describePeriod(format)}, {tr("Deal kinds"), filter.describeKinds(format)},
        {tr("Companies"), filter.describeCompanies(format)}};
    summary.counts = tr("%1, %2 and %3")
                         .arg(tr("%n company(s)", nullptr, int(data.companies.size())),
                             tr("%n deal(s)", nullptr, int(data.deals.size())),
                             tr("%n valuation(s)", nullptr, int(data.valuations.size())));
    const DealSummary deals = DealSummary::of(data.deals);
    if (deals.first && deals.last)
        summary.dealPeriod
            = tr("Deals from %1 to %2").arg(format.monthYear(*deals.first), format.monthYear(*deals.last));

    auto firm = [&format](Money m) { return m.usd() ? format.money(m) : QStringLiteral("–"); };
    auto marked
        = [&format](Money m, AmountKind kind) { return m.usd() ? format.dealAmount(m, kind) : QStringLiteral("–"); };
    auto row = [&](const QString &label, const DealSummary::Totals &t) {
        return QStringList {label, QString::number(t.deals), firm(t.firm), marked(t.upTo, AmountKind::UpTo),
            marked(t.estimated, AmountKind::Estimated),
            t.undisclosed ? QString::number(t.undisclosed) : QStringLiteral("–")};
    };
    ReportTable &table = summary.amounts;
    table.title = tr("Disclosed amounts by deal kind");
    table.columns = {{tr("Kind"), Qt::AlignLeft, false}, {tr("Deals"), Qt::AlignRight, false},
        {tr("Committed or reported"), Qt::AlignRight, true}, {tr("Up to (ceiling)"), Qt::AlignRight, true},
        {tr("Estimated"), Qt::AlignRight, true}, {tr("Undisclosed"), Qt::AlignRight, true}};
    table.markerColumn = 0;
    for (auto it = deals.byKind.cbegin(); it != deals.byKind.cend(); ++it) {
        table.rows << row(enumDisplayName(it.key()), it.value());
        table.rowMarkers << Palette::dealKind(it.key());
    }
    summary.amountsNote
        = tr("Sums of the amounts disclosed for each kind. Up-to amounts (ceilings) and estimates are kept apart from "
             "committed and reported amounts and are not added to them. Amounts overlap in places (aggregate "
             "commitments, rounds and their parts), so the kinds are not meant to be added up. Undisclosed: deals "
             "without a published amount.");
    return summary;
}
