#pragma once

#include "models/DocumentTableModel.h"

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
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList currentIds() const override;
};
