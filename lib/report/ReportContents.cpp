#include "report/ReportContents.h"

#include "document/Document.h"
#include "format/Palette.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

QString ReportDealRow::sourceReferences() const
{
    if (sourceNumbers.isEmpty())
        return QString();
    QStringList numbers;
    for (int n : sourceNumbers)
        numbers << QString::number(n);
    return u'[' + numbers.join(QStringLiteral(", ")) + u']';
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
        for (const Source &s : d->sources) {
            const QString key = sourceKey(s);
            int number = numberOfKey.value(key);
            if (!number) {
                number = int(contents.m_sources.size()) + 1;
                numberOfKey.insert(key, number);
                const QString title = s.title.trimmed().isEmpty() ? s.url.trimmed() : s.title.trimmed();
                contents.m_sources << ReportSource {number, title, s.url.trimmed()};
            }
            if (!row.sourceNumbers.contains(number))
                row.sourceNumbers << number;
        }
        std::sort(row.sourceNumbers.begin(), row.sourceNumbers.end());
        contents.m_deals << row;
    }
    return contents;
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
