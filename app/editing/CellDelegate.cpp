#include "editing/CellDelegate.h"

#include "itemmodels/DocumentTableModel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QToolTip>

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto it = m_choices.constFind(index.column());
    if (it == m_choices.cend())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (const auto &[text, value] : *it)
        combo->addItem(text, value);
    return combo;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && m_choices.contains(index.column())) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    bool ok = false;
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && m_choices.contains(index.column())) {
        ok = model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        // QStyledItemDelegate ignores the result; ask the table model why it refused.
        const QAbstractItemModel *source = model;
        while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
            source = proxy->sourceModel();
        const auto *table = qobject_cast<const DocumentTableModel *>(source);
        ok = !table || table->lastEditError().isEmpty();
    }
    if (ok)
        return;
    const QAbstractItemModel *source = model;
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    if (const auto *table = qobject_cast<const DocumentTableModel *>(source);
        table && !table->lastEditError().isEmpty()) {
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), table->lastEditError(), editor);
        Q_EMIT editRefused(table->lastEditError());
    }
}
