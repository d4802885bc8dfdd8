#pragma once

#include "io/FileFormats.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QSizeF>

#include <functional>
#include <optional>

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

    struct Options
    {
        int dpi = 300; // PNG only
        QString title; // the file's title (SVG and PDF metadata)
        // The title is also drawn in a band at the top, and the figure painted below it; for
        // figures that do not draw a title of their own.
        bool drawTitle = false;
        // PDF only: the page, with the figure laid out in its printable area. None: one page
        // exactly the figure's size.
        std::optional<QPageLayout> page;
    };

    // size: logical pixels at 96 DPI.
    static bool exportFigure(
        const QString &path, QSizeF size, const Options &options, const PaintFunction &paint, QString *error);
    // The same with dpi (for PNG; default 300) and title as metadata only.
    static bool exportFigure(
        const QString &path, QSizeF size, int dpi, const QString &title, const PaintFunction &paint, QString *error);

    // Draws a figure's title as the figures draw theirs: bold, 20 px, dark, at the top left; a
    // long one wraps. Returns where the figure goes below it.
    static QRectF paintTitle(QPainter *painter, const QRectF &target, const QString &title);

    // The size in pixels of the PNG a figure of `size` logical pixels is written at `dpi`.
    static QSize pixelSize(QSizeF size, int dpi);
    // The page of a PDF export in points: the given page, or the figure's size.
    static QSizeF pdfPageSize(QSizeF size, const std::optional<QPageLayout> &page);
};
