#include "itemmodels/AnalysisTableModel.h"

#include "document/Document.h"
#include "format/Formatter.h"

AnalysisTableModel::AnalysisTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
}

void AnalysisTableModel::setAnalysis(std::shared_ptr<const CapitalFlowAnalysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    analysisReplaced();
    endResetModel();
}

void AnalysisTableModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int AnalysisTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : rows();
}

int AnalysisTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant AnalysisTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            isNumeric(index.column()) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    const Formatter format(languageForLocale(QLocale()));
    return cell(index.row(), index.column(), role, format);
}

QVariant AnalysisTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return header(section);
    return {};
}

QString AnalysisTableModel::companyName(const QString &id) const
{
    const Company *c = m_document ? m_document->company(id) : nullptr;
    return c ? c->name : id;
}

QStringList AnalysisTableModel::companyNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids)
        names << companyName(id);
    return names;
}

QString AnalysisTableModel::percent(const std::optional<double> &ratio, const Formatter &format)
{
    if (!ratio)
        return QStringLiteral("–");
    const QString value = format.number(*ratio * 100.0, 1);
    return format.language() == Language::German ? value + QStringLiteral(" %") : value + u'%';
}

QString AnalysisTableModel::amount(Money firm, Money upTo, Money estimated, int undisclosed, const Formatter &format)
{
    QStringList parts;
    if (firm.usd() != 0)
        parts << format.money(firm);
    if (upTo.usd() != 0)
        parts << format.dealAmount(upTo, AmountKind::UpTo);
    if (estimated.usd() != 0)
        parts << format.dealAmount(estimated, AmountKind::Estimated);
    if (undisclosed > 0)
        parts << tr("%n undisclosed", nullptr, undisclosed);
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" + "));
}
