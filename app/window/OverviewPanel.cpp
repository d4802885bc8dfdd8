#include "window/OverviewPanel.h"

#include "analysis/DealSummary.h"
#include "document/Document.h"
#include "format/Formatter.h"

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
    connect(document, &Document::changed, timer, qOverload<>(&QTimer::start));
    refresh();
}

void OverviewPanel::refresh()
{
    const Formatter format(languageForLocale(QLocale()));
    const DocumentData data = m_document->data();
    const DealSummary summary = DealSummary::of(data.deals);
    auto money = [&format](Money m) { return m.usd() ? format.money(m) : QStringLiteral("–"); };

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

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Amounts by deal kind"));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Amounts overlap in places (aggregate commitments, rounds and their parts); "
                        "they are shown apart by certainty and are not meant to be added up."));
    html += QStringLiteral(
        "<table cellpadding='4' cellspacing='0' border='0'><tr><th align='left'>%1</th><th>%2</th>"
        "<th align='right'>%3</th><th align='right'>%4</th><th align='right'>%5</th><th align='right'>%6</th></tr>")
                .arg(tr("Kind"), tr("Deals"), tr("Committed or reported"), tr("Up to"), tr("Estimated"),
                    tr("Undisclosed"));
    for (auto it = summary.byKind.cbegin(); it != summary.byKind.cend(); ++it) {
        const DealSummary::Totals &t = it.value();
        html += QStringLiteral(
            "<tr><td>%1</td><td align='center'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
            "<td align='right'>%5</td><td align='right'>%6</td></tr>")
                    .arg(enumDisplayName(it.key()).toHtmlEscaped())
                    .arg(t.deals)
                    .arg(money(t.firm), money(t.upTo), money(t.estimated))
                    .arg(t.undisclosed);
    }
    html += QStringLiteral("</table>");

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
