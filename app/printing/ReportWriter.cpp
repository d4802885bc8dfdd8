#include "printing/ReportWriter.h"

#include "io/SafeFiles.h"

#include <QBuffer>
#include <QPdfWriter>

ReportWriter::Outcome ReportWriter::writePdf(const Report &report, const QString &path, const QPageLayout &layout,
    const ReportPrinter::Progress &progress, QString *error, int *pageCount)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Outcome::Failed;
    };
    // Printed into memory and written once: see SafeFiles::write.
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
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
        if (printer.cancelled())
            return Outcome::Cancelled;
        return fail(tr("the PDF could not be started"));
    }
    file.close();
    if (!SafeFiles::write(path, bytes, error))
        return Outcome::Failed;
    if (pageCount)
        *pageCount = printer.pageCount();
    return Outcome::Written;
}
