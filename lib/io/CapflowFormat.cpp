#include "io/CapflowFormat.h"

#include "editing/Validation.h"

#include "document/Document.h"
#include "io/JsonLocator.h"
#include "io/Parallel.h"
#include "io/ReadControl.h"
#include "model/DealRelations.h"

#include <QJsonDocument>
#include <QSet>

#include <rapidjson/document.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <thread>
#include <vector>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// A value of the parsed document, or none (a missing member): the few questions the reader asks,
// in the terms QJsonValue used before. The text is parsed by RapidJSON, in place: faster than
// QJsonDocument, and the strings stay UTF-8 until a field is read.
class JValue
{
public:
    JValue() = default;
    explicit JValue(const rapidjson::Value *value)
        : m_v(value)
    {
    }
    bool isUndefined() const { return !m_v; }
    bool isNull() const { return m_v && m_v->IsNull(); }
    bool isString() const { return m_v && m_v->IsString(); }
    bool isDouble() const { return m_v && m_v->IsNumber(); }
    bool isArray() const { return m_v && m_v->IsArray(); }
    bool isObject() const { return m_v && m_v->IsObject(); }
    QString toString() const
    {
        return isString() ? QString::fromUtf8(m_v->GetString(), qsizetype(m_v->GetStringLength())) : QString();
    }
    double toDouble(double fallback = 0) const { return isDouble() ? m_v->GetDouble() : fallback; }
    // An object's member; none when absent or not an object.
    JValue value(QLatin1StringView key) const
    {
        if (!isObject())
            return {};
        const rapidjson::Value name(rapidjson::StringRef(key.data(), rapidjson::SizeType(key.size())));
        const auto it = m_v->FindMember(name);
        return it == m_v->MemberEnd() ? JValue() : JValue(&it->value);
    }
    bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }
    // An array's elements (none when it is not an array).
    qsizetype size() const { return isArray() ? qsizetype(m_v->Size()) : 0; }
    bool isEmpty() const { return size() == 0; }
    JValue at(qsizetype i) const { return JValue(&(*m_v)[rapidjson::SizeType(i)]); }

private:
    const rapidjson::Value *m_v = nullptr;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CapflowReader)
public:
    // repeatedKeys: whether some object has a key twice; the locator then finds where.
    Reader(const QByteArray &utf8, const QString &fileName, CapflowFormat::ReadResult &result, ReadControl *control,
        bool repeatedKeys)
        : m_locator(utf8, control ? control->cancelFlag() : nullptr, repeatedKeys)
        , m_file(fileName)
        , m_result(result)
        , m_control(control)
    {
    }

    void readDocument(JValue root);
    bool wasCancelled() const { return m_locator.wasCancelled(); }

