#include "itemmodels/DealTableModel.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "format/AmountParser.h"
#include "format/Formatter.h"

#include <QFont>

DealTableModel::DealTableModel(Document *document, QObject *parent)
    : DocumentTableModel(parent)
{
    setDocument(document);
    connect(document, &Document::dealAdded, this, &DealTableModel::entityAdded);
    connect(document, &Document::dealAboutToBeRemoved, this, &DealTableModel::entityAboutToBeRemoved);
    connect(document, &Document::dealRemoved, this, &DealTableModel::entityRemoved);
}

QStringList DealTableModel::currentIds() const
{
    QStringList ids;
    for (const Deal *d : document()->graph().deals())
        ids << d->id;
    std::sort(ids.begin(), ids.end(), naturalIdLess);
    return ids;
}

int DealTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal *deal = document()->deal(idAt(index.row()));
    if (!deal)
        return {};
    if (role == IdRole)
        return deal->id;
    if (role == KindRole)
        return int(deal->kind);
    if (role == PeriodEndRole)
        return deal->date.periodEnd();
    const Formatter format(languageForLocale(QLocale()));
    auto companyName = [this](const QString &id) {
        const Company *c = document()->company(id);
        return c ? c->name : id;
    };
    const QString note = format.noteText(deal->note);
    if (role == Qt::ToolTipRole)
        return note;
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn: return deal->date.periodStart();
        case AmountColumn: return deal->amount ? deal->amount->usd() : qint64(-1);
        case CapacityColumn: return deal->capacityMw.value_or(-1);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::FontRole && index.column() == NoteColumn && format.note(deal->note).fallback) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case KindColumn: return int(deal->kind);
        case AmountColumn:
            return deal->amount ? AmountParser::toText(*deal->amount, format.language(), AmountParser::Unit::Billion)
                                : QString();
        case NoteColumn: return format.language() == Language::German ? deal->note.de : deal->note.en;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == AmountColumn || index.column() == CapacityColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn: return format.date(deal->date);
    case FromColumn: return companyName(deal->from);
    case ToColumn: return companyName(deal->to);
    case KindColumn: return enumDisplayName(deal->kind);
    case AmountColumn: return format.dealAmount(deal->amount, deal->amountKind);
    case CapacityColumn: return deal->capacityMw ? format.gigawatts(*deal->capacityMw) : QString();
    case NoteColumn: return note;
    default: return {};
    }
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case KindColumn: return tr("Kind");
    case AmountColumn: return tr("Amount");
    case CapacityColumn: return tr("Capacity");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

Qt::ItemFlags DealTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    const int c = index.column();
    if (editor() && index.isValid() && (c == KindColumn || c == AmountColumn || c == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool DealTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!editor() || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Deal *old = document()->deal(idAt(index.row()));
    if (!old)
        return false;
    Deal deal = *old;
    const Language language = languageForLocale(QLocale());
    switch (index.column()) {
    case KindColumn: {
        const int kind = value.toInt();
        if (!enumValues<DealKind>().contains(DealKind(kind)))
            return refuseEdit(tr("Unknown deal kind."));
        deal.kind = DealKind(kind);
        break;
    }
    case AmountColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            deal.amount.reset(); // undisclosed
            break;
        }
        const AmountParser::Result parsed = AmountParser::parse(text, language, AmountParser::Unit::Billion);
        if (!parsed.ok())
            return refuseEdit(tr("Amount (in billions of USD): %1").arg(parsed.error));
        deal.amount = parsed.money;
        break;
    }
    case NoteColumn: (language == Language::German ? deal.note.de : deal.note.en) = value.toString().trimmed(); break;
    default: return false;
    }
    acceptEdit();
    return editor()->updateDeal(deal);
}
