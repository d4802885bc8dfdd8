#include "network/NetworkWidget.h"

#include <QBoxLayout>

#include "document/Document.h"
#include "editing/Editor.h"
#include "format/Formatter.h"
#include "layout/Arrangements.h"
#include "layout/DealLayoutInput.h"
#include "layout/LayoutRunner.h"
#include "network/NetworkDetailsPanel.h"
#include "network/NetworkView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
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

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

NetworkWidget::NetworkWidget(Document *document, Editor *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
    , m_runner(new LayoutRunner(this))
{
    setObjectName(QStringLiteral("networkWidget"));
    m_view = new NetworkView(this);
    m_view->setEditor(editor);
    m_details = new NetworkDetailsPanel(document);
    createControls();

    connect(m_runner, &LayoutRunner::snapshot, this, [this](const QList<QPointF> &p) {
        // A large network takes long to paint: its snapshots are shown so seldom that painting
        // them takes at most a fifth of the time, and the layout keeps the processor.
        if (m_sinceSnapshot.isValid() && m_sinceSnapshot.elapsed() < 5 * m_view->lastFrameMilliseconds())
            return;
        m_sinceSnapshot.start();
        applyPositions(p, false);
    });
    connect(m_runner, &LayoutRunner::finished, this, [this](const QList<QPointF> &p) { applyPositions(p, true); });
    connect(m_runner, &LayoutRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &LayoutRunner::cancelled, this, [this]() {
        m_progress->hide();
        m_cancel->hide();
    });
    connect(m_view, &NetworkView::pathsRequested, this, &NetworkWidget::pathsRequested);
    connect(m_view, &NetworkView::companySelected, this, [this](const QString &id) {
        m_details->showCompany(id);
        Q_EMIT companySelected(id);
    });
    connect(m_view, &NetworkView::dealSelected, this, [this](const QString &id) {
        m_details->showDeal(id);
        Q_EMIT dealSelected(id);
    });
    connect(m_view, &NetworkView::companyMoved, this, [this](const QString &id, QPointF pos) {
        m_positions.insert(id, pos);
        m_scene.updatePositions(m_positions);
        m_view->positionsChanged({id});
    });
    connect(m_details, &NetworkDetailsPanel::companyActivated, m_view, &NetworkView::centreOnCompany);
    connect(m_details, &NetworkDetailsPanel::dealActivated, m_view, &NetworkView::selectDeal);

    // Live updates: rebuild the scene (cheap), never the layout.
    connect(m_document, &Document::reset, this, &NetworkWidget::documentReset);
    connect(m_document, &Document::companyAdded, this, [this](const QString &id) {
        std::optional<QRectF> bounds;
        placeNearPartners(id, bounds);
        rebuild();
    });
    connect(m_document, &Document::dealAdded, this, [this](const QString &id) {
        if (const Deal *deal = m_document->deal(id)) {
            // A company whose only deal this is moves next to its partner.
            std::optional<QRectF> bounds;
            for (const QString &end : {deal->from, deal->to}) {
                const Company *c = m_document->company(end);
                if (c && !c->position
                    && m_document->graph().dealsOut(end).size() + m_document->graph().dealsIn(end).size() == 1) {
                    m_positions.remove(end);
                    placeNearPartners(end, bounds);
                }
            }
        }
        rebuild();
    });
    // Deals added, changed or removed can move the first or last month: the slider follows.
    for (auto signal : {&Document::dealAdded, &Document::dealChanged, &Document::dealRemoved}) {
        connect(m_document, signal, this, [this] {
            if (updateDateRange(true))
                filtersChanged();
        });
    }
    for (auto signal :
        {&Document::companyChanged, &Document::companyRemoved, &Document::dealChanged, &Document::dealRemoved,
            &Document::valuationAdded, &Document::valuationChanged, &Document::valuationRemoved})
        connect(m_document, signal, this, &NetworkWidget::rebuild);
    // A change of the document's ratings of publishers changes tiers in the details and what the
    // reputable-only filter lets through; it comes with no row signal.
    connect(m_document, &Document::contentChanged, this, [this]() {
        if (m_document->sourceTiers() != m_tierRules)
            rebuild();
    });
    connect(m_document, &Document::positionsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (const Company *c = m_document->company(id); c && c->position)
                m_positions.insert(id, *c->position);
        }
        m_scene.updatePositions(m_positions);
        m_view->positionsChanged(ids);
    });
    documentReset();
    retranslate();
}

