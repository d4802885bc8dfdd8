#include "timeline/TimelineView.h"

#include "document/Document.h"
#include "format/Formatter.h"
#include "timeline/CompanyPicker.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineOverlay.h"
#include "timeline/TimelineTooltip.h"

#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPalette>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

TimelineView::TimelineView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_chart(new TimelineChart)
{
    setObjectName(QStringLiteral("timeline"));
    m_chartView = new QChartView(m_chart);
    m_chartView->setObjectName(QStringLiteral("timelineChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMouseTracking(true);
    m_chartView->viewport()->setMouseTracking(true);
    m_chartView->viewport()->installEventFilter(this);
    m_chartView->setMinimumSize(400, 300);

    m_picker = new CompanyPicker(document);
    m_logScale = new QCheckBox;
    m_logScale->setObjectName(QStringLiteral("logScale"));
    m_deals = new QCheckBox;
    m_deals->setObjectName(QStringLiteral("showDeals"));
    m_deals->setChecked(true);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    auto *side = new QWidget;
    side->setMaximumWidth(300);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_picker, 1);
    sideLayout->addWidget(m_logScale);
    sideLayout->addWidget(m_deals);
    sideLayout->addWidget(m_hint);

    m_infoBar = new QFrame;
    m_infoBar->setObjectName(QStringLiteral("timelineInfoBar"));
    m_infoBar->setStyleSheet(
        QStringLiteral("#timelineInfoBar { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"));
    m_infoText = new QLabel;
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addToTimeline"));
    m_dismissButton = new QPushButton;
    m_dismissButton->setFlat(true);
    auto *infoLayout = new QHBoxLayout(m_infoBar);
    infoLayout->setContentsMargins(8, 4, 4, 4);
    infoLayout->addWidget(m_infoText, 1);
    infoLayout->addWidget(m_addButton);
    infoLayout->addWidget(m_dismissButton);
    m_infoBar->hide();

    auto *body = new QHBoxLayout;
    body->addWidget(m_chartView, 1);
    body->addWidget(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_infoBar);
    layout->addLayout(body, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0); // coalesce bursts of document signals into one rebuild
    connect(m_refreshTimer, &QTimer::timeout, this, &TimelineView::refresh);
    for (auto signal : {&Document::valuationAdded, &Document::valuationChanged, &Document::valuationRemoved,
             &Document::dealAdded, &Document::dealChanged, &Document::dealRemoved, &Document::companyChanged})
        connect(document, signal, this, &TimelineView::scheduleRefresh);
    auto reloadCompanies = [this] {
        m_picker->reload();
        scheduleRefresh();
    };
    connect(document, &Document::reset, this, reloadCompanies);
    connect(document, &Document::companyAdded, this, reloadCompanies);
    connect(document, &Document::companyRemoved, this, reloadCompanies);
    connect(m_picker, &CompanyPicker::checkedIdsChanged, this, [this] {
        if (m_picker->checkedIds().contains(m_offered))
            m_infoBar->hide();
        scheduleRefresh();
    });
    connect(m_logScale, &QCheckBox::toggled, this, [this] {
        m_scaleChosen = true; // automatic changes block the signal
        scheduleRefresh();
    });
    connect(m_deals, &QCheckBox::toggled, this, &TimelineView::scheduleRefresh);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        setCompanies(companies() << m_offered);
        m_infoBar->hide();
    });
    connect(m_dismissButton, &QPushButton::clicked, m_infoBar, &QWidget::hide);

    // The seed article's headline: Anthropic's valuation tripling from $61.5bn to $183bn.
    for (const Company *c : document->graph().companies()) {
        if (c->name == QStringLiteral("Anthropic"))
            m_picker->setCheckedIds({c->id});
    }
    retranslateUi();
    refresh();
}

QStringList TimelineView::companies() const
{
    return m_picker->checkedIds();
}

void TimelineView::setCompanies(const QStringList &ids)
{
    m_picker->setCheckedIds(ids);
}

bool TimelineView::isLogarithmic() const
{
    return m_logScale->isChecked();
}

void TimelineView::setLogarithmic(bool on)
{
    m_scaleChosen = true;
    m_logScale->setChecked(on);
}

bool TimelineView::showsDeals() const
{
    return m_deals->isChecked();
}

void TimelineView::setShowDeals(bool on)
{
    m_deals->setChecked(on);
}

void TimelineView::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_from = from;
    m_to = to;
    scheduleRefresh();
}

