#include "editing/EditActions.h"

#include "document/Document.h"
#include "editing/CellDelegate.h"
#include "editing/CompanyDialog.h"
#include "editing/DealDialog.h"
#include "editing/Editor.h"
#include "editing/ValuationDialog.h"
#include "itemmodels/CompanyTableModel.h"
#include "itemmodels/DealTableModel.h"
#include "itemmodels/ValuationTableModel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>

namespace {
DocumentTableModel *tableModel(QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<DocumentTableModel *>(model);
}
} // namespace

EditActions::EditActions(Editor *editor, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window)
    , m_newDeal(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this))
    , m_newCompany(new QAction(this))
    , m_newValuation(new QAction(this))
    , m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), QString(), this))
    , m_duplicate(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this))
    , m_openSource(new QAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), QString(), this))
{
    m_newDeal->setObjectName(QStringLiteral("newDealAction"));
    m_newDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_newCompany->setObjectName(QStringLiteral("newCompanyAction"));
    m_newValuation->setObjectName(QStringLiteral("newValuationAction"));
    m_newValuation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)); // beside New Deal's Ctrl+D
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return)); // Ctrl+E is File > Export…
    m_duplicate->setObjectName(QStringLiteral("duplicateAction"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openSource->setObjectName(QStringLiteral("openSourceAction"));
    connect(m_newDeal, &QAction::triggered, this, &EditActions::newDeal);
    connect(m_newCompany, &QAction::triggered, this, &EditActions::newCompany);
    connect(m_newValuation, &QAction::triggered, this, &EditActions::newValuation);
    connect(m_edit, &QAction::triggered, this, &EditActions::editSelected);
    connect(m_duplicate, &QAction::triggered, this, &EditActions::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteSelected);
    connect(m_openSource, &QAction::triggered, this, &EditActions::openSource);
    retranslate();
    updateActions();
}

void EditActions::retranslate()
{
    m_newDeal->setText(tr("New &Deal…"));
    m_newDeal->setStatusTip(tr("Enter a deal by hand"));
    m_newCompany->setText(tr("New &Company…"));
    m_newValuation->setText(tr("New &Valuation…"));
    m_edit->setText(tr("&Edit Selected…"));
    m_duplicate->setText(tr("D&uplicate Deal"));
    m_delete->setText(tr("De&lete Selected"));
    m_openSource->setText(tr("Open &Source in Browser"));
}

void EditActions::addTo(QMenu *menu) const
{
    menu->addAction(m_newDeal);
    menu->addAction(m_newCompany);
    menu->addAction(m_newValuation);
    menu->addSeparator();
    menu->addAction(m_edit);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addAction(m_openSource);
}

void EditActions::attach(QTableView *view, Table table)
{
    m_views.append({view, table});
    DocumentTableModel *model = tableModel(view->model());
    model->setEditor(m_editor);
    auto *delegate = new CellDelegate(view);
    switch (table) {
    case Table::Deals: delegate->setChoices(DealTableModel::KindColumn, enumChoices<DealKind>()); break;
    case Table::Companies: delegate->setChoices(CompanyTableModel::KindColumn, enumChoices<CompanyKind>()); break;
    case Table::Valuations: delegate->setChoices(ValuationTableModel::KindColumn, enumChoices<ValuationKind>()); break;
    }
    connect(delegate, &CellDelegate::editRefused, this, &EditActions::message);
    view->setItemDelegate(delegate);
    view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->addAction(m_delete); // Delete works while the table has focus
    connect(view, &QAbstractItemView::doubleClicked, this, [this, view] {
        m_active = view;
        editSelected();
    });
    // On selectionChanged as well as currentChanged: a mouse click makes a row current before it
    // selects it, so the current-row signal alone sees no selection yet.
    const auto follow = [this, view] {
        m_active = view;
        updateActions();
    };
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, follow);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, follow);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        m_active = view;
        const QModelIndex index = view->indexAt(pos);
        if (index.isValid())
            view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateActions();
        QMenu menu(view);
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
        menu.addAction(m_delete);
        menu.addAction(m_openSource);
        menu.addSeparator();
        menu.addAction(m_newDeal);
        menu.addAction(m_newCompany);
        menu.addAction(m_newValuation);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

