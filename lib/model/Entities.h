#pragma once

#include "model/Enums.h"
#include "model/FuzzyDate.h"
#include "model/Money.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

struct Source
{
    QString url;
    QString title;
    bool operator==(const Source &) const = default;
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
    bool operator==(const Deal &) const = default;
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
