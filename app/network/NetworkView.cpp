#include "network/NetworkView.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "format/Formatter.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QThread>
#include <QToolTip>
#include <QWheelEvent>

#include <cstring>
#include <thread>
#include <vector>

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
    setBackgroundBrush(Qt::white);
    // A full frame once panning or zooming pauses this long.
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(160);
    connect(m_settle, &QTimer::timeout, this, &NetworkView::settle);
}

void NetworkView::repaintAll()
{
    m_frameValid = false;
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

void NetworkView::setNetwork(const NetworkScene *scene)
{
    m_network = scene;
    sceneChanged();
}

void NetworkView::sceneChanged()
{
    // Indices into the scene are stale; find the selection again by id.
    m_dragNode = -1;
    m_frameValid = false;
    updateSceneRect();
    refreshEmphasis();
}

void NetworkView::positionsChanged()
{
    updateSceneRect();
    repaintAll();
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
        // Keep the network clear of the legend in the top-left corner.
        bounds.setLeft(bounds.left() - 200 / zoom());
        fitInView(bounds, Qt::KeepAspectRatio);
    }
    // A few companies are not blown up beyond their natural size (as in exports), where discs and
    // arrowheads would turn into blots.
    if (zoom() > MaxFitZoom) {
        const double factor = MaxFitZoom / zoom();
        scale(factor, factor);
        centerOn(bounds.center());
    }
    Q_EMIT zoomChanged(zoom());
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

void NetworkView::renderFrame(const QTransform &transform)
{
    const qreal ratio = viewport()->devicePixelRatioF();
    const QSize pixels = framePixels();
    // Opaque pixels: the frame is copied to the window without blending.
    if (m_frame.size() != pixels || m_frame.devicePixelRatio() != ratio) {
        m_frame = QImage(pixels, QImage::Format_RGB32);
        m_frame.setDevicePixelRatio(ratio);
    }
    m_frame.fill(Qt::white);
    m_frameTransform = transform;
    m_frameValid = true;
    m_frameExact = true;
    ++m_fullFrames;
    m_legendImage = QImage();
    if (!m_network)
        return;
    const QRectF device(viewport()->rect());
    const NetworkPainter networkPainter(*m_network, m_language);
    QElapsedTimer timer;
    timer.start();
    // The network in horizontal bands painted side by side on the processor's cores.
    const int bands = m_network->edges().size() > 300 ? std::clamp(QThread::idealThreadCount(), 1, 4) : 1;
    std::vector<std::thread> helpers;
    auto band = [&](int k) {
        return QRect(0, pixels.height() * k / bands, pixels.width(),
            pixels.height() * (k + 1) / bands - pixels.height() * k / bands);
    };
    uchar *bits = m_frame.bits(); // once, here: bits() may detach, and the bands share the image
    for (int k = 1; k < bands; ++k)
        helpers.emplace_back([this, bits, transform, rect = band(k)] { paintWorldInto(bits, rect, transform); });
    paintWorldInto(bits, band(0), transform);
    for (std::thread &helper : helpers)
        helper.join();
    m_worldMilliseconds = timer.nsecsElapsed() / 1e6;

    QPainter painter(&m_frame);
    painter.setFont(font());
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::Antialiasing);
    QList<QRectF> blocked;
    if (m_legend) {
        // The legend is drawn over every frame, kept as an image of its own; its place is kept
        // free of labels.
        m_legendImage = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_legendImage.setDevicePixelRatio(ratio);
        m_legendImage.fill(Qt::transparent);
        QPainter legendPainter(&m_legendImage);
        legendPainter.setFont(font());
        legendPainter.setRenderHint(QPainter::Antialiasing);
        legendPainter.setRenderHint(QPainter::TextAntialiasing);
        m_legendRect = networkPainter.paintLegend(&legendPainter, device, zoom());
        legendPainter.end();
        const QRect area = QRectF(m_legendRect.topLeft() * ratio, m_legendRect.size() * ratio)
                               .toAlignedRect()
                               .adjusted(-1, -1, 1, 1);
        m_legendImage = m_legendImage.copy(area);
        m_legendOrigin = QPointF(area.topLeft()) / ratio;
        blocked << m_legendRect;
    }
    m_labelPlaces.clear();
    networkPainter.paintLabels(&painter, transform, device, zoom(), NetworkEmphasis(), blocked, false, &m_labelPlaces);
}

QSize NetworkView::framePixels() const
{
    return (QSizeF(viewport()->size()) * viewport()->devicePixelRatioF()).toSize();
}

void NetworkView::paintWorldInto(uchar *bits, const QRect &pixels, const QTransform &transform) const
{
    // An image over those pixels of the kept frame (QPainter may paint images in any thread).
    const qreal ratio = m_frame.devicePixelRatio();
    QImage part(bits + qsizetype(pixels.y()) * m_frame.bytesPerLine() + qsizetype(pixels.x()) * 4, pixels.width(),
        pixels.height(), m_frame.bytesPerLine(), m_frame.format());
    part.setDevicePixelRatio(ratio);
    QPainter painter(&part);
    // Antialiasing matters little for thousands of hairlines at a small zoom level.
    painter.setRenderHint(QPainter::Antialiasing, m_network->edges().size() < 4000 || zoom() > 0.5);
    const QTransform shifted = transform * QTransform::fromTranslate(-pixels.x() / ratio, -pixels.y() / ratio);
    painter.setTransform(shifted);
    const QRectF area(0, 0, pixels.width() / ratio, pixels.height() / ratio);
    NetworkPainter(*m_network, m_language)
        .paintWorld(&painter, shifted.inverted().mapRect(area), zoom(), NetworkEmphasis());
}

