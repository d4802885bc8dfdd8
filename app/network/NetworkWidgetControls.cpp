// The tool bar and filter bar of NetworkWidget.
#include "format/Formatter.h"
#include "network/NetworkDetailsPanel.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"

#include "document/Document.h"
#include "layout/LayoutRunner.h"
#include "widgets/FlowLayout.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace {
template<typename E> QMenu *kindMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    for (E kind : enumValues<E>()) {
        QAction *action = menu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
    }
    return menu;
}

template<typename E> QSet<E> checkedKinds(const QToolButton *button)
{
    QSet<E> kinds;
    for (const QAction *action : button->menu()->actions()) {
        if (action->isChecked())
            kinds.insert(E(action->data().toInt()));
    }
    // All checked means no restriction.
    return kinds.size() == enumValues<E>().size() ? QSet<E>() : kinds;
}
} // namespace

void NetworkWidget::createControls()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("networkSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);
    m_search->setMinimumWidth(150);
    auto findCompany = [this]() {
        if (const Company *c = m_document->graph().companyByName(m_search->text().trimmed()))
            m_view->centreOnCompany(c->id);
    };
    // Enter takes the best match of what was typed ("nvid" → Nvidia), shows its name and moves
    // the keyboard into the network.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const Company *c = CompanyNames::bestMatch(m_document->graph().companies(), m_search->text());
        if (!c)
            return;
        {
            const QSignalBlocker block(m_search);
            m_search->setText(c->name);
        }
        m_view->centreOnCompany(c->id);
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this, findCompany](const QString &text) {
        if (m_document->graph().companyByName(text.trimmed()))
            findCompany();
    });
    m_sizeLabel = new QLabel;
    m_sizeMeasure = new QComboBox;
    m_sizeMeasure->setObjectName(QStringLiteral("sizeMeasure"));
    for (int i = 0; i < 4; ++i)
        m_sizeMeasure->addItem(QString(), i);
    m_sizeMeasure->setCurrentIndex(int(SizeMeasure::MoneyReceived));
    connect(m_sizeMeasure, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_options.sizeMeasure = SizeMeasure(index);
        rebuild();
    });
    m_merge = new QCheckBox;
    m_merge->setObjectName(QStringLiteral("mergeParallel"));
    connect(m_merge, &QCheckBox::toggled, this, [this](bool on) {
        m_options.mergeParallel = on;
        rebuild();
    });
    m_legend = new QCheckBox;
    m_legend->setChecked(true);
    connect(m_legend, &QCheckBox::toggled, m_view, &NetworkView::setLegendVisible);
    m_layoutButton = new QToolButton;
    m_layoutButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *layoutMenu = new QMenu(m_layoutButton);
    layoutMenu->addAction(QString(), this, &NetworkWidget::relayout);
    layoutMenu->addAction(QString(), this, &NetworkWidget::arrangeCircle);
    layoutMenu->addAction(QString(), this, &NetworkWidget::arrangeLayers);
    m_layoutButton->setMenu(layoutMenu);
    connect(m_layoutButton, &QToolButton::clicked, this, &NetworkWidget::relayout);
    m_fitButton = new QToolButton;
    connect(m_fitButton, &QToolButton::clicked, m_view, &NetworkView::fitToView);
    m_zoomLabel = new QLabel;
    m_zoomLabel->setMinimumWidth(50);
    connect(m_view, &NetworkView::zoomChanged, this, [this](double zoom) {
        m_zoomLabel->setText(Formatter(languageForLocale(QLocale())).number(zoom * 100, 0) + QStringLiteral(" %"));
    });
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(120);
    m_progress->setRange(0, 100);
    m_cancel = new QToolButton;
    connect(m_cancel, &QToolButton::clicked, this, [this]() { m_runner->cancel(); });

    // The controls wrap (FlowLayout) when the window is narrow or the labels long (German), so
    // that the window fits a 1366-pixel laptop; a label stays with its field.
    auto *toolFlow = new QWidget;
    auto *toolItems = new FlowLayout(toolFlow);
    toolItems->addWidget(m_search);
    toolItems->addWidget(FlowLayout::group({m_sizeLabel, m_sizeMeasure}));
    toolItems->addWidget(m_merge);
    toolItems->addWidget(m_legend);
    auto *tools = new QHBoxLayout;
    tools->addWidget(toolFlow, 1);
    tools->addWidget(m_progress);
    tools->addWidget(m_cancel);
    tools->addWidget(m_layoutButton);
    tools->addWidget(m_fitButton);
    tools->addWidget(m_zoomLabel);

    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    m_fromSlider = new QSlider(Qt::Horizontal);
    m_fromSlider->setObjectName(QStringLiteral("fromSlider"));
    m_toSlider = new QSlider(Qt::Horizontal);
    m_toSlider->setObjectName(QStringLiteral("toSlider"));
    m_fromSlider->setMinimumWidth(80);
    m_toSlider->setMinimumWidth(80);
    connect(m_fromSlider, &QSlider::valueChanged, this, [this](int v) {
        if (m_toSlider->value() < v)
            m_toSlider->setValue(v);
        filtersChanged();
    });
    connect(m_toSlider, &QSlider::valueChanged, this, [this](int v) {
        if (m_fromSlider->value() > v)
            m_fromSlider->setValue(v);
        filtersChanged();
    });
    m_play = new QToolButton;
    m_play->setCheckable(true);
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(250);
    connect(m_playTimer, &QTimer::timeout, this, &NetworkWidget::stepAnimation);
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            if (m_toSlider->value() >= m_months)
                m_toSlider->setValue(m_fromSlider->value());
            m_playTimer->start();
        } else {
            m_playTimer->stop();
        }
        retranslate();
    });
    // "State as of": a calendar beside the date slider.
    m_asOfButton = new QToolButton;
    m_asOfButton->setObjectName(QStringLiteral("asOfButton"));
    m_asOfButton->setPopupMode(QToolButton::InstantPopup);
    auto *asOfMenu = new QMenu(m_asOfButton);
    auto *calendar = new QCalendarWidget;
    calendar->setObjectName(QStringLiteral("asOfCalendar"));
    auto *calendarAction = new QWidgetAction(asOfMenu);
    calendarAction->setDefaultWidget(calendar);
    asOfMenu->addAction(calendarAction);
    m_allDatesAction = asOfMenu->addAction(QString());
    connect(asOfMenu, &QMenu::aboutToShow, this, [this, calendar] {
        calendar->setSelectedDate(m_asOf.isValid() ? m_asOf : monthAt(m_toSlider->value()));
    });
    connect(calendar, &QCalendarWidget::activated, this, [this, asOfMenu](QDate date) {
        asOfMenu->close();
        setStateAsOf(date);
        Q_EMIT stateAsOfChosen(date);
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    connect(m_allDatesAction, &QAction::triggered, this, [this] {
        setStateAsOf(QDate());
        Q_EMIT stateAsOfChosen(QDate());
    });
    m_asOfButton->setMenu(asOfMenu);
    m_dealKinds = new QToolButton;
    m_dealKinds->setPopupMode(QToolButton::InstantPopup);
    m_dealKinds->setMenu(kindMenu<DealKind>(m_dealKinds));
    m_companyKinds = new QToolButton;
    m_companyKinds->setPopupMode(QToolButton::InstantPopup);
    m_companyKinds->setMenu(kindMenu<CompanyKind>(m_companyKinds));
    for (QToolButton *button : {m_dealKinds, m_companyKinds})
        connect(button->menu(), &QMenu::triggered, this, &NetworkWidget::filtersChanged);
    m_minLabel = new QLabel;
    m_minAmount = new QDoubleSpinBox;
    m_minAmount->setObjectName(QStringLiteral("minAmount"));
    m_minAmount->setRange(0, 2000);
    m_minAmount->setDecimals(1);
    connect(m_minAmount, &QDoubleSpinBox::valueChanged, this, &NetworkWidget::filtersChanged);
    m_focusLabel = new QLabel;
    m_focus = new QComboBox;
    m_focus->setObjectName(QStringLiteral("focusSteps"));
    for (int i = 0; i < 3; ++i)
        m_focus->addItem(QString(), i);
    connect(m_focus, &QComboBox::currentIndexChanged, this, &NetworkWidget::filtersChanged);
    m_reputable = new QCheckBox;
    m_reputable->setObjectName(QStringLiteral("reputableSourcesOnly"));
    connect(m_reputable, &QCheckBox::toggled, this, &NetworkWidget::filtersChanged);
    connect(m_view, &NetworkView::companySelected, this, [this](const QString &id) {
        if (m_focus->currentIndex() > 0 && !id.isEmpty() && id != m_options.focusCompany)
            filtersChanged();
    });

    // Dates and the other filters on rows of their own.
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_play);
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_fromSlider, 1);
    dates->addWidget(m_toSlider, 1);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_asOfButton);
    auto *filters = new QWidget;
    auto *filterItems = new FlowLayout(filters);
    filterItems->addWidget(m_dealKinds);
    filterItems->addWidget(m_companyKinds);
    filterItems->addWidget(FlowLayout::group({m_minLabel, m_minAmount}));
    filterItems->addWidget(FlowLayout::group({m_focusLabel, m_focus}));
    filterItems->addWidget(m_reputable);

    // The dates and filters in one panel, which the Flows tab shows while it is open.
    m_filterPanel = new QWidget;
    m_filterPanel->setObjectName(QStringLiteral("networkFilterPanel"));
    auto *panel = new QVBoxLayout(m_filterPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->addLayout(dates);
    panel->addWidget(filters);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(tools);
    layout->addWidget(m_filterPanel);
    layout->addWidget(m_view, 1);
    m_progress->hide();
    m_cancel->hide();
}

