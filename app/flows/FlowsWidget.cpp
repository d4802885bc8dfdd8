#include "flows/FlowsWidget.h"

#include "document/Document.h"
#include "flows/FlowsRenderer.h"
#include "flows/FlowsView.h"
#include "widgets/FlowLayout.h"
#include "window/CapflowSettings.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString LayeringKey = QStringLiteral("flows/layering");
const QString TopKey = QStringLiteral("flows/topCompanies");
const QString OrderKey = QStringLiteral("flows/layerOrder");
} // namespace

FlowsWidget::FlowsWidget(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("flowsWidget"));
    m_layersLabel = new QLabel;
    m_layering = new QComboBox;
    m_layering->setObjectName(QStringLiteral("flowsLayering"));
    m_layering->addItem(QString(), int(FlowLayering::ByKind));
    m_layering->addItem(QString(), int(FlowLayering::ByCompany));
    m_layersLabel->setBuddy(m_layering);
    m_topLabel = new QLabel;
    m_top = new QSpinBox;
    m_top->setObjectName(QStringLiteral("flowsTopCompanies"));
    m_top->setRange(2, 60);
    m_top->setValue(12);
    m_topLabel->setBuddy(m_top);
    m_orderLabel = new QLabel;
    // The layers' order, dragged with the mouse (or Alt+Left/Right on the current one).
    m_order = new QListWidget;
    m_order->setObjectName(QStringLiteral("flowsLayerOrder"));
    m_order->setFlow(QListView::LeftToRight);
    m_order->setDragDropMode(QAbstractItemView::InternalMove);
    m_order->setDefaultDropAction(Qt::MoveAction);
    m_order->setWrapping(false);
    m_order->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_order->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_order->setSpacing(1);
    m_order->setFixedHeight(m_order->fontMetrics().height() + 14);
    m_orderLabel->setBuddy(m_order);
    m_order->installEventFilter(this);
    for (CompanyKind kind : FlowDiagramOptions::defaultLayerOrder()) {
        auto *item = new QListWidgetItem(m_order);
        item->setData(Qt::UserRole, int(kind));
        item->setTextAlignment(Qt::AlignCenter);
    }
    m_resetOrder = new QToolButton;
    m_resetOrder->setObjectName(QStringLiteral("flowsResetOrder"));

    CapflowSettings settings;
    m_layering->setCurrentIndex(settings.value(LayeringKey, 0).toInt() == int(FlowLayering::ByCompany) ? 1 : 0);
    m_top->setValue(settings.value(TopKey, 12).toInt());
    QList<CompanyKind> saved;
    for (const QString &key : settings.value(OrderKey).toStringList()) {
        if (const auto kind = enumFromKey<CompanyKind>(key))
            saved << *kind;
    }
    if (!saved.isEmpty())
        setLayerOrder(saved);
    m_top->setEnabled(m_layering->currentIndex() == 1);

    connect(m_layering, &QComboBox::currentIndexChanged, this, [this] {
        m_top->setEnabled(m_layering->currentIndex() == 1);
        saveChoices();
        changed();
    });
    connect(m_top, &QSpinBox::valueChanged, this, [this] {
        saveChoices();
        changed();
    });
    connect(m_order->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        saveChoices();
        changed();
    });
    connect(m_resetOrder, &QToolButton::clicked, this,
        [this] { setLayerOrder(FlowDiagramOptions::defaultLayerOrder()); });

    m_view = new FlowsView(document, this);
    connect(m_view, &FlowsView::dealsClicked, this, &FlowsWidget::dealsClicked);
    connect(m_view, &FlowsView::companyClicked, this, &FlowsWidget::companyClicked);
    connect(document, &Document::contentChanged, this, &FlowsWidget::changed);
    connect(document, &Document::reset, this, &FlowsWidget::changed);

    auto *controls = new QWidget;
    auto *items = new FlowLayout(controls);
    items->addWidget(FlowLayout::group({m_layersLabel, m_layering}));
    items->addWidget(FlowLayout::group({m_topLabel, m_top}));
    items->addWidget(FlowLayout::group({m_orderLabel, m_order}));
    items->addWidget(m_resetOrder);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(4, 4, 4, 0);
    m_layout->addWidget(controls);
    m_layout->addWidget(m_view, 1);
    retranslate();
}

