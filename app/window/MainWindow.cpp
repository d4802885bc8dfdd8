#include "window/MainWindow.h"

#include "importing/ImportDialog.h"

#include "analysis/AnalysisDock.h"
#include "flows/FlowsView.h"
#include "flows/FlowsWidget.h"
#include "analysis/CompareDialog.h"
#include "analysis/MoneyPathsDialog.h"
#include "document/Document.h"
#include "extract/ArticleText.h"
#include "editing/ArticleDialog.h"
#include "editing/DealFilterBar.h"
#include "editing/EditActions.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "itemmodels/CompanyTableModel.h"
#include "itemmodels/DealFilterProxy.h"
#include "itemmodels/DealTableModel.h"
#include "itemmodels/DocumentSortProxy.h"
#include "itemmodels/ValuationTableModel.h"
#include "network/NetworkDetailsPanel.h"
#include "network/NetworkRenderer.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"
#include "printing/PrintController.h"
#include "printing/TextFigure.h"
#include "sources/SourceTiersDialog.h"
#include "timeline/TimelineRenderer.h"
#include "timeline/TimelineView.h"
#include "window/CapflowSettings.h"
#include "window/DocumentLifecycle.h"
#include "window/LanguageMenu.h"
#include "window/OverviewPanel.h"

#include <QApplication>
#include <QChartView>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace {
constexpr int WindowStateVersion = 2; // the docks' arrangement saved in the settings
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Start::BundledDataset, parent)
{
}

