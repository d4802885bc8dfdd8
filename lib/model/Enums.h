#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The closed vocabularies of the domain. Keys are the stable spellings used in files and on the
// command line; display names are translated.
enum class CompanyKind { AiLab, Cloud, Chips, Investor, Conglomerate, Other };
enum class DealKind { Equity, Compute, Chips, Partnership, Divestment, Acquisition, Loan };
enum class AmountKind { Committed, UpTo, Reported, Estimated };
enum class ValuationKind { PostMoney, Secondary, MarketCap };
enum class DatePrecision { Day, Month, Quarter, Year };
// How far a source can be trusted: the company itself, a news outlet, the trade press, or not rated
// (aggregators, blogs, machine-written pages).
enum class SourceTier { Primary, NewsOutlet, TradePress, Unrated };
// How one deal's money relates to another's: it replaces it, it is a part of it, or it may be.
enum class DealRelation { Supersedes, PartOf, Overlaps };

template<typename E> struct EnumTraits;

#define CAPFLOW_ENUM_TRAITS(E)                                                                                         \
    template<> struct EnumTraits<E>                                                                                    \
    {                                                                                                                  \
        static const QList<E> &all();                                                                                  \
        static QString key(E value);                                                                                   \
        static QString displayName(E value);                                                                           \
    };

CAPFLOW_ENUM_TRAITS(CompanyKind)
CAPFLOW_ENUM_TRAITS(DealKind)
CAPFLOW_ENUM_TRAITS(AmountKind)
CAPFLOW_ENUM_TRAITS(ValuationKind)
CAPFLOW_ENUM_TRAITS(DatePrecision)
CAPFLOW_ENUM_TRAITS(SourceTier)
CAPFLOW_ENUM_TRAITS(DealRelation)
#undef CAPFLOW_ENUM_TRAITS

template<typename E> QString enumKey(E value)
{
    return EnumTraits<E>::key(value);
}

template<typename E> QString enumDisplayName(E value)
{
    return EnumTraits<E>::displayName(value);
}

template<typename E> const QList<E> &enumValues()
{
    return EnumTraits<E>::all();
}

template<typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (E value : EnumTraits<E>::all()) {
        if (EnumTraits<E>::key(value) == key)
            return value;
    }
    return std::nullopt;
}

// All keys of an enum joined for messages: "equity, compute, …".
template<typename E> QString enumKeyList()
{
    QStringList keys;
    for (E value : EnumTraits<E>::all())
        keys << EnumTraits<E>::key(value);
    return keys.join(QStringLiteral(", "));
}