void NetworkWidget::setStateAsOf(QDate date)
{
    m_asOf = date;
    {
        const QSignalBlocker a(m_fromSlider), b(m_toSlider);
        m_fromSlider->setValue(0);
        const int month = date.isValid()
            ? (date.year() - m_firstMonth.year()) * 12 + date.month() - m_firstMonth.month()
            : m_months;
        m_asOfSlider = std::clamp(month, 0, m_months);
        m_toSlider->setValue(m_asOfSlider);
    }
    filtersChanged();
}

QDate NetworkWidget::monthAt(int index) const
{
    return m_firstMonth.addMonths(index);
}

void NetworkWidget::updateDateLabels()
{
    const Formatter format(languageForLocale(QLocale()));
    // As wide as the longest month name, so that the sliders do not jump while they are dragged.
    int width = 0;
    for (int month = 1; month <= 12; ++month)
        width = std::max(width, m_fromLabel->fontMetrics().horizontalAdvance(format.monthYear(QDate(2025, month, 1))));
    for (QLabel *label : {m_fromLabel, m_toLabel})
        label->setMinimumWidth(width + 4);
    m_fromLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_fromLabel->setText(format.monthYear(monthAt(m_fromSlider->value())));
    m_toLabel->setText(m_asOf.isValid() ? format.date(m_asOf) : format.monthYear(monthAt(m_toSlider->value())));
}

