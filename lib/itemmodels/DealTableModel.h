#pragma once

#include "itemmodels/DocumentTableModel.h"

// One row per deal: date, from, to, kind, amount (with its kind), capacity, sources, note.
class DealTableModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, FromColumn, ToColumn, KindColumn, AmountColumn, CapacityColumn, NoteColumn, ColumnCount };
    enum ExtraRoles { KindRole = SortRole + 1, PeriodEndRole /* last day of the deal's date period */ };

    explicit DealTableModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Kind (int), amount (text in billions in the user's language; empty: undisclosed) and note.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList currentIds() const override;
};
