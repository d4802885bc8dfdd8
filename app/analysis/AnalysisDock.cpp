#include "analysis/AnalysisDock.h"

#include "analysis/AnalysisRunner.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "format/Formatter.h"
#include "itemmodels/Analyses.h"
#include "itemmodels/WhatIfModel.h"
#include "widgets/FlowLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace {
const QDate anyDate(2000, 1, 1); // the date edits' minimum, shown as "any"

std::optional<QDate> chosen(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? std::nullopt : std::optional<QDate>(edit->date());
}
} // namespace

AnalysisDock::AnalysisDock(Document *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_runner(new AnalysisRunner(this))
    , m_updateTimer(new QTimer(this))
    , m_busyTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("analysisDock"));
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &AnalysisDock::recompute);
    connect(m_runner, &AnalysisRunner::finished, this, &AnalysisDock::showAnalysis);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(300);
    connect(m_runner, &AnalysisRunner::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_busyTimer->start();
        } else {
            m_busyTimer->stop();
            m_busy->hide();
        }
    });
    connect(document, &Document::contentChanged, this, &AnalysisDock::scheduleUpdate);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *optionsPanel = new QWidget;
    auto *options = new FlowLayout(optionsPanel);
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    m_lengthLabel = new QLabel;
    for (QDateEdit **edit : {&m_from, &m_to}) {
        *edit = new QDateEdit;
        (*edit)->setCalendarPopup(true);
        (*edit)->setMinimumDate(anyDate);
        (*edit)->setDate(anyDate);
        connect(*edit, &QDateEdit::dateChanged, this, &AnalysisDock::scheduleUpdate);
    }
    m_from->setObjectName(QStringLiteral("analysisFrom"));
    m_to->setObjectName(QStringLiteral("analysisTo"));
    m_maxLength = new QSpinBox;
    m_maxLength->setObjectName(QStringLiteral("maxCycleLength"));
    m_maxLength->setRange(2, 8);
    m_maxLength->setValue(CycleSearchOptions().maxLength);
    connect(m_maxLength, &QSpinBox::valueChanged, this, &AnalysisDock::scheduleUpdate);
    m_timeOrder = new QCheckBox;
    m_timeOrder->setObjectName(QStringLiteral("cyclesInTimeOrder"));
    m_timeOrder->setChecked(CycleSearchOptions().countOnlyInTimeOrder);
    m_timeWindow = new QSpinBox;
    m_timeWindow->setObjectName(QStringLiteral("cycleTimeWindow"));
    m_timeWindow->setRange(1, 240);
    m_timeWindow->setValue(CycleSearchOptions().timeWindowMonths);
    connect(m_timeOrder, &QCheckBox::toggled, this, &AnalysisDock::scheduleUpdate);
    connect(m_timeWindow, &QSpinBox::valueChanged, this, &AnalysisDock::scheduleUpdate);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_lengthLabel->setBuddy(m_maxLength);
    // The options wrap when the dock is narrow (FlowLayout); a label stays with its field.
    options->addWidget(FlowLayout::group({m_fromLabel, m_from}));
    options->addWidget(FlowLayout::group({m_toLabel, m_to}));
    options->addWidget(FlowLayout::group({m_lengthLabel, m_maxLength}));
    options->addWidget(FlowLayout::group({m_timeOrder, m_timeWindow}));
    layout->addWidget(optionsPanel);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("analysisBusy"));
    m_busy->setRange(0, 0); // busy, no percentage
    m_busy->setMaximumHeight(m_busy->fontMetrics().height() / 2 + 2);
    m_busy->setTextVisible(false);
    m_busy->hide();
    connect(m_busyTimer, &QTimer::timeout, m_busy, &QWidget::show);
    layout->addWidget(m_busy);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("analysisTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    setWidget(panel);

    for (const AnalysisEntry &entry : Analyses::all()) {
        AnalysisTableModel *model = entry.createModel(document, this);
        QTableView *view = makeTable(model, entry.sortColumn, entry.sortOrder, QLatin1String(entry.viewName));
        if (entry.highlightsRows) {
            m_highlightingViews << view;
            view->setSelectionMode(QAbstractItemView::SingleSelection);
            connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, view] { emitRowSelection(view); });
        }
        if (entry.page == AnalysisEntry::Page::PerCompany)
            m_tabs->addTab(makeCompanyPage(qobject_cast<WhatIfModel *>(model), view), QString());
        else
            m_tabs->addTab(view, QString());
    }

    retranslateUi();
    recompute();
}

