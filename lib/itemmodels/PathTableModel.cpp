#include "itemmodels/PathTableModel.h"

#include "document/Document.h"
#include "format/Formatter.h"

#include <QLocale>

PathTableModel::PathTableModel(const Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
}

void PathTableModel::setResult(const PathSearchResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int PathTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.paths.size());
}

int PathTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PathTableModel::name(const QString &id) const
{
    const Company *c = m_document ? m_document->company(id) : nullptr;
    return c ? c->name : id;
}

QString PathTableModel::amountText(const std::optional<Money> &amount, CircularFlow::Bound bound, Language language)
{
    const Formatter format(language);
    switch (bound) {
    case CircularFlow::Bound::Exact: return format.money(*amount);
    case CircularFlow::Bound::AtMost: return tr("at most %1").arg(format.money(*amount));
    case CircularFlow::Bound::Unknown: break;
    }
    return tr("unknown");
}

QVariant PathTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MoneyPath &p = m_result.paths.at(index.row());
    const Language language = languageForLocale(QLocale());
    if (role == DealIdsRole)
        return p.dealIds();
    if (role == CompanyIdsRole)
        return p.companyIds;
    if (role == Qt::TextAlignmentRole && (index.column() == AmountColumn || index.column() == RankColumn
                                             || index.column() == DealsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const Formatter format(language);
        QStringList lines;
        for (const Deal &d : p.legs)
            lines << tr("%1 → %2: %3, %4, %5", "from, to, kind, amount, date")
                         .arg(name(d.from), name(d.to), enumDisplayName(d.kind), format.dealAmount(d.amount, d.amountKind),
                             format.date(d.date));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn: return index.row() + 1;
    case PathColumn: {
        QStringList names;
        for (const QString &id : p.companyIds)
            names << name(id);
        return names.join(QStringLiteral(" → "));
    }
    case AmountColumn: return amountText(p.amount, p.bound, language);
    case LegsColumn: {
        const Formatter format(language);
        QStringList amounts;
        for (const Deal &d : p.legs)
            amounts << format.dealAmount(d.amount, d.amountKind);
        return amounts.join(QStringLiteral(" → "));
    }
    case DealsColumn: return p.length();
    case DatesColumn: {
        const Formatter format(language);
        if (!p.firstDate.isValid())
            return QString();
        return p.firstDate == p.lastDate ? format.monthYear(p.firstDate)
                                         : tr("%1 – %2", "first and last date")
                                               .arg(format.monthYear(p.firstDate), format.monthYear(p.lastDate));
    }
    default: return {};
    }
}

QVariant PathTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("Rank");
    case PathColumn: return tr("Path of the money");
    case AmountColumn: return tr("Can pass");
    case LegsColumn: return tr("Deals on the way");
    case DealsColumn: return tr("Deals");
    case DatesColumn: return tr("Dates");
    default: return {};
    }
}

void PathTableModel::retranslate()
{
    if (!m_result.paths.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
