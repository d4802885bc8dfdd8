#include "io/CapflowFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Writing .capflow: keys sorted (QJsonObject), optional fields left out when empty, money as
// strings of whole dollars. The caller gives items in id order, so output is reproducible.
namespace {

void insertIfNotEmpty(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonArray sourcesToJson(const QList<Source> &sources)
{
    QJsonArray result;
    for (const Source &s : sources) {
        QJsonObject o {{QStringLiteral("url"), s.url}};
        insertIfNotEmpty(o, QStringLiteral("title"), s.title);
        if (s.tier)
            o.insert(QStringLiteral("tier"), enumKey(*s.tier));
        if (s.claimedAmount)
            o.insert(QStringLiteral("claimed_usd"), s.claimedAmount->toUsdString());
        if (s.claimedDate.isValid())
            o.insert(QStringLiteral("claimed_date"), s.claimedDate.toString(Qt::ISODate));
        insertIfNotEmpty(o, QStringLiteral("note"), s.note);
        result << o;
    }
    return result;
}

void insertDate(QJsonObject &o, const FuzzyDate &date)
{
    o.insert(QStringLiteral("date"), date.periodStart().toString(Qt::ISODate));
    o.insert(QStringLiteral("date_precision"), enumKey(date.precision()));
}

void insertNote(QJsonObject &o, const BilingualText &note)
{
    insertIfNotEmpty(o, QStringLiteral("note_en"), note.en);
    insertIfNotEmpty(o, QStringLiteral("note_de"), note.de);
}

} // namespace

namespace CapflowFormat {

QByteArray write(const DocumentData &data)
{
    QJsonArray companies;
    for (const Company &c : data.companies) {
        QJsonObject o {
            {QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("kind"), enumKey(c.kind)}};
        insertIfNotEmpty(o, QStringLiteral("country"), c.country);
        insertNote(o, c.note);
        if (c.position)
            o.insert(QStringLiteral("position"),
                QJsonObject {{QStringLiteral("x"), c.position->x()}, {QStringLiteral("y"), c.position->y()}});
        companies << o;
    }
    QJsonArray deals;
    for (const Deal &d : data.deals) {
        QJsonObject o {{QStringLiteral("id"), d.id}, {QStringLiteral("from"), d.from}, {QStringLiteral("to"), d.to},
            {QStringLiteral("kind"), enumKey(d.kind)}, {QStringLiteral("amount_kind"), enumKey(d.amountKind)},
            {QStringLiteral("sources"), sourcesToJson(d.sources)}};
        insertDate(o, d.date);
        if (d.amount)
            o.insert(QStringLiteral("amount_usd"), d.amount->toUsdString());
        if (d.capacityMw)
            o.insert(QStringLiteral("capacity_gw"), Decimal::format(*d.capacityMw, 3));
        insertNote(o, d.note);
        for (DealRelation relation : enumValues<DealRelation>()) {
            if (!d.related(relation).isEmpty())
                o.insert(enumKey(relation), QJsonArray::fromStringList(d.related(relation)));
        }
        deals << o;
    }
    QJsonArray valuations;
    for (const Valuation &v : data.valuations) {
        QJsonObject o {{QStringLiteral("id"), v.id}, {QStringLiteral("company"), v.company},
            {QStringLiteral("value_usd"), v.value.toUsdString()}, {QStringLiteral("kind"), enumKey(v.kind)},
            {QStringLiteral("sources"), sourcesToJson(v.sources)}};
        insertDate(o, v.date);
        valuations << o;
    }
    QJsonObject root {{QStringLiteral("format"), QStringLiteral("capflow")},
        {QStringLiteral("version"), CurrentVersion}, {QStringLiteral("companies"), companies},
        {QStringLiteral("deals"), deals}, {QStringLiteral("valuations"), valuations}};
    insertIfNotEmpty(root, QStringLiteral("title"), data.title);
    if (!data.sourceTiers.isEmpty()) {
        QJsonArray rules;
        for (const SourceTierRule &r : data.sourceTiers)
            rules << QJsonObject {{QStringLiteral("domain"), r.domain}, {QStringLiteral("tier"), enumKey(r.tier)}};
        root.insert(QStringLiteral("source_tiers"), rules);
    }
    if (data.dataThrough.isValid()) {
        QJsonObject through;
        insertDate(through, data.dataThrough);
        root.insert(QStringLiteral("data_through"), through);
    }
    if (!data.aliases.isEmpty()) {
        QJsonArray aliases;
        for (const CompanyAlias &a : data.aliases)
            aliases << QJsonObject {{QStringLiteral("alias"), a.alias}, {QStringLiteral("name"), a.name}};
        root.insert(QStringLiteral("aliases"), aliases);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace CapflowFormat
