#include "network/NetworkDealText.h"

#include "document/Document.h"
#include "format/Formatter.h"
#include "network/NetworkPicture.h"

namespace {
QString asIs(const QString &text)
{
    return text;
}

QString joined(const QStringList &ids, const std::function<QString(const QString &)> &id)
{
    QStringList written;
    for (const QString &each : ids)
        written << id(each);
    return written.join(QStringLiteral(", "));
}
} // namespace

QString NetworkDealText::status(const DealRelations::Status &status)
{
    if (!status.supersededBy.isEmpty())
        return tr("superseded by %1").arg(status.supersededBy);
    if (!status.countedIn.isEmpty())
        return tr("counted in %1", "a deal whose money another deal includes").arg(status.countedIn);
    return {};
}

QString NetworkDealText::statusInTotals(const Deal &deal, const DealRelations::Status &status,
    const std::function<QString(const QString &)> &id, const std::function<QString(const QString &)> &text)
{
    if (!status.supersededBy.isEmpty())
        return text(tr("superseded by %1")).arg(id(status.supersededBy));
    if (status.countedIn.isEmpty())
        return {};
    if (deal.partOf.contains(status.countedIn))
        return text(tr("part of %1 – not added", "a deal whose money is inside another deal of the list"))
            .arg(id(status.countedIn));
    return text(tr("may overlap %1 – not added", "a deal whose money may be inside another deal of the list"))
        .arg(id(status.countedIn));
}

QString NetworkDealText::statusInTotals(const Deal &deal, const DealRelations::Status &status)
{
    return statusInTotals(deal, status, asIs, asIs);
}

NetworkDealText::Incoming NetworkDealText::incoming(const Document &document)
{
    Incoming result;
    for (const Deal *other : document.graph().deals()) {
        for (DealRelation relation : enumValues<DealRelation>()) {
            for (const QString &id : other->related(relation)) {
                if (id != other->id)
                    result[id][relation] << other->id;
            }
        }
    }
    for (auto &byRelation : result) {
        for (QStringList &ids : byRelation)
            std::sort(ids.begin(), ids.end(), naturalIdLess);
    }
    return result;
}

QStringList NetworkDealText::relations(const Deal &deal, const Incoming &incoming,
    const std::function<QString(const QString &)> &id, const std::function<QString(const QString &)> &text)
{
    const QHash<DealRelation, QStringList> in = incoming.value(deal.id);
    QStringList result;
    auto add = [&](const QString &label, const QStringList &ids) {
        if (!ids.isEmpty())
            result << text(label) + u' ' + joined(ids, id);
    };
    add(enumDisplayName(DealRelation::Supersedes), deal.supersedes);
    add(tr("superseded by", "followed by deal ids"), in.value(DealRelation::Supersedes));
    add(enumDisplayName(DealRelation::PartOf), deal.partOf);
    add(tr("includes", "a deal whose money includes other deals; followed by deal ids"),
        in.value(DealRelation::PartOf));
    add(enumDisplayName(DealRelation::Overlaps), deal.overlaps);
    add(tr("may include", "a deal whose money may include other deals; followed by deal ids"),
        in.value(DealRelation::Overlaps));
    return result;
}

QString NetworkDealText::disagreement(const std::optional<Money> &chosen, const QList<Source> &sources)
{
    return Sources::disagree(chosen, sources) ? marked(tr("sources disagree")) : QString();
}

QString NetworkDealText::publisher(const Source &source)
{
    const QString publisher = Sources::publisherOf(source.url);
    return publisher.isEmpty() ? source.url : publisher;
}

QString NetworkDealText::claim(const Source &source, const Formatter &format)
{
    if (source.claimedAmount && source.claimedDate.isValid())
        return tr("%1 (%2)", "what a source reports: amount (date)")
            .arg(format.money(*source.claimedAmount), format.date(source.claimedDate));
    if (source.claimedAmount)
        return format.money(*source.claimedAmount);
    if (source.claimedDate.isValid())
        return tr("dated %1", "the date a source gives").arg(format.date(source.claimedDate));
    return {};
}

QString NetworkDealText::source(const Source &source, const Sources::TierTable &tiers, const Formatter &format)
{
    const QString who = tr("%1, %2", "publisher, tier").arg(publisher(source), enumDisplayName(tiers.tierOf(source)));
    const QString what = claim(source, format);
    return what.isEmpty() ? who : tr("%1: %2", "publisher and tier: what the source reports").arg(who, what);
}

