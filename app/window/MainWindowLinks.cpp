// How the views of the main window are linked: selection shared between the network, the
// timeline, the analysis and the tables, and what printing a view draws.
#include "window/MainWindow.h"

#include "analysis/AnalysisDock.h"
#include "document/Document.h"
#include "flows/FlowsRenderer.h"
#include "flows/FlowsView.h"
#include "flows/FlowsWidget.h"
#include "itemmodels/CompanyTableModel.h"
#include "itemmodels/DealFilterProxy.h"
#include "itemmodels/DealTableModel.h"
#include "itemmodels/ValuationTableModel.h"
#include "network/NetworkRenderer.h"
#include "network/NetworkWidget.h"
#include "printing/PrintController.h"
#include "timeline/TimelineRenderer.h"
#include "timeline/TimelineView.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

void MainWindow::createTimeline()
{
    m_timeline = new TimelineView(m_document, this);
    m_views->addTab(m_timeline, QString());
    connect(m_timeline, &TimelineView::dealClicked, this, &MainWindow::selectDeal);
    connect(m_timeline, &TimelineView::valuationClicked, this, [this](const QString &id) {
        const int row = m_valuationModel->rowOf(id);
        const QModelIndex index
            = row < 0 ? QModelIndex() : m_valuationProxy->mapFromSource(m_valuationModel->index(row, 0));
        if (!index.isValid())
            return;
        m_valuationsDock->show();
        m_valuationsDock->raise();
        m_valuationsView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_valuationsView->scrollTo(index);
    });
    // Printing and exporting the timeline draws what is on screen: its companies, scale and deal markers.
    m_print->setFigureProvider(m_timeline, [this] {
        TimelineRenderOptions options;
        options.companyIds = m_timeline->companies();
        options.language = languageForLocale(QLocale());
        options.logarithmic = m_timeline->isLogarithmic();
        options.showDeals = m_timeline->showsDeals();
        auto renderer = std::make_shared<TimelineRenderer>(*m_document, options);
        return ReportFigure {renderer->title(), QString(),
            [renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); }, options.size};
    });
    connect(m_companiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_timeline->offerCompany(current.data(DocumentTableModel::IdRole).toString());
        });
}

void MainWindow::createFlows()
{
    m_flows = new FlowsWidget(m_document, this);
    m_views->insertTab(m_views->indexOf(m_network) + 1, m_flows, QString());
    // The same deals as the network: its filter and focus, and its filter bar while Flows is open.
    m_flows->setNetworkOptions(m_network->options());
    connect(m_network, &NetworkWidget::optionsChanged, m_flows, &FlowsWidget::setNetworkOptions);
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_views->currentWidget() == m_flows)
            m_flows->adoptFilterPanel(m_network->filterPanel());
        else if (m_views->currentWidget() == m_network)
            m_network->takeBackFilterPanel();
    });
    connect(m_flows, &FlowsWidget::dealsClicked, this, &MainWindow::lightDeals);
    connect(m_flows, &FlowsWidget::companyClicked, this, [this](const QString &id) {
        m_network->selectCompany(id);
        m_network->highlightDeals({});
    });
    // Printing and exporting the diagram draws what is on screen: its layers and the network's deals.
    m_print->setFigureProvider(m_flows, [this] {
        FlowsRenderOptions options;
        options.diagram = m_flows->diagramOptions();
        options.language = languageForLocale(QLocale());
        options.size = m_flows->view()->size();
        auto renderer = std::make_shared<FlowsRenderer>(*m_document, options);
        return ReportFigure {tr("Capital flows"), QString(),
            [renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); }, options.size};
    });
}

void MainWindow::lightDeals(const QStringList &dealIds)
{
    selectDeals(dealIds);
    m_network->highlightDeals(dealIds);
    m_timeline->markDeals(dealIds);
    m_flows->view()->highlightDeals(dealIds);
}

void MainWindow::selectDeal(const QString &id)
{
    selectDeals({id});
}

void MainWindow::selectDeals(const QStringList &dealIds)
{
    QList<int> rows;
    for (const QString &id : dealIds) {
        if (const int row = m_dealModel->rowOf(id); row >= 0)
            rows << row;
    }
    if (rows.isEmpty())
        return;
    auto visible = [this](int row) { return m_dealProxy->mapFromSource(m_dealModel->index(row, 0)).isValid(); };
    if (!std::all_of(rows.cbegin(), rows.cend(), visible))
        m_dealSearch->clear(); // the search hid some of them: show them anyway
    QItemSelection selection;
    for (int row : rows) {
        const QModelIndex index = m_dealProxy->mapFromSource(m_dealModel->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_dealProxy->columnCount() - 1));
    }
    m_dealsDock->show();
    m_dealsDock->raise();
    m_dealsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_dealsView->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
        m_dealsView->scrollTo(selection.first().topLeft());
    }
}

// A deal selected in the network selects its row in the deals table, and back.
void MainWindow::connectNetworkSelection()
{
    // Printing and exporting the network draws what is on screen: its filter and its positions.
    m_print->setFigureProvider(m_network, [this] {
        NetworkRenderOptions options;
        options.network = m_network->options();
        options.language = languageForLocale(QLocale());
        options.positions = m_network->positions();
        auto renderer = std::make_shared<NetworkRenderer>(*m_document, options);
        return ReportFigure {tr("Deal network"), QString(),
            [renderer](QPainter *painter, const QRectF &target) { renderer->paint(painter, target); },
            QSizeF(1600, 1000)};
    });
    // The report shows what is on screen: the network's filter, size measure and positions, and
    // the Analysis dock's analysis when it covers the same deals.
    m_print->setReportRequestProvider([this] {
        ReportRequest request;
        request.filter = m_network->options().filter;
        request.network = m_network->options();
        request.positions = m_network->positions();
        request.analysis = m_analysisDock->currentAnalysis();
        request.flows = m_flows->diagramOptions();
        return request;
    });
    // A deal or company selected in the network is selected in its table (so that Edit ▸ Edit,
    // Delete and the Delete key act on it), and back.
    linkTableToNetwork(m_dealsView, m_dealModel, m_dealProxy, &NetworkWidget::dealSelected,
        [this](const QString &id) { m_network->selectDeal(id); });
    linkTableToNetwork(m_companiesView, m_companyModel, m_companyProxy, &NetworkWidget::companySelected,
        [this](const QString &id) { m_network->selectCompany(id); });
}

// Not a generic lambda capturing `this` inside another lambda: GCC 12 with -fsanitize=vptr read the
// captured pointer wrongly there (a UBSan "invalid vptr" report in every window test).
void MainWindow::linkTableToNetwork(QTableView *view, DocumentTableModel *model, QSortFilterProxyModel *proxy,
    void (NetworkWidget::*networkSignal)(const QString &), const std::function<void(const QString &)> &select)
{
    connect(m_network, networkSignal, this, [this, view, model, proxy](const QString &id) {
        if (m_syncingSelection)
            return;
        const QScopedValueRollback guard(m_syncingSelection, true);
        const int row = model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : proxy->mapFromSource(model->index(row, 0));
        if (!index.isValid()) {
            view->clearSelection();
            return;
        }
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this, select](const QModelIndex &current) {
            if (m_syncingSelection || !current.isValid())
                return;
            const QScopedValueRollback guard(m_syncingSelection, true);
            select(current.data(DocumentTableModel::IdRole).toString());
        });
}
