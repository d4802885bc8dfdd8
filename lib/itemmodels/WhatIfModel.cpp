#include "itemmodels/WhatIfModel.h"

#include "document/Document.h"
#include "format/Formatter.h"

WhatIfModel::WhatIfModel(Document *document, QObject *parent)
    : AnalysisTableModel(document, parent)
    , m_doc(document)
{
}

void WhatIfModel::setCompany(const QString &companyId)
{
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    recompute();
}

void WhatIfModel::recompute()
{
    beginResetModel();
    analysisReplaced();
    endResetModel();
}

void WhatIfModel::analysisReplaced()
{
    m_result = {};
    if (analysis() && m_doc && !m_companyId.isEmpty())
        m_result = CapitalFlowAnalysis::whatIf(m_doc->graph(), analysis()->options, m_companyId);
}

int WhatIfModel::rows() const
{
    return int(m_result.losses.size());
}

QString WhatIfModel::header(int column) const
{
    switch (Column(column)) {
    case StepColumn: return tr("Step");
    case LoserColumn: return tr("Who loses");
    case DealColumn: return tr("Deal");
    case FlowColumn: return tr("Payer → recipient");
    case KindColumn: return tr("Kind");
    case AmountColumn: return tr("Amount");
    case ColumnCount: break;
    }
    return {};
}

QVariant WhatIfModel::cell(int row, int column, int role, const Formatter &format) const
{
    const WhatIfLoss &l = m_result.losses.at(row);
    if (role == CompanyIdRole)
        return l.loserId;
    if (role == DealIdsRole)
        return QStringList {l.deal.id};
    const bool sort = role == SortRole;
    if (!sort && role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case StepColumn: return sort ? QVariant(l.step) : QVariant(l.step == 1 ? tr("directly") : tr("one step further"));
    case LoserColumn: return companyName(l.loserId);
    case DealColumn: return l.deal.id;
    case FlowColumn: return tr("%1 → %2").arg(companyName(l.deal.from), companyName(l.deal.to));
    case KindColumn: return enumDisplayName(l.deal.kind);
    case AmountColumn:
        if (sort)
            return l.deal.amount ? l.deal.amount->usd() : qint64(-1);
        return format.dealAmount(l.deal.amount, l.deal.amountKind);
    case ColumnCount: break;
    }
    return {};
}
