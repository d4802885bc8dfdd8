#include "import/ImportMapping.h"

#include <QJsonArray>

namespace ImportMapping {
namespace {
// A header name as compared: case folded, without spaces, underscores, hyphens and brackets.
QString headerKey(const QString &name)
{
    QString key;
    for (const QChar c : name.trimmed().toCaseFolded()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

struct FieldInfo
{
    Field field;
    const char *key;
    const char *name; // untranslated
};
const FieldInfo kFields[] = {
    {Field::Id, "id", QT_TRANSLATE_NOOP("ImportMapping", "Deal id")},
    {Field::Date, "date", QT_TRANSLATE_NOOP("ImportMapping", "Date")},
    {Field::DatePrecision, "date_precision", QT_TRANSLATE_NOOP("ImportMapping", "Date precision")},
    {Field::From, "from", QT_TRANSLATE_NOOP("ImportMapping", "From (payer, investor)")},
    {Field::To, "to", QT_TRANSLATE_NOOP("ImportMapping", "To (receiver)")},
    {Field::Kind, "kind", QT_TRANSLATE_NOOP("ImportMapping", "Deal kind")},
    {Field::Amount, "amount", QT_TRANSLATE_NOOP("ImportMapping", "Amount")},
    {Field::AmountKind, "amount_kind", QT_TRANSLATE_NOOP("ImportMapping", "Amount is")},
    {Field::NoteEn, "note_en", QT_TRANSLATE_NOOP("ImportMapping", "Note (English)")},
    {Field::NoteDe, "note_de", QT_TRANSLATE_NOOP("ImportMapping", "Note (German)")},
    {Field::SourceUrl, "source_url", QT_TRANSLATE_NOOP("ImportMapping", "Source URL")},
    {Field::SourceTitle, "source_title", QT_TRANSLATE_NOOP("ImportMapping", "Source title")},
};

// The names each preset knows a field by, best first.
QStringList presetNames(Preset preset, Field field)
{
    auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    if (preset == Preset::Capflow) {
        if (field == Field::Amount)
            return list({"amount_usd_bn", "amount"});
        for (const FieldInfo &f : kFields) {
            if (f.field == field)
                return list({f.key});
        }
        return {};
    }
    switch (field) {
    case Field::Id: return list({"Transaction Name", "Funding Round Name"});
    case Field::Date: return list({"Announced Date", "Announced On", "Date"});
    case Field::From: return list({"Investor Names", "Investors", "Lead Investors"});
    case Field::To: return list({"Organization Name", "Organisation Name", "Company Name", "Company"});
    case Field::Kind: return list({"Funding Type", "Investment Type", "Round Type"});
    case Field::Amount:
        return list({"Money Raised (in USD)", "Money Raised Currency (in USD)", "Money Raised USD", "Money Raised",
            "Amount Raised"});
    case Field::SourceUrl: return list({"Transaction Name URL", "Funding Round URL", "Organization Name URL", "URL"});
    case Field::SourceTitle: return list({"Transaction Name", "Funding Round Name"});
    case Field::NoteEn: return list({"Description", "Notes"});
    default: return {};
    }
}
} // namespace

QList<Field> fields()
{
    QList<Field> out;
    for (const FieldInfo &f : kFields)
        out << f.field;
    return out;
}

QString fieldKey(Field field)
{
    for (const FieldInfo &f : kFields) {
        if (f.field == field)
            return QString::fromLatin1(f.key);
    }
    return {};
}

std::optional<Field> fieldFromKey(const QString &key)
{
    for (const FieldInfo &f : kFields) {
        if (key == QLatin1String(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString fieldName(Field field)
{
    for (const FieldInfo &f : kFields) {
        if (f.field == field)
            return Texts::tr(f.name);
    }
    return {};
}

QString presetKey(Preset preset)
{
    return preset == Preset::Crunchbase ? QStringLiteral("crunchbase") : QStringLiteral("capflow");
}

std::optional<Preset> presetFromKey(const QString &key)
{
    for (const Preset p : {Preset::Capflow, Preset::Crunchbase}) {
        if (presetKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString presetName(Preset preset)
{
    return preset == Preset::Crunchbase ? Texts::tr("Crunchbase-style funding rounds") : Texts::tr("CapFlow CSV");
}

Mapping preset(Preset preset, const QStringList &header)
{
    Mapping mapping;
    QHash<QString, QString> byKey;
    for (const QString &h : header) {
        if (!byKey.contains(headerKey(h)))
            byKey.insert(headerKey(h), h.trimmed());
    }
    for (const Field field : fields()) {
        for (const QString &name : presetNames(preset, field)) {
            if (const auto it = byKey.constFind(headerKey(name)); it != byKey.cend()) {
                mapping.columns.insert(field, *it);
                break;
            }
        }
    }
    if (preset == Preset::Capflow) {
        // CapFlow's workbook has the exact whole dollars beside the billions: the exact ones win.
        if (const auto it = byKey.constFind(QStringLiteral("amountusd")); it != byKey.cend()) {
            mapping.columns.insert(Field::Amount, *it);
            mapping.unit = ImportAmount::Unit::Usd;
        }
    }
    if (preset == Preset::Crunchbase) {
        mapping.unit = ImportAmount::Unit::Usd;
        mapping.investors = Investors::Syndicate;
        // A column that is not in USD is the raised amount in its own currency: not taken.
        if (headerKey(mapping.column(Field::Amount)) == headerKey(QStringLiteral("Money Raised"))
            && byKey.contains(headerKey(QStringLiteral("Money Raised Currency"))))
            mapping.columns.remove(Field::Amount);
    }
    return mapping;
}

Preset bestPreset(const QStringList &header)
{
    const auto crunchbase = preset(Preset::Crunchbase, header).columns.size();
    return crunchbase > preset(Preset::Capflow, header).columns.size() ? Preset::Crunchbase : Preset::Capflow;
}

std::optional<DealKind> dealKindFromText(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (const auto key = enumFromKey<DealKind>(t))
        return key;
    auto has = [&t](std::initializer_list<const char *> words) {
        for (const char *w : words) {
            if (t.contains(QString::fromUtf8(w))) // UTF-8: "übernahme"
                return true;
        }
        return false;
    };
    if (has({"debt", "loan", "convertible", "credit", "bond", "note"}))
        return DealKind::Loan;
    if (has({"acqui", "merger", "übernahme"}))
        return DealKind::Acquisition;
    if (has({"divest", "sale of", "verkauf"}))
        return DealKind::Divestment;
    if (has({"compute", "cloud", "rechenzentr"}))
        return DealKind::Compute;
    if (has({"chip", "gpu", "semiconductor"}))
        return DealKind::Chips;
    if (has({"partner"}))
        return DealKind::Partnership;
    if (has({"seed", "series", "venture", "equity", "round", "angel", "corporate", "private", "funding", "grant",
            "secondary", "stake", "beteiligung", "finanzierung", "ipo", "investment"}))
        return DealKind::Equity;
    return std::nullopt;
}

std::optional<AmountKind> amountKindFromText(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (const auto key = enumFromKey<AmountKind>(t))
        return key;
    if (t.contains(QLatin1String("up to")) || t.contains(QLatin1String("bis zu")) || t == QLatin1String("upto"))
        return AmountKind::UpTo;
    if (t.startsWith(QLatin1String("estim")) || t.startsWith(QLatin1String("gesch")))
        return AmountKind::Estimated;
    if (t.startsWith(QLatin1String("commit")) || t.startsWith(QLatin1String("zugesagt")))
        return AmountKind::Committed;
    if (t.startsWith(QLatin1String("report")) || t.startsWith(QLatin1String("berichtet")))
        return AmountKind::Reported;
    return std::nullopt;
}

QJsonObject Mapping::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("capflow-import-mapping"));
    json.insert(QStringLiteral("version"), 1);
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(fieldKey(it.key()), it.value());
    json.insert(QStringLiteral("columns"), cols);
    static const char *units[] = {"usd", "thousands", "millions", "billions"};
    json.insert(QStringLiteral("unit"), QString::fromLatin1(units[int(unit)]));
    if (style)
        json.insert(QStringLiteral("number_style"),
            *style == ImportAmount::Style::Comma ? QStringLiteral("1.234,5") : QStringLiteral("1,234.5"));
    static const char *investorModes[] = {"single", "syndicate", "per_investor"};
    json.insert(QStringLiteral("investors"), QString::fromLatin1(investorModes[int(investors)]));
    json.insert(QStringLiteral("default_kind"), enumKey(defaultKind));
    json.insert(QStringLiteral("default_amount_kind"), enumKey(defaultAmountKind));
    if (!defaultSource.url.isEmpty())
        json.insert(QStringLiteral("default_source"),
            QJsonObject {{QStringLiteral("url"), defaultSource.url}, {QStringLiteral("title"), defaultSource.title}});
    return json;
}

std::optional<Mapping> Mapping::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("capflow-import-mapping"))
        return fail(Texts::tr("not a CapFlow import mapping: \"format\" must be \"capflow-import-mapping\""));
    Mapping m;
    const QJsonObject cols = json.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field)
            return fail(Texts::tr("unknown field \"%1\" in \"columns\"").arg(it.key()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(Texts::tr("the column for \"%1\" must be a non-empty string").arg(it.key()));
        m.columns.insert(*field, it.value().toString());
    }
    // A value that is not a string is refused as an unknown one, never read as the default.
    const QString unit = json.contains(QStringLiteral("unit")) ? json.value(QStringLiteral("unit")).toString()
                                                               : QStringLiteral("billions");
    const QStringList units {
        QStringLiteral("usd"), QStringLiteral("thousands"), QStringLiteral("millions"), QStringLiteral("billions")};
    if (!units.contains(unit))
        return fail(Texts::tr("unknown unit \"%1\" (expected one of: %2)").arg(unit, units.join(QStringLiteral(", "))));
    m.unit = ImportAmount::Unit(units.indexOf(unit));
    if (json.contains(QStringLiteral("number_style"))) {
        const QString style = json.value(QStringLiteral("number_style")).toString();
        if (style == QLatin1String("1.234,5"))
            m.style = ImportAmount::Style::Comma;
        else if (style == QLatin1String("1,234.5"))
            m.style = ImportAmount::Style::Point;
        else
            return fail(Texts::tr("unknown number style \"%1\" (expected \"1,234.5\" or \"1.234,5\")").arg(style));
    }
    const QStringList investorModes {
        QStringLiteral("single"), QStringLiteral("syndicate"), QStringLiteral("per_investor")};
    const QString investors = json.contains(QStringLiteral("investors"))
        ? json.value(QStringLiteral("investors")).toString()
        : QStringLiteral("single");
    if (!investorModes.contains(investors))
        return fail(Texts::tr("unknown investors mode \"%1\" (expected one of: %2)")
                        .arg(investors, investorModes.join(QStringLiteral(", "))));
    m.investors = Investors(investorModes.indexOf(investors));
    if (json.contains(QStringLiteral("default_kind"))) {
        const auto kind = enumFromKey<DealKind>(json.value(QStringLiteral("default_kind")).toString());
        if (!kind)
            return fail(Texts::tr("unknown deal kind \"%1\" (expected one of: %2)")
                            .arg(json.value(QStringLiteral("default_kind")).toString(), enumKeyList<DealKind>()));
        m.defaultKind = *kind;
    }
    if (json.contains(QStringLiteral("default_amount_kind"))) {
        const auto kind = enumFromKey<AmountKind>(json.value(QStringLiteral("default_amount_kind")).toString());
        if (!kind)
            return fail(
                Texts::tr("unknown amount kind \"%1\" (expected one of: %2)")
                    .arg(json.value(QStringLiteral("default_amount_kind")).toString(), enumKeyList<AmountKind>()));
        m.defaultAmountKind = *kind;
    }
    const QJsonObject source = json.value(QStringLiteral("default_source")).toObject();
    m.defaultSource
        = Source {source.value(QStringLiteral("url")).toString(), source.value(QStringLiteral("title")).toString()};
    return m;
}

} // namespace ImportMapping
