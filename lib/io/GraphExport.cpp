#include "io/GraphExport.h"

#include "model/DealKinds.h"

#include <QSet>

#include <algorithm>

namespace GraphExport::Facts {

namespace {
std::optional<QString> nonEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

QString joined(const QList<Source> &sources, QString Source::*field)
{
    QStringList parts;
    for (const Source &s : sources)
        parts << s.*field;
    return parts.join(u'\n');
}
} // namespace

QString typeName(Type type)
{
    switch (type) {
    case Type::Double: return QStringLiteral("double");
    case Type::Boolean: return QStringLiteral("boolean");
    case Type::String: break;
    }
    return QStringLiteral("string");
}

const QList<Attribute> &companyAttributes()
{
    static const QList<Attribute> attributes {
        {QStringLiteral("kind"), Type::String},
        {QStringLiteral("country"), Type::String},
        {QStringLiteral("note_en"), Type::String},
        {QStringLiteral("note_de"), Type::String},
        {QStringLiteral("valuations"), Type::String},
        {QStringLiteral("latest_valuation_usd_bn"), Type::Double},
    };
    return attributes;
}

const QList<Attribute> &dealAttributes()
{
    static const QList<Attribute> attributes {
        {QStringLiteral("deal_id"), Type::String},
        {QStringLiteral("kind"), Type::String},
        {QStringLiteral("date"), Type::String},
        {QStringLiteral("date_precision"), Type::String},
        {QStringLiteral("amount_usd"), Type::String},
        {QStringLiteral("amount_usd_bn"), Type::Double},
        {QStringLiteral("amount_kind"), Type::String},
        {QStringLiteral("disclosed"), Type::Boolean},
        {QStringLiteral("capacity_gw"), Type::Double},
        {QStringLiteral("source_urls"), Type::String},
        {QStringLiteral("source_titles"), Type::String},
        {QStringLiteral("note_en"), Type::String},
        {QStringLiteral("note_de"), Type::String},
    };
    return attributes;
}

Values companyValues(const Company &company, const QList<Valuation> &valuations)
{
    QStringList entries;
    for (const Valuation &v : valuations)
        entries << isoDate(v.date) + u'=' + v.value.toUsdString() + u' ' + enumKey(v.kind);
    const std::optional<QString> latest
        = valuations.isEmpty() ? std::nullopt : std::optional(valuations.last().value.toBillionsString());
    return {nonEmpty(enumKey(company.kind)), nonEmpty(company.country), nonEmpty(company.note.en),
        nonEmpty(company.note.de), nonEmpty(entries.join(QStringLiteral("; "))), latest};
}

Values dealValues(const Deal &deal)
{
    const std::optional<Money> &amount = deal.amount;
    return {
        deal.id,
        enumKey(deal.kind),
        nonEmpty(isoDate(deal.date)),
        enumKey(deal.date.precision()),
        amount ? std::optional(amount->toUsdString()) : std::nullopt,
        amount ? std::optional(amount->toBillionsString()) : std::nullopt,
        enumKey(deal.amountKind),
        amount ? QStringLiteral("true") : QStringLiteral("false"),
        deal.capacityMw ? std::optional(Decimal::format(*deal.capacityMw, 3)) : std::nullopt,
        nonEmpty(joined(deal.sources, &Source::url)),
        nonEmpty(joined(deal.sources, &Source::title)),
        nonEmpty(deal.note.en),
        nonEmpty(deal.note.de),
    };
}

QList<Edge> edges(const DocumentData &data)
{
    QSet<QString> companies;
    for (const Company &c : data.companies)
        companies.insert(c.id);
    QList<Edge> result;
    for (const Deal &d : data.deals) {
        if (!companies.contains(d.from) || !companies.contains(d.to))
            continue;
        const auto [payer, receiver] = DealKinds::payerAndReceiver(d);
        result.append({&d, payer, receiver});
    }
    return result;
}

QHash<QString, QDate> firstDealDates(const QList<Edge> &edges)
{
    QHash<QString, QDate> first;
    auto note = [&first](const QString &company, QDate date) {
        if (!date.isValid())
            return;
        QDate &known = first[company];
        if (!known.isValid() || date < known)
            known = date;
    };
    for (const Edge &e : edges) {
        note(e.source, e.deal->date.periodStart());
        note(e.target, e.deal->date.periodStart());
    }
    return first;
}

QHash<QString, QList<Valuation>> valuationsByCompany(const DocumentData &data)
{
    QHash<QString, QList<Valuation>> result;
    for (const Valuation &v : data.valuations)
        result[v.company].append(v);
    for (QList<Valuation> &list : result) {
        std::stable_sort(list.begin(), list.end(),
            [](const Valuation &a, const Valuation &b) { return a.date.periodStart() < b.date.periodStart(); });
    }
    return result;
}

QString isoDate(const FuzzyDate &date)
{
    return date.periodStart().toString(Qt::ISODate);
}

} // namespace GraphExport::Facts

namespace GraphExport {

QByteArray toGexf(const DocumentData &data)
{
    return toGexf(data, GexfVersion::V1_2Draft);
}

} // namespace GraphExport