private:
    // A problem found on a worker thread, placed later (the locator's index is built on demand and
    // is not to be built by two threads at once), in the order it was found.
    struct Pending
    {
        qsizetype deal;
        bool beforeIdCheck; // found before the deal's id was checked against the others
        QString pointer;
        QString message;
    };

    void report(const QString &pointer, const QString &message)
    {
        if (m_pending) {
            m_pending->push_back(Pending {m_deal, m_beforeIdCheck, pointer, message});
            return;
        }
        const auto [line, column] = m_locator.lineAndColumnOf(pointer);
        m_result.problems << Problem {m_file, line, column, message};
    }

    void readDeals(JValue deals);

    // Field access that reports what is wrong, and where.
    std::optional<QString> string(JValue o, const QString &at, QLatin1StringView key, bool required)
    {
        const JValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                report(at, tr("missing field \"%1\"").arg(key));
            return std::nullopt;
        }
        if (!v.isString()) {
            report(JsonLocator::child(at, key), tr("field \"%1\" must be a string").arg(key));
            return std::nullopt;
        }
        return v.toString();
    }

    QString requiredText(JValue o, const QString &at, QLatin1StringView key)
    {
        const auto s = string(o, at, key, true);
        if (s && s->trimmed().isEmpty())
            report(JsonLocator::child(at, key), tr("field \"%1\" must not be empty").arg(key));
        return s.value_or(QString());
    }

    template<typename E> E enumField(JValue o, const QString &at, QLatin1StringView key, E fallback)
    {
        const auto s = string(o, at, key, true);
        if (!s)
            return fallback;
        if (const auto e = enumFromKey<E>(*s))
            return *e;
        report(JsonLocator::child(at, key),
            tr("unknown value \"%1\" for \"%2\" (expected one of: %3)").arg(*s, key, enumKeyList<E>()));
        return fallback;
    }

    FuzzyDate date(JValue o, const QString &at)
    {
        const auto precision = enumField(o, at, "date_precision"_L1, DatePrecision::Day);
        const auto text = string(o, at, "date"_L1, true);
        if (!text)
            return {};
        const QDate d = FuzzyDate::parseIsoDate(*text);
        const auto where = [&] { return JsonLocator::child(at, "date"_L1); }; // only for a problem
        if (!d.isValid()) {
            report(where(), tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(*text));
            return {};
        }
        if (!FuzzyDate::isPeriodStart(d, precision)) {
            report(where(), tr("date %1 is not the first day of its %2").arg(*text, enumKey(precision)));
            return {};
        }
        return FuzzyDate(d, precision);
    }

    std::optional<Money> money(JValue o, const QString &at, QLatin1StringView key, bool required)
    {
        const JValue v = o.value(key);
        const auto where = [&] { return JsonLocator::child(at, key); }; // only for a problem
        if (v.isUndefined() || v.isNull()) {
            if (required)
                report(at, tr("missing field \"%1\"").arg(key));
            return std::nullopt;
        }
        if (!v.isString()) {
            report(where(), tr("amount \"%1\" must be a string of whole US dollars, e.g. \"1500000000\"").arg(key));
            return std::nullopt;
        }
        const QString text = v.toString();
        if (text.startsWith(u'-')) {
            report(where(), tr("amount \"%1\" must not be negative").arg(text));
            return std::nullopt;
        }
        const auto m = Money::fromUsdString(text);
        if (!m) {
            const bool digitsOnly = !text.isEmpty()
                && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            if (digitsOnly)
                report(where(), tooLarge(text));
            else
                report(where(), tr("malformed amount \"%1\" (expected whole US dollars, digits only)").arg(text));
            return std::nullopt;
        }
        if (!m->isAcceptable()) {
            report(where(), tooLarge(text));
            return std::nullopt;
        }
        return m;
    }

    static QString tooLarge(const QString &text)
    {
        return tr("amount \"%1\" is larger than CapFlow accepts (at most %2 USD)")
            .arg(text, Money::fromUsd(Money::MaxUsd).toUsdString());
    }

    QString companyRef(JValue o, const QString &at, QLatin1StringView key)
    {
        const QString id = requiredText(o, at, key);
        if (!id.isEmpty() && !m_companyIds.contains(id))
            report(JsonLocator::child(at, key), tr("unknown company id \"%1\"").arg(id));
        return id;
    }

    QString uniqueId(JValue o, const QString &at, QSet<QString> &seen)
    {
        const QString id = requiredText(o, at, "id"_L1);
        if (!id.isEmpty() && seen.contains(id))
            report(JsonLocator::child(at, "id"_L1), tr("duplicate id \"%1\"").arg(id));
        seen.insert(id);
        return id;
    }

    BilingualText note(JValue o, const QString &at)
    {
        return {string(o, at, "note_en"_L1, false).value_or(QString()),
            string(o, at, "note_de"_L1, false).value_or(QString())};
    }

    QList<Source> sources(JValue o, const QString &at);
    QStringList idList(JValue o, const QString &at, QLatin1StringView key);
    void checkRelations();
    std::optional<JValue> array(JValue o, const QString &at, QLatin1StringView key);
    std::optional<JValue> object(JValue v, const QString &at);

    Company readCompany(JValue o, const QString &at);
    Deal readDeal(JValue o, const QString &at);
    Valuation readValuation(JValue o, const QString &at);

    JsonLocator m_locator;
    QString m_file;
    CapflowFormat::ReadResult &m_result;
    QSet<QString> m_companyIds;
    // On a worker thread, reading deals: where problems go, and which deal is being read.
    std::vector<Pending> *m_pending = nullptr;
    ReadControl *m_control = nullptr;
    qsizetype m_deal = 0;
    bool m_beforeIdCheck = false;
};

