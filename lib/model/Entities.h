#pragma once

#include "model/Enums.h"
#include "model/FuzzyDate.h"
#include "model/Money.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

// A page a figure rests on. Besides its address and title it may say what figure *it* reports
// (the amount, or for a valuation the value, and the date), which can differ from the figure the
// user chose for the deal; and the user may rate it, overriding the tier its domain has.
struct Source
{
    Source() = default;
    Source(QString url, QString title = QString())
        : url(std::move(url))
        , title(std::move(title))
    {
    }

    QString url;
    QString title;
    std::optional<SourceTier> tier; // the user's rating of this page; else its domain's
    std::optional<Money> claimedAmount; // what this source reports
    QDate claimedDate; // the date this source gives; invalid when it gives none
    QString note; // what this source says, briefly
    bool operator==(const Source &) const = default;
    bool hasClaim() const { return claimedAmount.has_value() || claimedDate.isValid(); }
};

// A publisher domain's tier, as the document rates it (overriding the built-in table).
struct SourceTierRule
{
    QString domain; // "reuters.com": also matches its subdomains
    SourceTier tier = SourceTier::Unrated;
    bool operator==(const SourceTierRule &) const = default;
};

// Text in both of CapFlow's languages; either may be empty.
struct BilingualText
{
    QString en;
    QString de;
    bool operator==(const BilingualText &) const = default;
};

struct Company
{
    QString id;
    QString name;
    CompanyKind kind = CompanyKind::Other;
    QString country; // ISO 3166 alpha-2, may be empty
    BilingualText note;
    std::optional<QPointF> position; // saved layout position
    bool operator==(const Company &) const = default;
};

struct Deal
{
    QString id;
    FuzzyDate date;
    QString from; // company id: who pays, invests or (divestment) sells
    QString to; // company id: who receives, or whose shares were sold
    DealKind kind = DealKind::Equity;
    std::optional<Money> amount; // absent when undisclosed
    AmountKind amountKind = AmountKind::Reported;
    std::optional<qint64> capacityMw; // capacity in megawatts (exact); shown in GW
    BilingualText note;
    QList<Source> sources;
    // Relations to other deals, by id (see model/DealRelations.h): this deal replaces those deals;
    // its money is part of theirs; or it may be.
    QStringList supersedes;
    QStringList partOf;
    QStringList overlaps;
    bool operator==(const Deal &) const = default;
    bool hasRelations() const { return !supersedes.isEmpty() || !partOf.isEmpty() || !overlaps.isEmpty(); }
    QStringList &related(DealRelation relation)
    {
        return relation == DealRelation::Supersedes ? supersedes : relation == DealRelation::PartOf ? partOf : overlaps;
    }
    const QStringList &related(DealRelation relation) const { return const_cast<Deal *>(this)->related(relation); }
};

// Another name a company goes by in files to import: "Google" for "Alphabet (Google)".
struct CompanyAlias
{
    QString alias;
    QString name; // the company's name in the document
    bool operator==(const CompanyAlias &) const = default;
};

struct Valuation
{
    QString id;
    QString company; // company id
    FuzzyDate date;
    Money value;
    ValuationKind kind = ValuationKind::PostMoney;
    QList<Source> sources;
    bool operator==(const Valuation &) const = default;
};
