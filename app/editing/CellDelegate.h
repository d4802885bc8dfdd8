#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

// In-place editing of table cells: columns holding an enum get a combo box (choices set for the
// column, or the cell's own ItemRoles::Choices); every cell is written through the model's setData
// (and so through the Editor). When the model refuses a value, the reason (the model's
// "lastEditError" property) is shown at the cell and the old value stays.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, int>>; // display name, value
    explicit CellDelegate(QObject *parent = nullptr);

    void setChoices(int column, const Choices &choices) { m_choices.insert(column, choices); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    void editRefused(const QString &reason) const;

private:
    Choices choicesFor(const QModelIndex &index) const;
    QHash<int, Choices> m_choices;
};

#include "model/Enums.h"

template<typename E> CellDelegate::Choices enumChoices()
{
    CellDelegate::Choices choices;
    for (E value : enumValues<E>())
        choices.append({enumDisplayName(value), int(value)});
    return choices;
}
