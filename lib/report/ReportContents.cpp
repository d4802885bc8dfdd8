#include "report/ReportContents.h"

#include "document/Document.h"
#include "format/Palette.h"

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
    // The numbers of a list of sources, new articles numbered on from the last one.
    auto cite = [&](const QList<Source> &sources) {
        QList<int> numbers;
        for (const Source &s : sources) {
            const QString key = sourceKey(s);
            int number = numberOfKey.value(key);
            if (!number) {
                number = int(contents.m_sources.size()) + 1;
                numberOfKey.insert(key, number);
                const QString title = s.title.trimmed().isEmpty() ? s.url.trimmed() : s.title.trimmed();
                contents.m_sources << ReportSource {number, title, s.url.trimmed()};
            }
            if (!numbers.contains(number))
                numbers << number;
        }
        std::sort(numbers.begin(), numbers.end());
        return numbers;
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
        contents.m_valuations << row;
    }
    return contents;
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
    table.columns = {{tr("Date"), Qt::AlignLeft, false}, {tr("From"), Qt::AlignLeft, true},
        {tr("To"), Qt::AlignLeft, true}, {tr("Kind"), Qt::AlignLeft, false}, {tr("Amount"), Qt::AlignRight, false},
        {tr("Sources"), Qt::AlignLeft, false}};
    table.markerColumn = 3;
    for (const ReportDealRow &row : m_deals) {
        table.rows << QStringList {row.date, row.from, row.to, row.kindName, row.amount, row.sourceReferences()};
        table.rowMarkers << Palette::dealKind(row.kind);
    }
    return table;
}
