#include "report/ReportContents.h"

#include "document/Document.h"
#include "format/Palette.h"
#include "model/Sources.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

namespace {
QString references(const QList<int> &sourceNumbers)
{
    if (sourceNumbers.isEmpty())
        return QString();
    QStringList numbers;
    for (int n : sourceNumbers)
        numbers << QString::number(n);
    return u'[' + numbers.join(QStringLiteral(", ")) + u']';
}
} // namespace

QString ReportDealRow::sourceReferences() const
{
    return references(sourceNumbers);
}

QString ReportValuationRow::sourceReferences() const
{
    return references(sourceNumbers);
}

QString ReportContents::sourceKey(const Source &source)
{
    const QString trimmed = source.url.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("title:") + source.title.trimmed().toCaseFolded();
    const QUrl url
        = QUrl(trimmed).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveFragment);
    QString host = url.host();
    if (host.startsWith(QStringLiteral("www.")))
        host.remove(0, 4);
    const bool web = url.scheme() == u"http" || url.scheme() == u"https";
    return (web ? QStringLiteral("web") : url.scheme()) + u'|' + host + u'|' + url.path() + u'|' + url.query();
}

ReportContents ReportContents::build(const DocumentData &data, const Formatter &format)
{
    QHash<QString, QString> names;
    for (const Company &c : data.companies)
        names.insert(c.id, c.name);
    auto nameOf = [&names](const QString &id) { return names.value(id, id); };
    const Sources::TierTable tiers(data.sourceTiers);

    QList<const Deal *> deals;
    for (const Deal &d : data.deals)
        deals << &d;
    std::stable_sort(deals.begin(), deals.end(), [](const Deal *a, const Deal *b) {
        if (a->date.periodStart() != b->date.periodStart())
            return a->date.periodStart() < b->date.periodStart();
        return naturalIdLess(a->id, b->id);
    });

    ReportContents contents;
    QHash<QString, int> numberOfKey;
    auto publisherOf
        = [](const Source &s) { return s.url.trimmed().isEmpty() ? QString() : Sources::publisherOf(s.url.trimmed()); };
    // What a source reports itself, in the report's language; empty when it makes no claim.
    auto claimOf = [&format](const Source &s) {
        if (s.claimedAmount && s.claimedDate.isValid())
            return tr("reports %1 (%2)", "a source's own figure and date")
                .arg(format.money(*s.claimedAmount), format.date(s.claimedDate));
        if (s.claimedAmount)
            return tr("reports %1", "a source's own figure").arg(format.money(*s.claimedAmount));
        if (s.claimedDate.isValid())
            return tr("gives the date %1", "a source's own date").arg(format.date(s.claimedDate));
        return QString();
    };
    // The numbers of a list of sources, new articles numbered on from the last one.
    auto cite = [&](const QList<Source> &sources) {
        QList<int> numbers;
        for (const Source &s : sources) {
            const QString key = sourceKey(s);
            int number = numberOfKey.value(key);
            if (!number) {
                number = int(contents.m_sources.size()) + 1;
                numberOfKey.insert(key, number);
                ReportSource entry;
                entry.number = number;
                entry.title = Sources::citableTitle(s);
                entry.url = s.url.trimmed();
                entry.publisher = publisherOf(s);
                entry.tier = tiers.tierOf(s);
                contents.m_sources << entry;
            }
            const QString claim = claimOf(s);
            QStringList &claims = contents.m_sources[number - 1].claims;
            if (!claim.isEmpty() && !claims.contains(claim))
                claims << claim;
            if (!numbers.contains(number))
                numbers << number;
        }
        std::sort(numbers.begin(), numbers.end());
        return numbers;
    };
    // The claims of sources that disagree about a figure, best-rated sources first.
    auto disagreement = [&](const QString &subject, const QString &chosen, const QList<Source> &sources) {
        ReportDisagreement result;
        result.subject = subject;
        result.chosen = chosen;
        QStringList texts;
        for (const Source &s : tiers.byTier(sources)) {
            if (!s.claimedAmount)
                continue;
            ReportDisagreement::Claim claim;
            claim.publisher = publisherOf(s);
            if (claim.publisher.isEmpty())
                claim.publisher = s.title.trimmed();
            claim.tier = tiers.tierOf(s);
            claim.amount = format.money(*s.claimedAmount);
            claim.sourceNumber = numberOfKey.value(sourceKey(s));
            const QString text = tr("%1 (%2): %3", "a source's claim: publisher (tier): amount")
                                     .arg(claim.publisher, enumDisplayName(claim.tier), claim.amount)
                + QStringLiteral(" [%1]").arg(claim.sourceNumber);
            if (texts.contains(text))
                continue; // the same article named twice
            texts << text;
            result.claims << claim;
        }
        result.claimsText = texts.join(QStringLiteral(" · "));
        return result;
    };

    for (const Deal *d : std::as_const(deals)) {
        ReportDealRow row;
        row.dealId = d->id;
        row.kind = d->kind;
        row.date = format.date(d->date);
        row.from = nameOf(d->from);
        row.to = nameOf(d->to);
        row.kindName = enumDisplayName(d->kind);
        row.amount = format.dealAmount(d->amount, d->amountKind);
        if (d->amount && d->amountKind == AmountKind::Committed)
            row.amount = tr("%1 committed", "amount of a deal").arg(row.amount);
        if (d->capacityMw)
            row.amount += QStringLiteral(" · ") + format.gigawatts(*d->capacityMw).replace(u' ', QChar::Nbsp);
        row.sourceNumbers = cite(d->sources);
        if (Sources::disagree(d->amount, d->sources)) {
            ReportDisagreement entry = disagreement(
                tr("%1 → %2, %3, %4", "a deal: from, to, kind, date").arg(row.from, row.to, row.kindName, row.date),
                format.dealAmount(d->amount, d->amountKind), d->sources);
            entry.dealId = d->id;
            contents.m_disagreements << entry;
        }
        contents.m_deals << row;
    }

    // Valuations after the deals, in the same numbering of sources.
    QList<const Valuation *> valuations;
    for (const Valuation &v : data.valuations)
        valuations << &v;
    std::stable_sort(valuations.begin(), valuations.end(), [&](const Valuation *a, const Valuation *b) {
        if (a->date.periodStart() != b->date.periodStart())
            return a->date.periodStart() < b->date.periodStart();
        return naturalIdLess(a->id, b->id);
    });
    for (const Valuation *v : std::as_const(valuations)) {
        ReportValuationRow row;
        row.valuationId = v->id;
        row.date = format.date(v->date);
        row.company = nameOf(v->company);
        row.value = format.money(v->value);
        row.kindName = enumDisplayName(v->kind);
        row.sourceNumbers = cite(v->sources);
        if (Sources::disagree(v->value, v->sources)) {
            ReportDisagreement entry = disagreement(
                tr("%1 valuation, %2", "a valuation: company, date").arg(row.company, row.date), row.value, v->sources);
            entry.valuationId = v->id;
            contents.m_disagreements << entry;
        }
        contents.m_valuations << row;
    }

    // The lines each source is printed with.
    for (ReportSource &s : contents.m_sources) {
        QStringList details;
        if (s.title.isEmpty()) {
            s.heading = s.publisher.isEmpty() ? tr("Untitled page")
                                              : tr("%1, untitled page", "a source without a headline").arg(s.publisher);
        } else {
            s.heading = s.title;
            if (!s.publisher.isEmpty())
                details << s.publisher;
        }
        details << enumDisplayName(s.tier) << s.claims;
        s.details = details.join(QStringLiteral(" · "));
    }
    return contents;
}

