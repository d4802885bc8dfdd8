#pragma once

#include <vector>

#include "itemmodels/DocumentTableModel.h"

#include <QCoreApplication>

class Formatter;

// One row per deal: date, from, to, kind, amount (with its kind), capacity, relations, note.
// An amount its sources disagree about is marked "⚠" and its tool tip lists each source's claim.
// The relations column reads both ways: "supersedes D059" on the newer deal, "superseded by D107"
// on the older one.
class DealTableModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        FromColumn,
        ToColumn,
        KindColumn,
        AmountColumn,
        CapacityColumn,
        RelationsColumn,
        NoteColumn,
        ColumnCount
    };
    enum ExtraRoles {
        KindRole = SortRole + 1,
        SourcesDisagreeRole, // bool: a source claims another amount (Sources::disagree)
    };

    explicit DealTableModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    // Whether row a comes before row b in a column sorted by its raw value (date, amount,
    // capacity; what SortRole gives), without building any cell; none for the columns sorted
    // by their text.
    std::optional<bool> rawLess(int rowA, int rowB, int column) const;
    // Dates, amounts and capacities as they are (rawLess), the other columns by their text.
    std::optional<bool> sortLess(int rowA, int rowB, int column, Qt::CaseSensitivity cs) const override
    {
        if (const std::optional<bool> less = rawLess(rowA, rowB, column))
            return less;
        return DocumentTableModel::sortLess(rowA, rowB, column, cs);
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Kind (int), amount (text in billions in the user's language; empty: undisclosed) and note.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList currentIds() const override;
    bool showsId(const QString &id) const override { return document()->deal(id) != nullptr; }

private:
    // A relation another deal has to a deal: which relation and the other deal's id.
    struct Incoming
    {
        DealRelation relation;
        QString from;
    };
    void rebuildIncoming();
    void refreshWhenTiersChange();
    QString relationsText(const Deal &deal) const;
    QString relationsToolTip(const Deal &deal, const Formatter &format) const;

    QHash<QString, QList<Incoming>> m_incoming; // by the id of the deal related to
    QList<SourceTierRule> m_tierRules; // the document's ratings the cells were made with

    // The raw values rawLess() compares, by row: made when a sort first asks, dropped whenever the
    // rows change.
    struct SortKey
    {
        qint64 day = 0;
        qint64 usd = -1;
        qint64 capacity = -1;
    };
    void rowsChanged() override { m_sortKeys.clear(); }
    mutable std::vector<SortKey> m_sortKeys;
};

// The texts the deal and valuation tables show about a figure's sources.
class SourceCells
{
    Q_DECLARE_TR_FUNCTIONS(SourceCells)
public:
    // Each publisher once with its tier, primary sources first: "Anthropic (primary source), Reuters (news outlet)".
    static QString publishers(const QList<Source> &sources, const Sources::TierTable &tiers);
    // One line per source: "Reuters (news outlet): “Headline” – https://…", with what it reports.
    static QString list(const QList<Source> &sources, const Sources::TierTable &tiers, const Formatter &format);
    // Empty unless the sources disagree (Sources::disagree); else "Sources disagree:" and one line
    // per source that reports a figure, with the figure shown.
    static QString disagreement(const std::optional<Money> &chosen, const QString &shown, const QList<Source> &sources,
        const Sources::TierTable &tiers, const Formatter &format);
    // The figure with the mark of a disagreement: "⚠ $965bn".
    static QString marked(const QString &figure) { return QStringLiteral("\u26A0 %1").arg(figure); }
};
