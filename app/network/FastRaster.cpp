#include "network/FastRaster.h"

#include <QImage>
#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <memory>
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
// The exact area a polygon covers in each pixel, as FreeType's and font-rs's rasterizers find
// it: every edge leaves, in each pixel cell it crosses, the height it spans there (signed by its
// direction) split between that pixel (the part right of the edge) and the pixels to the right
// of it. A row's coverage is then the running sum of these deltas from the left; between two
// cells it is constant, so only the cells are stored and sorted, and runs are filled whole.
// An edge's part in one pixel: it spans `cover` of the pixel's height (signed), of which
// `right` counts for the pixels right of this one only (the rest is the part of this pixel
// right of the edge).
struct RasterCell
{
    int x;
    float cover;
    float right;
};

class CoverageRaster
{
public:
    CoverageRaster(const FastRaster::Surface &surface, std::vector<std::vector<RasterCell>> &rows, std::vector<float> &accumulator)
        : m_rows(rows)
        , m_accumulator(accumulator)
        , m_surface(surface)
        , m_width(surface.width)
        , m_height(surface.height)
        , m_top(surface.height)
    {
        if (m_rows.size() < size_t(m_height))
            m_rows.resize(size_t(m_height));
    }

    // An edge in device pixels. Parts above or below the image add nothing; parts left of it
    // count as a vertical edge at x = 0 (they still decide what is inside), parts right of it
    // only change pixels right of the image.
    void addEdge(double x0, double y0, double x1, double y1)
    {
        if (!(std::isfinite(x0) && std::isfinite(y0) && std::isfinite(x1) && std::isfinite(y1)) || y0 == y1)
            return;
        if (std::max(y0, y1) <= 0 || std::min(y0, y1) >= m_height || std::min(x0, x1) >= m_width)
            return;
        // Clip to 0 <= y <= height.
        const auto at = [&](double y) { return x0 + (x1 - x0) * (y - y0) / (y1 - y0); };
        double ay = y0, by = y1, ax = x0, bx = x1;
        if (ay > by) {
            std::swap(ay, by);
            std::swap(ax, bx);
        }
        const double sign = y1 > y0 ? 1.0 : -1.0;
        if (ay < 0) {
            ax = at(0);
            ay = 0;
        }
        if (by > m_height) {
            bx = at(m_height);
            by = m_height;
        }
        // Split where the edge crosses x = 0 and x = width.
        double cuts[4] = {ay, ay, ay, by};
        int count = 1;
        for (double x : {0.0, double(m_width)}) {
            if ((ax - x) * (bx - x) < 0) {
                const double y = ay + (by - ay) * (x - ax) / (bx - ax);
                cuts[count++] = y;
            }
        }
        cuts[count] = by;
        if (count == 3 && cuts[2] < cuts[1])
            std::swap(cuts[1], cuts[2]);
        const double slope = (bx - ax) / (by - ay);
        for (int i = 0; i < count; ++i) {
            const double ya = cuts[i], yb = cuts[i + 1];
            if (yb <= ya)
                continue;
            double xa = ax + slope * (ya - ay), xb = ax + slope * (yb - ay);
            const double mid = (xa + xb) / 2;
            if (!std::isfinite(mid)) // huge coordinates whose differences overflow
                continue;
            if (mid >= m_width)
                continue;
            if (mid <= 0)
                xa = xb = 0;
            xa = std::clamp(xa, 0.0, double(m_width));
            xb = std::clamp(xb, 0.0, double(m_width));
            walk(xa, ya, xb, yb, sign);
        }
    }