// The deals are read on all cores, in as many consecutive parts; then, in their order, checked
// for ids given twice and for totals beyond 64 bits, with every problem placed in the order a
// reading in one go would find it.
void Reader::readDeals(JValue deals)
{
    const qsizetype n = deals.size();
    QList<Deal> &out = m_result.data.deals;
    out.resize(n);
    std::vector<char> isObject(size_t(n), 0);
    const int parts = Parallel::partsFor(n);
    std::vector<std::vector<Pending>> pending(static_cast<size_t>(parts));
    const ReadControl::Stage reading = ReadControl::stage(m_control, 0.5, 0.95);
    std::atomic<qsizetype> done {0};
    Parallel::inParts(parts, [&](int part) {
        Reader worker(*this);
        worker.m_pending = &pending[size_t(part)];
        const auto [first, last] = Parallel::range(n, part, parts);
        for (qsizetype i = first; i < last; ++i) {
            if ((i - first) % 4096 == 4095) {
                if (reading.isCancelled())
                    return;
                reading.report(double(done += 4096) / double(n));
            }
            worker.m_deal = i;
            worker.m_beforeIdCheck = true;
            const QString at = JsonLocator::child("/deals"_L1, i);
            if (const auto o = worker.object(deals.at(i), at)) {
                isObject[size_t(i)] = 1;
                const QString id = worker.requiredText(*o, at, "id"_L1);
                worker.m_beforeIdCheck = false;
                out[i] = worker.readDeal(*o, at);
                out[i].id = id;
            }
        }
    });
    if (reading.isCancelled())
        return;

    QSet<QString> dealIds;
    dealIds.reserve(n);
    qint64 total = 0;
    bool totalReported = false;
    Parallel::InOrder<Pending> found(pending);
    auto placeUpTo = [&](qsizetype deal, bool beforeIdCheck) {
        found.takeWhile(
            [&](const Pending &p) { return p.deal < deal || (p.deal == deal && p.beforeIdCheck == beforeIdCheck); },
            [&](const Pending &p) { report(p.pointer, p.message); });
    };
    for (qsizetype i = 0; i < n; ++i) {
        placeUpTo(i, true);
        if (!isObject[size_t(i)])
            continue;
        const Deal &d = out.at(i);
        auto at = [i] { return JsonLocator::child("/deals"_L1, i); }; // only for a problem
        const qsizetype ids = dealIds.size();
        dealIds.insert(d.id);
        if (!d.id.isEmpty() && dealIds.size() == ids)
            report(JsonLocator::child(at(), "id"_L1), tr("duplicate id \"%1\"").arg(d.id));
        placeUpTo(i, false);
        if (d.amount && __builtin_add_overflow(total, d.amount->usd(), &total) && !totalReported) {
            report(JsonLocator::child(at(), "amount_usd"_L1),
                tr("the amounts of the deals up to here add up to "
                   "more than CapFlow can add exactly (%1 USD)")
                    .arg(QString::number(std::numeric_limits<qint64>::max())));
            totalReported = true;
        }
    }
    // Items that are no objects were reported; they are no deals.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (isObject[size_t(i)])
            out[kept++] = std::move(out[i]);
    }
    out.resize(kept);
}

std::optional<JValue> Reader::array(JValue o, const QString &at, QLatin1StringView key)
{
    const JValue v = o.value(key);
    if (v.isUndefined())
        return JValue(); // no elements
    if (!v.isArray()) {
        report(JsonLocator::child(at, key), tr("field \"%1\" must be an array").arg(key));
        return std::nullopt;
    }
    return v;
}

std::optional<JValue> Reader::object(JValue v, const QString &at)
{
    if (!v.isObject()) {
        report(at, tr("expected an object"));
        return std::nullopt;
    }
    return v;
}

