#include "io/CapflowFormat.h"

#include "editing/Validation.h"

#include "document/Document.h"
#include "io/JsonLocator.h"
#include "model/DealRelations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CapflowReader)
public:
    Reader(const QByteArray &utf8, const QString &fileName, CapflowFormat::ReadResult &result,
        const std::atomic<bool> *cancelled)
        : m_locator(utf8, cancelled)
        , m_file(fileName)
        , m_result(result)
    {
    }

    void readDocument(const QJsonObject &root);
    bool wasCancelled() const { return m_locator.wasCancelled(); }

private:
    void report(const QString &pointer, const QString &message)
    {
        const auto [line, column] = m_locator.lineAndColumnOf(pointer);
        m_result.problems << Problem {m_file, line, column, message};
    }

    // Field access that reports what is wrong, and where.
    std::optional<QString> string(const QJsonObject &o, const QString &at, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
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

    QString requiredText(const QJsonObject &o, const QString &at, const QString &key)
    {
        const auto s = string(o, at, key, true);
        if (s && s->trimmed().isEmpty())
            report(JsonLocator::child(at, key), tr("field \"%1\" must not be empty").arg(key));
        return s.value_or(QString());
    }

    template<typename E> E enumField(const QJsonObject &o, const QString &at, const QString &key, E fallback)
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

    FuzzyDate date(const QJsonObject &o, const QString &at)
    {
        const auto precision = enumField(o, at, QStringLiteral("date_precision"), DatePrecision::Day);
        const auto text = string(o, at, QStringLiteral("date"), true);
        if (!text)
            return {};
        const QDate d = FuzzyDate::parseIsoDate(*text);
        const QString where = JsonLocator::child(at, QStringLiteral("date"));
        if (!d.isValid()) {
            report(where, tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(*text));
            return {};
        }
        if (!FuzzyDate::isPeriodStart(d, precision)) {
            report(where, tr("date %1 is not the first day of its %2").arg(*text, enumKey(precision)));
            return {};
        }
        return FuzzyDate(d, precision);
    }

    std::optional<Money> money(const QJsonObject &o, const QString &at, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        const QString where = JsonLocator::child(at, key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                report(at, tr("missing field \"%1\"").arg(key));
            return std::nullopt;
        }
        if (!v.isString()) {
            report(where, tr("amount \"%1\" must be a string of whole US dollars, e.g. \"1500000000\"").arg(key));
            return std::nullopt;
        }
        const QString text = v.toString();
        if (text.startsWith(u'-')) {
            report(where, tr("amount \"%1\" must not be negative").arg(text));
            return std::nullopt;
        }
        const auto m = Money::fromUsdString(text);
        if (!m) {
            const bool digitsOnly = !text.isEmpty()
                && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            if (digitsOnly)
                report(where, tooLarge(text));
            else
                report(where, tr("malformed amount \"%1\" (expected whole US dollars, digits only)").arg(text));
            return std::nullopt;
        }
        if (!m->isAcceptable()) {
            report(where, tooLarge(text));
            return std::nullopt;
        }
        return m;
    }

    static QString tooLarge(const QString &text)
    {
        return tr("amount \"%1\" is larger than CapFlow accepts (at most %2 USD)")
            .arg(text, Money::fromUsd(Money::MaxUsd).toUsdString());
    }

    QString companyRef(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QString id = requiredText(o, at, key);
        if (!id.isEmpty() && !m_companyIds.contains(id))
            report(JsonLocator::child(at, key), tr("unknown company id \"%1\"").arg(id));
        return id;
    }

    QString uniqueId(const QJsonObject &o, const QString &at, QSet<QString> &seen)
    {
        const QString id = requiredText(o, at, QStringLiteral("id"));
        if (!id.isEmpty() && seen.contains(id))
            report(JsonLocator::child(at, QStringLiteral("id")), tr("duplicate id \"%1\"").arg(id));
        seen.insert(id);
        return id;
    }

    BilingualText note(const QJsonObject &o, const QString &at)
    {
        return {string(o, at, QStringLiteral("note_en"), false).value_or(QString()),
            string(o, at, QStringLiteral("note_de"), false).value_or(QString())};
    }

    QList<Source> sources(const QJsonObject &o, const QString &at);
    QStringList idList(const QJsonObject &o, const QString &at, const QString &key);
    void checkRelations();
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &at, const QString &key);
    std::optional<QJsonObject> object(const QJsonValue &v, const QString &at);

    Company readCompany(const QJsonObject &o, const QString &at);
    Deal readDeal(const QJsonObject &o, const QString &at);
    Valuation readValuation(const QJsonObject &o, const QString &at);

    JsonLocator m_locator;
    QString m_file;
    CapflowFormat::ReadResult &m_result;
    QSet<QString> m_companyIds;
};

