#include "itemmodels/VendorFinancingModel.h"

#include "format/Formatter.h"

int VendorFinancingModel::rows() const
{
    return int(analysis()->vendorFinancing.size());
}

QString VendorFinancingModel::header(int column) const
{
    switch (Column(column)) {
    case CompanyColumn: return tr("Company");
    case InvestorsColumn: return tr("Investors");
    case ReceivedColumn: return tr("Received from investors");
    case BackColumn: return tr("Committed back as purchases");
    case RatioFirmColumn: return tr("Ratio (firm)");
    case RatioDisclosedColumn: return tr("Ratio (all disclosed)");
    case ColumnCount: break;
    }
    return {};
}

QVariant VendorFinancingModel::cell(int row, int column, int role, const Formatter &format) const
{
    const VendorFinancing &v = analysis()->vendorFinancing.at(row);
    if (role == CompanyIdRole)
        return v.companyId;
    if (role == Qt::ToolTipRole)
        return tr("Investments: %1\nPurchases back: %2")
            .arg(v.investmentDeals.join(QStringLiteral(", ")),
                v.purchaseDeals.isEmpty() ? tr("none") : v.purchaseDeals.join(QStringLiteral(", ")));
    const bool sort = role == SortRole;
    if (!sort && role != Qt::DisplayRole)
        return {};
    auto ratio = [&](const std::optional<double> &r) {
        return sort ? QVariant(r.value_or(-1.0)) : QVariant(percent(r, format));
    };
    switch (Column(column)) {
    case CompanyColumn: return sort ? companyName(v.companyId).toCaseFolded() : companyName(v.companyId);
    case InvestorsColumn: return companyNames(v.investorIds).join(QStringLiteral(", "));
    case ReceivedColumn:
        return sort
            ? QVariant(v.received.firm.usd())
            : QVariant(amount(v.received.firm, v.received.upTo, v.received.estimated, v.received.undisclosed, format));
    case BackColumn:
        return sort ? QVariant(v.committedBack.firm.usd())
                    : QVariant(amount(v.committedBack.firm, v.committedBack.upTo, v.committedBack.estimated,
                        v.committedBack.undisclosed, format));
    case RatioFirmColumn: return ratio(v.ratioFirm());
    case RatioDisclosedColumn: return ratio(v.ratioDisclosed());
    case ColumnCount: break;
    }
    return {};
}
