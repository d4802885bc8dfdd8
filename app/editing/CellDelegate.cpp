#include "editing/CellDelegate.h"

#include "itemmodels/ItemRoles.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QToolTip>

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

namespace {
// Why the model behind a (proxy) model refused the last edit: its "lastEditError" property.
QString lastEditError(const QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return model ? model->property("lastEditError").toString() : QString();
}
} // namespace

CellDelegate::Choices CellDelegate::choicesFor(const QModelIndex &index) const
{
    if (const auto it = m_choices.constFind(index.column()); it != m_choices.cend())
        return *it;
    Choices choices;
    for (const QVariant &choice : index.data(ItemRoles::Choices).toList()) {
        const QVariantList pair = choice.toList();
        if (pair.size() == 2)
            choices.append({pair.at(0).toString(), pair.at(1).toInt()});
    }
    return choices;
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Choices choices = choicesFor(index);
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    return combo;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && !choicesFor(index).isEmpty()) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    bool ok = false;
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && !choicesFor(index).isEmpty()) {
        ok = model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        // QStyledItemDelegate ignores the result; ask the table model why it refused.
        ok = lastEditError(model).isEmpty();
    }
    if (ok)
        return;
    if (const QString error = lastEditError(model); !error.isEmpty()) {
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), error, editor);
        Q_EMIT editRefused(error);
    }
}