QList<Source> Reader::sources(JValue o, const QString &at)
{
    QList<Source> result;
    const QLatin1StringView key = "sources"_L1;
    const auto list = array(o, at, key);
    if (!list)
        return result;
    if (list->isEmpty())
        report(o.contains(key) ? JsonLocator::child(at, key) : at, tr("at least one source is required"));
    const QString listAt = JsonLocator::child(at, key);
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString itemAt = JsonLocator::child(listAt, i);
        if (const auto s = object(list->at(i), itemAt)) {
            Source source;
            source.url = requiredText(*s, itemAt, "url"_L1);
            source.title = string(*s, itemAt, "title"_L1, false).value_or(QString());
            if (const QString why = Validation::sourceUrlProblem(source.url); !source.url.isEmpty() && !why.isEmpty())
                report(JsonLocator::child(itemAt, "url"_L1), why);
            if (s->contains("tier"_L1))
                source.tier = enumField(*s, itemAt, "tier"_L1, SourceTier::Unrated);
            source.claimedAmount = money(*s, itemAt, "claimed_usd"_L1, false);
            if (const auto claimed = string(*s, itemAt, "claimed_date"_L1, false)) {
                source.claimedDate = FuzzyDate::parseIsoDate(*claimed);
                if (!source.claimedDate.isValid())
                    report(JsonLocator::child(itemAt, "claimed_date"_L1),
                        tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(*claimed));
            }
            source.note = string(*s, itemAt, "note"_L1, false).value_or(QString());
            result << std::move(source);
        }
    }
    return result;
}

QStringList Reader::idList(JValue o, const QString &at, QLatin1StringView key)
{
    QStringList result;
    const auto list = array(o, at, key);
    for (qsizetype i = 0; list && i < list->size(); ++i) {
        if (list->at(i).isString())
            result << list->at(i).toString();
        else
            report(JsonLocator::child(JsonLocator::child(at, key), i), tr("expected the id of a deal, as a string"));
    }
    return result;
}

// Relations name other deals: each must exist, and they must not go round in a circle.
void Reader::checkRelations()
{
    const QList<Deal> &deals = m_result.data.deals;
    if (std::none_of(deals.cbegin(), deals.cend(), [](const Deal &d) { return d.hasRelations(); }))
        return;
    QHash<QString, const Deal *> byId;
    byId.reserve(deals.size());
    for (const Deal &d : std::as_const(m_result.data.deals))
        byId.insert(d.id, &d);
    for (qsizetype i = 0; i < m_result.data.deals.size(); ++i) {
        const Deal &d = m_result.data.deals.at(i);
        if (!d.hasRelations())
            continue;
        for (const DealRelations::RelationProblem &p : DealRelations::problemsOf(d, byId)) {
            const QString at = JsonLocator::child(JsonLocator::child("/deals"_L1, i), enumKey(p.relation));
            report(JsonLocator::child(at, p.index), p.message);
        }
    }
}

Company Reader::readCompany(JValue o, const QString &at)
{
    Company c;
    c.name = requiredText(o, at, "name"_L1);
    c.kind = enumField(o, at, "kind"_L1, CompanyKind::Other);
    c.country = string(o, at, "country"_L1, false).value_or(QString());
    if (const QString why = Validation::countryProblem(c.country); !why.isEmpty())
        report(JsonLocator::child(at, "country"_L1), why);
    c.note = note(o, at);
    const JValue pos = o.value("position"_L1);
    if (!pos.isUndefined()) {
        const QString posAt = JsonLocator::child(at, "position"_L1);
        const JValue p = pos;
        if (!pos.isObject() || !p.value("x"_L1).isDouble() || !p.value("y"_L1).isDouble())
            report(posAt, tr("position must be an object with numbers \"x\" and \"y\""));
        else
            c.position = QPointF(p.value("x"_L1).toDouble(), p.value("y"_L1).toDouble());
    }
    return c;
}

