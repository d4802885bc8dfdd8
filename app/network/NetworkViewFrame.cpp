// The kept frame of NetworkView: painting it in bands, moving it while panning, and showing it
// with the emphasis and legend on top. Interaction lives in NetworkView.cpp.
#include "network/NetworkView.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

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