AnalysisDock::~AnalysisDock() = default;

QWidget *AnalysisDock::makeCompanyPage(WhatIfModel *model, QTableView *view)
{
    Q_ASSERT(model && !m_whatIfModel); // one page picks a company: what-if
    m_whatIfModel = model;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *pick = new QHBoxLayout;
    m_whatIfLabel = new QLabel;
    m_whatIfCompany = new QComboBox;
    m_whatIfCompany->setObjectName(QStringLiteral("whatIfCompany"));
    // Not as wide as the longest company name: the dock stays narrow enough for a laptop.
    m_whatIfCompany->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_whatIfCompany->setMinimumContentsLength(16);
    m_whatIfLabel->setBuddy(m_whatIfCompany);
    pick->addWidget(m_whatIfLabel);
    pick->addWidget(m_whatIfCompany, 1);
    layout->addLayout(pick);
    m_whatIfSummary = new QLabel;
    m_whatIfSummary->setWordWrap(true);
    layout->addWidget(m_whatIfSummary);
    layout->addWidget(view, 1);
    connect(m_whatIfCompany, &QComboBox::currentIndexChanged, this, [this, view] {
        m_whatIfModel->setCompany(m_whatIfCompany->currentData().toString());
        view->resizeColumnsToContents();
        updateStatus();
    });
    return page;
}

QTableView *AnalysisDock::makeTable(
    AnalysisTableModel *model, int sortColumn, Qt::SortOrder order, const QString &objectName)
{
    m_models << model;
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(AnalysisTableModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

void AnalysisDock::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_from->setDate(from.value_or(anyDate));
    m_to->setDate(to.value_or(anyDate));
}

void AnalysisDock::scheduleUpdate()
{
    m_updateTimer->start();
}

void AnalysisDock::recompute()
{
    AnalysisOptions options;
    options.deals.from = chosen(m_from);
    options.deals.to = chosen(m_to);
    options.cycles.maxLength = m_maxLength->value();
    options.cycles.timeWindowMonths = m_timeWindow->value();
    options.cycles.countOnlyInTimeOrder = m_timeOrder->isChecked();
    m_runner->request(m_document->graph(), options);
    if (!m_analysis)
        updateStatus();
}

std::shared_ptr<const CapitalFlowAnalysis> AnalysisDock::currentAnalysis() const
{
    return isAnalysing() ? nullptr : m_analysis;
}

void AnalysisDock::waitForAnalysis()
{
    if (m_updateTimer->isActive()) {
        m_updateTimer->stop();
        recompute();
    }
    m_runner->wait();
}

bool AnalysisDock::isAnalysing() const
{
    return m_updateTimer->isActive() || m_runner->isBusy();
}

void AnalysisDock::showAnalysis(std::shared_ptr<const CapitalFlowAnalysis> analysis)
{
    // Keep a selected cycle selected across the update when it still exists.
    QList<QStringList> selectedDeals;
    for (QTableView *view : std::as_const(m_highlightingViews))
        selectedDeals << view->currentIndex().data(AnalysisTableModel::DealIdsRole).toStringList();
    m_analysis = std::move(analysis);
    for (AnalysisTableModel *model : std::as_const(m_models))
        model->setAnalysis(m_analysis);
    updateCompanyChoice();
    for (QTableView *view : m_tabs->findChildren<QTableView *>())
        view->resizeColumnsToContents();
    for (qsizetype i = 0; i < m_highlightingViews.size(); ++i) {
        if (selectedDeals.at(i).isEmpty())
            continue;
        QTableView *view = m_highlightingViews.at(i);
        const QAbstractItemModel *proxy = view->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(AnalysisTableModel::DealIdsRole).toStringList() == selectedDeals.at(i)) {
                view->selectRow(r);
                break;
            }
        }
    }
    updateStatus();
    Q_EMIT analysisUpdated();
}

