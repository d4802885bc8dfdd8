#include "printing/ReportPrinter.h"

#include "printing/ReportFlow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

ReportPrinter::ReportPrinter(const Report &report)
    : m_report(report)
{
}

QPageLayout ReportPrinter::defaultPageLayout(QPageSize::PageSizeId size, QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(size), orientation, QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
}

bool ReportPrinter::print(QPagedPaintDevice *device, const Progress &progress)
{
    const ReportStyle style(device->logicalDpiY());
    // The painter's origin is the top left of the printable area; the footer sits at its bottom.
    const QRectF page(0, 0, device->width(), device->height());
    const qreal footerHeight = QFontMetricsF(style.small, device).height() + style.pt(10);
    const QRectF body = page.adjusted(0, 0, 0, -footerHeight);

    // Counting run: page breaks and the pages the contents list refers to.
    m_sectionPages.clear();
    m_sectionOrder.clear();
    for (const ReportFigure &figure : m_report.figures)
        m_sectionOrder << figure.title;
    for (const ReportTable &section : m_report.extraSections)
        m_sectionOrder << section.title;
    m_sectionOrder << tr("Deals");
    if (!m_report.contents.valuations().isEmpty())
        m_sectionOrder << tr("Valuations");
    if (!m_report.contents.disagreements().isEmpty())
        m_sectionOrder << m_report.contents.disagreementTable().title;
    m_sectionOrder << tr("Sources");
    {
        ReportFlow counting(device, nullptr, style, body, {});
        flowAll(counting);
        counting.finish();
        m_pageCount = counting.page();
    }

    m_cancelled = false;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ReportFlow flow(device, &painter, style, body, [&](int pageNumber) {
        footer(&painter, flow, page, pageNumber);
        return !progress || progress(pageNumber, m_pageCount);
    });
    flowAll(flow);
    flow.finish();
    painter.end();
    m_cancelled = flow.cancelled();
    return !m_cancelled;
}

bool ReportPrinter::printFigure(QPagedPaintDevice *device, const ReportFigure &figure, const QString &dateLine)
{
    Report report;
    report.title = figure.title;
    report.dateLine = dateLine;
    ReportPrinter printer(report);
    printer.m_pageCount = 1;
    const ReportStyle style(device->logicalDpiY());
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF body = page.adjusted(0, 0, 0, -(QFontMetricsF(style.small, device).height() + style.pt(10)));
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    ReportFlow flow(device, &painter, style, body, {});
    printer.figurePage(flow, figure);
    printer.footer(&painter, flow, page, 1);
    painter.end();
    return true;
}

void ReportPrinter::markSection(const ReportFlow &flow, const QString &name)
{
    if (!flow.painter() && !m_sectionPages.contains(name))
        m_sectionPages.insert(name, flow.page());
}

void ReportPrinter::flowAll(ReportFlow &flow)
{
    titlePage(flow);
    for (const ReportFigure &figure : m_report.figures) {
        if (flow.cancelled())
            return;
        flow.newPage();
        markSection(flow, figure.title);
        figurePage(flow, figure);
    }
    // The sections follow each other; a short one shares the page with the one before when its
    // heading, note and first rows still fit.
    bool firstSection = true;
    for (const ReportTable &section : m_report.extraSections) {
        if (flow.cancelled())
            return;
        if (firstSection) {
            flow.newPage();
        } else {
            flow.advance(flow.style().pt(18));
            flow.ensure(flow.style().pt(110));
        }
        firstSection = false;
        markSection(flow, section.title);
        flow.table(section);
    }
    if (flow.cancelled())
        return;
    flow.newPage();
    ReportTable deals = m_report.contents.dealTable();
    deals.title = tr("Deals");
    markSection(flow, deals.title);
    if (deals.rows.isEmpty()) {
        flow.heading(deals.title, 0);
        flow.paragraph(tr("No deals match the filter."), flow.style().body, flow.style().text, 0);
    } else {
        deals.note = tr("%n deal(s), by date. From: who pays, invests or (for divestments) sells; To: who receives, "
                        "or whose shares were sold. Numbers in brackets refer to the list of sources.",
            nullptr, int(deals.rows.size()));
        flow.table(deals);
    }
    ReportTable valuations = m_report.contents.valuationTable();
    if (!valuations.rows.isEmpty() && !flow.cancelled()) {
        // The heading keeps the note, the header row and the first rows with it.
        flow.heading(tr("Valuations"), flow.style().pt(90));
        markSection(flow, tr("Valuations"));
        valuations.note = tr("%n valuation(s) of the companies shown, by date. Numbers in brackets refer to the "
                             "list of sources.",
            nullptr, int(valuations.rows.size()));
        flow.table(valuations);
    }
    const ReportTable disagreements = m_report.contents.disagreementTable();
    if (!disagreements.rows.isEmpty() && !flow.cancelled()) {
        flow.ensure(flow.style().pt(120)); // the heading, the note and the first rows together
        markSection(flow, disagreements.title);
        flow.table(disagreements);
    }
    sources(flow);
}

