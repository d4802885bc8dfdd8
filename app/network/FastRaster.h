#pragma once

#include <QtGlobal>

class QColor;
class QLineF;
class QPainter;
class QPointF;

// One-pixel lines and small square dots written straight into a raster QImage.
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
} // namespace FastRaster
