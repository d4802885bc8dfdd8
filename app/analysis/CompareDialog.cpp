#include "analysis/CompareDialog.h"

#include "document/Document.h"
#include "graph/DealGraph.h"
#include "i18n/Language.h"
#include "itemmodels/ReportTableModel.h"
#include "report/ChangesReport.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Tab { TotalsTab, NewDealsTab, ValuationsTab, TabCount };
}

CompareDialog::CompareDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_fromLabel(new QLabel)
    , m_toLabel(new QLabel)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_inNetwork(new QCheckBox)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("compareDialog"));
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_inNetwork->setObjectName(QStringLiteral("showInNetwork"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &CompareDialog::recompute);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, m_timer, qOverload<>(&QTimer::start));
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_inNetwork->setChecked(true);
    connect(m_inNetwork, &QCheckBox::toggled, this, &CompareDialog::comparisonChanged);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (int tab = 0; tab < TabCount; ++tab) {
        auto *model = new ReportTableModel(this);
        auto *view = new QTableView;
        view->setObjectName(QStringLiteral("compareTable%1").arg(tab));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &row) {
            const QStringList deals = row.data(ReportTableModel::DealIdsRole).toStringList();
            if (!deals.isEmpty())
                Q_EMIT dealsSelected(deals);
        });
        m_models << model;
        m_views << view;
        m_tabs->addTab(view, QString());
    }

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addSpacing(12);
    dates->addWidget(m_inNetwork);
    dates->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dates);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_document, &Document::contentChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_document, &Document::reset, this, [this] {
        defaultDates();
        m_timer->start();
    });
    defaultDates();
    retranslate();
    recompute();
}

// A year up to the latest deal: "what is new in the last year of the data".
void CompareDialog::defaultDates()
{
    QDate last;
    for (const Deal *d : m_document->graph().deals()) {
        if (!last.isValid() || d->date.periodStart() > last)
            last = d->date.periodStart();
    }
    if (!last.isValid())
        last = QDate::currentDate();
    const QDate to(last.year(), last.month(), 1);
    setDates(to.addYears(-1), to);
}

void CompareDialog::setDates(QDate from, QDate to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_timer->start();
}

void CompareDialog::setNetworkFilter(const DealFilter &filter)
{
    m_filter = filter;
    m_filter.from.reset();
    m_filter.to.reset();
    m_timer->start();
}

bool CompareDialog::showsInNetwork() const
{
    return m_inNetwork->isChecked();
}

void CompareDialog::recompute()
{
    m_timer->stop();
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to)
        std::swap(from, to); // the earlier date is "then", whichever field it is in
    m_changes = NetworkChanges::compare(*m_document, from, to, m_filter);
    const Language language = languageForLocale(QLocale());
    const ChangesReport::Tables tables = ChangesReport::build(m_document->graph(), m_changes, language);
    m_title->setText(tables.totals.title);
    m_summary->setText(tables.totals.note);
    m_models[TotalsTab]->setTable(tables.totals);
    m_models[NewDealsTab]->setTable(tables.newDeals);
    m_models[ValuationsTab]->setTable(tables.valuations);
    for (QTableView *view : std::as_const(m_views))
        view->resizeColumnsToContents();
    retranslate();
    Q_EMIT comparisonChanged();
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare Two Dates"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_inNetwork->setText(tr("Show in &network"));
    m_inNetwork->setToolTip(tr("The network as of the second date: new deals lit, earlier deals dimmed"));
    m_tabs->setTabText(TotalsTab, tr("Totals by kind"));
    m_tabs->setTabText(NewDealsTab, tr("New deals (%1)").arg(m_changes.newDeals.size()));
    m_tabs->setTabText(ValuationsTab, tr("Valuation changes (%1)").arg(m_changes.valuationChanges.size()));
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        recompute(); // the tables' texts come from the report's builder, in the new language
    QDialog::changeEvent(event);
}