Deal Reader::readDeal(JValue o, const QString &at)
{
    Deal d;
    d.date = date(o, at);
    d.from = companyRef(o, at, "from"_L1);
    d.to = companyRef(o, at, "to"_L1);
    d.kind = enumField(o, at, "kind"_L1, DealKind::Equity);
    d.amount = money(o, at, "amount_usd"_L1, false);
    d.amountKind = enumField(o, at, "amount_kind"_L1, AmountKind::Reported);
    if (const auto gw = string(o, at, "capacity_gw"_L1, false)) {
        d.capacityMw = Decimal::parse(*gw, 3);
        if (!d.capacityMw)
            report(JsonLocator::child(at, "capacity_gw"_L1),
                tr("malformed capacity \"%1\" (expected gigawatts such as \"1.5\")").arg(*gw));
    }
    d.note = note(o, at);
    d.sources = sources(o, at);
    for (DealRelation relation : enumValues<DealRelation>())
        d.related(relation) = idList(o, at, QLatin1StringView(enumKey(relation).toLatin1()));
    return d;
}

Valuation Reader::readValuation(JValue o, const QString &at)
{
    Valuation v;
    v.company = companyRef(o, at, "company"_L1);
    v.date = date(o, at);
    v.value = money(o, at, "value_usd"_L1, true).value_or(Money());
    v.kind = enumField(o, at, "kind"_L1, ValuationKind::PostMoney);
    v.sources = sources(o, at);
    return v;
}

// Documents of older schema versions are brought up to date as they are read. 1 → 2: sources
// gained a tier and a claim, deals relations, the document a tier table and a "data through"
// date. All of them are optional, so a version 1 document reads as it is.

void Reader::readDocument(JValue root)
{
    // A key given twice would silently lose its first value.
    for (const JsonLocator::DuplicateKey &duplicate : m_locator.duplicateKeys()) {
        const auto [line, column] = lineAndColumn(m_locator.text(), duplicate.offset);
        QString key = duplicate.pointer.mid(duplicate.pointer.lastIndexOf(u'/') + 1);
        m_result.problems << Problem {m_file, line, column,
            tr("the key \"%1\" appears twice in one object; only one value is allowed")
                .arg(key.replace("~1"_L1, "/"_L1)
                         .replace("~0"_L1, "~"_L1))};
    }
    if (!m_locator.duplicateKeys().isEmpty())
        return;
    const JValue format = root.value("format"_L1);
    if (format.toString() != "capflow"_L1) {
        report(root.contains("format"_L1) ? "/format"_L1 : QString(),
            tr("not a CapFlow document: \"format\" must be \"capflow\""));
        return;
    }
    const JValue version = root.value("version"_L1);
    const double v = version.toDouble(-1);
    // Compared as a double first: converting one out of range to an integer is undefined.
    if (!version.isDouble() || !(v >= 1 && v <= 1e9) || v != std::floor(v)) {
        report(root.contains("version"_L1) ? "/version"_L1 : QString(),
            tr("\"version\" must be a positive whole number"));
        return;
    }
    if (v > CapflowFormat::CurrentVersion) {
        report("/version"_L1,
            tr("schema version %1 was written by a newer CapFlow (this one reads up to %2)")
                .arg(QString::number(v, 'f', 0))
                .arg(CapflowFormat::CurrentVersion));
        return;
    }
    m_result.data.title = string(root, QString(), "title"_L1, false).value_or(QString());

    QSet<QString> names;
    const auto companies = array(root, QString(), "companies"_L1);
    if (companies) {
        names.reserve(companies->size());
        m_companyIds.reserve(companies->size());
        m_result.data.companies.reserve(companies->size());
    }
    for (qsizetype i = 0; companies && i < companies->size(); ++i) {
        const QString at = JsonLocator::child("/companies"_L1, i);
        if (const auto o = object(companies->at(i), at)) {
            const QString id = uniqueId(*o, at, m_companyIds);
            Company c = readCompany(*o, at);
            c.id = id;
            if (!c.name.isEmpty() && names.contains(c.name.toCaseFolded()))
                report(JsonLocator::child(at, "name"_L1), tr("duplicate company name \"%1\"").arg(c.name));
            names.insert(c.name.toCaseFolded());
            m_result.data.companies << std::move(c);
        }
    }
    if (const auto deals = array(root, QString(), "deals"_L1))
        readDeals(*deals);
    QSet<QString> valuationIds;
    const auto valuations = array(root, QString(), "valuations"_L1);
    for (qsizetype i = 0; valuations && i < valuations->size(); ++i) {
        const QString at = JsonLocator::child("/valuations"_L1, i);
        if (const auto o = object(valuations->at(i), at)) {
            const QString id = uniqueId(*o, at, valuationIds);
            Valuation val = readValuation(*o, at);
            val.id = id;
            m_result.data.valuations << std::move(val);
        }
    }
    checkRelations();
    if (root.contains("source_tiers"_L1)) {
        const auto rules = array(root, QString(), "source_tiers"_L1);
        for (qsizetype i = 0; rules && i < rules->size(); ++i) {
            const QString at = JsonLocator::child("/source_tiers"_L1, i);
            if (const auto o = object(rules->at(i), at)) {
                SourceTierRule rule;
                rule.domain = requiredText(*o, at, "domain"_L1).trimmed().toLower();
                rule.tier = enumField(*o, at, "tier"_L1, SourceTier::Unrated);
                m_result.data.sourceTiers << rule;
            }
        }
    }
    if (root.contains("data_through"_L1)) {
        if (const auto o = object(root.value("data_through"_L1), "/data_through"_L1))
            m_result.data.dataThrough = date(*o, "/data_through"_L1);
    }
    // Optional: the names the import matches companies by. An alias of a company that was renamed
    // or removed since is kept and does nothing (the Aliases dialog shows it).
    if (root.contains("aliases"_L1)) {
        const auto aliases = array(root, QString(), "aliases"_L1);
        for (qsizetype i = 0; aliases && i < aliases->size(); ++i) {
            const QString at = JsonLocator::child("/aliases"_L1, i);
            if (const auto o = object(aliases->at(i), at)) {
                const CompanyAlias alias {
                    requiredText(*o, at, "alias"_L1), requiredText(*o, at, "name"_L1)};
                m_result.data.aliases << alias;
            }
        }
    }
}

