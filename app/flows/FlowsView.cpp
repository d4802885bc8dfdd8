#include "flows/FlowsView.h"

#include "document/Document.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

FlowsView::FlowsView(const Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("flowsView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAutoFillBackground(false);
}

FlowsView::~FlowsView() = default;

void FlowsView::setDiagram(const FlowDiagram &diagram)
{
    m_diagram = diagram;
    m_laidOut = false;
    m_emphasis.hoverBand = -1;
    m_emphasis.hoverNode = -1;
    m_emphasis.litBands.clear();
    if (!m_lit.isEmpty()) {
        const QList<int> bands = m_diagram.bandsOf(m_lit);
        m_emphasis.litBands = QSet<int>(bands.cbegin(), bands.cend());
    }
    updateAccessibleDescription();
    update();
}

void FlowsView::setLanguage(Language language)
{
    m_language = language;
    m_laidOut = false;
    update();
}

void FlowsView::highlightDeals(const QStringList &dealIds)
{
    m_lit = dealIds;
    const QList<int> bands = m_diagram.bandsOf(dealIds);
    m_emphasis.litBands = QSet<int>(bands.cbegin(), bands.cend());
    update();
}

void FlowsView::relayout() const
{
    const bool dark = NetworkTheme::forPalette(palette()).dark;
    m_flows = std::make_unique<FlowsPainter>(
        m_diagram, m_document->graph(), m_language, dark ? NetworkTheme::forPalette(palette()) : NetworkTheme {});
    m_flows->layout(QRectF(rect()).adjusted(12, 10, -12, -8));
    m_laidOut = true;
    ++m_layouts;
}

const FlowsPainter &FlowsView::flows() const
{
    if (!m_laidOut || !m_flows)
        relayout();
    return *m_flows;
}

void FlowsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const NetworkTheme theme = NetworkTheme::forPalette(palette());
    if (m_diagram.isEmpty()) {
        painter.fillRect(rect(), theme.dark ? theme.paper : QColor(Qt::white));
        painter.setPen(theme.softInk);
        painter.setFont(FlowsPainter::labelFont());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            FlowsPainter::tr("No money flows between the companies shown."));
        return;
    }
    // The diagram is kept as an image until its layout or its lit bands change; hovering only
    // draws an outline on top of it.
    const qreal ratio = devicePixelRatioF();
    const FlowsPainter &laidOut = flows();
    if (m_frameLayout != m_layouts || m_frame.isNull() || m_frameLit != m_emphasis.litBands
        || m_frame.size() != size() * ratio) {
        m_frame = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
        m_frame.setDevicePixelRatio(ratio);
        m_frame.fill(theme.dark ? theme.paper : QColor(Qt::white));
        QPainter frame(&m_frame);
        laidOut.paintDiagram(&frame, m_emphasis.litBands);
        m_frameLit = m_emphasis.litBands;
        m_frameLayout = m_layouts;
    }
    painter.drawImage(QPointF(0, 0), m_frame);
    laidOut.paintHover(&painter, m_emphasis);
    if (hasFocus() && m_emphasis.hoverBand >= 0) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(flows().bandGeometry()[m_emphasis.hoverBand].centre.boundingRect().adjusted(-3, -3, 3, 3));
    }
}

void FlowsView::resizeEvent(QResizeEvent *event)
{
    m_laidOut = false;
    QWidget::resizeEvent(event);
}

void FlowsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        m_laidOut = false;
    QWidget::changeEvent(event);
}

void FlowsView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const int node = flows().nodeAt(pos);
    const int band = node < 0 ? flows().bandAt(pos) : -1;
    if (node != m_emphasis.hoverNode || band != m_emphasis.hoverBand) {
        m_emphasis.hoverNode = node;
        m_emphasis.hoverBand = band;
        update();
    }
    const QString tip = node >= 0 ? flows().nodeToolTip(node) : flows().bandToolTip(band);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    setCursor(node >= 0 || band >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void FlowsView::leaveEvent(QEvent *event)
{
    m_emphasis.hoverNode = -1;
    m_emphasis.hoverBand = -1;
    update();
    QWidget::leaveEvent(event);
}

void FlowsView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    if (const int node = flows().nodeAt(pos); node >= 0) {
        const FlowNode &flowNode = m_diagram.nodes[node];
        if (flowNode.type == FlowNode::Type::Company)
            Q_EMIT companyClicked(flowNode.companyId);
        return;
    }
    if (const int band = flows().bandAt(pos); band >= 0)
        Q_EMIT dealsClicked(m_diagram.bands[band].dealIds);
}

void FlowsView::setCurrentBand(int band, bool showTip)
{
    m_emphasis.hoverBand = band;
    m_emphasis.hoverNode = -1;
    update();
    if (showTip && band >= 0) {
        const QRectF bounds = flows().bandGeometry()[band].centre.boundingRect();
        QToolTip::showText(mapToGlobal(flows().bandGeometry()[band].centre.pointAtPercent(0.5).toPoint()),
            flows().bandToolTip(band), this, bounds.toAlignedRect());
    }
    if (band >= 0 && QAccessible::isActive()) {
        QAccessibleEvent accessibleEvent(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&accessibleEvent);
    }
    updateAccessibleDescription();
}

bool FlowsView::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab go through the bands; past the last the focus moves on.
    const int count = int(m_diagram.bands.size());
    const int band = m_emphasis.hoverBand + (next ? 1 : -1);
    if (count == 0 || band < 0 || band >= count) {
        setCurrentBand(-1, false);
        return QWidget::focusNextPrevChild(next);
    }
    setCurrentBand(band, true);
    return true;
}

void FlowsView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_diagram.bands.size());
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (count > 0)
            setCurrentBand((m_emphasis.hoverBand + 1) % count, true);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (count > 0)
            setCurrentBand(m_emphasis.hoverBand <= 0 ? count - 1 : m_emphasis.hoverBand - 1, true);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_emphasis.hoverBand >= 0)
            Q_EMIT dealsClicked(m_diagram.bands[m_emphasis.hoverBand].dealIds);
        return;
    case Qt::Key_Escape:
        m_lit.clear();
        m_emphasis.litBands.clear();
        setCurrentBand(-1, false);
        QToolTip::hideText();
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void FlowsView::updateAccessibleDescription()
{
    if (m_emphasis.hoverBand >= 0 && m_emphasis.hoverBand < m_diagram.bands.size()) {
        const FlowBand &band = m_diagram.bands[m_emphasis.hoverBand];
        setAccessibleDescription(QStringLiteral("%1 → %2: %3")
                .arg(flows().nodeName(band.from), flows().nodeName(band.to),
                    flows().bandGeometry()[m_emphasis.hoverBand].label));
    } else {
        setAccessibleDescription(FlowsPainter::tr("%n band(s) of money", nullptr, int(m_diagram.bands.size())));
    }
}