std::optional<EditActions::Selected> EditActions::selected() const
{
    for (const auto &[view, table] : m_views) {
        if (!view || view != m_active)
            continue;
        const QModelIndex current = view->selectionModel()->currentIndex();
        if (!current.isValid() || !view->selectionModel()->isRowSelected(current.row(), current.parent()))
            return std::nullopt;
        return Selected {table, current.data(DocumentTableModel::IdRole).toString()};
    }
    return std::nullopt;
}

void EditActions::updateActions()
{
    const auto sel = selected();
    m_edit->setEnabled(sel.has_value());
    m_delete->setEnabled(sel.has_value());
    m_duplicate->setEnabled(sel && sel->table == Table::Deals);
    bool hasSource = false;
    if (sel && sel->table == Table::Deals) {
        const Deal *d = m_editor->document()->deal(sel->id);
        hasSource = d && !d->sources.isEmpty();
    } else if (sel && sel->table == Table::Valuations) {
        const Valuation *v = m_editor->document()->valuation(sel->id);
        hasSource = v && !v->sources.isEmpty();
    }
    m_openSource->setEnabled(hasSource);
}

bool EditActions::newDeal()
{
    DealDialog dialog(m_editor, m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EditActions::newCompany()
{
    CompanyDialog dialog(m_editor, QString(), m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EditActions::newValuation()
{
    const auto sel = selected();
    ValuationDialog dialog(m_editor, QString(), sel && sel->table == Table::Companies ? sel->id : QString(), m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EditActions::editDeal(const QString &id)
{
    DealDialog dialog(m_editor, id, m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EditActions::editCompany(const QString &id)
{
    CompanyDialog dialog(m_editor, id, m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EditActions::editValuation(const QString &id)
{
    ValuationDialog dialog(m_editor, id, QString(), m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EditActions::deleteCompany(const QString &id)
{
    const Document *document = m_editor->document();
    const Company *company = document->company(id);
    if (!company)
        return false;
    const DealGraph &graph = document->graph();
    QSet<QString> deals;
    for (const Deal *d : graph.dealsIn(id) + graph.dealsOut(id))
        deals.insert(d->id);
    const int valuations = int(document->valuationsOf(id).size());
    if (!deals.isEmpty() || valuations > 0) {
        QMessageBox box(QMessageBox::Question, tr("Delete Company"), tr("Delete %1?").arg(company->name),
            QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("deleteCompanyBox"));
        QStringList details;
        if (!deals.isEmpty())
            details << tr("Its %n deal(s) will be deleted with it.", nullptr, int(deals.size()));
        if (valuations > 0)
            details << tr("Its %n valuation(s) will be deleted with it.", nullptr, valuations);
        details << tr("You can undo this with Edit ▸ Undo.");
        box.setInformativeText(details.join(u' '));
        QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("confirmDeleteButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    return m_editor->removeCompany(id);
}

void EditActions::editSelected()
{
    const auto sel = selected();
    if (!sel)
        return;
    switch (sel->table) {
    case Table::Deals: editDeal(sel->id); break;
    case Table::Companies: editCompany(sel->id); break;
    case Table::Valuations: editValuation(sel->id); break;
    }
}

void EditActions::duplicateSelected()
{
    if (const auto sel = selected(); sel && sel->table == Table::Deals) {
        const QString copy = m_editor->duplicateDeal(sel->id);
        if (!copy.isEmpty())
            editDeal(copy); // the copy usually needs a change: open it
    }
}

void EditActions::deleteSelected()
{
    const auto sel = selected();
    if (!sel)
        return;
    switch (sel->table) {
    case Table::Deals: m_editor->removeDeal(sel->id); break;
    case Table::Companies: deleteCompany(sel->id); break;
    case Table::Valuations: m_editor->removeValuation(sel->id); break;
    }
    updateActions();
}

void EditActions::openSource()
{
    const auto sel = selected();
    if (!sel)
        return;
    QList<Source> sources;
    if (const Deal *d = m_editor->document()->deal(sel->id); d && sel->table == Table::Deals)
        sources = d->sources;
    else if (const Valuation *v = m_editor->document()->valuation(sel->id); v && sel->table == Table::Valuations)
        sources = v->sources;
    if (!sources.isEmpty())
        QDesktopServices::openUrl(QUrl(sources.first().url));
}
