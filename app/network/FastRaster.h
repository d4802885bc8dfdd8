#pragma once

#include <QtGlobal>

#include <QColor>
#include <QList>
#include <QPolygonF>
#include <QTransform>

#include <memory>

class QLineF;
class QPainter;
class QPainterPath;
class QPointF;

// One-pixel lines, small square dots and antialiased filled shapes written straight into a raster
// QImage.
//
// A fitted 10k-company network has about 2.6 million edge pixels; QPainter's cosmetic stroker
// spends about 10 ns on each (28 ms, more than the whole frame budget), a clipped Bresenham loop
// over the image's memory about 2 ns (antialiased: Xiaolin Wu's lines, where QPainter's
// antialiased cosmetic stroker is slower still). This is the level of detail where edges are
// hairlines anyway: solid, one pixel wide. It applies only where the result is what QPainter would
// draw with a cosmetic pen: a 32-bit QImage, no clip, a transform that only scales and translates,
// SourceOver at full opacity; the painter's Antialiasing hint chooses between the two line kinds.
// Everywhere else (PDF, SVG, printers, widgets) canDraw() is false and the caller uses QPainter.
namespace FastRaster {
bool canDraw(const QPainter *painter);
// Lines in the painter's logical coordinates, in one colour (alpha blended when translucent).
void drawLines(QPainter *painter, const QLineF *lines, qsizetype count, const QColor &color);
// Squares of side `pixels` device pixels centred on the points.
void drawDots(QPainter *painter, const QPointF *points, qsizetype count, const QColor &color, int pixels);
// The pixels a painter draws on, taken from it once (so that threads can draw on disjoint rows of
// the image without touching the painter): its bits, the device transform, and the rows this
// surface owns, as stripes of 32 rows (stripe k of n owns the rows whose stripe index is k mod n).
struct Surface
{
    QRgb *bits = nullptr;
    int width = 0;
    int height = 0;
    qsizetype stride = 0;
    QTransform transform;
    bool rgb32 = false;
    int stripe = 0;
    int stripes = 1;
    static constexpr int StripeRows = 32;

    static Surface of(QPainter *painter); // canDraw(painter) must hold
    Surface part(int k, int n) const;
    bool owns(int row) const { return stripes == 1 || (row / StripeRows) % stripes == stripe; }
};

// Antialiased squares of side `side` logical pixels centred on the points: the dots of a dotted
// line (QPainter's dash stroker spends about 0.5 ms on a dotted curve, as many dots as this draws
// in microseconds).
void fillSquares(const Surface &surface, const QPointF *centres, qsizetype count, const QColor &color, double side);

// Diagonal lines over a fill, rising to the right: `spacing` logical pixels apart along a row,
// `width` logical pixels wide, in `color` (as a tile brush of such lines draws them).
struct Hatching
{
    QColor color;
    double spacing = 6;
    double width = 1.4;
};
// A path filled in one colour (alpha blended when translucent), optionally hatched over, always
// antialiased: each pixel gets the exact area the path covers in it. Subpaths are taken as
// non-overlapping (the coverage of overlapping ones is summed up to full). QPainter's
// antialiased fills of large translucent shapes spend most of their time handing span batches
// to its thread pool (about 1.5 ms a ribbon of a flow diagram); this is many times faster, and
// surfaces of disjoint stripes can be filled from threads at once.
void fillPath(const Surface &surface, const QPainterPath &path, const QColor &color, const Hatching *hatching = nullptr);
// The same in two steps: the path's outline in device pixels (curves flattened to 1/16 pixel),
// and its fill, so that threads drawing stripes of one picture flatten each path once.
QList<QPolygonF> flatten(const Surface &surface, const QPainterPath &path);
// The memory fills work in, kept from one fill to the next by a caller that draws many: one per
// thread, owned by the caller (no hidden per-thread state).
class Scratch
{
public:
    Scratch();
    ~Scratch();
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

private:
    struct Data;
    std::unique_ptr<Data> d;
    friend void fillPolygons(const Surface &, const QList<QPolygonF> &, const QColor &, const Hatching *, Scratch *);
};
void fillPolygons(const Surface &surface, const QList<QPolygonF> &polygons, const QColor &color, const Hatching *hatching = nullptr,
    Scratch *scratch = nullptr);

} // namespace FastRaster
