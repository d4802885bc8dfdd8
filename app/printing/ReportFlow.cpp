#include "printing/ReportFlow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace {
QFont font(qreal points, QFont::Weight weight = QFont::Normal)
{
    // DejaVu Sans covers German and the typographic characters the report uses; the style hint
    // picks a comparable sans-serif where it is missing.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(weight);
    // Any letter spacing turns ligatures off in Qt's shaper: "fl" stays two letters, so that
    // text copied or searched in the PDF is plain (Qt 6.4 has no QFont::setFeature yet).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

int cellFlags(const ReportTable::Column &column)
{
    return Qt::AlignTop | int(column.alignment & Qt::AlignHorizontal_Mask)
        | (column.wraps ? Qt::TextWordWrap : Qt::TextSingleLine);
}
} // namespace

ReportStyle::ReportStyle(qreal dpi)
    : body(font(9.5))
    , bodyBold(font(9.5, QFont::Bold))
    , small(font(7.5))
    , tableText(font(7.5))
    , tableHeader(font(7.5, QFont::Bold))
    , heading(font(14, QFont::Bold))
    , title(font(26, QFont::Bold))
    , subtitle(font(12))
    , brand(font(10, QFont::Bold))
    , m_dpi(dpi)
{
}

ReportFlow::ReportFlow(
    QPagedPaintDevice *device, QPainter *painter, const ReportStyle &style, const QRectF &body, PageEnd pageEnd)
    : m_device(device)
    , m_painter(painter)
    , m_style(style)
    , m_body(body)
    , m_pageEnd(std::move(pageEnd))
    , m_y(body.top())
{
}

void ReportFlow::newPage()
{
    if (m_cancelled)
        return;
    if (m_pageEnd && !m_pageEnd(m_page)) {
        m_cancelled = true;
        return;
    }
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = m_body.top();
}

void ReportFlow::finish()
{
    if (!m_cancelled && m_pageEnd && !m_pageEnd(m_page))
        m_cancelled = true;
}

void ReportFlow::ensure(qreal height)
{
    if (!atTop() && m_y + height > m_body.bottom())
        newPage();
}

qreal ReportFlow::textHeight(const QString &text, const QFont &f, qreal width, int flags) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(f, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
}

void ReportFlow::paragraph(const QString &text, const QFont &f, const QColor &color, qreal spaceAfter, qreal indent)
{
    const qreal width = m_body.width() - indent;
    const qreal height = textHeight(text, f, width);
    ensure(height);
    if (m_painter && !m_cancelled) {
        m_painter->setFont(f);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(m_body.left() + indent, m_y, width, height), Qt::TextWordWrap, text);
    }
    m_y += height + spaceAfter;
}

void ReportFlow::heading(const QString &text, qreal keepWithNext)
{
    const qreal height = textHeight(text, m_style.heading, m_body.width());
    const qreal gap = m_style.pt(8);
    ensure(height + gap + keepWithNext);
    if (m_painter && !m_cancelled) {
        m_painter->setFont(m_style.heading);
        m_painter->setPen(m_style.accent);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), height), Qt::TextWordWrap, text);
    }
    m_y += height + gap;
}

QList<qreal> ReportFlow::columnWidths(const ReportTable &table) const
{
    const QFontMetricsF textMetrics(m_style.tableText, m_device);
    const QFontMetricsF headerMetrics(m_style.tableHeader, m_device);
    const qreal padding = 2 * m_style.pt(4);
    const qreal swatch = m_style.pt(10);
    const int n = int(table.columns.size());
    QList<qreal> natural(n, 0);
    QList<qreal> minimum(n, 0);
    for (int c = 0; c < n; ++c) {
        const ReportTable::Column &column = table.columns.at(c);
        qreal widest = 0;
        qreal longestWord = 0;
        auto measure = [&](const QString &text, const QFontMetricsF &metrics) {
            widest = std::max(widest, metrics.horizontalAdvance(text));
            const QStringList words = column.keepsParts ? text.split(QStringLiteral(" · "), Qt::SkipEmptyParts)
                                                        : text.split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words)
                longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        };
        for (const QString &word : column.header.split(u' '))
            longestWord = std::max(longestWord, headerMetrics.horizontalAdvance(word));
        widest = std::max(widest, headerMetrics.horizontalAdvance(column.header));
        for (const QStringList &row : table.rows)
            measure(row.value(c), textMetrics);
        // A point to spare, so that rounding never wraps a cell measured to fit.
        const qreal extra = padding + (c == table.markerColumn ? swatch : 0) + m_style.pt(1);
        natural[c] = widest + extra;
        minimum[c] = column.wraps ? std::min(natural[c], std::max(longestWord, m_style.pt(36)) + extra) : natural[c];
    }
    const qreal available = m_body.width();
    qreal total = 0;
    for (qreal w : natural)
        total += w;
    QList<qreal> widths = natural;
    if (total <= available) {
        // Spread the spare width over the columns that wrap (they read better wider).
        qreal wrapping = 0;
        for (int c = 0; c < n; ++c)
            wrapping += table.columns.at(c).wraps ? natural[c] : 0;
        for (int c = 0; c < n; ++c) {
            const qreal share = wrapping > 0 ? (table.columns.at(c).wraps ? natural[c] / wrapping : 0) : 1.0 / n;
            widths[c] += (available - total) * share;
        }
        return widths;
    }
    // Too wide: narrow the wrapping columns towards their minimum, in proportion to their slack.
    qreal slack = 0;
    for (int c = 0; c < n; ++c)
        slack += natural[c] - minimum[c];
    const qreal excess = total - available;
    const qreal fraction = slack > 0 ? std::min(1.0, excess / slack) : 0;
    qreal sum = 0;
    for (int c = 0; c < n; ++c) {
        widths[c] = natural[c] - (natural[c] - minimum[c]) * fraction;
        sum += widths[c];
    }
    if (sum > available) {
        // Still too wide: the wrapping columns give way further (they wrap more), so that dates,
        // ids and amounts stay whole; only when those alone are too wide does every column shrink.
        qreal fixed = 0, flexible = 0;
        for (int c = 0; c < n; ++c)
            (table.columns.at(c).wraps ? flexible : fixed) += widths[c];
        const bool wrapMore = fixed < available && flexible > 0;
        for (int c = 0; c < n; ++c) {
            if (!wrapMore)
                widths[c] *= available / sum;
            else if (table.columns.at(c).wraps)
                widths[c] *= (available - fixed) / flexible;
        }
    }
    return widths;
}