    // Calls paint(row, x0, x1, coverage 1..255) for the runs of pixels covered, row by row.
    template<typename Paint> void sweep(Paint &&paint)
    {
        for (int row = m_top; row <= m_bottom; ++row) {
            std::vector<Cell> &cells = m_rows[size_t(row)];
            if (cells.empty())
                continue;
            int minX = cells.front().x, maxX = minX;
            for (const Cell &cell : cells) {
                minX = std::min(minX, cell.x);
                maxX = std::max(maxX, cell.x);
            }
            ++maxX; // the pixel right of the last cell gets its `right`
            maxX = std::min(maxX, m_width);
            const auto coverageOf = [](double sum) { return uint(std::min(1.0, std::abs(sum)) * 255 + 0.5); };
            if (maxX - minX < 4 * qsizetype(cells.size())) {
                // Dense: the deltas summed into a row buffer (a long, thin shape leaves thousands
                // of cells in a row, which sorting would spend most of the time on).
                m_accumulator.assign(size_t(maxX - minX + 1), 0.0f);
                for (const Cell &cell : cells) {
                    if (cell.x <= maxX)
                        m_accumulator[size_t(cell.x - minX)] += cell.cover - cell.right;
                    if (cell.x + 1 <= maxX)
                        m_accumulator[size_t(cell.x + 1 - minX)] += cell.right;
                }
                double sum = 0;
                int runStart = minX;
                uint runCoverage = 0;
                for (int x = minX; x <= maxX; ++x) {
                    sum += m_accumulator[size_t(x - minX)];
                    const uint coverage = x < m_width ? coverageOf(sum) : 0;
                    if (coverage != runCoverage) {
                        if (runCoverage > 0)
                            paint(row, runStart, x, runCoverage);
                        runStart = x;
                        runCoverage = coverage;
                    }
                }
                // Past the last cell the coverage stays (a shape clipped at the right edge).
                if (runCoverage > 0)
                    paint(row, runStart, m_width, runCoverage);
                cells.clear();
                continue;
            }
            std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) { return a.x < b.x; });
            double sum = 0;
            const auto end = cells.end();
            for (auto cell = cells.begin(); cell != end;) {
                const int x = cell->x;
                double here = sum;
                while (cell != end && cell->x == x) {
                    here += cell->cover - cell->right;
                    sum += cell->cover;
                    ++cell;
                }
                if (x >= m_width)
                    break;
                const uint coverage = coverageOf(here);
                if (coverage > 0)
                    paint(row, x, x + 1, coverage);
                const int next = cell == end ? m_width : std::min(cell->x, m_width);
                const uint after = coverageOf(sum);
                if (after > 0 && next > x + 1)
                    paint(row, x + 1, next, after);
            }
            cells.clear();
        }
        m_top = m_height;
        m_bottom = -1;
    }