void TimelineView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void TimelineView::refresh()
{
    m_refreshTimer->stop();
    TimelineOptions options;
    options.companyIds = companies();
    options.from = m_from;
    options.to = m_to;
    const TimelineData data = buildTimeline(*m_document, options);
    if (!m_scaleChosen) {
        const QSignalBlocker blocker(m_logScale);
        m_logScale->setChecked(data.prefersLogScale());
    }
    TimelineStyle style;
    style.language = languageForLocale(QLocale());
    style.logarithmic = isLogarithmic();
    style.showDeals = showsDeals();
    // The window's palette: a dark one gets a dark chart (exports and the report stay on white).
    style.dark = palette().color(QPalette::Base).lightness() < 128;
    style.darkBackground = palette().color(QPalette::Base);
    m_chart->setContent(data, style);
}

void TimelineView::retranslateUi()
{
    m_logScale->setText(tr("&Logarithmic scale"));
    m_deals->setText(tr("Show &deals"));
    m_hint->setText(tr("Hover a point for its facts and sources; click it to select it in the tables."));
    m_addButton->setText(tr("Add to timeline"));
    m_dismissButton->setText(tr("Dismiss"));
    if (const Company *c = m_document->company(m_offered))
        m_infoText->setText(tr("%1 is not on the timeline.").arg(c->name));
    m_picker->retranslate();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // the chart's titles, axes, legend and labels are made anew in the new language
    } else if (event->type() == QEvent::PaletteChange) {
        refresh(); // light or dark paper
    }
    QWidget::changeEvent(event);
}

void TimelineView::markDeals(const QStringList &dealIds)
{
    QList<QDate> dates;
    for (const QString &id : dealIds) {
        if (const Deal *d = m_document->deal(id))
            dates << d->date.periodMiddle();
    }
    m_chart->overlay()->setMarkedDeals(dealIds, dates);
}

void TimelineView::offerCompany(const QString &id)
{
    const Company *company = m_document->company(id);
    if (!company || companies().contains(id)) {
        m_offered.clear();
        m_infoBar->hide();
        return;
    }
    m_offered = id;
    m_infoText->setText(tr("%1 is not on the timeline.").arg(company->name));
    m_infoBar->show();
}

QString TimelineView::dealForValuation(const QString &valuationId) const
{
    const Valuation *v = m_document->valuation(valuationId);
    if (!v)
        return {};
    const QDate date = v->date.periodStart();
    QString best;
    for (const Deal *deal : m_document->graph().dealsIn(v->company)) {
        const QDate d = deal->date.periodStart();
        if (deal->kind == DealKind::Equity && d.year() == date.year() && d.month() == date.month()
            && (best.isEmpty() || naturalIdLess(deal->id, best)))
            best = deal->id;
    }
    return best;
}

DealRelations::Status TimelineView::dealStatus(const QString &dealId) const
{
    for (const DealMarker &m : m_chart->data().deals) {
        if (m.dealId == dealId)
            return DealRelations::Status {m.supersededBy, m.countedIn};
    }
    return {};
}

QPointF TimelineView::chartPosition(QPoint viewportPosition) const
{
    return m_chart->mapFromScene(m_chartView->mapToScene(viewportPosition));
}

void TimelineView::activateAt(QPointF position)
{
    const TimelineHit hit = m_chart->hitTest(position);
    if (hit.kind == TimelineHit::Kind::Valuation) {
        Q_EMIT valuationClicked(hit.id);
        const QString deal = dealForValuation(hit.id);
        if (!deal.isEmpty())
            Q_EMIT dealClicked(deal);
    } else if (hit.kind == TimelineHit::Kind::Deal) {
        Q_EMIT dealClicked(hit.id);
    }
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const TimelineHit hit = m_chart->hitTest(chartPosition(mouse->position().toPoint()));
            const Formatter format(languageForLocale(QLocale()));
            QString text;
            if (hit.kind == TimelineHit::Kind::Valuation)
                text = TimelineTooltip::forValuation(*m_document, hit.id, format);
            else if (hit.kind == TimelineHit::Kind::Deal)
                text = TimelineTooltip::forDeal(*m_document, hit.id, format, dealStatus(hit.id));
            m_chartView->viewport()->setCursor(hit ? Qt::PointingHandCursor : Qt::ArrowCursor);
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(mouse->globalPosition().toPoint(), text, m_chartView->viewport());
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                activateAt(chartPosition(mouse->position().toPoint()));
        }
    }
    return QWidget::eventFilter(watched, event);
}