qreal ReportFlow::rowHeight(
    const ReportTable &table, const QStringList &cells, const QList<qreal> &widths, bool header) const
{
    const qreal padding = m_style.pt(3);
    const qreal swatch = m_style.pt(10);
    qreal height = 0;
    for (int c = 0; c < widths.size(); ++c) {
        const qreal inner = widths[c] - 2 * m_style.pt(4) - (!header && c == table.markerColumn ? swatch : 0);
        const int flags
            = header ? int(Qt::AlignTop | Qt::TextWordWrap) : cellFlags(table.columns.at(c)); // headers may wrap
        height = std::max(
            height, textHeight(cells.value(c), header ? m_style.tableHeader : m_style.tableText, inner, flags));
    }
    return height + 2 * padding;
}

void ReportFlow::paintRow(
    const ReportTable &table, int row, const QStringList &cells, const QList<qreal> &widths, qreal height, bool header)
{
    if (!m_painter || m_cancelled)
        return;
    QPainter &p = *m_painter;
    const QRectF rowRect(m_body.left(), m_y, m_body.width(), height);
    if (!header && row % 2 == 1)
        p.fillRect(rowRect, m_style.zebra);
    qreal x = m_body.left();
    const qreal pad = m_style.pt(4);
    const qreal swatch = m_style.pt(10);
    for (int c = 0; c < widths.size(); ++c) {
        QRectF cell(x + pad, m_y + m_style.pt(3), widths[c] - 2 * pad, height - 2 * m_style.pt(3));
        if (!header && c == table.markerColumn && row < table.rowMarkers.size()) {
            const qreal side = m_style.pt(6);
            const QFontMetricsF metrics(m_style.tableText, m_device);
            p.fillRect(
                QRectF(cell.left(), cell.top() + (metrics.height() - side) / 2, side, side), table.rowMarkers.at(row));
            cell.setLeft(cell.left() + swatch);
        }
        const ReportTable::Column &column = table.columns.at(c);
        p.setFont(header ? m_style.tableHeader : m_style.tableText);
        p.setPen(m_style.text);
        const int flags = header ? int(Qt::AlignTop | Qt::TextWordWrap | (column.alignment & Qt::AlignHorizontal_Mask))
                                 : cellFlags(column);
        p.drawText(cell, flags, cells.value(c));
        x += widths[c];
    }
    p.setPen(QPen(header ? m_style.text : m_style.rule, m_style.pt(header ? 0.8 : 0.4)));
    p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
}

void ReportFlow::table(const ReportTable &table)
{
    const QList<qreal> widths = columnWidths(table);
    QStringList headerCells;
    for (const ReportTable::Column &column : table.columns)
        headerCells << column.header;
    const qreal headerHeight = rowHeight(table, headerCells, widths, true);
    const qreal firstRow = table.rows.isEmpty() ? 0 : rowHeight(table, table.rows.constFirst(), widths, false);
    if (!table.title.isEmpty())
        heading(table.title, headerHeight + firstRow + m_style.pt(20));
    if (!table.note.isEmpty())
        paragraph(table.note, m_style.body, m_style.muted, m_style.pt(8));
    ensure(headerHeight + firstRow);
    int headerPage = 0;
    auto paintHeader = [&] {
        paintRow(table, -1, headerCells, widths, headerHeight, true);
        m_y += headerHeight;
        headerPage = m_page;
    };
    paintHeader();
    for (int r = 0; r < table.rows.size() && !m_cancelled; ++r) {
        const qreal height = rowHeight(table, table.rows.at(r), widths, false);
        ensure(height);
        if (headerPage != m_page)
            paintHeader();
        paintRow(table, r, table.rows.at(r), widths, height, false);
        m_y += height;
    }
    m_y += m_style.pt(12);
}
