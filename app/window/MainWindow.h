#pragma once

#include <QMainWindow>

#include <memory>

class CompanyListModel;
class DealFilterProxy;
class DealTableModel;
class Document;
class OverviewPanel;
class QDockWidget;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QUndoStack;
class Editor;
class NetworkWidget;

// The main window: an overview, the deals table and the company list in docks, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    Editor *editor() const { return m_editor.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    // Opens FILE; on problems shows them and keeps the current document.
    bool openFile(const QString &path);
    NetworkWidget *network() const { return m_network; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void retranslateUi();
    void updateTitle();
    void open();
    void saveAs();
    void about();
    void connectNetworkSelection();

    Document *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<Editor> m_editor;
    QTabWidget *m_views = nullptr; // central: overview, network, timeline
    QString m_filePath; // empty: the bundled dataset
    OverviewPanel *m_overview = nullptr;
    NetworkWidget *m_network = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    bool m_syncingSelection = false;
    DealTableModel *m_dealModel = nullptr;
    DealFilterProxy *m_dealProxy = nullptr;
    CompanyListModel *m_companyModel = nullptr;
    QSortFilterProxyModel *m_companyProxy = nullptr;
    QDockWidget *m_dealsDock = nullptr;
    QDockWidget *m_companiesDock = nullptr;
    QTableView *m_dealsView = nullptr;
    QTableView *m_companiesView = nullptr;
    QLineEdit *m_dealSearch = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