void NetworkWidget::filtersChanged()
{
    DealFilter &filter = m_options.filter;
    const std::optional<QDate> oldFrom = filter.from, oldTo = filter.to;
    filter.from = m_fromSlider->value() > 0 ? std::optional<QDate>(monthAt(m_fromSlider->value())) : std::nullopt;
    filter.to = m_toSlider->value() < m_months
        ? std::optional<QDate>(monthAt(m_toSlider->value()).addMonths(1).addDays(-1))
        : std::nullopt;
    // The state as of a day stays while the sliders stay where setStateAsOf() put them.
    if (m_asOf.isValid() && m_fromSlider->value() == 0 && m_toSlider->value() == m_asOfSlider)
        filter.to = m_asOf;
    else
        m_asOf = QDate();
    filter.dealKinds = checkedKinds<DealKind>(m_dealKinds);
    filter.companyKinds = checkedKinds<CompanyKind>(m_companyKinds);
    filter.minAmount = m_minAmount->value() > 0
        ? std::optional<Money>(Money::fromUsd(qint64(std::llround(m_minAmount->value() * 1e9))))
        : std::nullopt;
    // The document's ratings of the moment; rebuild() follows later changes of them.
    filter.reputableSources = m_reputable->isChecked() ? std::optional(m_document->tiers()) : std::nullopt;
    m_options.focusSteps = m_focus->currentIndex();
    m_options.focusCompany = m_view->selectedCompany().isEmpty() ? m_options.focusCompany : m_view->selectedCompany();
    updateDateLabels();
    rebuild();
    Q_EMIT optionsChanged(m_options);
    if (filter.from != oldFrom || filter.to != oldTo)
        Q_EMIT dateRangeChanged(filter.from, filter.to);
}

