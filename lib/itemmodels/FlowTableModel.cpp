#include "itemmodels/FlowTableModel.h"

#include "format/Formatter.h"

int FlowTableModel::rows() const
{
    return int(analysis()->flows.size());
}

QString FlowTableModel::header(int column) const
{
    switch (Column(column)) {
    case CompanyColumn: return tr("Company");
    case InFirmColumn: return tr("In (firm)");
    case InUpToColumn: return tr("In (up to)");
    case InEstimatedColumn: return tr("In (estimated)");
    case OutFirmColumn: return tr("Out (firm)");
    case OutUpToColumn: return tr("Out (up to)");
    case OutEstimatedColumn: return tr("Out (estimated)");
    case NetFirmColumn: return tr("Net (firm)");
    case UndisclosedColumn: return tr("Undisclosed in / out");
    case DealsColumn: return tr("Deals");
    case ColumnCount: break;
    }
    return {};
}

QVariant FlowTableModel::cell(int row, int column, int role, const Formatter &format) const
{
    const CompanyFlow &f = analysis()->flows.at(row);
    if (role == CompanyIdRole)
        return f.companyId;
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        auto describe = [&](const QString &title, const QMap<DealKind, AmountTotals> &byKind) {
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
                const AmountTotals &t = it.value();
                lines << tr("%1, %2: %3")
                             .arg(title, enumDisplayName(it.key()),
                                 amount(t.firm, t.upTo, t.estimated, t.undisclosed, format));
            }
        };
        describe(tr("In"), f.inByKind);
        describe(tr("Out"), f.outByKind);
        return lines.join(u'\n');
    }
    const bool sort = role == SortRole;
    if (!sort && role != Qt::DisplayRole)
        return {};
    auto moneyCell = [&](Money m) { return sort ? QVariant(m.usd()) : QVariant(format.moneyOrDash(m)); };
    switch (Column(column)) {
    case CompanyColumn: return sort ? companyName(f.companyId).toCaseFolded() : companyName(f.companyId);
    case InFirmColumn: return moneyCell(f.in.firm);
    case InUpToColumn: return moneyCell(f.in.upTo);
    case InEstimatedColumn: return moneyCell(f.in.estimated);
    case OutFirmColumn: return moneyCell(f.out.firm);
    case OutUpToColumn: return moneyCell(f.out.upTo);
    case OutEstimatedColumn: return moneyCell(f.out.estimated);
    case NetFirmColumn: return moneyCell(f.netFirm());
    case UndisclosedColumn:
        return sort ? QVariant(f.in.undisclosed + f.out.undisclosed)
                    : QVariant(QStringLiteral("%1 / %2").arg(f.in.undisclosed).arg(f.out.undisclosed));
    case DealsColumn: return f.in.deals + f.out.deals;
    case ColumnCount: break;
    }
    return {};
}
