#include "itemmodels/DealTableModel.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "format/AmountParser.h"
#include "format/Formatter.h"

#include <QFont>

DealTableModel::DealTableModel(Document *document, QObject *parent)
    : DocumentTableModel(parent)
{
    // Which deals point at which is known before the rows are redone on the same signals.
    connect(document, &Document::reset, this, [this] {
        rebuildIncoming();
        m_tierRules = this->document()->sourceTiers();
    });
    for (auto signal : {&Document::dealAdded, &Document::dealChanged, &Document::dealRemoved})
        connect(document, signal, this, &DealTableModel::rebuildIncoming);
    setDocument(document);
    rebuildIncoming();
    m_tierRules = document->sourceTiers();
    connect(document, &Document::dealAdded, this, &DealTableModel::entityAdded);
    connect(document, &Document::dealAboutToBeRemoved, this, &DealTableModel::entityAboutToBeRemoved);
    connect(document, &Document::dealRemoved, this, &DealTableModel::entityRemoved);
    // Tiers show in the amount's tool tip; the document's ratings change without a row signal.
    connect(document, &Document::contentChanged, this, &DealTableModel::refreshWhenTiersChange);
}

void DealTableModel::rebuildIncoming()
{
    m_incoming.clear();
    if (!document())
        return;
    for (const Deal *d : document()->graph().deals()) {
        for (DealRelation relation : enumValues<DealRelation>()) {
            for (const QString &other : d->related(relation)) {
                if (other != d->id)
                    m_incoming[other] << Incoming {relation, d->id};
            }
        }
    }
    for (QList<Incoming> &list : m_incoming)
        std::sort(list.begin(), list.end(),
            [](const Incoming &a, const Incoming &b) { return naturalIdLess(a.from, b.from); });
}

void DealTableModel::refreshWhenTiersChange()
{
    if (document() && document()->sourceTiers() != m_tierRules) {
        m_tierRules = document()->sourceTiers();
        refreshAll();
    }
}

namespace {
// The relations of a deal, outgoing and incoming, as (label, ids) pairs in a fixed order.
QList<std::pair<QString, QStringList>> relationGroups(const Deal &deal, const QList<QStringList> &incoming)
{
    QList<std::pair<QString, QStringList>> groups;
    auto add = [&groups](const QString &label, const QStringList &ids) {
        if (!ids.isEmpty())
            groups.append({label, ids});
    };
    add(enumDisplayName(DealRelation::Supersedes), deal.supersedes);
    add(enumDisplayName(DealRelation::PartOf), deal.partOf);
    // Overlapping reads the same from either side: one group for both directions.
    QStringList overlaps = deal.overlaps;
    for (const QString &id : incoming.value(int(DealRelation::Overlaps)))
        if (!overlaps.contains(id))
            overlaps << id;
    add(enumDisplayName(DealRelation::Overlaps), overlaps);
    add(DealTableModel::tr("superseded by"), incoming.value(int(DealRelation::Supersedes)));
    add(DealTableModel::tr("includes", "deal relation: the deals that are part of this one"),
        incoming.value(int(DealRelation::PartOf)));
    return groups;
}
} // namespace

QString DealTableModel::relationsText(const Deal &deal) const
{
    QList<QStringList> incoming(enumValues<DealRelation>().size());
    for (const Incoming &in : m_incoming.value(deal.id))
        incoming[int(in.relation)] << in.from;
    // A long list (the parts of an aggregate) shows its first ids; the tool tip has them all.
    constexpr qsizetype shown = 3;
    QStringList parts;
    for (const auto &[label, ids] : relationGroups(deal, incoming)) {
        const QString list = ids.mid(0, shown).join(QStringLiteral(", "));
        parts << QStringLiteral("%1 %2").arg(
            label, ids.size() <= shown ? list : tr("%1 and %n more", "deal ids", int(ids.size() - shown)).arg(list));
    }
    return parts.join(QStringLiteral("; "));
}

QString DealTableModel::relationsToolTip(const Deal &deal, const Formatter &format) const
{
    QList<QStringList> incoming(enumValues<DealRelation>().size());
    for (const Incoming &in : m_incoming.value(deal.id))
        incoming[int(in.relation)] << in.from;
    auto companyName = [this](const QString &id) {
        const Company *c = document()->company(id);
        return c ? c->name : id;
    };
    QStringList lines;
    for (const auto &[label, ids] : relationGroups(deal, incoming)) {
        for (const QString &id : ids) {
            const Deal *other = document()->deal(id);
            lines << (other ? tr("%1 %2: %3 → %4, %5, %6", "relation, deal id, from, to, date, amount")
                                  .arg(label, id, companyName(other->from), companyName(other->to),
                                      format.date(other->date), format.dealAmount(other->amount, other->amountKind))
                            : tr("%1 %2 (not in this document)").arg(label, id));
        }
    }
    return lines.join(u'\n');
}

QStringList DealTableModel::currentIds() const
{
    QStringList ids;
    for (const Deal *d : document()->graph().deals())
        ids << d->id;
    sortNaturally(ids);
    return ids;
}

