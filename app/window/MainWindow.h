#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class AnalysisDock;
class CompareDialog;
class MoneyPathsDialog;
class CompanyTableModel;
class DealFilterBar;
class DealFilterProxy;
class DocumentLifecycle;
class FlowsWidget;
class EditActions;
class ValuationTableModel;
class DealTableModel;
class DocumentTableModel;
class Document;
class OverviewPanel;
class TimelineView;
class PrintController;
class QDockWidget;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QUndoStack;
class Editor;
class LanguageMenu;
class Translations;
class NetworkWidget;

// The main window: an overview, the deals table and the company list in docks, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the window shows at first: the bundled dataset, or nothing (the program was started
    // with a FILE, which comes next; so that only FILE is read and laid out).
    enum class Start { BundledDataset, Nothing };
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Start start, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    Editor *editor() const { return m_editor.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Adds the Language menu that switches the running program between German and English.
    void setTranslations(Translations *translations);
    PrintController *printController() const { return m_print; }
    QString filePath() const;
    DocumentLifecycle *lifecycle() const { return m_lifecycle; }
    EditActions *editActions() const { return m_editActions; }
    QTableView *dealsView() const { return m_dealsView; }
    QTableView *companiesView() const { return m_companiesView; }
    QTableView *valuationsView() const { return m_valuationsView; }
    AnalysisDock *analysisDock() const { return m_analysisDock; }
    // Opens FILE; on problems shows them and keeps the current document.
    bool openFile(const QString &path);
    // Shows the bundled dataset, unsaved and without a file, as at a start without FILE.
    void showBundledDataset();
    // After a crash: offers the unsaved work the last session left behind.
    bool offerRecovery();
    // The program was told to end (SIGTERM, SIGINT, SIGHUP): unsaved changes are kept for the next
    // start, the locks removed, and the window closes without asking.
    void terminate(int signalNumber);
    NetworkWidget *network() const { return m_network; }
    FlowsWidget *flows() const { return m_flows; }
    QTabWidget *views() const { return m_views; }
    // Edit > Deals from Article…, empty or with an article file's text (a saved web page or a text
    // file, as dropped on the window); false, after saying why, when the file cannot be read.
    bool dealsFromArticle(const QString &path = QString());
    // Analysis > Money Paths…, with the companies preselected (ids; empty: as before).
    MoneyPathsDialog *showMoneyPaths(const QString &fromId = QString(), const QString &toId = QString());
    // Analysis > Compare Dates…: what changed between two dates.
    CompareDialog *showCompare();
    // The network, the timeline and the analysis as they stood on a date (invalid: all dates).
    void showStateAsOf(QDate date);
    // The deals table, the timeline and the Analysis dock show the network's date range (its
    // sliders, Play or a state as of a date); absent bounds: open.
    void followNetworkDates(std::optional<QDate> from, std::optional<QDate> to);
    // Edit > Find (Ctrl+F): the network's company search, or the deals search on the other views.
    void focusSearch();
    // Help > Keyboard and Symbols (F1).
    void showHelp();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    // A saved web page or text file, or text dragged from a browser, opens Deals from Article.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void retranslateUi();
    void updateTitle();
    void about();
    void importDeals();
    void createTimeline();
    void createFlows();
    // Deals picked in one view (a band of the flow diagram, a circular flow, a path): selected in
    // the deals table and lit in the network, the timeline and the flow diagram.
    void lightDeals(const QStringList &dealIds);
    void selectDeal(const QString &id);
    void selectDeals(const QStringList &dealIds);
    void connectNetworkSelection();
    void linkTableToNetwork(QTableView *view, DocumentTableModel *model, QSortFilterProxyModel *proxy,
        void (NetworkWidget::*networkSignal)(const QString &), const std::function<void(const QString &)> &select);

    Document *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<Editor> m_editor;
    QTabWidget *m_views = nullptr; // central: overview, network, timeline
    DocumentLifecycle *m_lifecycle = nullptr; // file, modified mark, lock, autosave
    EditActions *m_editActions = nullptr;
    OverviewPanel *m_overview = nullptr;
    TimelineView *m_timeline = nullptr;
    FlowsWidget *m_flows = nullptr;
    PrintController *m_print = nullptr; // File > Print…, Print Preview…, Export…
    NetworkWidget *m_network = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    bool m_syncingSelection = false;
    bool m_terminating = false;
    DealTableModel *m_dealModel = nullptr;
    DealFilterProxy *m_dealProxy = nullptr;
    CompanyTableModel *m_companyModel = nullptr;
    QSortFilterProxyModel *m_companyProxy = nullptr;
    QDockWidget *m_dealsDock = nullptr;
    QDockWidget *m_companiesDock = nullptr;
    AnalysisDock *m_analysisDock = nullptr;
    QTableView *m_dealsView = nullptr;
    QTableView *m_companiesView = nullptr;
    QLineEdit *m_dealSearch = nullptr;
    DealFilterBar *m_dealFilterBar = nullptr;
    ValuationTableModel *m_valuationModel = nullptr;
    QSortFilterProxyModel *m_valuationProxy = nullptr;
    QTableView *m_valuationsView = nullptr;
    QDockWidget *m_valuationsDock = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_sourceTiersAction = nullptr;
    QAction *m_articleAction = nullptr;
    QMenu *m_analysisMenu = nullptr;
    QAction *m_pathsAction = nullptr;
    MoneyPathsDialog *m_paths = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_helpAction = nullptr;
    CompareDialog *m_compare = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