NetworkWidget::~NetworkWidget()
{
    // The runner is a child, which ~QWidget would delete after this object's members are gone,
    // while its worker may still deliver a snapshot or progress to handlers that use them.
    disconnect(m_runner, nullptr, this, nullptr);
    delete m_runner;
    m_runner = nullptr;
}

bool NetworkWidget::isLayoutRunning() const
{
    return m_runner->isRunning();
}

void NetworkWidget::setOptions(const NetworkOptions &options)
{
    m_options = options;
    rebuild();
    Q_EMIT optionsChanged(m_options);
}

void NetworkWidget::takeBackFilterPanel()
{
    if (m_filterPanel->parentWidget() != this) {
        static_cast<QBoxLayout *>(layout())->insertWidget(1, m_filterPanel);
        m_filterPanel->show();
    }
}

void NetworkWidget::selectDeal(const QString &id)
{
    m_view->selectDeal(id);
}

void NetworkWidget::selectCompany(const QString &id)
{
    m_view->selectCompany(id);
}

void NetworkWidget::highlightDeals(const QStringList &dealIds)
{
    m_view->highlightDeals(dealIds);
}

bool NetworkWidget::updateDateRange(bool keepChoice)
{
    // The date slider spans the deals' months.
    QDate first, last;
    for (const Deal *deal : m_document->graph().deals()) {
        if (!first.isValid() || deal->date.periodStart() < first)
            first = deal->date.periodStart();
        if (!last.isValid() || deal->date.periodStart() > last)
            last = deal->date.periodStart();
    }
    const QDate firstMonth = first.isValid() ? QDate(first.year(), first.month(), 1)
                                             : QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const int months = first.isValid() ? (last.year() - first.year()) * 12 + last.month() - first.month() : 0;
    if (keepChoice && firstMonth == m_firstMonth && months == m_months)
        return false;
    // After an edit, the months chosen stay chosen; an end at the first or last month stays there.
    const bool fromAtStart = m_fromSlider->value() == 0;
    const bool toAtEnd = m_toSlider->value() >= m_months;
    const QDate fromMonth = monthAt(m_fromSlider->value());
    const QDate toMonth = monthAt(m_toSlider->value());
    m_firstMonth = firstMonth;
    m_months = months;
    auto indexOf = [this](QDate month) {
        return std::clamp((month.year() - m_firstMonth.year()) * 12 + month.month() - m_firstMonth.month(), 0, m_months);
    };
    const QSignalBlocker a(m_fromSlider), b(m_toSlider);
    for (QSlider *slider : {m_fromSlider, m_toSlider})
        slider->setRange(0, m_months);
    m_fromSlider->setValue(!keepChoice || fromAtStart ? 0 : indexOf(fromMonth));
    m_toSlider->setValue(!keepChoice || toAtEnd ? m_months : indexOf(toMonth));
    return true;
}