// What the reader must know of the whole tree before it reads: whether an object has a key twice
// (RapidJSON keeps both, QJsonDocument kept the last: both would lose a value silently), and
// whether containers nest deeper than QJsonDocument allows (1024 levels; the locator recurses).
struct Shape
{
    bool repeatedKeys = false;
    bool tooDeep = false;
    bool cancelled = false;
};

Shape shapeOf(const rapidjson::Value &root, const std::atomic<bool> *cancelled)
{
    Shape shape;
    std::vector<std::pair<const rapidjson::Value *, int>> open; // objects and arrays only
    auto push = [&](const rapidjson::Value &v, int depth) {
        if (v.IsObject() || v.IsArray())
            open.emplace_back(&v, depth);
    };
    push(root, 0); // a text of one string or number has no shape to judge
    auto same = [](const rapidjson::Value &a, const rapidjson::Value &b) {
        return a.GetStringLength() == b.GetStringLength()
            && std::memcmp(a.GetString(), b.GetString(), a.GetStringLength()) == 0;
    };
    std::vector<std::string_view> names;
    for (size_t visited = 0; !open.empty(); ++visited) {
        if (cancelled && (visited & 0xFFF) == 0 && cancelled->load(std::memory_order_relaxed)) {
            shape.cancelled = true;
            return shape;
        }
        const auto [v, depth] = open.back();
        open.pop_back();
        if (depth >= 1024) {
            shape.tooDeep = true;
            return shape;
        }
        if (v->IsArray()) {
            for (const rapidjson::Value &element : v->GetArray())
                push(element, depth + 1);
            continue;
        }
        const auto object = v->GetObject();
        if (object.MemberCount() <= 16) {
            for (auto i = object.MemberBegin(); i != object.MemberEnd(); ++i) {
                for (auto j = object.MemberBegin(); j != i && !shape.repeatedKeys; ++j)
                    shape.repeatedKeys = same(i->name, j->name);
            }
        } else if (!shape.repeatedKeys) {
            names.clear();
            for (const auto &member : object)
                names.emplace_back(member.name.GetString(), member.name.GetStringLength());
            std::sort(names.begin(), names.end());
            shape.repeatedKeys = std::adjacent_find(names.begin(), names.end()) != names.end();
        }
        for (const auto &member : object)
            push(member.value, depth + 1);
    }
    return shape;
}