void AnalysisDock::updateCompanyChoice()
{
    const QString current = m_whatIfCompany->currentData().toString();
    QList<const Company *> companies = m_document->graph().companies();
    std::sort(companies.begin(), companies.end(),
        [](const Company *a, const Company *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    const QSignalBlocker blocker(m_whatIfCompany);
    m_whatIfCompany->clear();
    m_whatIfCompany->addItem(tr("(choose a company)"), QString());
    for (const Company *c : companies)
        m_whatIfCompany->addItem(c->name, c->id);
    m_whatIfCompany->setCurrentIndex(std::max(0, m_whatIfCompany->findData(current)));
    if (m_whatIfModel->company() != m_whatIfCompany->currentData().toString())
        m_whatIfModel->setCompany(m_whatIfCompany->currentData().toString());
}

void AnalysisDock::updateStatus()
{
    if (!m_analysis) {
        m_status->setText(tr("Analysing…"));
        return;
    }
    const CycleSearchResult &cycles = m_analysis->cycles;
    int vendor = 0;
    for (const CircularFlow &c : cycles.cycles)
        vendor += c.vendorFinancing ? 1 : 0;
    QString text = cycles.options.countOnlyInTimeOrder
        ? tr("%n circular flow(s) in time order", nullptr, cycles.counted())
            + QStringLiteral(" ") + tr("(of %n of up to %1 deals; the others are listed after them)", nullptr,
                int(cycles.cycles.size())).arg(cycles.options.maxLength)
        : tr("%n circular flow(s) of up to %1 deals", nullptr, int(cycles.cycles.size())).arg(cycles.options.maxLength);
    text += QStringLiteral(" · ") + tr("%n with vendor financing", nullptr, vendor);
    if (cycles.truncated)
        text += QStringLiteral(" · ") + tr("the search stopped at its work limit, so the list is incomplete");
    if (m_analysis->betweennessSources < m_analysis->importance.size()) {
        text += QStringLiteral(" · ")
            + tr("betweenness estimated from the shortest paths of %1 of %2 companies")
                  .arg(QLocale().toString(m_analysis->betweennessSources),
                      QLocale().toString(m_analysis->importance.size()));
    }
    m_status->setText(text);

    const WhatIfResult &r = m_whatIfModel->result();
    if (r.companyId.isEmpty()) {
        m_whatIfSummary->setText(tr("Pick a company to see which deals its partners would lose if it failed."));
        return;
    }
    const Formatter format(languageForLocale(QLocale()));
    auto describe = [&](const AmountTotals &t) {
        QStringList parts {format.money(t.firm)};
        if (t.upTo.usd())
            parts << format.dealAmount(t.upTo, AmountKind::UpTo);
        if (t.estimated.usd())
            parts << format.dealAmount(t.estimated, AmountKind::Estimated);
        if (t.undisclosed)
            parts << tr("%n undisclosed", nullptr, t.undisclosed);
        return tr("%n deal(s): %1", nullptr, t.deals).arg(parts.join(QStringLiteral(" + ")));
    };
    m_whatIfSummary->setText(
        tr("Directly: %1. One step further: %2.").arg(describe(r.direct), describe(r.oneStepFurther)));
}

void AnalysisDock::emitRowSelection(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT cycleSelected(current.data(AnalysisTableModel::DealIdsRole).toStringList(),
        current.data(AnalysisTableModel::CompanyIdsRole).toStringList());
}

void AnalysisDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void AnalysisDock::retranslateUi()
{
    setWindowTitle(tr("Analysis"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_lengthLabel->setText(tr("&Longest cycle"));
    m_maxLength->setSuffix(tr(" deals"));
    m_maxLength->setToolTip(tr("The most deals a circular flow may have"));
    m_timeOrder->setText(tr("Count only cycles &in time order, within"));
    m_timeOrder->setToolTip(tr("A circular flow counts when each deal is on or after the one before it and the "
                               "last comes within this many months of the first: the money really came back after "
                               "it went out. The others are listed after them, marked."));
    m_timeWindow->setSuffix(tr(" months"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setSpecialValueText(tr("any"));
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        const AnalysisEntry &entry = Analyses::all().at(i);
        m_tabs->setTabText(i, entry.translatedTitle());
        m_tabs->setTabToolTip(i, entry.translatedToolTip());
    }
    m_whatIfLabel->setText(tr("If this company &failed:"));
    if (m_whatIfCompany->count() > 0)
        m_whatIfCompany->setItemText(0, tr("(choose a company)"));
    for (AnalysisTableModel *model : std::as_const(m_models))
        model->retranslate();
    for (QTableView *view : m_tabs->findChildren<QTableView *>())
        view->resizeColumnsToContents(); // headers and amounts change length with the language
    updateStatus();
}
