#include "printing/ReportFigures.h"

// To add a view: build its renderer on `shown` and append
//   ReportFigure{title, caption, [renderer](QPainter *p, const QRectF &r) { renderer->paint(p, r); }, {}}
// holding the renderer in a shared_ptr so that the figure can be copied.
QList<ReportFigure> standardReportFigures(const DocumentData &shown, Language language)
{
    Q_UNUSED(shown);
    Q_UNUSED(language);
    return {};
}

QList<ReportTable> standardReportSections(const DocumentData &shown, Language language)
{
    Q_UNUSED(shown);
    Q_UNUSED(language);
    return {};
}
