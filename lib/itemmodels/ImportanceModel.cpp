#include "itemmodels/ImportanceModel.h"

#include "format/Formatter.h"

int ImportanceModel::rows() const
{
    return int(analysis()->importance.size());
}

QString ImportanceModel::header(int column) const
{
    switch (Column(column)) {
    case CompanyColumn: return tr("Company");
    case BetweennessColumn: return tr("Betweenness");
    case InColumn: return tr("Weighted in (firm)");
    case OutColumn: return tr("Weighted out (firm)");
    case DealsColumn: return tr("Deals in / out");
    case LargestSourceColumn: return tr("Largest source");
    case ConcentrationColumn: return tr("Concentration");
    case ColumnCount: break;
    }
    return {};
}

QVariant ImportanceModel::cell(int row, int column, int role, const Formatter &format) const
{
    const Importance &i = analysis()->importance.at(row);
    if (role == CompanyIdRole)
        return i.companyId;
    if (role == Qt::ToolTipRole) {
        if (column == BetweennessColumn)
            return tr("Shortest money paths between other companies that run through this one (normalised: %1)")
                .arg(percent(i.betweennessNormalized, format));
        if (column == ConcentrationColumn)
            return tr("Share of the firm inflow that comes from the largest single source");
        return {};
    }
    const bool sort = role == SortRole;
    if (!sort && role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case CompanyColumn: return sort ? companyName(i.companyId).toCaseFolded() : companyName(i.companyId);
    case BetweennessColumn: return sort ? QVariant(i.betweenness) : QVariant(format.number(i.betweenness, 1));
    case InColumn: return sort ? QVariant(i.in.firm.usd()) : QVariant(format.moneyOrDash(i.in.firm));
    case OutColumn: return sort ? QVariant(i.out.firm.usd()) : QVariant(format.moneyOrDash(i.out.firm));
    case DealsColumn:
        return sort ? QVariant(i.inDeals + i.outDeals)
                    : QVariant(QStringLiteral("%1 / %2").arg(i.inDeals).arg(i.outDeals));
    case LargestSourceColumn: return i.largestSourceId.isEmpty() ? QString() : companyName(i.largestSourceId);
    case ConcentrationColumn:
        return sort ? QVariant(i.concentration.value_or(-1.0)) : QVariant(percent(i.concentration, format));
    case ColumnCount: break;
    }
    return {};
}