MainWindow::MainWindow(Start start, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true); // an article file or text opens Deals from Article
    if (start == Start::BundledDataset)
        m_document->setData(DocumentFiles::bundled());
    m_undoStack = new QUndoStack(this);
    m_editor = std::make_unique<Editor>(m_document, m_undoStack);
    m_lifecycle = new DocumentLifecycle(this, m_document, m_undoStack);
    m_editActions = new EditActions(m_editor.get(), this);
    connect(m_lifecycle, &DocumentLifecycle::fileChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changed, this, &MainWindow::updateTitle);
    connect(m_editActions, &EditActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_lifecycle, &DocumentLifecycle::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    m_overview = new OverviewPanel(m_document, this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_network = new NetworkWidget(m_document, m_editor.get(), this);
    m_views->addTab(m_network, QString());
    m_views->addTab(m_overview, QString());
    m_views->setCurrentWidget(m_network);
    setCentralWidget(m_views);
    m_print = new PrintController(m_document, m_views, this);
    // The Overview exports as a figure; printing it prints the report.
    m_print->setFigureProvider(
        m_overview,
        [this] { return textDocumentFigure(tr("Overview"), m_overview->document(), m_overview->viewport()->size()); },
        PrintController::Use::ExportOnly);
    createDocks();
    createTimeline();
    createFlows();
    connectNetworkSelection();
    createActions();
    retranslateUi();

    CapflowSettings settings;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(available.size().boundedTo(QSize(1920, 1200)) * 0.92);
    // A size saved on a larger screen is clamped to this one, and the window kept on it.
    if (!isMaximized() && !isFullScreen()) {
        resize(size().boundedTo(available.size()));
        if (!available.contains(frameGeometry()))
            move(available.topLeft());
    }
    // By default the views get most of the window: the deals table a quarter of the height, the
    // details a small part of the side.
    resizeDocks({m_dealsDock}, {std::max(160, height() / 4)}, Qt::Vertical);
    resizeDocks({m_analysisDock, m_detailsDock}, {std::max(200, height() / 2), 130}, Qt::Vertical);
    // Version 2: Companies moved beside Analysis; an older saved arrangement is not restored.
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), WindowStateVersion);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_dealModel = new DealTableModel(m_document, this);
    m_dealProxy = new DealFilterProxy(this);
    m_dealProxy->setSourceModel(m_dealModel);
    auto *dealsPanel = new QWidget;
    auto *dealsLayout = new QVBoxLayout(dealsPanel);
    dealsLayout->setContentsMargins(4, 4, 4, 4);
    m_dealSearch = new QLineEdit;
    m_dealSearch->setClearButtonEnabled(true);
    connect(m_dealSearch, &QLineEdit::textChanged, m_dealProxy, &DealFilterProxy::setSearchText);
    m_dealsView = new QTableView;
    m_dealsView->setObjectName(QStringLiteral("dealsView"));
    m_dealsView->setModel(m_dealProxy);
    m_dealsView->setSortingEnabled(true);
    m_dealsView->sortByColumn(DealTableModel::DateColumn, Qt::AscendingOrder);
    m_dealsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dealsView->setAlternatingRowColors(true);
    m_dealsView->verticalHeader()->hide();
    m_dealsView->horizontalHeader()->setStretchLastSection(true);
    m_dealsView->setWordWrap(false);
    m_dealFilterBar = new DealFilterBar(m_dealProxy);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_dealSearch, 1);
    filterRow->addWidget(m_dealFilterBar);
    dealsLayout->addLayout(filterRow);
    dealsLayout->addWidget(m_dealsView);
    m_dealsDock = new QDockWidget(this);
    m_dealsDock->setObjectName(QStringLiteral("dealsDock"));
    m_dealsDock->setWidget(dealsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_dealsDock);

    m_companyModel = new CompanyTableModel(m_document, this);
    m_companyProxy = new DocumentSortProxy(this);
    m_companyProxy->setSourceModel(m_companyModel);
    m_companyProxy->setSortRole(CompanyTableModel::SortRole);
    m_companiesView = new QTableView;
    m_companiesView->setObjectName(QStringLiteral("companiesView"));
    m_companiesView->setModel(m_companyProxy);
    m_companiesView->setSortingEnabled(true);
    m_companiesView->sortByColumn(CompanyTableModel::NameColumn, Qt::AscendingOrder);
    m_companiesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_companiesView->verticalHeader()->hide();
    m_companiesView->horizontalHeader()->setStretchLastSection(true);
    m_companiesDock = new QDockWidget(this);
    m_companiesDock->setObjectName(QStringLiteral("companiesDock"));
    m_companiesDock->setWidget(m_companiesView);

    m_valuationModel = new ValuationTableModel(m_document, this);
    m_valuationProxy = new DocumentSortProxy(this);
    m_valuationProxy->setSourceModel(m_valuationModel);
    m_valuationProxy->setSortRole(ValuationTableModel::SortRole);
    m_valuationsView = new QTableView;
    m_valuationsView->setObjectName(QStringLiteral("valuationsView"));
    m_valuationsView->setModel(m_valuationProxy);
    m_valuationsView->setSortingEnabled(true);
    m_valuationsView->sortByColumn(ValuationTableModel::DateColumn, Qt::AscendingOrder);
    m_valuationsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_valuationsView->verticalHeader()->hide();
    m_valuationsView->horizontalHeader()->setStretchLastSection(true);
    m_valuationsDock = new QDockWidget(this);
    m_valuationsDock->setObjectName(QStringLiteral("valuationsDock"));
    m_valuationsDock->setWidget(m_valuationsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_valuationsDock);
    tabifyDockWidget(m_dealsDock, m_valuationsDock);
    m_dealsDock->raise();

    auto *undoView = new QUndoView(m_undoStack);
    undoView->setObjectName(QStringLiteral("undoView"));
    m_undoDock = new QDockWidget(this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_editActions->attach(m_dealsView, EditActions::Table::Deals);
    m_editActions->attach(m_companiesView, EditActions::Table::Companies);
    m_editActions->attach(m_valuationsView, EditActions::Table::Valuations);
    // Delete works in the network too, on the company or deal selected there (and so in its table).
    m_network->addAction(m_editActions->deleteAction());

    for (QTableView *view : {m_dealsView, m_companiesView, m_valuationsView})
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    m_analysisDock = new AnalysisDock(m_document, this);
    // Companies and Analysis are tabs of one side dock, so the network gets most of the window.
    addDockWidget(Qt::RightDockWidgetArea, m_analysisDock);
    addDockWidget(Qt::RightDockWidgetArea, m_companiesDock);
    tabifyDockWidget(m_analysisDock, m_companiesDock);
    m_analysisDock->raise();
    resizeDocks({m_analysisDock}, {430}, Qt::Horizontal);
    // For now a selected cycle selects its first deal; the network view will highlight it later.
    // A selected cycle lights up in the network and is selected in the deals table.
    // On the Flows tab the cycle's bands light up there; from any other tab the network is shown.
    connect(m_analysisDock, &AnalysisDock::cycleSelected, this, [this](const QStringList &dealIds) {
        lightDeals(dealIds);
        if (m_views->currentWidget() != m_flows)
            m_views->setCurrentWidget(m_network);
    });

    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_network->detailsPanel());
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_dealsView->resizeColumnsToContents();
    m_valuationsView->resizeColumnsToContents();
    m_dealsView->setColumnWidth(DealTableModel::NoteColumn, 400);
    m_companiesView->resizeColumnsToContents();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-new")), QString(), m_lifecycle, &DocumentLifecycle::newDocument);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), QString(), m_lifecycle, &DocumentLifecycle::open);
    m_openAction->setShortcut(QKeySequence::Open);
    m_importAction = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-import")), QString(), this, &MainWindow::importDeals);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_recentMenu = m_fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_lifecycle->fillRecentMenu(m_recentMenu); });
    m_saveAction = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-save")), QString(), m_lifecycle, &DocumentLifecycle::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), m_lifecycle, &DocumentLifecycle::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    // One window holds one document: closing it leaves a new, empty one.
    m_closeAction = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-close")), QString(), m_lifecycle, &DocumentLifecycle::newDocument);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addAction(m_print->exportAction());
    m_fileMenu->addAction(m_print->exportReportAction());
    m_fileMenu->addAction(m_print->previewAction());
    m_fileMenu->addAction(m_print->printAction());
    m_fileMenu->addSeparator();
    m_quitAction
        = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // Ctrl+Y as well as Ctrl+Shift+Z: both are common, and users of either expect theirs.
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editActions->addTo(m_editMenu);
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, &MainWindow::focusSearch);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_articleAction = m_editMenu->addAction(QString(), this, [this] { dealsFromArticle(); });
    m_articleAction->setObjectName(QStringLiteral("articleAction"));
    m_articleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_editMenu->addSeparator();
    m_sourceTiersAction = m_editMenu->addAction(QString(), this, [this] {
        SourceTiersDialog dialog(editor(), this);
        dialog.exec();
    });
    m_sourceTiersAction->setObjectName(QStringLiteral("sourceTiersAction"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_companiesDock->toggleViewAction());
    m_viewMenu->addAction(m_dealsDock->toggleViewAction());
    m_viewMenu->addAction(m_valuationsDock->toggleViewAction());
    m_viewMenu->addAction(m_undoDock->toggleViewAction());
    m_viewMenu->addAction(m_analysisDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());

    m_analysisMenu = menuBar()->addMenu(QString());
    m_pathsAction = m_analysisMenu->addAction(QString(), this, [this] { showMoneyPaths(); });
    m_pathsAction->setObjectName(QStringLiteral("pathsAction"));
    m_pathsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_compareAction = m_analysisMenu->addAction(QString(), this, [this] { showCompare(); });
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_analysisMenu->addAction(m_analysisDock->toggleViewAction());
    connect(m_network, &NetworkWidget::stateAsOfChosen, this, &MainWindow::showStateAsOf);
    connect(m_network, &NetworkWidget::dateRangeChanged, this, &MainWindow::followNetworkDates);
    // Enter on a company in the network shows its details.
    connect(m_network->view(), &NetworkView::companyActivated, this, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    connect(m_network, &NetworkWidget::pathsRequested, this,
        [this](const QString &from, const QString &to) { showMoneyPaths(from, to); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = m_helpMenu->addAction(QString(), this, &MainWindow::showHelp);
    m_helpAction->setObjectName(QStringLiteral("helpAction"));
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setTranslations(Translations *translations)
{
    if (m_languageMenu)
        return;
    m_languageMenu = new LanguageMenu(translations, this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_languageMenu);
}

void MainWindow::importDeals()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Deals"), QString(),
        tr("Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(m_editor.get(), this);
    if (!dialog.openFile(path)) {
        QMessageBox::warning(this, tr("Import Deals"), dialog.errorText());
        return;
    }
    dialog.exec();
}

MoneyPathsDialog *MainWindow::showMoneyPaths(const QString &fromId, const QString &toId)
{
    if (!m_paths) {
        m_paths = new MoneyPathsDialog(m_document, this);
        connect(m_paths, &MoneyPathsDialog::pathSelected, this, &MainWindow::lightDeals);
        connect(m_paths, &QDialog::finished, this, [this] {
            m_network->highlightDeals({});
            m_timeline->markDeals({});
            m_flows->view()->highlightDeals({});
        });
    }
    // Through the network as it is filtered now.
    m_paths->setNetworkFilter(m_network->options().filter);
    m_paths->show();
    m_paths->raise();
    m_paths->activateWindow();
    m_paths->setCompanies(fromId, toId);
    return m_paths;
}

void MainWindow::showStateAsOf(QDate date)
{
    if (m_network->stateAsOf() != date)
        m_network->setStateAsOf(date);
    followNetworkDates(m_network->options().filter.from, m_network->options().filter.to);
}

void MainWindow::followNetworkDates(std::optional<QDate> from, std::optional<QDate> to)
{
    m_timeline->setDateRange(from, to);
    m_analysisDock->setDateRange(from, to);
    // The deals table's own range (its fields at their minimum are open). Rows leaving the table
    // move its current row: that selects nothing in the network.
    const QScopedValueRollback guard(m_syncingSelection, true);
    QDateEdit *tableFrom = m_dealFilterBar->fromEdit();
    QDateEdit *tableTo = m_dealFilterBar->toEdit();
    tableFrom->setDate(from.value_or(tableFrom->minimumDate()));
    tableTo->setDate(to.value_or(tableTo->minimumDate()));
}

CompareDialog *MainWindow::showCompare()
{
    if (!m_compare) {
        m_compare = new CompareDialog(m_document, this);
        // Shown in the network: the state as of the second date, the new deals lit.
        connect(m_compare, &CompareDialog::comparisonChanged, this, [this] {
            const NetworkChanges &changes = m_compare->changes();
            m_print->setComparison(changes);
            if (m_compare->showsInNetwork()) {
                showStateAsOf(changes.to);
                m_network->highlightDeals(changes.newDeals);
            } else {
                showStateAsOf(QDate());
                m_network->highlightDeals({});
            }
        });
        connect(m_compare, &CompareDialog::dealsSelected, this, [this](const QStringList &dealIds) {
            selectDeals(dealIds);
            m_timeline->markDeals(dealIds);
        });
        connect(m_compare, &QDialog::finished, this, [this] {
            m_print->setComparison(std::nullopt);
            m_network->highlightDeals({});
            m_timeline->markDeals({});
            showStateAsOf(QDate());
        });
    }
    m_compare->setNetworkFilter(m_network->options().filter);
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

bool MainWindow::dealsFromArticle(const QString &path)
{
    ArticleDialog dialog(m_editor.get(), this);
    if (!path.isEmpty() && !dialog.openFile(path)) {
        QMessageBox::warning(this, tr("Deals from Article"), dialog.errorText());
        return false;
    }
    dialog.exec();
    return true;
}

namespace {
// The article file a drag carries, if it carries exactly one local file that reads as an article.
QString articlePath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && ArticleText::isArticleFile(url.toLocalFile()) ? url.toLocalFile() : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const bool text = mime && !mime->hasUrls() && mime->hasText() && !mime->text().trimmed().isEmpty();
    if (!articlePath(mime).isEmpty() || text)
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (const QString path = articlePath(mime); !path.isEmpty()) {
        event->acceptProposedAction();
        // After the drop has ended: the dialog is modal.
        QMetaObject::invokeMethod(this, [this, path] { dealsFromArticle(path); }, Qt::QueuedConnection);
        return;
    }
    if (mime && !mime->hasUrls() && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        event->acceptProposedAction();
        const QString text = mime->text();
        QMetaObject::invokeMethod(this, [this, text] {
            ArticleDialog dialog(m_editor.get(), this);
            dialog.setArticle(text);
            dialog.exec();
        }, Qt::QueuedConnection);
        return;
    }
    QMainWindow::dropEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New"));
    m_newAction->setStatusTip(tr("Start a new, empty document"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importAction->setText(tr("&Import…"));
    m_sourceTiersAction->setText(tr("Source &Ratings…"));
    m_articleAction->setText(tr("Deals from &Article…"));
    m_analysisMenu->setTitle(tr("&Analysis"));
    m_pathsAction->setText(tr("Money &Paths…"));
    m_pathsAction->setStatusTip(tr("Every path of deals by which money flows from one company to another"));
    m_compareAction->setText(tr("&Compare Dates…"));
    m_compareAction->setStatusTip(tr("What changed between two dates: new deals, companies and valuations"));
    m_articleAction->setStatusTip(tr("Paste a news article and accept the deals and valuations it states"));
    m_sourceTiersAction->setStatusTip(tr("Rate how far the publishers of this document's sources can be trusted"));
    m_importAction->setStatusTip(
        tr("Add deals from a spreadsheet (CSV, .xlsx) or a graph file (GraphML, GEXF) to this document"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setStatusTip(tr("Save the document"));
    m_closeAction->setText(tr("&Close"));
    m_openAction->setStatusTip(tr("Open a CapFlow document or a CSV file of deals"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_saveAsAction->setStatusTip(tr("Save the document under a new name"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_editActions->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CapFlow"));
    m_helpAction->setText(tr("&Keyboard and Symbols"));
    // Names for screen readers; the network view describes its selection itself.
    m_network->view()->setAccessibleName(tr("Deal network"));
    m_timeline->chartView()->setAccessibleName(tr("Valuation timeline"));
    m_dealsView->setAccessibleName(tr("Deals"));
    m_companiesView->setAccessibleName(tr("Companies"));
    m_valuationsView->setAccessibleName(tr("Valuations"));
    m_findAction->setText(tr("&Find Company"));
    m_findAction->setStatusTip(tr("Search for a company in the network (or for deals in the table)"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_views->setTabText(m_views->indexOf(m_overview), tr("Overview"));
    m_views->setTabText(m_views->indexOf(m_timeline), tr("Timeline"));
    m_views->setTabText(m_views->indexOf(m_network), tr("Network"));
    m_views->setTabText(m_views->indexOf(m_flows), tr("Flows"));
    m_flows->retranslate();
    m_detailsDock->setWindowTitle(tr("Details"));
    m_network->retranslate();
    m_dealsDock->setWindowTitle(tr("Deals"));
    m_companiesDock->setWindowTitle(tr("Companies"));
    m_valuationsDock->setWindowTitle(tr("Valuations"));
    m_undoDock->setWindowTitle(tr("Undo History"));
    m_dealFilterBar->retranslate();
    m_valuationModel->retranslate();
    m_dealSearch->setPlaceholderText(tr("Search deals (company, kind, note)…"));
    m_dealModel->retranslate();
    m_companyModel->retranslate();
    // German labels are longer: fit the short columns again (the note column keeps its width).
    for (int column = 0; column < DealTableModel::NoteColumn; ++column)
        m_dealsView->resizeColumnToContents(column);
    m_companiesView->resizeColumnsToContents();
    m_overview->retranslate();
    m_print->retranslate();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::terminate(int signalNumber)
{
    m_terminating = true;
    m_lifecycle->terminating();
    close();
    QCoreApplication::exit(128 + signalNumber);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_terminating) {
        if (!m_lifecycle->maybeSave()) {
            event->ignore();
            return;
        }
        m_lifecycle->closing();
    }
    CapflowSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(WindowStateVersion));
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString name
        = m_lifecycle->isReadOnly() ? tr("%1 (read-only)").arg(m_lifecycle->displayName()) : m_lifecycle->displayName();
    setWindowTitle(tr("%1[*] — CapFlow").arg(name));
    setWindowFilePath(m_lifecycle->filePath());
    statusBar()->showMessage(tr("%n company(s)", nullptr, m_document->graph().companyCount()) + QStringLiteral(" · ")
        + tr("%n deal(s)", nullptr, m_document->graph().dealCount()) + QStringLiteral(" · ")
        + tr("%n valuation(s)", nullptr, int(m_document->valuations().size())));
}

QString MainWindow::filePath() const
{
    return m_lifecycle->filePath();
}

bool MainWindow::openFile(const QString &path)
{
    return m_lifecycle->openFile(path);
}

void MainWindow::showBundledDataset()
{
    m_document->setData(DocumentFiles::bundled());
    m_undoStack->clear();
}

bool MainWindow::offerRecovery()
{
    return m_lifecycle->offerRecovery();
}

void MainWindow::focusSearch()
{
    if (m_views->currentWidget() == m_network || !m_dealsDock->isVisible()) {
        m_views->setCurrentWidget(m_network);
        m_network->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_network->searchField()->selectAll();
    } else {
        m_dealSearch->setFocus(Qt::ShortcutFocusReason);
        m_dealSearch->selectAll();
    }
}

void MainWindow::showHelp()
{
    auto *help = findChild<QMessageBox *>(QStringLiteral("helpBox"));
    if (!help) {
        help = new QMessageBox(QMessageBox::NoIcon, QString(), QString(), QMessageBox::Close, this);
        help->setObjectName(QStringLiteral("helpBox"));
        help->setModal(false);
        help->setTextFormat(Qt::RichText);
    }
    help->setWindowTitle(tr("Keyboard and Symbols"));
    help->setText(tr(
        "<h3>In the network</h3><table cellspacing=\"4\">"
        "<tr><td><b>Tab</b>, <b>Shift+Tab</b></td><td>next or previous company by name</td></tr>"
        "<tr><td><b>Arrow keys</b></td><td>the nearest company in that direction</td></tr>"
        "<tr><td><b>Page Down</b>, <b>Page Up</b></td><td>through the selected company's deals</td></tr>"
        "<tr><td><b>Enter</b></td><td>on a deal: to the company it pays (<b>Shift+Enter</b>: to the payer); "
        "on a company: its details</td></tr>"
        "<tr><td><b>Escape</b></td><td>clear the selection</td></tr>"
        "<tr><td><b>+</b>, <b>−</b>, <b>0</b></td><td>zoom in, zoom out, fit</td></tr>"
        "<tr><td><b>Ctrl+Tab</b></td><td>leave the network</td></tr></table>"
        "<h3>Everywhere</h3><table cellspacing=\"4\">"
        "<tr><td><b>Ctrl+F</b></td><td>find a company (Enter takes the best match: \"nvid\" finds Nvidia)</td></tr>"
        "<tr><td><b>Ctrl+D</b>, <b>Ctrl+Shift+D</b></td><td>new deal, new valuation</td></tr>"
        "<tr><td><b>Ctrl+Shift+A</b></td><td>deals from an article</td></tr>"
        "<tr><td><b>Ctrl+Shift+M</b>, <b>Ctrl+Shift+K</b></td><td>money paths, compare two dates</td></tr>"
        "<tr><td><b>Ctrl+Z</b>, <b>Ctrl+Y</b></td><td>undo, redo</td></tr></table>"
        "<h3>Symbols</h3><p>A company's colour is its kind, its size the measure chosen under "
        "\"Size\". An arrow points the way the money flows, coloured by the deal's kind: solid for "
        "committed or reported amounts, dashed for up-to or estimated ones, dotted when undisclosed, "
        "faded when another deal supersedes it. Merged parallel deals draw their firm money as the line "
        "and their up-to money as a dashed halo. A divestment's arrow points to the seller, who is paid "
        "by buyers outside the network.</p>")
        + tr("<h3>In the flow diagram</h3><table cellspacing=\"4\">"
             "<tr><td><b>Tab</b>, <b>arrow keys</b></td><td>next or previous band</td></tr>"
             "<tr><td><b>Enter</b></td><td>select the band's deals in the table and the network</td></tr>"
             "<tr><td><b>Escape</b></td><td>clear what is lit</td></tr>"
             "<tr><td><b>Alt+Left</b>, <b>Alt+Right</b></td><td>in the layer order: move the layer</td></tr></table>"
             "<p>Bands run from payer to receiver, coloured by the deal's kind, as wide as their money: solid for "
             "committed or reported money, hatched for up-to ceilings, light for estimates. Arcs under the "
             "diagram carry money back against the layer order, so a circular flow shows as a loop.</p>"));
    help->show();
    help->raise();
}

void MainWindow::about()
{
    // How far the open document's data reaches, when it says so.
    const QString dataThrough
        = Report::dataThroughText(m_document->dataThrough(), Formatter(languageForLocale(QLocale())));
    QMessageBox::about(this, tr("About CapFlow"),
        tr("<h3>CapFlow %1</h3><p>Shows how capital flows through the AI industry: who invests in "
           "whom, who buys whose compute and chips, and whether the money comes back round.</p>"
           "<p>The bundled dataset is compiled from published news reports; every deal names its "
           "sources.</p>")
                .arg(QApplication::applicationVersion())
            + (dataThrough.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(dataThrough.toHtmlEscaped())));
}