bool FlowsWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_order && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_order->currentRow();
        const int step = key->key() == Qt::Key_Left ? -1 : key->key() == Qt::Key_Right ? 1 : 0;
        if ((key->modifiers() & Qt::AltModifier) && step != 0 && row >= 0 && row + step >= 0
            && row + step < m_order->count()) {
            QList<CompanyKind> order = layerOrder();
            order.move(row, row + step);
            setLayerOrder(order);
            m_order->setCurrentRow(row + step);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FlowsWidget::adoptFilterPanel(QWidget *panel)
{
    if (panel && panel->parentWidget() != this) {
        m_layout->insertWidget(1, panel);
        panel->show();
    }
}

void FlowsWidget::setNetworkOptions(const NetworkOptions &options)
{
    m_network = options;
    changed();
}

void FlowsWidget::setLayering(FlowLayering layering)
{
    m_layering->setCurrentIndex(layering == FlowLayering::ByCompany ? 1 : 0);
}

void FlowsWidget::setTopCompanies(int count)
{
    m_top->setValue(count);
}

void FlowsWidget::setLayerOrder(const QList<CompanyKind> &order)
{
    QList<CompanyKind> complete;
    for (CompanyKind kind : order + FlowDiagramOptions::defaultLayerOrder()) {
        if (!complete.contains(kind))
            complete << kind;
    }
    {
        const QSignalBlocker block(m_order->model());
        for (int i = 0; i < complete.size(); ++i) {
            for (int row = i; row < m_order->count(); ++row) {
                if (m_order->item(row)->data(Qt::UserRole).toInt() == int(complete[i])) {
                    m_order->insertItem(i, m_order->takeItem(row));
                    break;
                }
            }
        }
    }
    saveChoices();
    changed();
}

QList<CompanyKind> FlowsWidget::layerOrder() const
{
    QList<CompanyKind> order;
    for (int row = 0; row < m_order->count(); ++row)
        order << CompanyKind(m_order->item(row)->data(Qt::UserRole).toInt());
    return order;
}

FlowDiagramOptions FlowsWidget::diagramOptions() const
{
    FlowDiagramOptions options;
    options.layering = FlowLayering(m_layering->currentData().toInt());
    options.topCompanies = m_top->value();
    options.layerOrder = layerOrder();
    return FlowsRenderer::forNetwork(*m_document, m_network, options);
}

void FlowsWidget::saveChoices() const
{
    CapflowSettings settings;
    settings.setValue(LayeringKey, m_layering->currentData().toInt());
    settings.setValue(TopKey, m_top->value());
    QStringList keys;
    for (CompanyKind kind : layerOrder())
        keys << enumKey(kind);
    settings.setValue(OrderKey, keys);
}

void FlowsWidget::changed()
{
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void FlowsWidget::showEvent(QShowEvent *event)
{
    if (m_dirty)
        rebuild();
    QWidget::showEvent(event);
}

void FlowsWidget::rebuild()
{
    m_dirty = false;
    m_view->setDiagram(FlowDiagram::build(m_document->graph(), diagramOptions()));
}

void FlowsWidget::retranslate()
{
    m_layersLabel->setText(tr("Layers:"));
    m_layering->setItemText(0, tr("By company kind"));
    m_layering->setItemText(1, tr("By company"));
    m_layering->setToolTip(tr("Draw a layer for each kind of company, or the largest companies on their own"));
    m_topLabel->setText(tr("Companies:"));
    m_top->setToolTip(tr("How many of the companies with the most money are drawn on their own; the others are "
                         "grouped by kind"));
    m_orderLabel->setText(tr("Order:"));
    m_order->setToolTip(tr("Drag the layers into the order the money should flow from left to right (or Alt+Left and Alt+Right)"));
    for (int row = 0; row < m_order->count(); ++row)
        m_order->item(row)->setText(FlowsPainter::layerName(CompanyKind(m_order->item(row)->data(Qt::UserRole).toInt())));
    int width = 8;
    for (int row = 0; row < m_order->count(); ++row)
        width += m_order->fontMetrics().horizontalAdvance(m_order->item(row)->text()) + 14;
    m_order->setFixedWidth(width);
    m_resetOrder->setText(tr("Default Order"));
    m_resetOrder->setToolTip(tr("Investors, conglomerates, AI labs, cloud providers, chip makers, other companies"));
    m_view->setAccessibleName(tr("Flow diagram"));
    m_view->setLanguage(languageForLocale(QLocale()));
    m_dirty = true;
    if (isVisible())
        rebuild();
}