std::optional<QJsonArray> Reader::array(const QJsonObject &o, const QString &at, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QJsonArray();
    if (!v.isArray()) {
        report(JsonLocator::child(at, key), tr("field \"%1\" must be an array").arg(key));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QJsonObject> Reader::object(const QJsonValue &v, const QString &at)
{
    if (!v.isObject()) {
        report(at, tr("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

QList<Source> Reader::sources(const QJsonObject &o, const QString &at)
{
    QList<Source> result;
    const QString key = QStringLiteral("sources");
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
            source.url = requiredText(*s, itemAt, QStringLiteral("url"));
            source.title = string(*s, itemAt, QStringLiteral("title"), false).value_or(QString());
            if (const QString why = Validation::sourceUrlProblem(source.url); !source.url.isEmpty() && !why.isEmpty())
                report(JsonLocator::child(itemAt, QStringLiteral("url")), why);
            if (s->contains(QStringLiteral("tier")))
                source.tier = enumField(*s, itemAt, QStringLiteral("tier"), SourceTier::Unrated);
            source.claimedAmount = money(*s, itemAt, QStringLiteral("claimed_usd"), false);
            if (const auto claimed = string(*s, itemAt, QStringLiteral("claimed_date"), false)) {
                source.claimedDate = FuzzyDate::parseIsoDate(*claimed);
                if (!source.claimedDate.isValid())
                    report(JsonLocator::child(itemAt, QStringLiteral("claimed_date")),
                        tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(*claimed));
            }
            source.note = string(*s, itemAt, QStringLiteral("note"), false).value_or(QString());
            result << source;
        }
    }
    return result;
}

QStringList Reader::idList(const QJsonObject &o, const QString &at, const QString &key)
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
    QHash<QString, const Deal *> byId;
    for (const Deal &d : std::as_const(m_result.data.deals))
        byId.insert(d.id, &d);
    for (qsizetype i = 0; i < m_result.data.deals.size(); ++i) {
        const Deal &d = m_result.data.deals.at(i);
        if (!d.hasRelations())
            continue;
        for (const DealRelations::RelationProblem &p : DealRelations::problemsOf(d, byId)) {
            const QString at = JsonLocator::child(JsonLocator::child(QStringLiteral("/deals"), i), enumKey(p.relation));
            report(JsonLocator::child(at, p.index), p.message);
        }
    }
}

Company Reader::readCompany(const QJsonObject &o, const QString &at)
{
    Company c;
    c.name = requiredText(o, at, QStringLiteral("name"));
    c.kind = enumField(o, at, QStringLiteral("kind"), CompanyKind::Other);
    c.country = string(o, at, QStringLiteral("country"), false).value_or(QString());
    if (const QString why = Validation::countryProblem(c.country); !why.isEmpty())
        report(JsonLocator::child(at, QStringLiteral("country")), why);
    c.note = note(o, at);
    const QJsonValue pos = o.value(QStringLiteral("position"));
    if (!pos.isUndefined()) {
        const QString posAt = JsonLocator::child(at, QStringLiteral("position"));
        const QJsonObject p = pos.toObject();
        if (!pos.isObject() || !p.value(QStringLiteral("x")).isDouble() || !p.value(QStringLiteral("y")).isDouble())
            report(posAt, tr("position must be an object with numbers \"x\" and \"y\""));
        else
            c.position = QPointF(p.value(QStringLiteral("x")).toDouble(), p.value(QStringLiteral("y")).toDouble());
    }
    return c;
}

Deal Reader::readDeal(const QJsonObject &o, const QString &at)
{
    Deal d;
    d.date = date(o, at);
    d.from = companyRef(o, at, QStringLiteral("from"));
    d.to = companyRef(o, at, QStringLiteral("to"));
    d.kind = enumField(o, at, QStringLiteral("kind"), DealKind::Equity);
    d.amount = money(o, at, QStringLiteral("amount_usd"), false);
    d.amountKind = enumField(o, at, QStringLiteral("amount_kind"), AmountKind::Reported);
    if (const auto gw = string(o, at, QStringLiteral("capacity_gw"), false)) {
        d.capacityMw = Decimal::parse(*gw, 3);
        if (!d.capacityMw)
            report(JsonLocator::child(at, QStringLiteral("capacity_gw")),
                tr("malformed capacity \"%1\" (expected gigawatts such as \"1.5\")").arg(*gw));
    }
    d.note = note(o, at);
    d.sources = sources(o, at);
    for (DealRelation relation : enumValues<DealRelation>())
        d.related(relation) = idList(o, at, enumKey(relation));
    return d;
}

Valuation Reader::readValuation(const QJsonObject &o, const QString &at)
{
    Valuation v;
    v.company = companyRef(o, at, QStringLiteral("company"));
    v.date = date(o, at);
    v.value = money(o, at, QStringLiteral("value_usd"), true).value_or(Money());
    v.kind = enumField(o, at, QStringLiteral("kind"), ValuationKind::PostMoney);
    v.sources = sources(o, at);
    return v;
}

// Documents of older schema versions are brought up to date here, one step at a time.
QJsonObject migrate(QJsonObject root, int fromVersion)
{
    for (int version = fromVersion; version < CapflowFormat::CurrentVersion; ++version) {
        // 1 → 2: sources gained a tier and a claim, deals relations, the document a tier table and
        // a "data through" date. All of them are optional, so a version 1 document reads as it is.
    }
    root.insert(QStringLiteral("version"), CapflowFormat::CurrentVersion);
    return root;
}

void Reader::readDocument(const QJsonObject &original)
{
    // A key given twice would silently lose its first value.
    for (const JsonLocator::DuplicateKey &duplicate : m_locator.duplicateKeys()) {
        const auto [line, column] = lineAndColumn(m_locator.text(), duplicate.offset);
        QString key = duplicate.pointer.mid(duplicate.pointer.lastIndexOf(u'/') + 1);
        m_result.problems << Problem {m_file, line, column,
            tr("the key \"%1\" appears twice in one object; only one value is allowed")
                .arg(key.replace(QStringLiteral("~1"), QStringLiteral("/"))
                         .replace(QStringLiteral("~0"), QStringLiteral("~")))};
    }
    if (!m_locator.duplicateKeys().isEmpty())
        return;
    const QJsonValue format = original.value(QStringLiteral("format"));
    if (format.toString() != QStringLiteral("capflow")) {
        report(original.contains(QStringLiteral("format")) ? QStringLiteral("/format") : QString(),
            tr("not a CapFlow document: \"format\" must be \"capflow\""));
        return;
    }
    const QJsonValue version = original.value(QStringLiteral("version"));
    const double v = version.toDouble(-1);
    // Compared as a double first: converting one out of range to an integer is undefined.
    if (!version.isDouble() || !(v >= 1 && v <= 1e9) || v != std::floor(v)) {
        report(original.contains(QStringLiteral("version")) ? QStringLiteral("/version") : QString(),
            tr("\"version\" must be a positive whole number"));
        return;
    }
    if (v > CapflowFormat::CurrentVersion) {
        report(QStringLiteral("/version"),
            tr("schema version %1 was written by a newer CapFlow (this one reads up to %2)")
                .arg(QString::number(v, 'f', 0))
                .arg(CapflowFormat::CurrentVersion));
        return;
    }
    const QJsonObject root = migrate(original, int(v));
    m_result.data.title = string(root, QString(), QStringLiteral("title"), false).value_or(QString());

    QSet<QString> names;
    const auto companies = array(root, QString(), QStringLiteral("companies"));
    for (qsizetype i = 0; companies && i < companies->size(); ++i) {
        const QString at = JsonLocator::child(QStringLiteral("/companies"), i);
        if (const auto o = object(companies->at(i), at)) {
            const QString id = uniqueId(*o, at, m_companyIds);
            Company c = readCompany(*o, at);
            c.id = id;
            if (!c.name.isEmpty() && names.contains(c.name.toCaseFolded()))
                report(JsonLocator::child(at, QStringLiteral("name")), tr("duplicate company name \"%1\"").arg(c.name));
            names.insert(c.name.toCaseFolded());
            m_result.data.companies << c;
        }
    }
    QSet<QString> dealIds;
    qint64 total = 0;
    bool totalReported = false;
    const auto deals = array(root, QString(), QStringLiteral("deals"));
    for (qsizetype i = 0; deals && i < deals->size(); ++i) {
        const QString at = JsonLocator::child(QStringLiteral("/deals"), i);
        if (const auto o = object(deals->at(i), at)) {
            const QString id = uniqueId(*o, at, dealIds);
            Deal d = readDeal(*o, at);
            d.id = id;
            if (d.amount && __builtin_add_overflow(total, d.amount->usd(), &total) && !totalReported) {
                report(JsonLocator::child(at, QStringLiteral("amount_usd")),
                    tr("the amounts of the deals up to here add up to "
                       "more than CapFlow can add exactly (%1 USD)")
                        .arg(QString::number(std::numeric_limits<qint64>::max())));
                totalReported = true;
            }
            m_result.data.deals << d;
        }
    }
    QSet<QString> valuationIds;
    const auto valuations = array(root, QString(), QStringLiteral("valuations"));
    for (qsizetype i = 0; valuations && i < valuations->size(); ++i) {
        const QString at = JsonLocator::child(QStringLiteral("/valuations"), i);
        if (const auto o = object(valuations->at(i), at)) {
            const QString id = uniqueId(*o, at, valuationIds);
            Valuation val = readValuation(*o, at);
            val.id = id;
            m_result.data.valuations << val;
        }
    }
    checkRelations();
    if (root.contains(QStringLiteral("source_tiers"))) {
        const auto rules = array(root, QString(), QStringLiteral("source_tiers"));
        for (qsizetype i = 0; rules && i < rules->size(); ++i) {
            const QString at = JsonLocator::child(QStringLiteral("/source_tiers"), i);
            if (const auto o = object(rules->at(i), at)) {
                SourceTierRule rule;
                rule.domain = requiredText(*o, at, QStringLiteral("domain")).trimmed().toLower();
                rule.tier = enumField(*o, at, QStringLiteral("tier"), SourceTier::Unrated);
                m_result.data.sourceTiers << rule;
            }
        }
    }
    if (root.contains(QStringLiteral("data_through"))) {
        if (const auto o = object(root.value(QStringLiteral("data_through")), QStringLiteral("/data_through")))
            m_result.data.dataThrough = date(*o, QStringLiteral("/data_through"));
    }
    // Optional: the names the import matches companies by. An alias of a company that was renamed
    // or removed since is kept and does nothing (the Aliases dialog shows it).
    if (root.contains(QStringLiteral("aliases"))) {
        const auto aliases = array(root, QString(), QStringLiteral("aliases"));
        for (qsizetype i = 0; aliases && i < aliases->size(); ++i) {
            const QString at = JsonLocator::child(QStringLiteral("/aliases"), i);
            if (const auto o = object(aliases->at(i), at)) {
                const CompanyAlias alias {
                    requiredText(*o, at, QStringLiteral("alias")), requiredText(*o, at, QStringLiteral("name"))};
                m_result.data.aliases << alias;
            }
        }
    }
}

} // namespace

namespace CapflowFormat {

ReadResult read(const QByteArray &input, const QString &fileName, const std::atomic<bool> *cancelled)
{
    // A byte order mark is allowed before JSON text (RFC 8259, 8.1) and some editors write one.
    const QByteArray utf8 = input.startsWith("\xEF\xBB\xBF") ? input.sliced(3) : input;
    ReadResult result;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset lies just past the token it stopped at, except for trailing garbage and
        // bad bytes in a string, where it points at them.
        const bool exact
            = error.error == QJsonParseError::GarbageAtEnd || error.error == QJsonParseError::IllegalUTF8String;
        const auto [line, column]
            = lineAndColumn(utf8, exact ? error.offset : std::max<qsizetype>(error.offset - 1, 0));
        result.problems << Problem {fileName, line, column, Reader::tr("invalid JSON: %1").arg(error.errorString())};
        return result;
    }
    if (cancelled && *cancelled) {
        result.problems << Problem {fileName, 0, 0, Reader::tr("opening was cancelled")};
        return result;
    }
    Reader reader(utf8, fileName, result, cancelled);
    if (reader.wasCancelled()) {
        result.problems << Problem {fileName, 0, 0, Reader::tr("opening was cancelled")};
        return result;
    }
    if (!json.isObject()) {
        result.problems << Problem {fileName, 1, 1, Reader::tr("a CapFlow document must be a JSON object")};
        return result;
    }
    reader.readDocument(json.object());
    return result;
}

} // namespace CapflowFormat
