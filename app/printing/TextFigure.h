#pragma once

#include "printing/ReportFigure.h"

class QTextDocument;

// A view made of rich text (the Overview) as a figure: a copy of its document, laid out to the
// width of whatever it is painted into.
ReportFigure textDocumentFigure(const QString &title, const QTextDocument *document, QSizeF preferredSize);