void NetworkWidget::documentReset()
{
    updateDateRange(false);
    m_options.filter.from.reset();
    m_options.filter.to.reset();
    m_asOf = QDate();
    updateDateLabels();
    // Sorted as sort(Qt::CaseInsensitive) would, each name folded once rather than per comparison.
    std::vector<std::pair<QString, QString>> folded;
    for (const Company *c : m_document->graph().companies())
        folded.emplace_back(c->name.toCaseFolded(), c->name);
    std::sort(folded.begin(), folded.end());
    QStringList names;
    names.reserve(qsizetype(folded.size()));
    for (const auto &[key, name] : folded)
        names << name;
    auto *completer = new QCompleter(names, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    m_fitted = false;
    m_positions.clear(); // another document: nothing of the old picture applies
    relayout();
}

void NetworkWidget::relayout()
{
    const DealLayoutInput input = DealLayoutInput::from(m_document->graph(), DealLayoutInput::Pins::SavedPositions);
    m_layoutIds = input.companyIds;
    // Start from what is known: saved positions, else keep the current picture while it settles.
    for (const Company *c : m_document->graph().companies()) {
        if (c->position)
            m_positions.insert(c->id, *c->position);
    }
    rebuild();
    if (m_layoutIds.isEmpty()) { // nothing to lay out (an empty document, a start with FILE)
        m_runner->cancel();
        m_progress->hide();
        m_cancel->hide();
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_sinceSnapshot.invalidate(); // the new layout's first snapshot is shown
    m_cancel->show();
    m_runner->start(input.graph, LayoutOptions {});
    ++m_layoutsStarted;
}

void NetworkWidget::applyPositions(const QList<QPointF> &positions, bool final)
{
    for (int i = 0; i < positions.size() && i < m_layoutIds.size(); ++i) {
        const Company *c = m_document->company(m_layoutIds[i]);
        if (c && !c->position) // saved positions win (a drag while the layout runs)
            m_positions.insert(m_layoutIds[i], positions[i]);
    }
    m_scene.updatePositions(m_positions);
    if (final) {
        // No disc on top of another (a small network laid out tight, an arrangement's ring):
        // companies placed by hand stay where they are.
        QSet<QString> pinned;
        for (const Company *c : m_document->graph().companies()) {
            if (c->position)
                pinned.insert(c->id);
        }
        const QHash<QString, QPointF> moved = m_scene.separateDiscs(pinned);
        for (auto it = moved.cbegin(); it != moved.cend(); ++it)
            m_positions.insert(it.key(), it.value());
    }
    m_view->positionsChanged();
    if (!m_fitted || final) {
        if (!m_fitted || final)
            m_view->fitToView();
        m_fitted = m_fitted || final;
    }
    if (final) {
        m_progress->hide();
        m_cancel->hide();
    }
}

void NetworkWidget::arrangeCircle()
{
    m_runner->cancel();
    const DealLayoutInput input = DealLayoutInput::from(m_document->graph(), DealLayoutInput::Pins::None);
    m_layoutIds = input.companyIds;
    const auto p = Arrangements::circleByKind(input.graph, input.kinds, 70);
    applyPositions(QList<QPointF>(p.begin(), p.end()), true);
}

void NetworkWidget::arrangeLayers()
{
    m_runner->cancel();
    const DealLayoutInput input = DealLayoutInput::from(m_document->graph(), DealLayoutInput::Pins::None);
    m_layoutIds = input.companyIds;
    const auto p = Arrangements::layers(input.graph, input.kinds, 90);
    applyPositions(QList<QPointF>(p.begin(), p.end()), true);
}

void NetworkWidget::placeNearPartners(const QString &companyId, std::optional<QRectF> &pictureBounds)
{
    const Company *company = m_document->company(companyId);
    if (!company || m_positions.contains(companyId))
        return;
    if (company->position) {
        m_positions.insert(companyId, *company->position);
        return;
    }
    QPointF sum;
    int count = 0;
    const DealGraph &graph = m_document->graph();
    for (const QList<const Deal *> &deals : {graph.dealsOut(companyId), graph.dealsIn(companyId)}) {
        for (const Deal *deal : deals) {
            const QString &other = deal->from == companyId ? deal->to : deal->from;
            if (const auto it = m_positions.constFind(other); it != m_positions.cend()) {
                sum += *it;
                ++count;
            }
        }
    }
    // Beside its partners at an angle fixed by the id, or beside the picture when it has none.
    const double angle = double(qHash(companyId) % 360) * M_PI / 180.0;
    const QPointF offset(std::cos(angle) * 110, std::sin(angle) * 110);
    if (count > 0) {
        m_positions.insert(companyId, sum / count + offset);
    } else {
        if (!pictureBounds)
            pictureBounds = m_scene.bounds();
        const QRectF &bounds = *pictureBounds;
        m_positions.insert(companyId, bounds.isNull() ? QPointF() : QPointF(bounds.right() + 80, bounds.top() + 40));
    }
}

void NetworkWidget::rebuild()
{
    // The reputable-only filter rates sources as the document does now.
    if (m_options.filter.reputableSources)
        m_options.filter.reputableSources = m_document->tiers();
    m_tierRules = m_document->sourceTiers();
    std::optional<QRectF> bounds; // the picture's, which stays as it is until the build below
    for (const Company *c : m_document->graph().companies())
        placeNearPartners(c->id, bounds);
    m_scene.build(*m_document, m_options, m_positions);
    m_view->setNetwork(&m_scene);
    // What the filter now hides (during Play, say) is no longer selected, nor in the details.
    if (const QString deal = m_view->selectedDeal(); !deal.isEmpty() && m_scene.edgeOfDeal(deal) < 0)
        m_view->selectDeal(QString());
    else if (const QString company = m_view->selectedCompany(); !company.isEmpty() && m_scene.nodeIndex(company) < 0)
        m_view->selectCompany(QString());
    m_details->refresh();
}