private:
    using Cell = RasterCell;

    void push(int y, int x, double cover, double right)
    {
        if (cover == 0)
            return;
        m_rows[size_t(y)].push_back(Cell {x, float(cover), float(right)});
        m_top = std::min(m_top, y);
        m_bottom = std::max(m_bottom, y);
    }

    // An edge within the image from top to bottom (ya < yb), row by row, cell by cell.
    void walk(double xa, double ya, double xb, double yb, double sign)
    {
        const int firstRow = floorOf(ya), endRow = std::min(m_height, int(std::ceil(yb)));
        const bool vertical = xa == xb;
        const int column = floorOf(xa);
        const double f = xa - column;
        const double slope = vertical ? 0 : (xb - xa) / (yb - ya);
        // Only the rows of this surface's stripes.
        const int period = FastRaster::Surface::StripeRows * m_surface.stripes;
        const int offset = FastRaster::Surface::StripeRows * m_surface.stripe;
        // The start of the first of them that reaches firstRow.
        int begin = firstRow - ((firstRow - offset) % period + period) % period;
        for (; begin < endRow; begin += period) {
            const int from = std::max(begin, firstRow), to = std::min(begin + FastRaster::Surface::StripeRows, endRow);
            for (int row = from; row < to; ++row) {
                const double top = std::max(ya, double(row)), bottom = std::min(yb, double(row + 1));
                if (bottom <= top)
                    continue;
                const double height = (bottom - top) * sign;
                if (vertical) {
                    // The same cell in every row.
                    push(row, column, height, height * f);
                    continue;
                }
                const double x0 = xa + slope * (top - ya), x1 = xa + slope * (bottom - ya);
                const double left = std::min(x0, x1), right = std::max(x0, x1);
                const int first = floorOf(left), last = floorOf(right);
                if (first == last || right - left < 1e-9) {
                    push(row, first, height, height * ((left + right) / 2 - first));
                    continue;
                }
                const double perX = height / (right - left);
                for (int c = first; c <= last; ++c) {
                    const double l = std::max(left, double(c)), r = std::min(right, double(c + 1));
                    if (r <= l)
                        continue;
                    const double h = (r - l) * perX;
                    push(row, c, h, h * ((l + r) / 2 - c));
                }
            }
        }
    }

    // floor() for the values here (within the image, give or take a pixel), without a libm call.
    static int floorOf(double v)
    {
        const int i = int(v);
        return i - (v < i ? 1 : 0);
    }

    // The cells of each row and a row's sums, kept by the caller from one fill to the next (only
    // their memory).
    std::vector<std::vector<Cell>> &m_rows;
    std::vector<float> &m_accumulator;
    const FastRaster::Surface &m_surface;
    int m_width;
    int m_height;
    int m_top;
    int m_bottom = -1;
    // The cells of each row, kept from one fill to the next on this thread (only their memory).
};
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
        const qsizetype advance = step * majorStride;
        if (blend.opaque) { // most batches: a plain store per pixel
            const QRgb source = blend.source;
            for (int n = std::abs(last - first); n >= 0; --n) {
                p[std::clamp(int(minor >> 16), 0, minorLimit) * minorStride] = source;
                p += advance;
                minor += minorStep;
            }
            continue;
        }
        for (int n = std::abs(last - first); n >= 0; --n) {
            blend(p[std::clamp(int(minor >> 16), 0, minorLimit) * minorStride]);
            p += advance;
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

Surface Surface::of(QPainter *painter)
{
    Surface surface;
    surface.bits = pixelsOf(painter, &surface.width, &surface.height, &surface.stride);
    surface.transform = painter->deviceTransform();
    surface.rgb32 = isRgb32(painter);
    return surface;
}

Surface Surface::part(int k, int n) const
{
    Surface surface = *this;
    surface.stripe = k;
    surface.stripes = std::max(1, n);
    return surface;
}

void fillSquares(const Surface &surface, const QPointF *centres, qsizetype count, const QColor &color, double side)
{
    const int width = surface.width, height = surface.height;
    const qsizetype stride = surface.stride;
    QRgb *bits = surface.bits;
    const Blender blend(color, surface.rgb32);
    const QTransform &t = surface.transform;
    const double halfX = std::abs(t.m11()) * side / 2, halfY = std::abs(t.m22()) * side / 2;
    // How much of the pixel [p, p + 1] lies in [low, high].
    const auto overlap = [](int p, double low, double high) { return std::max(0.0, std::min(high, p + 1.0) - std::max(low, double(p))); };
    const double sx = t.m11(), sy = t.m22(), dx = t.dx(), dy = t.dy();
    for (qsizetype i = 0; i < count; ++i) {
        const double cx = centres[i].x() * sx + dx, cy = centres[i].y() * sy + dy;
        if (!(cy > -halfY - 1 && cy < height + halfY + 1 && cx > -halfX - 1 && cx < width + halfX + 1))
            continue;
        const double top = cy - halfY, bottom = cy + halfY;
        const int y0 = std::max(0, int(std::floor(top))), y1 = std::min(height - 1, int(std::ceil(bottom)) - 1);
        if (!surface.owns(y0) && !surface.owns(y1))
            continue;
        const double left = cx - halfX, right = cx + halfX;
        const int x0 = std::max(0, int(std::floor(left))), x1 = std::min(width - 1, int(std::ceil(right)) - 1);
        for (int y = y0; y <= y1; ++y) {
            if (!surface.owns(y))
                continue;
            const double wy = overlap(y, top, bottom);
            QRgb *row = bits + y * stride;
            for (int x = x0; x <= x1; ++x) {
                const uint coverage = uint(std::min(1.0, wy * overlap(x, left, right)) * 255 + 0.5);
                if (coverage == 255)
                    blend(row[x]);
                else if (coverage > 0)
                    blend(row[x], coverage);
            }
        }
    }
}

QList<QPolygonF> flatten(const Surface &surface, const QPainterPath &path)
{
    // Flattened at 8 times the size: toSubpathPolygons() flattens to half a pixel, which shows
    // as a curve's edge a third of a pixel off; this is within 1/16 pixel.
    constexpr double Fine = 8;
    QList<QPolygonF> polygons = path.toSubpathPolygons(surface.transform * QTransform::fromScale(Fine, Fine));
    for (QPolygonF &polygon : polygons) {
        for (QPointF &point : polygon)
            point /= Fine;
    }
    return polygons;
}

void fillPath(const Surface &surface, const QPainterPath &path, const QColor &color, const Hatching *hatching)
{
    if (!path.isEmpty())
        fillPolygons(surface, flatten(surface, path), color, hatching);
}

struct Scratch::Data
{
    std::vector<std::vector<RasterCell>> rows;
    std::vector<float> accumulator;
};

Scratch::Scratch()
    : d(std::make_unique<Data>())
{
}

Scratch::~Scratch() = default;

void fillPolygons(const Surface &surface, const QList<QPolygonF> &polygons, const QColor &color, const Hatching *hatching,
    Scratch *scratch)
{
    QRgb *bits = surface.bits;
    const qsizetype stride = surface.stride;
    if (surface.width == 0 || surface.height == 0 || polygons.isEmpty())
        return;
    const QTransform &t = surface.transform;
    Scratch local;
    Scratch &memory = scratch ? *scratch : local;
    CoverageRaster raster(surface, memory.d->rows, memory.d->accumulator);
    for (const QPolygonF &polygon : polygons) {
        for (qsizetype i = 0; i < polygon.size(); ++i) {
            const QPointF &a = polygon[i], &b = polygon[i + 1 < polygon.size() ? i + 1 : 0];
            raster.addEdge(a.x(), a.y(), b.x(), b.y());
        }
    }
    const bool rgb32 = surface.rgb32;
    const Blender blend(color, rgb32);
    if (!hatching || hatching->color.alpha() == 0 || hatching->spacing <= 0) {
        raster.sweep([&](int y, int x0, int x1, uint coverage) {
            QRgb *row = bits + y * stride;
            if (coverage == 255) {
                for (int x = x0; x < x1; ++x)
                    blend(row[x]);
            } else {
                for (int x = x0; x < x1; ++x)
                    blend(row[x], coverage);
            }
        });
        return;
    }
    // The hatching: lines where x + y (logical) is a multiple of the spacing; a pixel's share of a
    // line from its centre's distance to it, across the line.
    const Blender hatch(hatching->color, rgb32);
    const double sx = t.m11(), sy = t.m22(), scale = (std::abs(sx) + std::abs(sy)) / 2;
    const double spacing = hatching->spacing, halfWidth = hatching->width * scale / 2;
    const double perPixel = 1 / sx, toDevice = scale / std::sqrt(2.0);
    raster.sweep([&](int y, int x0, int x1, uint coverage) {
        QRgb *row = bits + y * stride;
        double u = (x0 + 0.5 - t.dx()) / sx + (y + 0.5 - t.dy()) / sy;
        u -= spacing * std::floor(u / spacing);
        for (int x = x0; x < x1; ++x) {
            if (coverage == 255)
                blend(row[x]);
            else
                blend(row[x], coverage);
            const double distance = std::min(u, spacing - u) * toDevice;
            const double line = std::clamp(halfWidth + 0.5 - distance, 0.0, 1.0);
            if (line > 0)
                hatch(row[x], uint(line * coverage + 0.5));
            u += perPixel;
            if (u >= spacing)
                u -= spacing;
            else if (u < 0)
                u += spacing;
        }
    });
}

} // namespace FastRaster
