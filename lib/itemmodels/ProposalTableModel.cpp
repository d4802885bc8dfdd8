#include "itemmodels/ProposalTableModel.h"

#include "document/Document.h"
#include "format/AmountParser.h"
#include "format/DateInput.h"
#include "format/Formatter.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {

Language userLanguage()
{
    return languageForLocale(QLocale());
}

template<typename E> QVariantList choicesOf()
{
    QVariantList list;
    for (E value : enumValues<E>())
        list.append(QVariant(QVariantList {enumDisplayName(value), int(value)}));
    return list;
}

template<typename E> bool isValue(const QVariant &value)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok && enumValues<E>().contains(E(n));
}

// "D081" and the ids after it: "D082", "D083", …
QString numberedAfter(const QString &first, int offset)
{
    const int n = QStringView(first).mid(1).toInt() + offset;
    return first.at(0) + QStringLiteral("%1").arg(n, 3, 10, QChar(u'0'));
}

} // namespace

ProposalTableModel::ProposalTableModel(const Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
}

void ProposalTableModel::setProposals(const ExtractionResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_articleLanguage = result.language;
    for (const DealProposal &d : result.deals) {
        Row row;
        row.deal = d;
        m_rows << row;
    }
    for (const ValuationProposal &v : result.valuations) {
        Row row;
        row.isValuation = true;
        row.valuation = v;
        m_rows << row;
    }
    m_lastEditError.clear();
    endResetModel();
    Q_EMIT acceptedChanged();
}

void ProposalTableModel::clear()
{
    setProposals({});
}

int ProposalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalTableModel::partyText(const ProposedCompany &party) const
{
    if (party.isKnown()) {
        const Company *c = m_document ? m_document->company(party.companyId) : nullptr;
        return c ? c->name : party.companyId;
    }
    return party.newName;
}

ProposedCompany ProposalTableModel::partyFor(const QString &text) const
{
    ProposedCompany party;
    const QString name = text.simplified();
    if (name.isEmpty())
        return party;
    if (const Company *c = m_document ? m_document->graph().companyByName(name) : nullptr)
        party.companyId = c->id;
    else
        party.newName = name;
    return party;
}

QString ProposalTableModel::problem(const Row &row) const
{
    if (row.isValuation) {
        const ValuationProposal &v = row.valuation;
        if (v.company.isEmpty())
            return tr("The company is missing.");
        if (v.value.usd() <= 0)
            return tr("The value is missing.");
        if (!v.date.isValid())
            return tr("The date is missing.");
        return {};
    }
    const DealProposal &d = row.deal;
    if (d.from.isEmpty())
        return tr("Who pays (From) is missing.");
    if (d.to.isEmpty())
        return tr("Who receives (To) is missing.");
    if (d.from == d.to)
        return tr("From and To are the same company.");
    if (!d.date.isValid())
        return tr("The date is missing.");
    return {};
}

