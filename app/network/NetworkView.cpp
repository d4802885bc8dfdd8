#include "network/NetworkView.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "network/NetworkDealText.h"

#include <QGraphicsScene>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

NetworkView::NetworkView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("networkView"));
    auto *scene = new QGraphicsScene(this);
    scene->setItemIndexMethod(QGraphicsScene::NoIndex); // no items: everything is painted batched
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_theme = NetworkTheme::forPalette(palette());
    setBackgroundBrush(m_theme.paper);
    // A full frame once panning or zooming pauses this long.
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(160);
    connect(m_settle, &QTimer::timeout, this, &NetworkView::settle);
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_theme = NetworkTheme::forPalette(palette());
        setBackgroundBrush(m_theme.paper);
        repaintAll();
    }
    QGraphicsView::changeEvent(event);
}

void NetworkView::repaintAll()
{
    m_frame.invalidate();
    viewport()->update();
}

void NetworkView::startMoving()
{
    m_moving = true;
    m_settle->start();
}

void NetworkView::settle()
{
    m_settle->stop();
    if (!m_moving)
        return;
    m_moving = false;
    viewport()->update();
}

void NetworkView::scrollContentsBy(int dx, int dy)
{
    if (m_panning)
        startMoving();
    QGraphicsView::scrollContentsBy(dx, dy);
}

void NetworkView::setLanguage(Language language)
{
    m_language = language;
    repaintAll();
}

void NetworkView::setNetwork(const NetworkPicture *scene)
{
    m_network = scene;
    sceneChanged();
}

void NetworkView::sceneChanged()
{
    // Indices into the scene are stale; find the selection again by id.
    m_dragNode = -1;
    m_frame.invalidate();
    updateSceneRect();
    refreshEmphasis();
}

void NetworkView::positionsChanged(const QStringList &ids)
{
    updateSceneRect();
    // A drag step moves only the dragged company, which is drawn over a frame kept without it:
    // the frame stays.
    const int dragged = draggedNode();
    if (dragged >= 0 && m_frame.isValid() && m_frame.hiddenNode() == dragged && ids.size() == 1
        && ids.constFirst() == m_network->nodes()[dragged].id) {
        viewport()->update();
        return;
    }
    repaintAll();
}

int NetworkView::draggedNode() const
{
    return m_dragged && m_network && m_dragNode >= 0 && m_dragNode < int(m_network->nodes().size()) ? m_dragNode : -1;
}

void NetworkView::updateSceneRect()
{
    if (!m_network)
        return;
    const QRectF bounds = m_network->bounds();
    const double margin = std::max(bounds.width(), bounds.height()) * 0.5 + 200;
    // Only grow, so that panning and a settling layout do not jump.
    scene()->setSceneRect(scene()->sceneRect().united(bounds.adjusted(-margin, -margin, margin, margin)));
}

void NetworkView::setLegendVisible(bool visible)
{
    m_legend = visible;
    repaintAll();
}

void NetworkView::refreshEmphasis()
{
    const int hoverNode = m_emphasis.hoverNode, hoverEdge = m_emphasis.hoverEdge;
    m_emphasis = NetworkEmphasis();
    if (m_network) {
        const int nodes = int(m_network->nodes().size()), edges = int(m_network->edges().size());
        m_emphasis.hoverNode = hoverNode < nodes ? hoverNode : -1;
        m_emphasis.hoverEdge = hoverEdge < edges ? hoverEdge : -1;
        m_emphasis.selectedNode = m_network->nodeIndex(m_selectedCompany);
        m_emphasis.selectedEdge = m_network->edgeOfDeal(m_selectedDeal);
        for (const QString &id : std::as_const(m_highlighted)) {
            const int edge = m_network->edgeOfDeal(id);
            if (edge >= 0)
                m_emphasis.highlightedEdges.insert(edge);
        }
    }
    viewport()->update(); // emphasis is drawn over the kept frame
}

void NetworkView::selectCompany(const QString &id)
{
    if (id == m_selectedCompany && m_selectedDeal.isEmpty())
        return;
    m_selectedCompany = id;
    m_selectedDeal.clear();
    refreshEmphasis();
    announceSelection();
    Q_EMIT companySelected(id);
}

void NetworkView::selectDeal(const QString &id)
{
    if (id == m_selectedDeal && m_selectedCompany.isEmpty())
        return;
    m_selectedDeal = id;
    m_selectedCompany.clear();
    refreshEmphasis();
    if (m_network && !id.isEmpty()) {
        const int edge = m_network->edgeOfDeal(id);
        if (edge >= 0) {
            const auto &e = m_network->edges()[edge];
            const QPointF mid = (m_network->nodes()[e.from].pos + m_network->nodes()[e.to].pos) / 2;
            if (!mapToScene(viewport()->rect()).boundingRect().contains(mid))
                centerOn(mid);
        }
    }
    announceSelection();
    Q_EMIT dealSelected(id);
}

