#pragma once

#include "export/FigureExporter.h"

#include <QSizeF>
#include <QString>

// A figure supplied to a report or an export from outside: the network view, the timeline, or
// any view that can paint itself without a screen. It paints in logical pixels (96 per inch)
// into the target rectangle it is given, legend included, like FigureExporter::PaintFunction.
struct ReportFigure
{
    QString title;
    QString caption; // printed under the figure; may be empty
    FigureExporter::PaintFunction paint;
    QSizeF preferredSize; // its size on screen, for image exports; empty: 1600 × 1000
    // Logical pixels a page must give it across; a narrower page draws it smaller (0: any width).
    qreal minimumWidth = 0;
};
