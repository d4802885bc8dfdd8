#include "printing/ReportWriter.h"

#include <QPdfWriter>
#include <QSaveFile>

ReportWriter::Outcome ReportWriter::writePdf(const Report &report, const QString &path, const QPageLayout &layout,
    const ReportPrinter::Progress &progress, QString *error, int *pageCount)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Outcome::Failed;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    bool printed = false;
    ReportPrinter printer(report);
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(report.title);
        pdf.setCreator(QStringLiteral("CapFlow"));
        pdf.setResolution(1200);
        pdf.setPageLayout(layout);
        printed = printer.print(&pdf, progress);
    }
    if (!printed) {
        file.cancelWriting();
        if (printer.cancelled())
            return Outcome::Cancelled;
        return fail(tr("the PDF could not be started"));
    }
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    if (pageCount)
        *pageCount = printer.pageCount();
    return Outcome::Written;
}
