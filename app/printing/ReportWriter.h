#pragma once

#include "printing/ReportPrinter.h"

#include <QCoreApplication>
#include <QPageLayout>

// Writes a report as a PDF file, atomically: the file appears complete or not at all (a failed
// or cancelled write leaves nothing behind, and an existing file is kept unchanged).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    enum class Outcome { Written, Failed, Cancelled };

    // error gets the reason of a failure; pageCount the number of pages written.
    static Outcome writePdf(const Report &report, const QString &path, const QPageLayout &layout,
        const ReportPrinter::Progress &progress, QString *error, int *pageCount = nullptr);
};
