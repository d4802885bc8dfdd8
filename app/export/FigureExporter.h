#pragma once

#include "io/FileFormats.h"

#include <QCoreApplication>
#include <QSizeF>

#include <functional>

class QPainter;
class QRectF;

// Writes one figure (network, timeline) as PNG, SVG or PDF, chosen by the file suffix. The figure
// paints itself into a rectangle in logical pixels; PNG is rendered at the requested DPI (the
// logical size is kept, so text stays the same size relative to the picture), SVG and PDF are
// vector. The file is written atomically: on any failure nothing is left behind.
class FigureExporter
{
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)
public:
    using PaintFunction = std::function<void(QPainter *painter, const QRectF &target)>;

    enum class Format { Png, Svg, Pdf };
    // The figure formats, in the order the export dialog offers them.
    struct FigureFormat
    {
        Format id;
        FileFormats::Description description;
        const char *choice; // the export dialog's item, translated in its context
    };
    static const QList<FigureFormat> &formats();
    static const FigureFormat &figureFormat(Format id);
    static QList<FileFormats::Description> descriptions();
    static std::optional<Format> formatForPath(const QString &path);

    // size: logical pixels at 96 DPI; dpi: for PNG only (default 300).
    static bool exportFigure(
        const QString &path, QSizeF size, int dpi, const QString &title, const PaintFunction &paint, QString *error);
};