void NetworkWidget::stepAnimation()
{
    if (m_toSlider->value() >= m_months) {
        m_play->setChecked(false);
        return;
    }
    m_toSlider->setValue(m_toSlider->value() + 1);
}

void NetworkWidget::retranslate()
{
    m_search->setPlaceholderText(tr("Find a company…"));
    m_minAmount->setLocale(QLocale()); // decimal comma in German
    m_sizeLabel->setText(tr("Size:"));
    for (int i = 0; i < m_sizeMeasure->count(); ++i)
        m_sizeMeasure->setItemText(i, NetworkPicture::measureName(SizeMeasure(i)));
    m_merge->setText(tr("Merge parallel deals"));
    m_merge->setToolTip(tr("Draw all deals from one company to another as one edge with their count and sum"));
    m_legend->setText(tr("Legend"));
    m_layoutButton->setText(tr("Lay out"));
    m_layoutButton->setToolTip(tr("Lay the network out again; companies you moved stay where they are"));
    const QList<QAction *> layoutActions = m_layoutButton->menu()->actions();
    layoutActions[0]->setText(tr("Force-directed"));
    layoutActions[1]->setText(tr("Circle by company kind"));
    layoutActions[2]->setText(tr("Layers: investors → AI labs → providers"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show the whole network (0)"));
    m_zoomLabel->setToolTip(tr("Zoom level (wheel, + and -)"));
    m_zoomLabel->setText(
        Formatter(languageForLocale(QLocale())).number(m_view->zoom() * 100, 0) + QStringLiteral(" %"));
    m_cancel->setText(tr("Stop"));
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_play->setToolTip(tr("Show the network growing over time"));
    m_asOfButton->setText(tr("As of…"));
    m_asOfButton->setToolTip(tr("Show the network, the timeline and the analysis as they stood on a date"));
    m_allDatesAction->setText(tr("All Dates"));
    m_fromSlider->setToolTip(tr("Deals from"));
    m_toSlider->setToolTip(tr("Deals until"));
    m_dealKinds->setText(tr("Deal kinds"));
    m_companyKinds->setText(tr("Company kinds"));
    const QList<QAction *> dealActions = m_dealKinds->menu()->actions();
    for (QAction *action : dealActions)
        action->setText(enumDisplayName(DealKind(action->data().toInt())));
    const QList<QAction *> companyActions = m_companyKinds->menu()->actions();
    for (QAction *action : companyActions)
        action->setText(enumDisplayName(CompanyKind(action->data().toInt())));
    m_minLabel->setText(tr("Minimum:"));
    m_minAmount->setSuffix(QStringLiteral(" ") + Formatter(languageForLocale(QLocale())).billionsUnit());
    m_focusLabel->setText(tr("Focus:"));
    m_focus->setItemText(0, tr("Whole network"));
    m_focus->setItemText(1, tr("Selected company and partners"));
    m_focus->setItemText(2, tr("Selected company, 2 steps"));
    m_reputable->setText(tr("Only figures backed by a primary source or news outlet"));
    m_reputable->setToolTip(tr("Hide deals whose sources are all trade press or unrated pages (aggregators, "
                               "blogs); the tiers follow the document's ratings of publishers"));
    const Language language = languageForLocale(QLocale());
    m_view->setLanguage(language);
    m_details->setLanguage(language);
    updateDateLabels();
}
