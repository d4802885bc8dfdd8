#include "io/CapflowFormat.h"

#include "io/JsonOut.h"

#include <algorithm>
#include <vector>

// Writing .capflow: keys sorted, optional fields left out when empty, money as strings of whole
// dollars. The caller gives items in id order, so output is reproducible. The text is written
// straight out (io/JsonOut.h), in exactly the layout of QJsonDocument::toJson(Indented), which
// earlier versions used: files saved before and after are byte for byte alike.
namespace {

// One member of an object: its key, whether the item has it, how its value is written.
template<typename T> struct Field
{
    QByteArray key;
    bool (*present)(const T &);
    void (*write)(JsonOut &, const T &);
};

// The fields in key order, as QJsonObject keeps them.
template<typename T> std::vector<Field<T>> sorted(std::vector<Field<T>> fields)
{
    std::sort(fields.begin(), fields.end(), [](const Field<T> &a, const Field<T> &b) { return a.key < b.key; });
    return fields;
}

template<typename T> void writeObject(JsonOut &out, const std::vector<Field<T>> &fields, const T &item)
{
    out.beginObject();
    for (const Field<T> &f : fields) {
        if (!f.present || f.present(item)) {
            out.key(f.key);
            f.write(out, item);
        }
    }
    out.end();
}

template<typename T, typename Write> void writeArray(JsonOut &out, const QList<T> &items, Write write)
{
    out.beginArray();
    for (const T &item : items) {
        out.element();
        write(out, item);
    }
    out.end();
}

void writeDate(JsonOut &out, const FuzzyDate &date)
{
    out.string(date.periodStart().toString(Qt::ISODate));
}

const std::vector<Field<Source>> &sourceFields()
{
    static const auto fields = sorted<Source>({
        {"url", nullptr, [](JsonOut &o, const Source &s) { o.string(s.url); }},
        {"title", [](const Source &s) { return !s.title.isEmpty(); }, [](JsonOut &o, const Source &s) { o.string(s.title); }},
        {"tier", [](const Source &s) { return s.tier.has_value(); }, [](JsonOut &o, const Source &s) { o.string(enumKey(*s.tier)); }},
        {"claimed_usd", [](const Source &s) { return s.claimedAmount.has_value(); },
            [](JsonOut &o, const Source &s) { o.string(s.claimedAmount->toUsdString()); }},
        {"claimed_date", [](const Source &s) { return s.claimedDate.isValid(); },
            [](JsonOut &o, const Source &s) { o.string(s.claimedDate.toString(Qt::ISODate)); }},
        {"note", [](const Source &s) { return !s.note.isEmpty(); }, [](JsonOut &o, const Source &s) { o.string(s.note); }},
    });
    return fields;
}

void writeSources(JsonOut &out, const QList<Source> &sources)
{
    writeArray(out, sources, [](JsonOut &o, const Source &s) { writeObject(o, sourceFields(), s); });
}

void writeStrings(JsonOut &out, const QStringList &strings)
{
    writeArray(out, strings, [](JsonOut &o, const QString &s) { o.string(s); });
}

const std::vector<Field<Company>> &companyFields()
{
    static const auto fields = sorted<Company>({
        {"id", nullptr, [](JsonOut &o, const Company &c) { o.string(c.id); }},
        {"name", nullptr, [](JsonOut &o, const Company &c) { o.string(c.name); }},
        {"kind", nullptr, [](JsonOut &o, const Company &c) { o.string(enumKey(c.kind)); }},
        {"country", [](const Company &c) { return !c.country.isEmpty(); }, [](JsonOut &o, const Company &c) { o.string(c.country); }},
        {"note_en", [](const Company &c) { return !c.note.en.isEmpty(); }, [](JsonOut &o, const Company &c) { o.string(c.note.en); }},
        {"note_de", [](const Company &c) { return !c.note.de.isEmpty(); }, [](JsonOut &o, const Company &c) { o.string(c.note.de); }},
        {"position", [](const Company &c) { return c.position.has_value(); },
            [](JsonOut &o, const Company &c) {
                o.beginObject();
                o.key("x");
                o.number(c.position->x());
                o.key("y");
                o.number(c.position->y());
                o.end();
            }},
    });
    return fields;
}

template<DealRelation R> Field<Deal> relationField()
{
    return {enumKey(R).toLatin1(), [](const Deal &d) { return !d.related(R).isEmpty(); },
        [](JsonOut &o, const Deal &d) { writeStrings(o, d.related(R)); }};
}

const std::vector<Field<Deal>> &dealFields()
{
    static_assert(int(DealRelation::Overlaps) == 2, "every relation has a field below");
    static const auto fields = sorted<Deal>({
        {"id", nullptr, [](JsonOut &o, const Deal &d) { o.string(d.id); }},
        {"from", nullptr, [](JsonOut &o, const Deal &d) { o.string(d.from); }},
        {"to", nullptr, [](JsonOut &o, const Deal &d) { o.string(d.to); }},
        {"kind", nullptr, [](JsonOut &o, const Deal &d) { o.string(enumKey(d.kind)); }},
        {"amount_kind", nullptr, [](JsonOut &o, const Deal &d) { o.string(enumKey(d.amountKind)); }},
        {"sources", nullptr, [](JsonOut &o, const Deal &d) { writeSources(o, d.sources); }},
        {"date", nullptr, [](JsonOut &o, const Deal &d) { writeDate(o, d.date); }},
        {"date_precision", nullptr, [](JsonOut &o, const Deal &d) { o.string(enumKey(d.date.precision())); }},
        {"amount_usd", [](const Deal &d) { return d.amount.has_value(); },
            [](JsonOut &o, const Deal &d) { o.string(d.amount->toUsdString()); }},
        {"capacity_gw", [](const Deal &d) { return d.capacityMw.has_value(); },
            [](JsonOut &o, const Deal &d) { o.string(Decimal::format(*d.capacityMw, 3)); }},
        {"note_en", [](const Deal &d) { return !d.note.en.isEmpty(); }, [](JsonOut &o, const Deal &d) { o.string(d.note.en); }},
        {"note_de", [](const Deal &d) { return !d.note.de.isEmpty(); }, [](JsonOut &o, const Deal &d) { o.string(d.note.de); }},
        relationField<DealRelation::Supersedes>(),
        relationField<DealRelation::PartOf>(),
        relationField<DealRelation::Overlaps>(),
    });
    return fields;
}

const std::vector<Field<Valuation>> &valuationFields()
{
    static const auto fields = sorted<Valuation>({
        {"id", nullptr, [](JsonOut &o, const Valuation &v) { o.string(v.id); }},
        {"company", nullptr, [](JsonOut &o, const Valuation &v) { o.string(v.company); }},
        {"value_usd", nullptr, [](JsonOut &o, const Valuation &v) { o.string(v.value.toUsdString()); }},
        {"kind", nullptr, [](JsonOut &o, const Valuation &v) { o.string(enumKey(v.kind)); }},
        {"sources", nullptr, [](JsonOut &o, const Valuation &v) { writeSources(o, v.sources); }},
        {"date", nullptr, [](JsonOut &o, const Valuation &v) { writeDate(o, v.date); }},
        {"date_precision", nullptr, [](JsonOut &o, const Valuation &v) { o.string(enumKey(v.date.precision())); }},
    });
    return fields;
}

// An object of two strings, keys in order.
void writeTwoStrings(JsonOut &out, QByteArrayView key1, const QString &value1, QByteArrayView key2, const QString &value2)
{
    out.beginObject();
    out.key(key1);
    out.string(value1);
    out.key(key2);
    out.string(value2);
    out.end();
}

void writeDateObject(JsonOut &out, const FuzzyDate &date)
{
    writeTwoStrings(out, "date", date.periodStart().toString(Qt::ISODate), "date_precision", enumKey(date.precision()));
}

const std::vector<Field<DocumentData>> &documentFields()
{
    using D = DocumentData;
    static const auto fields = sorted<D>({
        {"format", nullptr, [](JsonOut &o, const D &) { o.string(QStringLiteral("capflow")); }},
        {"version", nullptr, [](JsonOut &o, const D &) { o.integer(CapflowFormat::CurrentVersion); }},
        {"title", [](const D &d) { return !d.title.isEmpty(); }, [](JsonOut &o, const D &d) { o.string(d.title); }},
        {"companies", nullptr,
            [](JsonOut &o, const D &d) {
                writeArray(o, d.companies, [](JsonOut &out, const Company &c) { writeObject(out, companyFields(), c); });
            }},
        {"deals", nullptr,
            [](JsonOut &o, const D &d) {
                writeArray(o, d.deals, [](JsonOut &out, const Deal &deal) { writeObject(out, dealFields(), deal); });
            }},
        {"valuations", nullptr,
            [](JsonOut &o, const D &d) {
                writeArray(o, d.valuations, [](JsonOut &out, const Valuation &v) { writeObject(out, valuationFields(), v); });
            }},
        {"source_tiers", [](const D &d) { return !d.sourceTiers.isEmpty(); },
            [](JsonOut &o, const D &d) {
                writeArray(o, d.sourceTiers, [](JsonOut &out, const SourceTierRule &r) {
                    writeTwoStrings(out, "domain", r.domain, "tier", enumKey(r.tier));
                });
            }},
        {"data_through", [](const D &d) { return d.dataThrough.isValid(); },
            [](JsonOut &o, const D &d) { writeDateObject(o, d.dataThrough); }},
        {"aliases", [](const D &d) { return !d.aliases.isEmpty(); },
            [](JsonOut &o, const D &d) {
                writeArray(o, d.aliases, [](JsonOut &out, const CompanyAlias &a) {
                    writeTwoStrings(out, "alias", a.alias, "name", a.name);
                });
            }},
    });
    return fields;
}

} // namespace

namespace CapflowFormat {

QByteArray write(const DocumentData &data)
{
    JsonOut out;
    // About 300 bytes a deal and 150 a company: one allocation for most documents.
    out.reserve(qsizetype(data.deals.size()) * 320 + qsizetype(data.companies.size()) * 160 + 4096);
    writeObject(out, documentFields(), data);
    return out.finish();
}

} // namespace CapflowFormat