ReportTable ReportContents::disagreementTable() const
{
    ReportTable table;
    table.title = tr("Where sources disagree");
    table.note = tr("Deals and valuations whose sources report different figures: the figure the data uses, and "
                    "what each source reports, best-rated sources first. Numbers in brackets refer to the list of "
                    "sources.");
    table.columns = {{tr("Deal or valuation"), Qt::AlignLeft, true}, {tr("Chosen"), Qt::AlignRight, false},
        {tr("What the sources report"), Qt::AlignLeft, true}};
    for (const ReportDisagreement &d : m_disagreements)
        table.rows << QStringList {d.subject, d.chosen, d.claimsText};
    return table;
}

ReportTable ReportContents::valuationTable() const
{
    ReportTable table;
    table.columns = {{tr("Date"), Qt::AlignLeft, false}, {tr("Company"), Qt::AlignLeft, true},
        {tr("Valuation"), Qt::AlignRight, false}, {tr("Kind"), Qt::AlignLeft, false},
        {tr("Sources"), Qt::AlignLeft, false}};
    for (const ReportValuationRow &row : m_valuations)
        table.rows << QStringList {row.date, row.company, row.value, row.kindName, row.sourceReferences()};
    return table;
}

ReportTable ReportContents::dealTable() const
{
    ReportTable table;
    // The id first: the analysis pages cite deals by it. A long list of sources ("[3, 7, 12, 45]")
    // wraps, an amount with a capacity between its parts, so that ids, dates and kinds fit whole.
    table.columns = {{tr("ID"), Qt::AlignLeft, false}, {tr("Date"), Qt::AlignLeft, false},
        {tr("From"), Qt::AlignLeft, true}, {tr("To"), Qt::AlignLeft, true}, {tr("Kind"), Qt::AlignLeft, false},
        {tr("Amount"), Qt::AlignRight, true, true}, {tr("Sources"), Qt::AlignLeft, true}};
    table.markerColumn = 4;
    for (const ReportDealRow &row : m_deals) {
        table.rows << QStringList {
            row.dealId, row.date, row.from, row.to, row.kindName, row.amount, row.sourceReferences()};
        table.rowMarkers << Palette::dealKind(row.kind);
    }
    return table;
}
