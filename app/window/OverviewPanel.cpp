#include "window/OverviewPanel.h"

#include "analysis/AmountTotals.h"
#include "document/Document.h"
#include "format/Formatter.h"
#include "printing/Report.h"
#include "report/ReportSummary.h"

#include <QTimer>

#include <algorithm>

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
    // Straight from the graph: a copy of the whole document (sorted, as files are written) took
    // seconds at a million deals.
    const DealGraph &graph = m_document->graph();
    const QList<const Deal *> deals = graph.deals();
    // The document's deals as one list: a deal another of them supersedes or contains counts once.
    const KindTotals summary = KindTotals::of(deals);

    const QString title = m_document->title();
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg((title.isEmpty() ? tr("Untitled document") : title).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1, %2 and %3.")
                         .arg(tr("%n company(s)", nullptr, graph.companyCount()),
                             tr("%n deal(s)", nullptr, graph.dealCount()),
                             tr("%n valuation(s)", nullptr, int(m_document->valuations().size()))));
    if (summary.first && summary.last)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Deals from %1 to %2.")
                             .arg(format.monthYear(*summary.first), format.monthYear(*summary.last)));
    const QString dataThrough = Report::dataThroughText(m_document->dataThrough(), format);
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

    // The eight largest, the larger first; equal amounts in the order of their ids.
    QList<const Deal *> largest;
    for (const Deal *d : deals) {
        if (d->amount)
            largest << d;
    }
    const auto larger = [](const Deal *a, const Deal *b) {
        return *a->amount != *b->amount ? *a->amount > *b->amount : naturalIdLess(a->id, b->id);
    };
    const qsizetype shown = std::min<qsizetype>(largest.size(), 8);
    std::partial_sort(largest.begin(), largest.begin() + shown, largest.end(), larger);
    largest.resize(shown);
    if (!largest.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Largest deals"));
        for (const Deal *d : std::as_const(largest)) {
            const Company *from = m_document->company(d->from);
            const Company *to = m_document->company(d->to);
            html += QStringLiteral("<li>%1: %2 → %3, %4 (%5)</li>")
                        .arg(format.date(d->date), (from ? from->name : d->from).toHtmlEscaped(),
                            (to ? to->name : d->to).toHtmlEscaped(), format.dealAmount(d->amount, d->amountKind),
                            enumDisplayName(d->kind));
        }
        html += QStringLiteral("</ol>");
    }
    setHtml(html);
}
