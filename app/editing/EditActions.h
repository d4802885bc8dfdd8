#pragma once

#include <QObject>
#include <QPointer>

class Editor;
class QAbstractItemView;
class QAction;
class QMenu;
class QTableView;
class QWidget;

// The editing commands of the main window and its tables: new deal / company / valuation, edit,
// duplicate, delete and open source on the selected row, double-click to edit, a context menu,
// and in-place editing through CellDelegate. Every change goes through the Editor.
class EditActions : public QObject
{
    Q_OBJECT
public:
    enum class Table { Deals, Companies, Valuations };

    EditActions(Editor *editor, QWidget *window);

    // The view's model is a proxy (or chain of proxies) over the table's DocumentTableModel.
    void attach(QTableView *view, Table table);

    QAction *newDealAction() const { return m_newDeal; }
    QAction *newCompanyAction() const { return m_newCompany; }
    QAction *newValuationAction() const { return m_newValuation; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *openSourceAction() const { return m_openSource; }
    void addTo(QMenu *menu) const;
    void retranslate();

    // The dialogs, modal; true when the user confirmed a change.
    bool newDeal();
    bool newCompany();
    bool newValuation();
    bool editDeal(const QString &id);
    bool editCompany(const QString &id);
    bool editValuation(const QString &id);
    // Asks first when the company has deals or valuations, which go with it (one undo step).
    bool deleteCompany(const QString &id);

Q_SIGNALS:
    void message(const QString &text);

private:
    struct Selected
    {
        Table table;
        QString id;
    };
    std::optional<Selected> selected() const;
    void updateActions();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void openSource();

    Editor *m_editor;
    QWidget *m_window;
    QList<QPair<QPointer<QTableView>, Table>> m_views;
    QPointer<QTableView> m_active;
    QAction *m_newDeal;
    QAction *m_newCompany;
    QAction *m_newValuation;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_openSource;
};
