#include "model/Enums.h"

#include "model/DealKinds.h"

namespace {
class KindNames
{
    Q_DECLARE_TR_FUNCTIONS(KindNames)
public:
    static QString company(CompanyKind kind)
    {
        switch (kind) {
        case CompanyKind::AiLab: return tr("AI lab");
        case CompanyKind::Cloud: return tr("Cloud provider");
        case CompanyKind::Chips: return tr("Chip maker");
        case CompanyKind::Investor: return tr("Investor");
        case CompanyKind::Conglomerate: return tr("Conglomerate");
        case CompanyKind::Other: return tr("Other");
        }
        return {};
    }
    static QString amount(AmountKind kind)
    {
        switch (kind) {
        case AmountKind::Committed: return tr("committed");
        case AmountKind::UpTo: return tr("up to");
        case AmountKind::Reported: return tr("reported");
        case AmountKind::Estimated: return tr("estimated");
        }
        return {};
    }
    static QString valuation(ValuationKind kind)
    {
        switch (kind) {
        case ValuationKind::PostMoney: return tr("Post-money");
        case ValuationKind::Secondary: return tr("Secondary sale");
        case ValuationKind::MarketCap: return tr("Market cap");
        }
        return {};
    }
    static QString precision(DatePrecision precision)
    {
        switch (precision) {
        case DatePrecision::Day: return tr("Day");
        case DatePrecision::Month: return tr("Month");
        case DatePrecision::Quarter: return tr("Quarter");
        case DatePrecision::Year: return tr("Year");
        }
        return {};
    }
    static QString tier(SourceTier tier)
    {
        switch (tier) {
        case SourceTier::Primary: return tr("primary source");
        case SourceTier::NewsOutlet: return tr("news outlet");
        case SourceTier::TradePress: return tr("trade press");
        case SourceTier::Unrated: return tr("unrated");
        }
        return {};
    }
    static QString relation(DealRelation relation)
    {
        switch (relation) {
        case DealRelation::Supersedes: return tr("supersedes");
        case DealRelation::PartOf: return tr("part of");
        case DealRelation::Overlaps: return tr("may overlap");
        }
        return {};
    }
};
} // namespace

#define CAPFLOW_ENUM_IMPL(E, NAMEFN, ...)                                                                              \
    const QList<E> &EnumTraits<E>::all()                                                                               \
    {                                                                                                                  \
        static const QList<E> values {__VA_ARGS__};                                                                    \
        return values;                                                                                                 \
    }                                                                                                                  \
    QString EnumTraits<E>::displayName(E value)                                                                        \
    {                                                                                                                  \
        return KindNames::NAMEFN(value);                                                                               \
    }

CAPFLOW_ENUM_IMPL(CompanyKind, company, CompanyKind::AiLab, CompanyKind::Cloud, CompanyKind::Chips,
    CompanyKind::Investor, CompanyKind::Conglomerate, CompanyKind::Other)
CAPFLOW_ENUM_IMPL(
    AmountKind, amount, AmountKind::Committed, AmountKind::UpTo, AmountKind::Reported, AmountKind::Estimated)
CAPFLOW_ENUM_IMPL(
    ValuationKind, valuation, ValuationKind::PostMoney, ValuationKind::Secondary, ValuationKind::MarketCap)
CAPFLOW_ENUM_IMPL(
    DatePrecision, precision, DatePrecision::Day, DatePrecision::Month, DatePrecision::Quarter, DatePrecision::Year)
CAPFLOW_ENUM_IMPL(
    SourceTier, tier, SourceTier::Primary, SourceTier::NewsOutlet, SourceTier::TradePress, SourceTier::Unrated)
CAPFLOW_ENUM_IMPL(DealRelation, relation, DealRelation::Supersedes, DealRelation::PartOf, DealRelation::Overlaps)
#undef CAPFLOW_ENUM_IMPL

QString EnumTraits<CompanyKind>::key(CompanyKind value)
{
    switch (value) {
    case CompanyKind::AiLab: return QStringLiteral("ai_lab");
    case CompanyKind::Cloud: return QStringLiteral("cloud");
    case CompanyKind::Chips: return QStringLiteral("chips");
    case CompanyKind::Investor: return QStringLiteral("investor");
    case CompanyKind::Conglomerate: return QStringLiteral("conglomerate");
    case CompanyKind::Other: return QStringLiteral("other");
    }
    return {};
}

// Deal kinds come from their table (DealKinds.h).
const QList<DealKind> &EnumTraits<DealKind>::all()
{
    static const QList<DealKind> values = [] {
        QList<DealKind> kinds;
        for (const DealKinds::Traits &traits : DealKinds::all())
            kinds << traits.kind;
        return kinds;
    }();
    return values;
}

QString EnumTraits<DealKind>::key(DealKind value)
{
    return QString::fromLatin1(DealKinds::of(value).key);
}

QString EnumTraits<DealKind>::displayName(DealKind value)
{
    return DealKinds::displayName(value);
}

QString EnumTraits<AmountKind>::key(AmountKind value)
{
    switch (value) {
    case AmountKind::Committed: return QStringLiteral("committed");
    case AmountKind::UpTo: return QStringLiteral("up_to");
    case AmountKind::Reported: return QStringLiteral("reported");
    case AmountKind::Estimated: return QStringLiteral("estimated");
    }
    return {};
}

QString EnumTraits<ValuationKind>::key(ValuationKind value)
{
    switch (value) {
    case ValuationKind::PostMoney: return QStringLiteral("post_money");
    case ValuationKind::Secondary: return QStringLiteral("secondary");
    case ValuationKind::MarketCap: return QStringLiteral("market_cap");
    }
    return {};
}

QString EnumTraits<DatePrecision>::key(DatePrecision value)
{
    switch (value) {
    case DatePrecision::Day: return QStringLiteral("day");
    case DatePrecision::Month: return QStringLiteral("month");
    case DatePrecision::Quarter: return QStringLiteral("quarter");
    case DatePrecision::Year: return QStringLiteral("year");
    }
    return {};
}

QString EnumTraits<SourceTier>::key(SourceTier value)
{
    switch (value) {
    case SourceTier::Primary: return QStringLiteral("primary");
    case SourceTier::NewsOutlet: return QStringLiteral("news_outlet");
    case SourceTier::TradePress: return QStringLiteral("trade_press");
    case SourceTier::Unrated: return QStringLiteral("unrated");
    }
    return {};
}

QString EnumTraits<DealRelation>::key(DealRelation value)
{
    switch (value) {
    case DealRelation::Supersedes: return QStringLiteral("supersedes");
    case DealRelation::PartOf: return QStringLiteral("part_of");
    case DealRelation::Overlaps: return QStringLiteral("overlaps");
    }
    return {};
}