QVariant ProposalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const Language language = userLanguage();
    const Formatter format(language);

    if (role == ProblemRole)
        return problem(row);
    if (role == Qt::CheckStateRole)
        return column == AcceptColumn ? QVariant(row.accepted ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == Qt::ToolTipRole) {
        QString tip = row.evidence().sentence;
        if (const QString p = problem(row); !p.isEmpty() && row.accepted)
            tip = p + u'\n' + tip;
        if (!row.isValuation && !row.deal.note.isEmpty())
            tip += u'\n' + row.deal.note;
        if (!row.isValuation && row.deal.totalIndex >= 0)
            tip += u'\n' + tr("Part of a total the text states for several deals.");
        if (!row.isValuation && row.deal.capacityMw)
            tip += u'\n' + tr("Capacity: %1").arg(format.gigawatts(*row.deal.capacityMw));
        return tip;
    }
    if (role == Qt::ForegroundRole) {
        if (!row.accepted)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (column == WhatColumn && !problem(row).isEmpty())
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    }
    if (role == ChoicesRole) {
        if (column == KindColumn)
            return row.isValuation ? choicesOf<ValuationKind>() : choicesOf<DealKind>();
        if (column == AmountKindColumn && !row.isValuation)
            return choicesOf<AmountKind>();
        if (column == PrecisionColumn)
            return choicesOf<DatePrecision>();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const FuzzyDate &date = row.isValuation ? row.valuation.date : row.deal.date;

    switch (column) {
    case WhatColumn:
        if (edit)
            return {};
        return row.isValuation ? tr("Valuation") : tr("Deal");
    case FromColumn: {
        const ProposedCompany &party = row.isValuation ? row.valuation.company : row.deal.from;
        if (edit || !party.isNew())
            return partyText(party);
        return tr("%1 (new)").arg(party.newName);
    }
    case ToColumn:
        if (row.isValuation)
            return {};
        if (edit || !row.deal.to.isNew())
            return partyText(row.deal.to);
        return tr("%1 (new)").arg(row.deal.to.newName);
    case KindColumn:
        if (edit)
            return row.isValuation ? int(row.valuation.kind) : int(row.deal.kind);
        return row.isValuation ? enumDisplayName(row.valuation.kind) : enumDisplayName(row.deal.kind);
    case AmountColumn:
        if (row.isValuation)
            return edit ? AmountParser::toText(row.valuation.value, language, AmountParser::Unit::Billion)
                        : format.money(row.valuation.value);
        if (edit)
            return row.deal.amount ? AmountParser::toText(*row.deal.amount, language, AmountParser::Unit::Billion)
                                   : QString();
        return format.dealAmount(row.deal.amount, row.deal.amountKind);
    case AmountKindColumn:
        if (row.isValuation)
            return {};
        return edit ? QVariant(int(row.deal.amountKind)) : QVariant(enumDisplayName(row.deal.amountKind));
    case DateColumn:
        if (!date.isValid())
            return QString();
        return edit ? DateInput::text(date, language) : format.date(date);
    case PrecisionColumn:
        if (!date.isValid())
            return edit ? QVariant(int(DatePrecision::Day)) : QVariant(QString());
        return edit ? QVariant(int(date.precision())) : QVariant(enumDisplayName(date.precision()));
    default: return {};
    }
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AcceptColumn: return tr("Accept");
    case WhatColumn: return tr("What");
    case FromColumn: return tr("From / company");
    case ToColumn: return tr("To");
    case KindColumn: return tr("Kind");
    case AmountColumn: return tr("Amount (bn USD)");
    case AmountKindColumn: return tr("Amount is");
    case DateColumn: return tr("Date");
    case PrecisionColumn: return tr("Precision");
    default: return {};
    }
}

Qt::ItemFlags ProposalTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case AcceptColumn: return f | Qt::ItemIsUserCheckable;
    case WhatColumn: return f;
    case ToColumn:
    case AmountKindColumn: return row.isValuation ? f : f | Qt::ItemIsEditable;
    default: return f | Qt::ItemIsEditable;
    }
}

