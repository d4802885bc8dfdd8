#include "itemmodels/ValuationTableModel.h"

#include "editing/Editor.h"
#include "format/AmountParser.h"
#include "format/Formatter.h"
#include "itemmodels/DealTableModel.h"

ValuationTableModel::ValuationTableModel(Document *document, QObject *parent)
    : DocumentTableModel(parent)
{
    setDocument(document);
    connect(document, &Document::valuationAdded, this, &ValuationTableModel::entityAdded);
    connect(document, &Document::valuationAboutToBeRemoved, this, &ValuationTableModel::entityAboutToBeRemoved);
    connect(document, &Document::valuationRemoved, this, &ValuationTableModel::entityRemoved);
    // The sources column shows tiers; the document's ratings change without a row signal.
    m_tierRules = document->sourceTiers();
    connect(document, &Document::contentChanged, this, [this] {
        if (this->document()->sourceTiers() != m_tierRules) {
            m_tierRules = this->document()->sourceTiers();
            refreshAll();
        }
    });
}

QStringList ValuationTableModel::currentIds() const
{
    QStringList ids;
    for (const Valuation &v : document()->valuations())
        ids << v.id;
    sortNaturally(ids);
    return ids;
}

int ValuationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValuationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Valuation *v = document()->valuation(idAt(index.row()));
    if (!v)
        return {};
    const Formatter format(languageForLocale(QLocale()));
    const Company *company = document()->company(v->company);
    const QString companyName = company ? company->name : v->company;
    const bool disagree = Sources::disagree(v->value, v->sources);
    switch (role) {
    case IdRole: return v->id;
    case SourcesDisagreeRole: return disagree;
    case SortRole:
        switch (index.column()) {
        case DateColumn: return v->date.periodStart();
        case ValueColumn: return v->value.usd();
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::EditRole:
        switch (index.column()) {
        case ValueColumn: return AmountParser::toText(v->value, format.language(), AmountParser::Unit::Billion);
        case KindColumn: return int(v->kind);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && disagree)
            return SourceCells::disagreement(v->value, format.money(v->value), v->sources, document()->tiers(), format);
        if (index.column() == SourceColumn)
            return SourceCells::list(v->sources, document()->tiers(), format);
        return v->sources.isEmpty() ? QString() : v->sources.first().url;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn: return companyName;
        case DateColumn: return format.date(v->date);
        case ValueColumn: return disagree ? SourceCells::marked(format.money(v->value)) : format.money(v->value);
        case KindColumn: return enumDisplayName(v->kind);
        case SourceColumn: return SourceCells::publishers(v->sources, document()->tiers());
        default: return {};
        }
    default: return {};
    }
}

QVariant ValuationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn: return tr("Company");
    case DateColumn: return tr("Date");
    case ValueColumn: return tr("Value");
    case KindColumn: return tr("Kind");
    case SourceColumn: return tr("Sources");
    default: return {};
    }
}

Qt::ItemFlags ValuationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (editor() && index.isValid() && (index.column() == ValueColumn || index.column() == KindColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ValuationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!editor() || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Valuation *old = document()->valuation(idAt(index.row()));
    if (!old)
        return false;
    Valuation v = *old;
    if (index.column() == ValueColumn) {
        const AmountParser::Result parsed
            = AmountParser::parse(value.toString(), languageForLocale(QLocale()), AmountParser::Unit::Billion);
        if (!parsed.ok())
            return refuseEdit(tr("Value (in billions of USD): %1").arg(parsed.error));
        v.value = *parsed.money;
    } else if (index.column() == KindColumn) {
        const int kind = value.toInt();
        if (!enumValues<ValuationKind>().contains(ValuationKind(kind)))
            return refuseEdit(tr("Unknown valuation kind."));
        v.kind = ValuationKind(kind);
    } else {
        return false;
    }
    acceptEdit();
    return editor()->updateValuation(v);
}