void NetworkView::highlightDeals(const QStringList &dealIds)
{
    m_highlighted = dealIds;
    refreshEmphasis();
}

void NetworkView::fitToView()
{
    if (!m_network || m_network->nodes().empty())
        return;
    QRectF bounds = m_network->bounds().adjusted(-40, -40, 40, 40);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (m_legend) {
        // The network in the part of the view right of the legend (in the top-left corner; one
        // column, or more in a short view), measured at the zoom of a fit without it.
        const QRectF device(QPointF(0, 0), QSizeF(viewport()->size()));
        const double legendWidth
            = NetworkPainter(*m_network, m_language, m_theme).paintLegend(nullptr, device, zoom()).width() + 14;
        const QRectF target = device.adjusted(std::min(legendWidth, device.width() / 2), 0, 0, 0);
        const double factor = std::min(target.width() / bounds.width(), target.height() / bounds.height());
        if (factor > 0) {
            setTransform(QTransform::fromScale(factor, factor));
            const QPointF centre = bounds.center() - (target.center() - device.center()) / factor;
            // The scene reaches as far as the view then shows (it only grows), so that the centre
            // can be reached.
            const QSizeF shown = device.size() / factor;
            scene()->setSceneRect(scene()->sceneRect().united(
                QRectF(centre - QPointF(shown.width(), shown.height()) / 2, shown).adjusted(-10, -10, 10, 10)));
            centerOn(centre);
        }
    }
    // A few companies are not blown up beyond their natural size (as in exports), where discs and
    // arrowheads would turn into blots.
    if (zoom() > MaxFitZoom) {
        const double factor = MaxFitZoom / zoom();
        scale(factor, factor);
        centerOn(bounds.center());
    }
    m_fitted = std::pair(transform(), mapToScene(viewport()->rect().center()));
    Q_EMIT zoomChanged(zoom());
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    const bool asFitted = m_fitted && m_fitted->first == transform()
        && QLineF(m_fitted->second, mapToScene(viewport()->rect().center())).length() * zoom() < 2;
    QGraphicsView::resizeEvent(event);
    if (asFitted)
        fitToView();
}

void NetworkView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.005, 20.0);
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void NetworkView::centreOnCompany(const QString &id)
{
    if (!m_network)
        return;
    const int node = m_network->nodeIndex(id);
    if (node < 0)
        return;
    if (zoom() < 0.6)
        zoomBy(0.8 / zoom());
    centerOn(m_network->nodes()[node].pos);
    selectCompany(id);
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        startMoving();
        zoomBy(std::pow(1.2, steps));
    }
    event->accept();
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    if (navigate(event))
        return;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        startMoving();
        setTransformationAnchor(AnchorViewCenter);
        zoomBy(1.25);
        setTransformationAnchor(AnchorUnderMouse);
        return;
    case Qt::Key_Minus:
        startMoving();
        setTransformationAnchor(AnchorViewCenter);
        zoomBy(0.8);
        setTransformationAnchor(AnchorUnderMouse);
        return;
    case Qt::Key_0: fitToView(); return;
    case Qt::Key_Escape:
        selectCompany(QString());
        highlightDeals({});
        return;
    default: QGraphicsView::keyPressEvent(event);
    }
}

int NetworkView::nodeAtViewport(QPoint pos) const
{
    return m_network ? m_network->nodeAt(mapToScene(pos), tolerance()) : -1;
}

int NetworkView::edgeAtViewport(QPoint pos) const
{
    return m_network ? m_network->edgeAt(mapToScene(pos), tolerance()) : -1;
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_network) {
        const int node = nodeAtViewport(event->pos());
        if (node >= 0) {
            selectCompany(m_network->nodes()[node].id);
            m_dragNode = node;
            m_dragOffset = m_network->nodes()[node].pos - mapToScene(event->pos());
            m_dragged = false;
            event->accept();
            return;
        }
        const int edge = edgeAtViewport(event->pos());
        if (edge >= 0) {
            selectDeal(m_network->edges()[edge].dealIds.constFirst());
            event->accept();
            return;
        }
        if (!m_selectedCompany.isEmpty() || !m_selectedDeal.isEmpty())
            selectCompany(QString());
        m_panning = true; // the view drags the background from here on
    }
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::contextMenuEvent(QContextMenuEvent *event)
{
    const int node = m_network ? nodeAtViewport(event->pos()) : -1;
    if (node < 0) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    const QString id = m_network->nodes()[node].id;
    const QString name = m_network->nodes()[node].name;
    selectCompany(id);
    QMenu menu(this);
    QAction *from = menu.addAction(tr("Find Paths from %1…").arg(name));
    QAction *to = menu.addAction(tr("Find Paths to %1…").arg(name));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == from)
        Q_EMIT pathsRequested(id, QString());
    else if (chosen == to)
        Q_EMIT pathsRequested(QString(), id);
    event->accept();
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragNode >= 0 && (event->buttons() & Qt::LeftButton)) {
        const NetworkNode &node = m_network->nodes()[m_dragNode];
        const QPointF pos = mapToScene(event->pos()) + m_dragOffset;
        if (!m_dragged) {
            m_dragged = true;
            m_dragId = m_editor ? m_editor->newDragId() : 0;
        }
        const QString id = node.id;
        // With an editor the move goes through the document (undoable, saved), whose
        // positionsChanged brings it back to the picture; without one only the picture moves.
        if (m_editor)
            m_editor->moveCompanies({{id, pos}}, m_dragId, tr("Move %1").arg(node.name));
        else
            Q_EMIT companyMoved(id, pos);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton || !m_network)
        return;
    const int node = nodeAtViewport(event->pos());
    const int edge = node >= 0 ? -1 : edgeAtViewport(event->pos());
    if (node != m_emphasis.hoverNode || edge != m_emphasis.hoverEdge) {
        m_emphasis.hoverNode = node;
        m_emphasis.hoverEdge = edge;
        viewport()->setCursor(node >= 0 || edge >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        viewport()->update();
    }
    if (edge >= 0)
        showDealTooltip(edge, event->globalPosition().toPoint());
    else if (node >= 0)
        QToolTip::showText(event->globalPosition().toPoint(),
            NetworkDealText::companyToolTip(*m_network, node, m_language), this);
    else
        QToolTip::hideText();
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_frame.hiddenNode() >= 0)
        viewport()->update(); // a full frame again, with the company where it was dropped
    m_dragNode = -1;
    m_dragged = false;
    m_panning = false;
    QGraphicsView::mouseReleaseEvent(event);
    settle();
}