void ReportPrinter::titlePage(ReportFlow &flow)
{
    const ReportStyle &s = flow.style();
    QPainter *p = flow.painter();
    const QRectF body = flow.body();
    // Generous air on a portrait page; a landscape page needs its height for the contents.
    const qreal air = body.height() > body.width() ? 1.0 : 0.4;
    flow.advance(s.pt(36) * air);
    if (p) {
        p->setFont(s.brand);
        p->setPen(s.accent);
        p->drawText(QRectF(body.left(), flow.y(), body.width(), s.pt(14)), Qt::AlignLeft, QStringLiteral("CapFlow"));
        p->setPen(QPen(s.accent, s.pt(1.5)));
        p->drawLine(QPointF(body.left(), flow.y() + s.pt(17)), QPointF(body.right(), flow.y() + s.pt(17)));
    }
    flow.advance(s.pt(30) * std::max(air, 0.7));
    flow.paragraph(m_report.title, s.title, s.text, s.pt(8));
    if (!m_report.dataLine.isEmpty())
        flow.paragraph(m_report.dataLine, s.subtitle, s.muted, s.pt(2));
    if (!m_report.dataThroughLine.isEmpty())
        flow.paragraph(m_report.dataThroughLine, s.subtitle, s.muted, s.pt(2));
    flow.paragraph(m_report.dateLine, s.subtitle, s.muted, s.pt(24) * std::max(air, 0.6));

    // The filter in force, as label: value lines.
    flow.heading(tr("Selection"), s.pt(40));
    const QFontMetricsF bold(s.bodyBold, flow.device());
    qreal labelWidth = 0;
    for (const ReportSummary::Line &line : m_report.summary.filter)
        labelWidth = std::max(labelWidth, bold.horizontalAdvance(line.label + QStringLiteral(":")));
    labelWidth = std::max(labelWidth + s.pt(10), s.pt(90));
    for (const ReportSummary::Line &line : m_report.summary.filter) {
        const qreal height = flow.textHeight(line.value, s.body, body.width() - labelWidth);
        if (p) {
            p->setFont(s.bodyBold);
            p->setPen(s.text);
            p->drawText(
                QRectF(body.left(), flow.y(), labelWidth, height), Qt::AlignLeft, line.label + QStringLiteral(":"));
        }
        flow.paragraph(line.value, s.body, s.text, s.pt(3), labelWidth);
    }
    flow.advance(s.pt(14));

    flow.heading(tr("Data"), s.pt(30));
    QString counts = m_report.summary.counts + u'.';
    if (!m_report.summary.dealPeriod.isEmpty())
        counts += u' ' + m_report.summary.dealPeriod + u'.';
    flow.paragraph(counts, s.body, s.text, s.pt(12));
    if (!m_report.summary.amounts.rows.isEmpty()) {
        ReportTable amounts = m_report.summary.amounts;
        amounts.note = m_report.summary.amountsNote;
        flow.table(amounts);
        if (!m_report.summary.leftOut.isEmpty())
            flow.paragraph(m_report.summary.leftOut, s.body, s.text, s.pt(12));
    }
    contents(flow);
}

void ReportPrinter::contents(ReportFlow &flow)
{
    const ReportStyle &s = flow.style();
    QPainter *p = flow.painter();
    flow.heading(tr("Contents"), s.pt(40));
    const QRectF body = flow.body();
    for (const QString &name : std::as_const(m_sectionOrder)) {
        const qreal height = flow.textHeight(name, s.body, body.width());
        flow.ensure(height);
        if (p) {
            p->setFont(s.body);
            p->setPen(s.text);
            p->drawText(QRectF(body.left(), flow.y(), body.width() - s.pt(60), height), Qt::AlignLeft, name);
            p->drawText(QRectF(body.left(), flow.y(), body.width(), height), Qt::AlignRight,
                tr("page %1").arg(m_sectionPages.value(name)));
        }
        flow.advance(height + s.pt(3));
    }
}