std::optional<bool> DealTableModel::rawLess(int rowA, int rowB, int column) const
{
    if (column != DateColumn && column != AmountColumn && column != CapacityColumn)
        return std::nullopt;
    const int rows = rowCount();
    if (int(m_sortKeys.size()) != rows) {
        m_sortKeys.assign(size_t(rows), SortKey {});
        for (int row = 0; row < rows; ++row) {
            if (const Deal *deal = document()->deal(idAt(row)))
                m_sortKeys[size_t(row)] = {deal->date.periodStart().toJulianDay(), deal->amount ? deal->amount->usd() : -1,
                    deal->capacityMw.value_or(-1)};
        }
    }
    if (rowA < 0 || rowB < 0 || rowA >= rows || rowB >= rows)
        return std::nullopt;
    const SortKey &a = m_sortKeys[size_t(rowA)], &b = m_sortKeys[size_t(rowB)];
    switch (column) {
    case DateColumn: return a.day < b.day;
    case AmountColumn: return a.usd < b.usd;
    default: return a.capacity < b.capacity;
    }
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
    if (role == SortRole) { // before anything is formatted: a sort asks for it many times per row
        switch (index.column()) {
        case DateColumn: return deal->date.periodStart();
        case AmountColumn: return deal->amount ? deal->amount->usd() : qint64(-1);
        case CapacityColumn: return deal->capacityMw.value_or(-1);
        default: role = Qt::DisplayRole;
        }
    }
    const Formatter format(languageForLocale(QLocale()));
    auto companyName = [this](const QString &id) {
        const Company *c = document()->company(id);
        return c ? c->name : id;
    };
    const QString note = format.noteText(deal->note);
    const bool disagree = Sources::disagree(deal->amount, deal->sources);
    if (role == SourcesDisagreeRole)
        return disagree;
    if (role == Qt::ToolTipRole) {
        if (index.column() == AmountColumn && disagree)
            return SourceCells::disagreement(deal->amount, format.dealAmount(deal->amount, deal->amountKind),
                deal->sources, document()->tiers(), format);
        if (index.column() == RelationsColumn && (deal->hasRelations() || m_incoming.contains(deal->id)))
            return relationsToolTip(*deal, format);
        return note;
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
    case AmountColumn: {
        const QString amount = format.dealAmount(deal->amount, deal->amountKind);
        return disagree ? SourceCells::marked(amount) : amount;
    }
    case CapacityColumn: return deal->capacityMw ? format.gigawatts(*deal->capacityMw) : QString();
    case RelationsColumn: return relationsText(*deal);
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
    case RelationsColumn: return tr("Relations");
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

namespace {
QString claimText(const Source &s, const Formatter &format)
{
    if (s.claimedAmount && s.claimedDate.isValid())
        return SourceCells::tr("%1 on %2", "what a source reports: amount and date")
            .arg(format.money(*s.claimedAmount), format.date(s.claimedDate));
    if (s.claimedAmount)
        return format.money(*s.claimedAmount);
    if (s.claimedDate.isValid())
        return SourceCells::tr("dated %1", "the date a source gives").arg(format.date(s.claimedDate));
    return {};
}

QString publisherAndTier(const Source &s, const Sources::TierTable &tiers)
{
    QString publisher = Sources::publisherOf(s.url);
    if (publisher.isEmpty())
        publisher = s.url;
    return SourceCells::tr("%1 (%2)", "publisher (tier)").arg(publisher, enumDisplayName(tiers.tierOf(s)));
}
} // namespace

QString SourceCells::publishers(const QList<Source> &sources, const Sources::TierTable &tiers)
{
    QStringList result;
    for (const Source &s : tiers.byTier(sources)) {
        const QString text = publisherAndTier(s, tiers);
        if (!result.contains(text))
            result << text;
    }
    return result.join(QStringLiteral(", "));
}

QString SourceCells::list(const QList<Source> &sources, const Sources::TierTable &tiers, const Formatter &format)
{
    QStringList lines;
    for (const Source &s : tiers.byTier(sources)) {
        QString line = publisherAndTier(s, tiers);
        const QString title = Sources::citableTitle(s);
        if (!title.isEmpty())
            line += QStringLiteral(": \u201C%1\u201D").arg(title);
        if (const QString claim = claimText(s, format); !claim.isEmpty())
            line += QStringLiteral(" \u2013 ") + tr("reports %1", "a source's own figure").arg(claim);
        lines << line + QStringLiteral("\n   ") + s.url;
    }
    return lines.join(u'\n');
}

QString SourceCells::disagreement(const std::optional<Money> &chosen, const QString &shown,
    const QList<Source> &sources, const Sources::TierTable &tiers, const Formatter &format)
{
    if (!Sources::disagree(chosen, sources))
        return {};
    QStringList lines {tr("Sources disagree:")};
    for (const Source &s : tiers.byTier(sources)) {
        if (s.claimedAmount)
            lines << QStringLiteral("\u2022 %1: %2").arg(publisherAndTier(s, tiers), claimText(s, format));
    }
    lines << tr("Shown: %1").arg(shown);
    return lines.join(u'\n');
}