void NetworkView::leaveEvent(QEvent *event)
{
    if (m_emphasis.hoverNode >= 0 || m_emphasis.hoverEdge >= 0) {
        m_emphasis.hoverNode = m_emphasis.hoverEdge = -1;
        viewport()->update();
    }
    QGraphicsView::leaveEvent(event);
}

void NetworkView::showDealTooltip(int edge, QPoint globalPos)
{
    if (!m_editor)
        return;
    QToolTip::showText(
        globalPos, NetworkDealText::edgeToolTip(*m_editor->document(), *m_network, edge, m_language), this);
}

NetworkFrame::Setup NetworkView::frameSetup() const
{
    const qreal ratio = viewport()->devicePixelRatioF();
    return NetworkFrame::Setup {m_network, m_language, font(), (QSizeF(viewport()->size()) * ratio).toSize(), ratio,
        zoom(), m_legend, m_theme, draggedNode()};
}

void NetworkView::paintEvent(QPaintEvent *)
{
    const QRectF device(viewport()->rect());
    const QTransform transform = viewportTransform();
    const NetworkFrame::Setup setup = frameSetup();
    auto current = [&] { return m_frame.isFor(transform, setup.pixels, setup.ratio); };
    if (!m_frame.isValid() || m_frame.hiddenNode() != setup.hiddenNode
        || (!m_moving && (!current() || !m_frame.isExact())))
        m_frame.render(setup, transform);
    else if (m_moving && !current())
        m_frame.scroll(setup, transform); // when it cannot, the frame is moved or scaled as an image below

    QPainter painter(viewport());
    if (current()) {
        painter.drawImage(QPointF(0, 0), m_frame.image());
    } else {
        // Moving: the last frame, moved and scaled to where the network is now.
        painter.fillRect(device, m_theme.paper);
        painter.setTransform(m_frame.transform().inverted() * transform);
        painter.drawImage(QPointF(0, 0), m_frame.image());
        painter.resetTransform();
    }
    if (!m_network)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const NetworkPainter networkPainter(*m_network, m_language, m_theme);
    const QRectF legend = m_legend ? m_frame.legendRect() : QRectF();
    if (!m_emphasis.isEmpty()) {
        // Everything else fades (as if drawn at 15 % strength); what stands out is drawn on top.
        painter.fillRect(device, m_theme.panel(217));
        painter.setTransform(transform);
        networkPainter.paintEmphasis(&painter, transform.inverted().mapRect(device), zoom(), m_emphasis);
        painter.resetTransform();
        // Names where the kept frame has them, when the frame is not moving.
        QHash<QString, QRectF> places
            = m_frame.transform() == transform ? m_frame.labelPlaces() : QHash<QString, QRectF>();
        networkPainter.paintLabels(&painter, transform, device, zoom(), m_emphasis, {legend}, true, &places);
    }
    if (setup.hiddenNode >= 0) {
        // The company being dragged, with its deals and partners, over the frame kept without it.
        NetworkEmphasis dragged;
        dragged.hoverNode = setup.hiddenNode;
        painter.setTransform(transform);
        networkPainter.paintEmphasis(&painter, transform.inverted().mapRect(device), zoom(), dragged);
        painter.resetTransform();
        QHash<QString, QRectF> places = m_frame.labelPlaces();
        networkPainter.paintLabels(&painter, transform, device, zoom(), dragged, {legend}, true, &places);
    }
    if (m_legend)
        m_frame.paintLegend(&painter);
}
