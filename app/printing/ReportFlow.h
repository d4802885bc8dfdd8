#pragma once

#include "report/ReportTable.h"

#include <QColor>
#include <QFont>
#include <QRectF>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// Fonts, colours and measures of a printed report at one device resolution. Sizes are given in
// points and converted to device pixels, so the report looks the same at any printer resolution.
struct ReportStyle
{
    explicit ReportStyle(qreal dpi);
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal dpi() const { return m_dpi; }

    QFont body, bodyBold, small, tableText, tableHeader, heading, title, subtitle, brand;
    QColor text {0x1a, 0x1a, 0x1a};
    QColor muted {0x5f, 0x63, 0x68};
    QColor rule {0xc4, 0xc7, 0xcc};
    QColor zebra {0xf2, 0xf4, 0xf7};
    QColor accent {0x1f, 0x4e, 0x79};

private:
    qreal m_dpi;
};

// Lays blocks of text and tables down the pages of a device; a block that does not fit moves to
// the next page and a table repeats its header row there. Run it once without a painter to count
// the pages, then again with one to paint, so that every footer can say "page 2 of 7".
class ReportFlow
{
public:
    // Called when a page is complete (footer time); return false to cancel the rest.
    using PageEnd = std::function<bool(int page)>;

    ReportFlow(
        QPagedPaintDevice *device, QPainter *painter, const ReportStyle &style, const QRectF &body, PageEnd pageEnd);

    QPainter *painter() const { return m_painter; } // null on the counting run
    QPagedPaintDevice *device() const { return m_device; }
    const ReportStyle &style() const { return m_style; }
    QRectF body() const { return m_body; }
    int page() const { return m_page; }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    bool atTop() const { return m_y <= m_body.top(); }
    bool cancelled() const { return m_cancelled; }

    void newPage();
    // Starts a new page unless `height` still fits on this one (or the page is empty).
    void ensure(qreal height);
    // Ends the last page (its footer); call once at the end.
    void finish();

    qreal textHeight(const QString &text, const QFont &font, qreal width, int flags = Qt::TextWordWrap) const;
    // A paragraph across the body's width (or indented), moving to the next page if needed.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal spaceAfter, qreal indent = 0);
    // A section heading that stays with the first `keepWithNext` device pixels of what follows.
    void heading(const QString &text, qreal keepWithNext);
    void table(const ReportTable &table);

private:
    QList<qreal> columnWidths(const ReportTable &table) const;
    qreal rowHeight(const ReportTable &table, const QStringList &cells, const QList<qreal> &widths, bool header) const;
    void paintRow(const ReportTable &table, int row, const QStringList &cells, const QList<qreal> &widths, qreal height,
        bool header);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    const ReportStyle &m_style;
    QRectF m_body;
    PageEnd m_pageEnd;
    int m_page = 1;
    qreal m_y;
    bool m_cancelled = false;
};
