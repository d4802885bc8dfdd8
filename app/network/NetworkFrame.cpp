#include "network/NetworkFrame.h"

#include "network/NetworkPainter.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

void NetworkFrame::render(const Setup &setup, const QTransform &transform)
{
    const qreal ratio = setup.ratio;
    const QSize pixels = setup.pixels;
    // Opaque pixels: the frame is copied to the window without blending.
    if (m_image.size() != pixels || m_image.devicePixelRatio() != ratio) {
        m_image = QImage(pixels, QImage::Format_RGB32);
        m_image.setDevicePixelRatio(ratio);
    }
    m_image.fill(setup.theme.paper);
    m_transform = transform;
    m_valid = true;
    m_exact = true;
    m_hiddenNode = setup.hiddenNode;
    ++m_fullFrames;
    m_legendImage = QImage();
    m_legendRect = QRectF();
    m_labelPlaces.clear();
    if (!setup.network)
        return;
    const QRectF device(QPointF(0, 0), QSizeF(pixels) / ratio);
    const NetworkPainter networkPainter(*setup.network, setup.language, setup.theme);
    QElapsedTimer timer;
    timer.start();
    // The network in horizontal bands painted side by side on the processor's cores.
    const int bands = setup.network->edges().size() > 300 ? std::clamp(QThread::idealThreadCount(), 1, 4) : 1;
    std::vector<std::thread> helpers;
    auto band = [&](int k) {
        return QRect(0, pixels.height() * k / bands, pixels.width(),
            pixels.height() * (k + 1) / bands - pixels.height() * k / bands);
    };
    uchar *bits = m_image.bits(); // once, here: bits() may detach, and the bands share the image
    for (int k = 1; k < bands; ++k)
        helpers.emplace_back(
            [this, &setup, bits, transform, rect = band(k)] { paintWorldInto(setup, bits, rect, transform); });
    paintWorldInto(setup, bits, band(0), transform);
    for (std::thread &helper : helpers)
        helper.join();
    m_worldMilliseconds = timer.nsecsElapsed() / 1e6;

    QPainter painter(&m_image);
    painter.setFont(setup.font);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::Antialiasing);
    QList<QRectF> blocked;
    if (setup.legend) {
        // The legend is drawn over every frame, kept as an image of its own; its place is kept
        // free of labels.
        m_legendImage = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_legendImage.setDevicePixelRatio(ratio);
        m_legendImage.fill(Qt::transparent);
        QPainter legendPainter(&m_legendImage);
        legendPainter.setFont(setup.font);
        legendPainter.setRenderHint(QPainter::Antialiasing);
        legendPainter.setRenderHint(QPainter::TextAntialiasing);
        // Where it hides the fewest companies.
        const QSizeF size = networkPainter.paintLegend(nullptr, device, setup.zoom).size();
        m_legendCorner = networkPainter.leastCoveredCorner(transform, device, size, setup.zoom, m_legendCorner);
        m_legendRect = networkPainter.paintLegend(&legendPainter, device, setup.zoom, m_legendCorner);
        legendPainter.end();
        const QRect area = QRectF(m_legendRect.topLeft() * ratio, m_legendRect.size() * ratio)
                               .toAlignedRect()
                               .adjusted(-1, -1, 1, 1);
        m_legendImage = m_legendImage.copy(area);
        m_legendOrigin = QPointF(area.topLeft()) / ratio;
        blocked << m_legendRect;
    }
    NetworkEmphasis hidden;
    hidden.hiddenNode = setup.hiddenNode;
    networkPainter.paintLabels(&painter, transform, device, setup.zoom, hidden, blocked, false, &m_labelPlaces);
}

void NetworkFrame::paintLegend(QPainter *painter) const
{
    if (!m_legendImage.isNull())
        painter->drawImage(m_legendOrigin, m_legendImage);
}

void NetworkFrame::paintWorldInto(
    const Setup &setup, uchar *bits, const QRect &pixels, const QTransform &transform) const
{
    // An image over those pixels of the kept frame (QPainter may paint images in any thread).
    const qreal ratio = m_image.devicePixelRatio();
    QImage part(bits + qsizetype(pixels.y()) * m_image.bytesPerLine() + qsizetype(pixels.x()) * 4, pixels.width(),
        pixels.height(), m_image.bytesPerLine(), m_image.format());
    part.setDevicePixelRatio(ratio);
    QPainter painter(&part);
    // Antialiasing matters little for thousands of hairlines at a small zoom level.
    painter.setRenderHint(QPainter::Antialiasing, setup.network->edges().size() < 4000 || setup.zoom > 0.5);
    const QTransform shifted = transform * QTransform::fromTranslate(-pixels.x() / ratio, -pixels.y() / ratio);
    painter.setTransform(shifted);
    const QRectF area(0, 0, pixels.width() / ratio, pixels.height() / ratio);
    NetworkEmphasis hidden;
    hidden.hiddenNode = setup.hiddenNode;
    NetworkPainter(*setup.network, setup.language, setup.theme)
        .paintWorld(&painter, shifted.inverted().mapRect(area), setup.zoom, hidden);
}

bool NetworkFrame::scroll(const Setup &setup, const QTransform &transform)
{
    // Only a pure move by whole pixels, and only where painting the uncovered strips is quick.
    if (!setup.network || !m_valid || setup.hiddenNode != m_hiddenNode || m_worldMilliseconds > 40
        || transform.m11() != m_transform.m11()
        || transform.m22() != m_transform.m22() || transform.type() > QTransform::TxScale)
        return false;
    const qreal ratio = m_image.devicePixelRatio();
    const QPointF delta((transform.dx() - m_transform.dx()) * ratio, (transform.dy() - m_transform.dy()) * ratio);
    const QPoint shift = delta.toPoint();
    const int width = m_image.width(), height = m_image.height();
    if (QPointF(shift) != delta || std::abs(shift.x()) >= width || std::abs(shift.y()) >= height)
        return false;
    // Move the pixels; rows in the order that does not overwrite what is still to be moved.
    uchar *bits = m_image.bits();
    const qsizetype stride = m_image.bytesPerLine();
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
        paintWorldInto(setup, bits, rect, transform);
    }
    m_transform = transform;
    m_exact = false; // names near the edges are painted again once the motion pauses
    for (QRectF &place : m_labelPlaces)
        place.translate(delta / ratio);
    return true;
}
