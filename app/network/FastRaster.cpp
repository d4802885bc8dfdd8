#include "network/FastRaster.h"

#include <QImage>
#include <QLineF>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
// The image the painter draws on. Its pixels are written through constBits(): bits() would detach
// a shared image from the buffer the paint engine holds.
QRgb *pixelsOf(QPainter *painter, int *width, int *height, qsizetype *stride)
{
    const auto *image = static_cast<const QImage *>(painter->device());
    *width = image->width();
    *height = image->height();
    *stride = image->bytesPerLine() / qsizetype(sizeof(QRgb));
    return reinterpret_cast<QRgb *>(const_cast<uchar *>(image->constBits()));
}

// Source-over of a premultiplied colour: one pixel.
struct Blender
{
    QRgb source;
    uint inverseAlpha;
    bool opaque;
    QRgb alphaMask; // RGB32 keeps its alpha byte at 0xff

    Blender(const QColor &color, bool rgb32)
        : source(qPremultiply(color.rgba()))
        , inverseAlpha(255 - uint(color.alpha()))
        , opaque(color.alpha() == 255)
        , alphaMask(rgb32 ? 0xff000000u : 0u)
    {
    }

    // dst * a / 255 on all four channels, two at a time, as Qt's BYTE_MUL does.
    static QRgb byteMul(QRgb x, uint a)
    {
        uint rb = (x & 0xff00ff) * a;
        rb = (rb + ((rb >> 8) & 0xff00ff) + 0x800080) >> 8;
        uint ag = ((x >> 8) & 0xff00ff) * a;
        ag = ag + ((ag >> 8) & 0xff00ff) + 0x800080;
        return (rb & 0xff00ff) | (ag & 0xff00ff00);
    }

    // With a coverage of 0..255 (antialiased edges).
    void operator()(QRgb &dst, uint coverage) const
    {
        const QRgb covered = byteMul(source, coverage);
        dst = (covered + byteMul(dst, 255 - qAlpha(covered))) | alphaMask;
    }

    void operator()(QRgb &dst) const
    {
        if (opaque) {
            dst = source;
            return;
        }
        dst = (byteMul(dst, inverseAlpha) + source) | alphaMask;
    }
};

bool isRgb32(const QPainter *painter)
{
    return static_cast<const QImage *>(painter->device())->format() == QImage::Format_RGB32;
}

// Liang–Barsky: clips the segment to [x0, x1] x [y0, y1]; false when nothing is left.
bool clip(double &ax, double &ay, double &bx, double &by, double x0, double y0, double x1, double y1)
{
    double t0 = 0, t1 = 1;
    const double dx = bx - ax, dy = by - ay;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {ax - x0, x1 - ax, ay - y0, y1 - ay};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const double sx = ax, sy = ay;
    ax = sx + t0 * dx;
    ay = sy + t0 * dy;
    bx = sx + t1 * dx;
    by = sy + t1 * dy;
    return true;
}
// Xiaolin Wu's antialiased line, already clipped to the image: two pixels per step, weighted by
// how far the ideal line is from each.
void wuLine(QRgb *pixels, int width, int height, qsizetype stride, const Blender &blend, double ax, double ay,
    double bx, double by)
{
    const bool steep = std::abs(by - ay) > std::abs(bx - ax);
    if (steep) {
        std::swap(ax, ay);
        std::swap(bx, by);
    }
    if (ax > bx) {
        std::swap(ax, bx);
        std::swap(ay, by);
    }
    const double gradient = bx - ax < 1e-9 ? 0 : (by - ay) / (bx - ax);
    const int xStart = int(std::lround(ax)), xEnd = int(std::lround(bx));
    double y = ay + gradient * (xStart - ax);
    const int majorLimit = steep ? height : width, minorLimit = steep ? width : height;
    for (int x = std::max(xStart, 0); x <= std::min(xEnd, majorLimit - 1); ++x, y += gradient) {
        const int low = int(std::floor(y));
        const uint upper = uint((y - low) * 255 + 0.5);
        auto plot = [&](int minor, uint coverage) {
            if (coverage == 0 || minor < 0 || minor >= minorLimit)
                return;
            blend(steep ? pixels[x * stride + minor] : pixels[minor * stride + x], coverage);
        };
        plot(low, 255 - upper);
        plot(low + 1, upper);
    }
}
} // namespace

namespace FastRaster {

bool canDraw(const QPainter *painter)
{
    if (!painter || !painter->isActive())
        return false;
    if (!painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster)
        return false;
    if (!painter->device() || painter->device()->devType() != QInternal::Image)
        return false;
    const auto format = static_cast<const QImage *>(painter->device())->format();
    if (format != QImage::Format_ARGB32_Premultiplied && format != QImage::Format_RGB32)
        return false;
    return !painter->hasClipping() && painter->compositionMode() == QPainter::CompositionMode_SourceOver
        && painter->opacity() == 1.0 && painter->deviceTransform().type() <= QTransform::TxScale;
}

void drawLines(QPainter *painter, const QLineF *lines, qsizetype count, const QColor &color)
{
    int width = 0, height = 0;
    qsizetype stride = 0;
    QRgb *pixels = pixelsOf(painter, &width, &height, &stride);
    if (width == 0 || height == 0)
        return;
    const Blender blend(color, isRgb32(painter));
    const QTransform t = painter->deviceTransform();
    const double sx = t.m11(), sy = t.m22(), tx = t.dx(), ty = t.dy();
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);

