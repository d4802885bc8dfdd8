#include "itemmodels/CycleTableModel.h"

#include "format/Formatter.h"

int CycleTableModel::rows() const
{
    return int(analysis()->cycles.cycles.size());
}

QString CycleTableModel::header(int column) const
{
    switch (Column(column)) {
    case RankColumn: return tr("Rank");
    case PathColumn: return tr("Path of the money");
    case RoundTripColumn: return tr("Round trip");
    case PatternColumn: return tr("Pattern");
    case TimeOrderColumn: return tr("Time order");
    case CertaintyColumn: return tr("Certainty");
    case DealsColumn: return tr("Deals");
    case DatesColumn: return tr("Dates");
    case ColumnCount: break;
    }
    return {};
}

QVariant CycleTableModel::cell(int row, int column, int role, const Formatter &format) const
{
    const CircularFlow &c = analysis()->cycles.cycles.at(row);
    if (role == DealIdsRole)
        return c.dealIds();
    if (role == CompanyIdsRole)
        return c.companyIds;
    auto path = [&] {
        QStringList names = companyNames(c.companyIds);
        names << names.constFirst();
        return names.join(QStringLiteral(" → "));
    };
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const Deal &d : c.legs)
            lines << tr("%1: %2 → %3, %4, %5, %6")
                         .arg(d.id, companyName(d.from), companyName(d.to), enumDisplayName(d.kind),
                             format.dealAmount(d.amount, d.amountKind), format.date(d.date));
        return lines.join(u'\n');
    }
    const bool sort = role == SortRole;
    if (!sort && role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case RankColumn: return row + 1;
    case PathColumn: return sort ? QVariant(path().toCaseFolded()) : QVariant(path());
    case RoundTripColumn:
        if (sort)
            return c.roundTrip ? c.roundTrip->usd() : qint64(-1);
        switch (c.bound) {
        case CircularFlow::Bound::Exact: return format.money(*c.roundTrip);
        case CircularFlow::Bound::AtMost: return tr("at most %1").arg(format.money(*c.roundTrip));
        case CircularFlow::Bound::Unknown: return tr("undisclosed");
        }
        return {};
    case PatternColumn: return c.vendorFinancing ? tr("Vendor financing") : tr("Circular flow");
    case TimeOrderColumn: {
        const int window = analysis()->cycles.options.timeWindowMonths;
        if (sort)
            return c.inTimeOrder ? (c.purchaseBeforeInvestment ? 0 : 1) : 2;
        if (!c.inTimeOrder)
            return tr("not in time order (%n month(s))", nullptr, window);
        return c.purchaseBeforeInvestment ? tr("in time order, purchase before investment") : tr("in time order");
    }
    case CertaintyColumn:
        if (c.undisclosedLegs > 0)
            return tr("%n leg(s) undisclosed", nullptr, c.undisclosedLegs);
        return c.allLegsFirm ? tr("firm") : tr("includes up-to or estimated amounts");
    case DealsColumn: return c.dealIds().join(QStringLiteral(", "));
    case DatesColumn: {
        if (sort)
            return c.firstDate;
        // Each leg's date, going round from the first leg in time (or from the first leg).
        QStringList dates;
        const int start = std::max(0, c.timeOrderStart);
        for (int k = 0; k < c.length(); ++k)
            dates << format.date(c.legs.at((start + k) % c.length()).date);
        return dates.join(QStringLiteral(" → "));
    }
    case ColumnCount: break;
    }
    return {};
}