// A \u escape's code unit at text[i] ("\uXXXX"), or -1 when there is none.
int escapedUnit(const char *text, qsizetype size, qsizetype i)
{
    if (i + 6 > size || text[i] != '\\' || text[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const char c = text[k];
        const int digit = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'             ? c - 'a' + 10
            : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                               : -1;
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Escapes of half a surrogate pair ("\ud800" alone) stand for no character: they become
// "\ufffd", the replacement character (as many bytes, so positions stay), where RapidJSON would
// refuse the file (a high half) or make invalid UTF-8 of it (a low half).
void replaceHalfSurrogateEscapes(QByteArray &text)
{
    const char *data = text.constData(); // a shared text is copied only when something is replaced
    const qsizetype size = text.size();
    for (qsizetype i = text.indexOf('\\'); i >= 0 && i < size;) {
        const int unit = escapedUnit(data, size, i);
        if (unit < 0) {
            i += 2; // another escape: skip the escaped character, which may be a backslash
        } else if (QChar::isHighSurrogate(char16_t(unit)) && QChar::isLowSurrogate(char16_t(escapedUnit(data, size, i + 6)))) {
            i += 12;
        } else {
            if (QChar::isSurrogate(char16_t(unit))) {
                std::memcpy(text.data() + i + 2, "fffd", 4);
                data = text.constData();
            }
            i += 6;
        }
        const void *next = i < size ? std::memchr(data + i, '\\', size_t(size - i)) : nullptr;
        i = next ? static_cast<const char *>(next) - data : size;
    }
}

// Builds the document from RapidJSON's events, numbers converted by Qt (see read()).
struct NumbersByQt
{
    rapidjson::Document &document;
    const char *text = nullptr; // the text parsed (set by read())
    bool tooLarge = false;

    explicit NumbersByQt(rapidjson::Document &d)
        : document(d)
    {
    }
    // As a generator for Document::Populate: parses the text into the document's own handler.
    bool operator()(rapidjson::Document &d)
    {
        rapidjson::Reader reader;
        rapidjson::StringStream stream(text);
        Forward forward {d, *this};
        reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag>(stream, forward);
        if (reader.HasParseError()) {
            error = reader.GetParseErrorCode();
            offset = reader.GetErrorOffset();
            return false;
        }
        return true;
    }
    rapidjson::ParseErrorCode error = rapidjson::kParseErrorNone;
    size_t offset = 0;

    struct Forward : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Forward>
    {
        rapidjson::Document &d;
        NumbersByQt &owner;
        Forward(rapidjson::Document &document, NumbersByQt &o)
            : d(document)
            , owner(o)
        {
        }
        bool Null() { return d.Null(); }
        bool Bool(bool b) { return d.Bool(b); }
        bool RawNumber(const char *str, rapidjson::SizeType length, bool)
        {
            bool ok = false;
            const double value = QByteArray::fromRawData(str, qsizetype(length)).toDouble(&ok);
            if (!ok || !std::isfinite(value)) {
                owner.tooLarge = true;
                return false;
            }
            return d.Double(value);
        }
        bool String(const char *str, rapidjson::SizeType length, bool copy) { return d.String(str, length, copy); }
        bool StartObject() { return d.StartObject(); }
        bool Key(const char *str, rapidjson::SizeType length, bool copy) { return d.Key(str, length, copy); }
        bool EndObject(rapidjson::SizeType members) { return d.EndObject(members); }
        bool StartArray() { return d.StartArray(); }
        bool EndArray(rapidjson::SizeType elements) { return d.EndArray(elements); }
    };
};

} // namespace

namespace CapflowFormat {

ReadResult read(const QByteArray &input, const QString &fileName, ReadControl *control)
{
    const std::atomic<bool> *cancelled = control ? control->cancelFlag() : nullptr;
    // A byte order mark is allowed before JSON text (RFC 8259, 8.1) and some editors write one.
    const QByteArray utf8 = input.startsWith("\xEF\xBB\xBF") ? input.sliced(3) : input;
    ReadResult result;
    auto failed = [&](const QString &message, qsizetype offset) {
        const auto [line, column] = lineAndColumn(utf8, offset);
        result.problems << Problem {fileName, line, column, Reader::tr("invalid JSON: %1").arg(message)};
    };
    // Parsed in place, in a copy (the locator reads the original text); iteratively, so that
    // deep nesting cannot exhaust the stack.
    QByteArray fixed = utf8;
    replaceHalfSurrogateEscapes(fixed);
    rapidjson::Document json;
    // UTF-8 is checked beside the parse, on another core (Qt's check, which refuses what
    // QJsonDocument refused: stray bytes, overlong forms, surrogates).
    bool validUtf8 = true;
    bool numberTooLarge = false;
    rapidjson::ParseErrorCode parseError = rapidjson::kParseErrorNone;
    size_t errorOffset = 0;
    {
        auto check = [&] { validUtf8 = QByteArrayView(fixed).isValidUtf8(); };
        std::optional<std::thread> checking;
        if (fixed.size() > (1 << 20))
            checking.emplace(check);
        else
            check();
        // Numbers come as text and are converted by Qt (correctly rounded, as QJsonDocument did):
        // RapidJSON 1.1.0's own full-precision conversion calls clz(0) on some inputs (fuzzing
        // found it), which is undefined.
        NumbersByQt handler(json);
        handler.text = fixed.constData(); // up to a NUL byte: checked below
        json.Populate(handler);
        numberTooLarge = handler.tooLarge;
        parseError = handler.error;
        errorOffset = handler.offset;
        if (checking)
            checking->join();
    }
    // A NUL byte ends RapidJSON's text early; QJsonDocument rejects one, too.
    const bool wholeText = validUtf8 && parseError == rapidjson::kParseErrorNone
        && qstrlen(utf8.constData()) == size_t(utf8.size());
    // Errors get QJsonDocument's messages and positions, as before (translated by Qt's own
    // catalogue). Qt's offset lies just past the token it stopped at, except for trailing garbage
    // and bad bytes in a string, where it points at them.
    auto invalid = [&] {
        QJsonParseError error;
        [[maybe_unused]] const QJsonDocument qt = QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            const bool exact
                = error.error == QJsonParseError::GarbageAtEnd || error.error == QJsonParseError::IllegalUTF8String;
            failed(error.errorString(), exact ? error.offset : std::max<qsizetype>(error.offset - 1, 0));
            return;
        }
        // What only RapidJSON refuses: numbers beyond a double (Qt makes them infinite).
        const QString why = parseError == rapidjson::kParseErrorNumberTooBig || numberTooLarge
            ? Reader::tr("number too large")
            : Reader::tr("value not allowed here");
        failed(why, qsizetype(errorOffset));
    };
    if (!wholeText) {
        invalid();
        return result;
    }
    ReadControl::stage(control, 0, 0.45).report(1); // the parse is about half of the work
    const Shape shape = shapeOf(json, cancelled);
    if (shape.cancelled || (cancelled && *cancelled)) {
        result.problems << Problem {fileName, 0, 0, Reader::tr("opening was cancelled")};
        return result;
    }
    if (shape.tooDeep) {
        invalid();
        return result;
    }
    Reader reader(utf8, fileName, result, control, shape.repeatedKeys);
    if (reader.wasCancelled()) {
        result.problems << Problem {fileName, 0, 0, Reader::tr("opening was cancelled")};
        return result;
    }
    if (!json.IsObject()) {
        result.problems << Problem {fileName, 1, 1, Reader::tr("a CapFlow document must be a JSON object")};
        return result;
    }
    reader.readDocument(JValue(&json));
    if (control && control->isCancelled()) {
        result = {};
        result.problems << Problem {fileName, 0, 0, Reader::tr("opening was cancelled")};
        return result;
    }
    ReadControl::stage(control, 0, 1).report(1);
    return result;
}

} // namespace CapflowFormat