    // Clipped device coordinates, then drawn tile by tile (64x64 pixels, by the line's midpoint):
    // the frame is larger than the cache, and lines in random order make almost every pixel a
    // cache miss. Lines of one colour may be drawn in any order.
    struct Segment
    {
        double ax, ay, bx, by;
    };
    constexpr int Tile = 64;
    const int tilesX = (width + Tile - 1) / Tile, tiles = tilesX * ((height + Tile - 1) / Tile);
    std::vector<Segment> segments;
    std::vector<int> tileOf;
    segments.reserve(size_t(count));
    tileOf.reserve(size_t(count));
    std::vector<int> start(size_t(tiles) + 1, 0);
    for (qsizetype i = 0; i < count; ++i) {
        // Pixel centres are at integer + 0.5, as for QPainter's non-antialiased pens.
        Segment s {lines[i].x1() * sx + tx - 0.5, lines[i].y1() * sy + ty - 0.5, lines[i].x2() * sx + tx - 0.5,
            lines[i].y2() * sy + ty - 0.5};
        // Coordinates that are not finite (or so large that they overflow) never reach the pixels.
        if (!std::isfinite(s.ax) || !std::isfinite(s.ay) || !std::isfinite(s.bx) || !std::isfinite(s.by)
            || !clip(s.ax, s.ay, s.bx, s.by, -0.49, -0.49, width - 0.51, height - 0.51))
            continue;
        // Rounding in the clip can leave an end a hair outside: pull it back in.
        s.ax = std::clamp(s.ax, -0.49, width - 0.51);
        s.bx = std::clamp(s.bx, -0.49, width - 0.51);
        s.ay = std::clamp(s.ay, -0.49, height - 0.51);
        s.by = std::clamp(s.by, -0.49, height - 0.51);
        const int tileX = std::clamp(int((s.ax + s.bx) / 2) / Tile, 0, tilesX - 1);
        const int tileY = std::clamp(int((s.ay + s.by) / 2) / Tile, 0, tiles / tilesX - 1);
        const int tile = tileY * tilesX + tileX;
        segments.push_back(s);
        tileOf.push_back(tile);
        ++start[size_t(tile) + 1];
    }
    for (int k = 0; k < tiles; ++k)
        start[size_t(k) + 1] += start[size_t(k)];
    std::vector<int> order(segments.size());
    for (size_t i = 0; i < segments.size(); ++i)
        order[size_t(start[size_t(tileOf[i])]++)] = int(i);

    for (int index : order) {
        const Segment &s = segments[size_t(index)];
        if (antialiased) {
            wuLine(pixels, width, height, stride, blend, s.ax, s.ay, s.bx, s.by);
            continue;
        }
        // Along the longer axis one pixel per step; the other coordinate in 16.16 fixed point, so
        // that the loop has no branches to mispredict.
        const bool steep = std::abs(s.by - s.ay) > std::abs(s.bx - s.ax);
        const double a0 = steep ? s.ay : s.ax, a1 = steep ? s.by : s.bx;
        const double b0 = steep ? s.ax : s.ay, b1 = steep ? s.bx : s.by;
        const int majorLimit = (steep ? height : width) - 1;
        const int first = std::clamp(int(std::lround(a0)), 0, majorLimit);
        const int last = std::clamp(int(std::lround(a1)), 0, majorLimit);
        const int step = first <= last ? 1 : -1;
        const double slope = a1 != a0 ? (b1 - b0) / (a1 - a0) : 0;
        constexpr double One = 65536;
        qint64 minor = qint64(std::floor((b0 + slope * (first - a0) + 0.5) * One));
        const qint64 minorStep = qint64(std::llround(slope * step * One));
        const int minorLimit = (steep ? width : height) - 1;
        const qsizetype majorStride = steep ? stride : 1, minorStride = steep ? 1 : stride;
        QRgb *p = pixels + first * majorStride;
        for (int n = std::abs(last - first); n >= 0; --n) {
            const int b = std::clamp(int(minor >> 16), 0, minorLimit);
            blend(p[b * minorStride]);
            p += step * majorStride;
            minor += minorStep;
        }
    }
}

void drawDots(QPainter *painter, const QPointF *points, qsizetype count, const QColor &color, int pixels)
{
    int width = 0, height = 0;
    qsizetype stride = 0;
    QRgb *bits = pixelsOf(painter, &width, &height, &stride);
    const Blender blend(color, isRgb32(painter));
    const QTransform t = painter->deviceTransform();
    const int before = (pixels - 1) / 2;
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF c = t.map(points[i]);
        // Far outside (or not finite): nothing to draw; otherwise safe to convert to int.
        if (!(c.x() > -pixels && c.x() < width + pixels && c.y() > -pixels && c.y() < height + pixels))
            continue;
        const int left = int(std::floor(c.x())) - before, top = int(std::floor(c.y())) - before;
        const int x0 = std::max(left, 0), x1 = std::min(left + pixels, width);
        const int y0 = std::max(top, 0), y1 = std::min(top + pixels, height);
        for (int y = y0; y < y1; ++y) {
            QRgb *row = bits + y * stride;
            for (int x = x0; x < x1; ++x)
                blend(row[x]);
        }
    }
}

} // namespace FastRaster
