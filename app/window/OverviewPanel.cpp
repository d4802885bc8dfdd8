#include "window/OverviewPanel.h"

#include "analysis/AmountTotals.h"
#include "document/Document.h"
#include "format/Formatter.h"
#include "printing/Report.h"
#include "report/ReportSummary.h"

#include <QTimer>

OverviewPanel::OverviewPanel(Document *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("overview"));
    setOpenExternalLinks(true);
    // Coalesce bursts of edits into one refresh.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &OverviewPanel::refresh);
    connect(document, &Document::contentChanged, timer, qOverload<>(&QTimer::start));
    refresh();
}

void OverviewPanel::refresh()
{
    const Formatter format(languageForLocale(QLocale()));
    const DocumentData data = m_document->data();
    // The document's deals as one list: a deal another of them supersedes or contains counts once.
    const KindTotals summary = KindTotals::of(data.deals);

    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg((data.title.isEmpty() ? tr("Untitled document") : data.title).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1, %2 and %3.")
                         .arg(tr("%n company(s)", nullptr, int(data.companies.size())),
                             tr("%n deal(s)", nullptr, int(data.deals.size())),
                             tr("%n valuation(s)", nullptr, int(data.valuations.size()))));
    if (summary.first && summary.last)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Deals from %1 to %2.")
                             .arg(format.monthYear(*summary.first), format.monthYear(*summary.last)));
    const QString dataThrough = Report::dataThroughText(data.dataThrough, format);
    if (!dataThrough.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(dataThrough.toHtmlEscaped());

    // The report's table of amounts by deal kind, as HTML.
    const ReportTable amounts = ReportSummary::amountsByKind(summary, format);
    html += QStringLiteral("<h3>%1</h3>").arg(amounts.title.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(ReportSummary::amountsByKindNote().toHtmlEscaped());
    auto align = [](const ReportTable::Column &column) {
        return column.alignment & Qt::AlignRight ? QStringLiteral("right") : QStringLiteral("left");
    };
    html += QStringLiteral("<table cellpadding='4' cellspacing='0' border='0'><tr>");
    for (const ReportTable::Column &column : amounts.columns)
        html += QStringLiteral("<th align='%1'>%2</th>").arg(align(column), column.header.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (qsizetype r = 0; r < amounts.rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < amounts.columns.size(); ++c) {
            QString cell = amounts.rows.at(r).value(c).toHtmlEscaped();
            if (c == amounts.markerColumn && r < amounts.rowMarkers.size())
                cell = QStringLiteral("<span style='color:%1'>&#9632;</span> ").arg(amounts.rowMarkers.at(r).name())
                    + cell;
            html += QStringLiteral("<td align='%1'>%2</td>").arg(align(amounts.columns.at(c)), cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    const QString leftOut = ReportSummary::leftOutNote(summary);
    if (!leftOut.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(leftOut.toHtmlEscaped());

    QList<Deal> largest = data.deals;
    largest.removeIf([](const Deal &d) { return !d.amount; });
    std::sort(largest.begin(), largest.end(), [](const Deal &a, const Deal &b) { return *a.amount > *b.amount; });
    if (!largest.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Largest deals"));
        for (const Deal &d : largest.mid(0, 8)) {
            const Company *from = m_document->company(d.from);
            const Company *to = m_document->company(d.to);
            html += QStringLiteral("<li>%1: %2 → %3, %4 (%5)</li>")
                        .arg(format.date(d.date), (from ? from->name : d.from).toHtmlEscaped(),
                            (to ? to->name : d.to).toHtmlEscaped(), format.dealAmount(d.amount, d.amountKind),
                            enumDisplayName(d.kind));
        }
        html += QStringLiteral("</ol>");
    }
    setHtml(html);
}