bool NetworkView::scrollFrame(const QTransform &transform)
{
    // Only a pure move by whole pixels, and only where painting the uncovered strips is quick.
    if (!m_network || m_worldMilliseconds > 40 || transform.m11() != m_frameTransform.m11()
        || transform.m22() != m_frameTransform.m22() || transform.type() > QTransform::TxScale)
        return false;
    const qreal ratio = m_frame.devicePixelRatio();
    const QPointF delta(
        (transform.dx() - m_frameTransform.dx()) * ratio, (transform.dy() - m_frameTransform.dy()) * ratio);
    const QPoint shift = delta.toPoint();
    const int width = m_frame.width(), height = m_frame.height();
    if (QPointF(shift) != delta || std::abs(shift.x()) >= width || std::abs(shift.y()) >= height)
        return false;
    // Move the pixels; rows in the order that does not overwrite what is still to be moved.
    uchar *bits = m_frame.bits();
    const qsizetype stride = m_frame.bytesPerLine();
    const int columns = width - std::abs(shift.x());
    const int to = std::max(shift.x(), 0), from = std::max(-shift.x(), 0);
    auto moveRow = [&](int y) {
        std::memmove(bits + y * stride + to * 4, bits + (y - shift.y()) * stride + from * 4, size_t(columns) * 4);
    };
    if (shift.y() >= 0) {
        for (int y = height - 1; y >= shift.y(); --y)
            moveRow(y);
    } else {
        for (int y = 0; y < height + shift.y(); ++y)
            moveRow(y);
    }
    // Paint what came into view.
    QList<QRect> uncovered;
    if (shift.y() > 0)
        uncovered << QRect(0, 0, width, shift.y());
    if (shift.y() < 0)
        uncovered << QRect(0, height + shift.y(), width, -shift.y());
    const int top = std::max(shift.y(), 0), rows = height - std::abs(shift.y());
    if (shift.x() > 0)
        uncovered << QRect(0, top, shift.x(), rows);
    if (shift.x() < 0)
        uncovered << QRect(width + shift.x(), top, -shift.x(), rows);
    for (const QRect &rect : std::as_const(uncovered)) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            auto *row = reinterpret_cast<QRgb *>(bits + y * stride) + rect.left();
            std::fill(row, row + rect.width(), qRgb(255, 255, 255));
        }
        paintWorldInto(bits, rect, transform);
    }
    m_frameTransform = transform;
    m_frameExact = false; // names near the edges are painted again once the motion pauses
    for (QRectF &place : m_labelPlaces)
        place.translate(delta / ratio);
    return true;
}

void NetworkView::paintEvent(QPaintEvent *)
{
    const QRectF device(viewport()->rect());
    const QTransform transform = viewportTransform();
    auto current = [&] {
        return m_frameTransform == transform && m_frame.size() == framePixels()
            && m_frame.devicePixelRatio() == viewport()->devicePixelRatioF();
    };
    if (!m_frameValid || (!m_moving && (!current() || !m_frameExact)))
        renderFrame(transform);
    else if (m_moving && !current())
        scrollFrame(transform); // when it cannot, the frame is moved or scaled as an image below

    QPainter painter(viewport());
    if (current()) {
        painter.drawImage(QPointF(0, 0), m_frame);
    } else {
        // Moving: the last frame, moved and scaled to where the network is now.
        painter.fillRect(device, Qt::white);
        painter.setTransform(m_frameTransform.inverted() * transform);
        painter.drawImage(QPointF(0, 0), m_frame);
        painter.resetTransform();
    }
    if (!m_network)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const NetworkPainter networkPainter(*m_network, m_language);
    const QRectF legend = m_legend ? m_legendRect : QRectF();
    if (!m_emphasis.isEmpty()) {
        // Everything else fades (as if drawn at 15 % strength); what stands out is drawn on top.
        painter.fillRect(device, QColor(255, 255, 255, 217));
        painter.setTransform(transform);
        networkPainter.paintEmphasis(&painter, transform.inverted().mapRect(device), zoom(), m_emphasis);
        painter.resetTransform();
        // Names where the kept frame has them, when the frame is not moving.
        QHash<QString, QRectF> places = m_frameTransform == transform ? m_labelPlaces : QHash<QString, QRectF>();
        networkPainter.paintLabels(&painter, transform, device, zoom(), m_emphasis, {legend}, true, &places);
    }
    if (m_legend && !m_legendImage.isNull())
        painter.drawImage(m_legendOrigin, m_legendImage);
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
    case Qt::Key_Escape: selectCompany(QString()); return;
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
        if (m_editor)
            m_editor->moveCompanies({{id, pos}}, m_dragId, tr("Move %1").arg(node.name));
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
    else
        QToolTip::hideText();
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
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
    const Document *document = m_editor->document();
    const Formatter format(m_language);
    QStringList parts;
    for (const QString &id : m_network->edges()[edge].dealIds) {
        const Deal *deal = document->deal(id);
        if (!deal)
            continue;
        const Company *from = document->company(deal->from);
        const Company *to = document->company(deal->to);
        QString text = QStringLiteral("<b>%1 → %2</b><br>%3 · %4 · %5")
                           .arg((from ? from->name : deal->from).toHtmlEscaped(),
                               (to ? to->name : deal->to).toHtmlEscaped(), enumDisplayName(deal->kind),
                               format.dealAmount(deal->amount, deal->amountKind), format.date(deal->date));
        const QString note = m_language == Language::German && !deal->note.de.isEmpty() ? deal->note.de : deal->note.en;
        if (!note.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
        parts << text;
        if (parts.size() >= 6)
            break;
    }
    QToolTip::showText(globalPos, parts.join(QStringLiteral("<hr>")), this);
}