QString NetworkDealText::sources(const QList<Source> &sources, const Sources::TierTable &tiers, const Formatter &format)
{
    QStringList parts;
    for (const Source &s : tiers.byTier(sources))
        parts << source(s, tiers, format);
    return parts.join(QStringLiteral(" · "));
}

QString NetworkDealText::edgeToolTip(
    const Document &document, const NetworkPicture &picture, int edge, Language language)
{
    if (edge < 0 || edge >= int(picture.edges().size()))
        return {};
    const Formatter format(language);
    const Sources::TierTable &tiers = document.tiers();
    QStringList parts;
    for (const QString &id : picture.edges()[edge].dealIds) {
        const Deal *deal = document.deal(id);
        if (!deal)
            continue;
        const Company *from = document.company(deal->from);
        const Company *to = document.company(deal->to);
        QString amount = format.dealAmount(deal->amount, deal->amountKind);
        const QString disagree = disagreement(deal->amount, deal->sources);
        if (!disagree.isEmpty())
            amount = marked(amount);
        QString text
            = QStringLiteral("<b>%1 → %2</b><br>%3 · %4 · %5 · %6")
                  .arg((from ? from->name : deal->from).toHtmlEscaped(), (to ? to->name : deal->to).toHtmlEscaped(),
                      deal->id.toHtmlEscaped(), enumDisplayName(deal->kind).toHtmlEscaped(), amount.toHtmlEscaped(),
                      format.date(deal->date).toHtmlEscaped());
        if (const QString why = status(picture.statusOf(deal->id)); !why.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(why.toHtmlEscaped());
        if (!disagree.isEmpty()) {
            QStringList claims;
            for (const Source &s : tiers.byTier(deal->sources)) {
                if (s.claimedAmount)
                    claims << source(s, tiers, format);
            }
            text += QStringLiteral("<br>%1: %2")
                        .arg(disagree.toHtmlEscaped(), claims.join(QStringLiteral(" · ")).toHtmlEscaped());
        }
        const QString note = format.note(deal->note).text;
        if (!note.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
        parts << text;
        if (parts.size() >= 6)
            break;
    }
    return parts.join(QStringLiteral("<hr>"));
}

QString NetworkDealText::companyToolTip(const NetworkPicture &picture, int node, Language language)
{
    if (node < 0 || node >= int(picture.nodes().size()))
        return {};
    const NetworkNode &company = picture.nodes()[size_t(node)];
    const Formatter format(language);
    struct Side
    {
        Money firm;
        Money uncertain;
        int deals = 0;
    } received, paid;
    for (const NetworkEdge &edge : picture.edges()) {
        Side *side = edge.to == node ? &received : edge.from == node ? &paid : nullptr;
        if (!side)
            continue;
        side->firm += edge.firmSum;
        side->uncertain += edge.uncertainSum;
        side->deals += int(edge.dealIds.size());
    }
    const auto amounts = [&format](const Side &side) {
        QStringList parts;
        if (side.firm.usd() > 0 || side.uncertain.usd() == 0)
            parts << tr("%1 committed or reported").arg(format.money(side.firm));
        if (side.uncertain.usd() > 0)
            parts << tr("up to %1 more (ceilings and estimates)").arg(format.money(side.uncertain));
        return parts.join(QStringLiteral(", "));
    };
    QString text = QStringLiteral("<b>%1</b> · %2").arg(company.name.toHtmlEscaped(), enumDisplayName(company.kind));
    if (received.deals > 0)
        text += QStringLiteral("<br>%1").arg(tr("Received: %1").arg(amounts(received)).toHtmlEscaped());
    if (paid.deals > 0)
        text += QStringLiteral("<br>%1").arg(tr("Paid: %1").arg(amounts(paid)).toHtmlEscaped());
    text += QStringLiteral("<br>%1").arg(tr("%n deal(s) shown", nullptr, received.deals + paid.deals));
    // The size, where the lines above do not already say it (money received or paid).
    const SizeMeasure measure = picture.options().sizeMeasure;
    QString size;
    if (company.unmeasured)
        size = tr("no valuation in the data: drawn at the smallest size");
    else if (measure == SizeMeasure::DealCount)
        size = format.number(company.measure, 0);
    else if (measure == SizeMeasure::Valuation)
        size = format.money(Money::fromUsd(qint64(company.measure)));
    if (!size.isEmpty())
        text += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("Size (%1): %2").arg(NetworkPicture::measureName(measure), size).toHtmlEscaped());
    return text;
}