bool ProposalTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[index.row()];
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == AcceptColumn) {
        const bool accepted = value.toInt() == Qt::Checked;
        if (accepted == row.accepted)
            return true;
        row.accepted = accepted;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        Q_EMIT acceptedChanged();
        return true;
    }
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Language language = userLanguage();
    FuzzyDate &date = row.isValuation ? row.valuation.date : row.deal.date;
    switch (column) {
    case FromColumn: (row.isValuation ? row.valuation.company : row.deal.from) = partyFor(value.toString()); break;
    case ToColumn: row.deal.to = partyFor(value.toString()); break;
    case KindColumn:
        if (row.isValuation) {
            if (!isValue<ValuationKind>(value))
                return refuse(tr("Unknown kind of valuation."));
            row.valuation.kind = ValuationKind(value.toInt());
        } else {
            if (!isValue<DealKind>(value))
                return refuse(tr("Unknown deal kind."));
            row.deal.kind = DealKind(value.toInt());
        }
        break;
    case AmountColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && !row.isValuation) {
            row.deal.amount.reset();
            break;
        }
        const AmountParser::Result parsed
            = AmountParser::parse(text, language, AmountParser::Unit::Billion, !row.isValuation);
        if (!parsed.ok())
            return refuse(tr("Amount (in billions of USD): %1").arg(parsed.error));
        if (row.isValuation)
            row.valuation.value = *parsed.money;
        else
            row.deal.amount = parsed.money;
        break;
    }
    case AmountKindColumn:
        if (!isValue<AmountKind>(value))
            return refuse(tr("Unknown kind of amount."));
        row.deal.amountKind = AmountKind(value.toInt());
        break;
    case DateColumn: {
        const DateInput::Result parsed = DateInput::parse(value.toString(), language);
        if (!parsed.error.isEmpty())
            return refuse(tr("Date: %1").arg(parsed.error));
        date = parsed.date;
        break;
    }
    case PrecisionColumn: {
        if (!isValue<DatePrecision>(value))
            return refuse(tr("Unknown precision."));
        if (!date.isValid())
            return refuse(tr("Enter the date first."));
        const auto precision = DatePrecision(value.toInt());
        QDate start = date.periodStart();
        // The first day of the new precision's period that holds the date.
        while (!FuzzyDate::isPeriodStart(start, precision))
            start = start.addDays(-1);
        date = FuzzyDate(start, precision);
        break;
    }
    default: return false;
    }
    m_lastEditError.clear();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT acceptedChanged();
    return true;
}

void ProposalTableModel::setAllAccepted(bool accepted)
{
    for (Row &row : m_rows)
        row.accepted = accepted;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT acceptedChanged();
}

int ProposalTableModel::acceptedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.accepted; }));
}

QStringList ProposalTableModel::problems() const
{
    QStringList list;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).accepted)
            continue;
        if (const QString p = problem(m_rows.at(i)); !p.isEmpty())
            list << tr("Row %1: %2").arg(i + 1).arg(p);
    }
    return list;
}

ProposalTableModel::Additions ProposalTableModel::accepted(const Source &source) const
{
    Additions additions;
    if (!m_document || !problems().isEmpty())
        return additions;
    QHash<QString, QString> newIds; // case-folded new name -> its id
    QSet<QString> taken;
    QHash<QString, int> nextSuffix;
    auto companyId = [&](const ProposedCompany &party) {
        if (party.isKnown())
            return party.companyId;
        const QString key = party.newName.toCaseFolded();
        if (const auto it = newIds.constFind(key); it != newIds.cend())
            return *it;
        Company c;
        c.name = party.newName;
        c.id = freeId(
            slugify(c.name), [&](const QString &id) { return taken.contains(id) || m_document->company(id); },
            nextSuffix);
        taken.insert(c.id);
        newIds.insert(key, c.id);
        additions.companies << c;
        return c.id;
    };
    const QString firstDeal = m_document->nextDealId();
    const QString firstValuation = m_document->nextValuationId();
    for (const Row &row : m_rows) {
        if (!row.accepted)
            continue;
        if (row.isValuation) {
            Valuation v;
            v.id = numberedAfter(firstValuation, int(additions.valuations.size()));
            v.company = companyId(row.valuation.company);
            v.date = row.valuation.date;
            v.value = row.valuation.value;
            v.kind = row.valuation.kind;
            v.sources = {source};
            additions.valuations << v;
            continue;
        }
        Deal d;
        d.id = numberedAfter(firstDeal, int(additions.deals.size()));
        d.from = companyId(row.deal.from);
        d.to = companyId(row.deal.to);
        d.kind = row.deal.kind;
        d.date = row.deal.date;
        d.amount = row.deal.amount;
        d.amountKind = row.deal.amountKind;
        d.capacityMw = row.deal.capacityMw;
        (m_articleLanguage == Language::German ? d.note.de : d.note.en) = row.deal.note;
        d.sources = {source};
        additions.deals << d;
    }
    return additions;
}

void ProposalTableModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