void ReportPrinter::figurePage(ReportFlow &flow, const ReportFigure &figure)
{
    const ReportStyle &s = flow.style();
    flow.heading(figure.title, 0);
    const QRectF body = flow.body();
    const qreal captionHeight
        = figure.caption.isEmpty() ? 0 : flow.textHeight(figure.caption, s.body, body.width()) + s.pt(8);
    const QRectF area(body.left(), flow.y(), body.width(), body.bottom() - flow.y() - captionHeight);
    if (QPainter *p = flow.painter()) {
        // The figure paints in logical pixels (96 per inch), as for an image export; one that
        // needs more width than the page has is drawn smaller.
        qreal scale = s.dpi() / 96.0;
        if (figure.minimumWidth > 0 && area.width() / scale < figure.minimumWidth)
            scale = area.width() / figure.minimumWidth;
        p->save();
        p->setClipRect(area);
        p->translate(area.topLeft());
        p->scale(scale, scale);
        // Figures size their text in logical pixels; start them from a sensible font and pen.
        QFont font = s.body;
        font.setPixelSize(12);
        p->setFont(font);
        p->setPen(s.text);
        p->setBrush(Qt::NoBrush);
        figure.paint(p, QRectF(0, 0, area.width() / scale, area.height() / scale));
        p->restore();
    }
    flow.advance(area.height() + s.pt(8));
    if (!figure.caption.isEmpty())
        flow.paragraph(figure.caption, s.body, s.muted, 0);
}

void ReportPrinter::sources(ReportFlow &flow)
{
    const ReportStyle &s = flow.style();
    const QList<ReportSource> &list = m_report.contents.sources();
    const QRectF body = flow.body();
    const QFontMetricsF metrics(s.body, flow.device());
    const qreal numberWidth = metrics.horizontalAdvance(QStringLiteral("[%1]").arg(list.size())) + s.pt(8);
    const qreal textWidth = body.width() - numberWidth;
    // Each entry: the headline (or the publisher, marked as an untitled page), the publisher with
    // its tier and what the page reports, and the address.
    struct Heights
    {
        qreal heading, details, url;
        qreal total() const { return heading + details + url; }
    };
    auto heightsOf = [&](const ReportSource &source) {
        return Heights {flow.textHeight(source.heading, s.body, textWidth),
            flow.textHeight(source.details, s.small, textWidth),
            flow.textHeight(source.url, s.small, textWidth, Qt::TextWrapAnywhere)};
    };
    flow.heading(tr("Sources"), list.isEmpty() ? 0 : heightsOf(list.constFirst()).total() + s.pt(5));
    markSection(flow, tr("Sources"));
    if (list.isEmpty()) {
        flow.paragraph(tr("No sources."), s.body, s.text, 0);
        return;
    }
    for (const ReportSource &source : list) {
        if (flow.cancelled())
            return;
        const Heights h = heightsOf(source);
        flow.ensure(h.total() + s.pt(5));
        if (QPainter *p = flow.painter()) {
            const qreal left = body.left() + numberWidth;
            qreal y = flow.y();
            p->setFont(s.body);
            p->setPen(s.text);
            p->drawText(QRectF(body.left(), y, numberWidth - s.pt(6), h.heading), Qt::AlignRight,
                QStringLiteral("[%1]").arg(source.number));
            QFont headingFont = s.body;
            headingFont.setItalic(source.title.isEmpty()); // no headline: the publisher stands in
            p->setFont(headingFont);
            p->drawText(QRectF(left, y, textWidth, h.heading), Qt::TextWordWrap, source.heading);
            y += h.heading;
            p->setFont(s.small);
            p->setPen(s.muted);
            p->drawText(QRectF(left, y, textWidth, h.details), Qt::TextWordWrap, source.details);
            y += h.details;
            p->setPen(s.accent);
            p->drawText(QRectF(left, y, textWidth, h.url), Qt::TextWrapAnywhere, source.url);
        }
        flow.advance(h.total() + s.pt(5));
    }
}

void ReportPrinter::footer(QPainter *painter, const ReportFlow &flow, const QRectF &page, int pageNumber) const
{
    const ReportStyle &s = flow.style();
    const QFontMetricsF metrics(s.small, painter->device());
    const qreal top = page.bottom() - metrics.height();
    painter->setPen(QPen(s.rule, s.pt(0.5)));
    painter->drawLine(QPointF(page.left(), top - s.pt(4)), QPointF(page.right(), top - s.pt(4)));
    painter->setFont(s.small);
    painter->setPen(s.muted);
    const QString pages = tr("Page %1 of %2").arg(pageNumber).arg(m_pageCount);
    const qreal pagesWidth = metrics.horizontalAdvance(pages) + s.pt(12);
    const QString left = metrics.elidedText(QStringLiteral("CapFlow · %1 · %2").arg(m_report.title, m_report.dateLine),
        Qt::ElideRight, page.width() - pagesWidth);
    painter->drawText(QRectF(page.left(), top, page.width() - pagesWidth, metrics.height()), Qt::AlignLeft, left);
    painter->drawText(QRectF(page.left(), top, page.width(), metrics.height()), Qt::AlignRight, pages);
}
