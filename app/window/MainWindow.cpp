#include "window/MainWindow.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "io/DocumentLoader.h"
#include "models/CompanyListModel.h"
#include "models/DealFilterProxy.h"
#include "models/DealTableModel.h"
#include "network/NetworkDetailsPanel.h"
#include "network/NetworkWidget.h"
#include "window/OverviewPanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_document->setData(DocumentLoader::bundled());
    m_undoStack = new QUndoStack(this);
    m_editor = std::make_unique<Editor>(m_document, m_undoStack);
    m_overview = new OverviewPanel(m_document, this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_network = new NetworkWidget(m_document, m_editor.get(), this);
    m_views->addTab(m_network, QString());
    m_views->addTab(m_overview, QString());
    m_views->setCurrentWidget(m_network);
    setCentralWidget(m_views);
    createDocks();
    connectNetworkSelection();
    createActions();
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
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
    dealsLayout->addWidget(m_dealSearch);
    dealsLayout->addWidget(m_dealsView);
    m_dealsDock = new QDockWidget(this);
    m_dealsDock->setObjectName(QStringLiteral("dealsDock"));
    m_dealsDock->setWidget(dealsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_dealsDock);

    m_companyModel = new CompanyListModel(m_document, this);
    m_companyProxy = new QSortFilterProxyModel(this);
    m_companyProxy->setSourceModel(m_companyModel);
    m_companyProxy->setSortRole(CompanyListModel::SortRole);
    m_companiesView = new QTableView;
    m_companiesView->setObjectName(QStringLiteral("companiesView"));
    m_companiesView->setModel(m_companyProxy);
    m_companiesView->setSortingEnabled(true);
    m_companiesView->sortByColumn(CompanyListModel::NameColumn, Qt::AscendingOrder);
    m_companiesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_companiesView->verticalHeader()->hide();
    m_companiesView->horizontalHeader()->setStretchLastSection(true);
    m_companiesDock = new QDockWidget(this);
    m_companiesDock->setObjectName(QStringLiteral("companiesDock"));
    m_companiesDock->setWidget(m_companiesView);
    addDockWidget(Qt::LeftDockWidgetArea, m_companiesDock);

    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_network->detailsPanel());
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_dealsView->resizeColumnsToContents();
    m_dealsView->setColumnWidth(DealTableModel::NoteColumn, 400);
    m_companiesView->resizeColumnsToContents();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this, &MainWindow::open);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAsAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_companiesDock->toggleViewAction());
    m_viewMenu->addAction(m_dealsDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open a CapFlow document or a CSV file of deals"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_saveAsAction->setStatusTip(tr("Save the document under a new name"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CapFlow"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_views->setTabText(m_views->indexOf(m_overview), tr("Overview"));
    m_views->setTabText(m_views->indexOf(m_network), tr("Network"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_network->retranslate();
    m_dealsDock->setWindowTitle(tr("Deals"));
    m_companiesDock->setWindowTitle(tr("Companies"));
    m_dealSearch->setPlaceholderText(tr("Search deals (company, kind, note)…"));
    m_dealModel->retranslate();
    m_companyModel->retranslate();
    m_overview->retranslate();
    updateTitle();
}

// A deal selected in the network selects its row in the deals table, and back.
void MainWindow::connectNetworkSelection()
{
    connect(m_network, &NetworkWidget::dealSelected, this, [this](const QString &id) {
        if (m_syncingSelection)
            return;
        const QScopedValueRollback guard(m_syncingSelection, true);
        const int row = m_dealModel->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_dealProxy->mapFromSource(m_dealModel->index(row, 0));
        if (!index.isValid()) {
            m_dealsView->clearSelection();
            return;
        }
        m_dealsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_dealsView->scrollTo(index);
    });
    connect(m_dealsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_syncingSelection || !current.isValid())
            return;
        const QScopedValueRollback guard(m_syncingSelection, true);
        m_network->selectDeal(current.data(DocumentTableModel::IdRole).toString());
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("AI capital flows (bundled dataset)") : QFileInfo(m_filePath).fileName();
    setWindowTitle(tr("%1 — CapFlow").arg(name));
    statusBar()->showMessage(tr("%n company(s)", nullptr, m_document->graph().companyCount()) + QStringLiteral(" · ")
                             + tr("%n deal(s)", nullptr, m_document->graph().dealCount()) + QStringLiteral(" · ")
                             + tr("%n valuation(s)", nullptr, int(m_document->valuations().size())));
}

bool MainWindow::openFile(const QString &path)
{
    const CapflowFormat::ReadResult result = DocumentLoader::load(path);
    if (!result.ok()) {
        QStringList lines;
        for (const Problem &p : result.problems.mid(0, 12))
            lines << p.toString().toHtmlEscaped();
        if (result.problems.size() > 12)
            lines << tr("… and %n more problem(s)", nullptr, int(result.problems.size() - 12));
        QMessageBox box(QMessageBox::Warning, tr("Cannot open file"),
                        tr("<p>%1 could not be opened; the current document is unchanged.</p>")
                            .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                        QMessageBox::Ok, this);
        box.setInformativeText(lines.join(QStringLiteral("<br>")));
        box.exec();
        return false;
    }
    m_document->setData(result.data);
    m_undoStack->clear();
    m_filePath = path;
    updateTitle();
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(),
                                                      tr("CapFlow documents (*.capflow);;CSV files of deals (*.csv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save As"), m_filePath,
                                                tr("CapFlow documents (*.capflow);;CSV files of deals (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(QStringLiteral("*.csv")) ? QStringLiteral(".csv") : QStringLiteral(".capflow");
    const auto format = DocumentLoader::dataFormatForPath(path);
    QString error;
    if (!format || !DocumentLoader::save(m_document->data(), path, *format, &error)) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("%1 could not be saved: %2").arg(QFileInfo(path).fileName(),
                                                                  format ? error : tr("use the suffix .capflow or .csv")));
        return;
    }
    if (*format == DocumentLoader::DataFormat::Capflow) {
        m_filePath = path;
        updateTitle();
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CapFlow"),
                       tr("<h3>CapFlow %1</h3><p>Shows how capital flows through the AI industry: who invests in "
                          "whom, who buys whose compute and chips, and whether the money comes back round.</p>"
                          "<p>The bundled dataset is compiled from published news reports; every deal names its "
                          "sources.</p>")
                           .arg(QApplication::applicationVersion()));
}
