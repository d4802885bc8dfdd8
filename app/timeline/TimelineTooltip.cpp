#include "timeline/TimelineTooltip.h"

#include "document/Document.h"

#include <QUrl>

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString sourceList(const QList<Source> &sources)
{
    QString html;
    for (const Source &s : sources) {
        const QString title = s.title.isEmpty() ? s.url : s.title;
        html += QStringLiteral("<li>%1 <span style='color:#777'>(%2)</span></li>")
                    .arg(title.toHtmlEscaped(), TimelineTooltip::sourceHost(s.url).toHtmlEscaped());
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul style='margin:0'>%1</ul>").arg(html);
}

QString companyName(const Document &document, const QString &id)
{
    const Company *c = document.company(id);
    return c ? c->name : id;
}
} // namespace

QString TimelineTooltip::sourceHost(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(QStringLiteral("www.")))
        host.remove(0, 4);
    return host.isEmpty() ? url : host;
}

QString TimelineTooltip::forValuation(const Document &document, const QString &id, const Formatter &format)
{
    const Valuation *v = document.valuation(id);
    if (!v)
        return {};
    QString html = QStringLiteral("<b>%1: %2</b><table>")
                       .arg(companyName(document, v->company).toHtmlEscaped(), format.money(v->value).toHtmlEscaped());
    html += row(tr("Date"), format.date(v->date));
    html += row(tr("Precision"), enumDisplayName(v->date.precision()));
    html += row(tr("Kind"), enumDisplayName(v->kind));
    html += row(tr("Value"),
        tr("%1 USD").arg(QLocale(format.locale().language(), format.locale().territory()).toString(v->value.usd())));
    html += row(tr("Id"), v->id);
    html += QStringLiteral("</table>");
    if (!v->sources.isEmpty())
        html += QStringLiteral("<b>%1</b>%2").arg(tr("Sources:").toHtmlEscaped(), sourceList(v->sources));
    return html;
}

QString TimelineTooltip::forDeal(const Document &document, const QString &id, const Formatter &format)
{
    const Deal *d = document.deal(id);
    if (!d)
        return {};
    QString html
        = QStringLiteral("<b>%1 → %2</b><table>")
              .arg(companyName(document, d->from).toHtmlEscaped(), companyName(document, d->to).toHtmlEscaped());
    html += row(tr("Kind"), enumDisplayName(d->kind));
    html += row(tr("Amount"), format.dealAmount(d->amount, d->amountKind));
    html += row(tr("Date"), format.date(d->date));
    if (d->capacityMw)
        html += row(tr("Capacity"), format.gigawatts(*d->capacityMw));
    html += row(tr("Id"), d->id);
    html += QStringLiteral("</table>");
    const QString note = format.language() == Language::German && !d->note.de.isEmpty() ? d->note.de : d->note.en;
    if (!note.isEmpty())
        html += QStringLiteral("<p style='margin:4px 0'>%1</p>").arg(note.toHtmlEscaped());
    if (!d->sources.isEmpty())
        html += QStringLiteral("<b>%1</b>%2").arg(tr("Sources:").toHtmlEscaped(), sourceList(d->sources));
    return html;
}
