#include "timeline/TimelineTooltip.h"

#include "document/Document.h"

#include <QUrl>

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString publisherOf(const Source &s)
{
    const QString publisher = Sources::publisherOf(s.url);
    return publisher.isEmpty() ? TimelineTooltip::sourceHost(s.url) : publisher;
}

QString sourceList(const QList<Source> &sources, const Sources::TierTable &tiers, const Formatter &format)
{
    QString html;
    for (const Source &s : sources) {
        const QString title = Sources::citableTitle(s);
        QStringList about {publisherOf(s), enumDisplayName(tiers.tierOf(s))};
        about.removeAll(QString());
        if (s.claimedAmount)
            about << TimelineTooltip::tr("reports %1").arg(format.money(*s.claimedAmount));
        const QString headline = title.isEmpty()
            ? QStringLiteral("<i>%1</i>").arg(TimelineTooltip::tr("untitled page").toHtmlEscaped())
            : title.toHtmlEscaped();
        html += QStringLiteral("<li>%1 <span style='color:#777'>(%2)</span></li>")
                    .arg(headline, about.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul style='margin:0'>%1</ul>").arg(html);
}

QString companyName(const Document &document, const QString &id)
{
    const Company *c = document.company(id);
    return c ? c->name : id;
}

QString dealName(const Document &document, const QString &id, const Formatter &format)
{
    const Deal *d = document.deal(id);
    if (!d)
        return id;
    return QStringLiteral("%1 → %2, %3 (%4)")
        .arg(companyName(document, d->from), companyName(document, d->to), format.date(d->date), d->id);
}
} // namespace

QString TimelineTooltip::sourceHost(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(QStringLiteral("www.")))
        host.remove(0, 4);
    return host.isEmpty() ? url : host;
}

QString TimelineTooltip::disagreement(const std::optional<Money> &chosen, const QList<Source> &sources,
    const Sources::TierTable &tiers, const Formatter &format)
{
    if (!Sources::disagree(chosen, sources))
        return QString();
    QString claims;
    for (const Source &s : tiers.byTier(sources)) {
        if (!s.claimedAmount)
            continue;
        claims += QStringLiteral("<li>%1</li>")
                      .arg(tr("%1 (%2): %3")
                               .arg(publisherOf(s), enumDisplayName(tiers.tierOf(s)), format.money(*s.claimedAmount))
                               .toHtmlEscaped());
    }
    return QStringLiteral("<p style='margin:4px 0;color:#a15c00'><b>%1 %2</b></p><ul style='margin:0'>%3</ul>")
        .arg(QString(QChar(0x26A0)), tr("Sources disagree").toHtmlEscaped(), claims);
}

QStringList TimelineTooltip::publishers(const QList<Source> &sources, const Sources::TierTable &tiers)
{
    const bool anyRated = std::any_of(
        sources.cbegin(), sources.cend(), [&tiers](const Source &s) { return tiers.tierOf(s) != SourceTier::Unrated; });
    QStringList result;
    for (const Source &s : tiers.byTier(sources)) {
        if (anyRated && tiers.tierOf(s) == SourceTier::Unrated)
            break; // byTier puts the unrated sources last
        const QString publisher = Sources::publisherOf(s.url);
        if (!publisher.isEmpty() && !result.contains(publisher))
            result << publisher;
    }
    return result;
}

QString TimelineTooltip::forValuation(const Document &document, const QString &id, const Formatter &format)
{
    const Valuation *v = document.valuation(id);
    if (!v)
        return {};
    const bool disputed = Sources::disagree(v->value, v->sources);
    QString html = QStringLiteral("<b>%1: %2%3</b><table>")
                       .arg(companyName(document, v->company).toHtmlEscaped(), format.money(v->value).toHtmlEscaped(),
                           disputed ? QStringLiteral(" %1").arg(QChar(0x26A0)) : QString());
    html += row(tr("Date"), format.date(v->date));
    html += row(tr("Precision"), enumDisplayName(v->date.precision()));
    html += row(tr("Kind"), enumDisplayName(v->kind));
    html += row(tr("Value"),
        tr("%1 USD").arg(QLocale(format.locale().language(), format.locale().territory()).toString(v->value.usd())));
    html += row(tr("Id"), v->id);
    html += QStringLiteral("</table>");
    html += disagreement(v->value, v->sources, document.tiers(), format);
    if (!v->sources.isEmpty())
        html += QStringLiteral("<b>%1</b>%2")
                    .arg(tr("Sources:").toHtmlEscaped(), sourceList(v->sources, document.tiers(), format));
    return html;
}

QString TimelineTooltip::forDeal(
    const Document &document, const QString &id, const Formatter &format, const DealRelations::Status &status)
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
    if (!status.supersededBy.isEmpty())
        html += QStringLiteral("<p style='margin:4px 0'><i>%1</i></p>")
                    .arg(tr("Superseded by %1; not counted in totals.")
                             .arg(dealName(document, status.supersededBy, format))
                             .toHtmlEscaped());
    else if (!status.countedIn.isEmpty())
        html += QStringLiteral("<p style='margin:4px 0'><i>%1</i></p>")
                    .arg(tr("Counted in %1; not counted again.")
                             .arg(dealName(document, status.countedIn, format))
                             .toHtmlEscaped());
    const QString note = format.language() == Language::German && !d->note.de.isEmpty() ? d->note.de : d->note.en;
    if (!note.isEmpty())
        html += QStringLiteral("<p style='margin:4px 0'>%1</p>").arg(note.toHtmlEscaped());
    html += disagreement(d->amount, d->sources, document.tiers(), format);
    if (!d->sources.isEmpty())
        html += QStringLiteral("<b>%1</b>%2")
                    .arg(tr("Sources:").toHtmlEscaped(), sourceList(d->sources, document.tiers(), format));
    return html;
}
