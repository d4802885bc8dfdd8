#pragma once

#include "printing/Report.h"

#include <QCoreApplication>
#include <QHash>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class ReportFlow;

// Paints a report on any paged device (QPdfWriter, QPrinter, the print preview) at the device's
// resolution, as vector text and shapes. Pages: the title page (with contents), one page per
// figure, the extra sections, the deal and valuation tables, where sources disagree, and the
// source list (publisher, tier and claims of each page); a footer with the page number on every
// page.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // Called after each painted page; return false to cancel.
    using Progress = std::function<bool(int page, int pageCount)>;

    explicit ReportPrinter(const Report &report);

    // Begins and ends its own painter on the device. False when the painter could not start or
    // progress cancelled (the device then holds an incomplete job for the caller to discard).
    bool print(QPagedPaintDevice *device, const Progress &progress = {});
    int pageCount() const { return m_pageCount; } // known after print()
    bool cancelled() const { return m_cancelled; }

    // One figure alone on a page (printing the current view), with its title, caption and a
    // footer naming the date.
    static bool printFigure(QPagedPaintDevice *device, const ReportFigure &figure, const QString &dateLine);

    // A4 (or the given size), portrait, with the report's margins.
    static QPageLayout defaultPageLayout(
        QPageSize::PageSizeId size = QPageSize::A4, QPageLayout::Orientation orientation = QPageLayout::Portrait);

private:
    void flowAll(ReportFlow &flow);
    void titlePage(ReportFlow &flow);
    void contents(ReportFlow &flow);
    void figurePage(ReportFlow &flow, const ReportFigure &figure);
    void sources(ReportFlow &flow);
    void footer(QPainter *painter, const ReportFlow &flow, const QRectF &page, int pageNumber) const;
    void markSection(const ReportFlow &flow, const QString &name);

    const Report &m_report;
    QHash<QString, int> m_sectionPages; // section title -> first page, from the counting run
    QStringList m_sectionOrder;
    int m_pageCount = 0;
    bool m_cancelled = false;
};
