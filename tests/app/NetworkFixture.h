#pragma once

#include "document/DocumentData.h"

// A small known network: Microsoft and Nvidia invest in Anthropic (up to), Anthropic buys compute
// from Microsoft (twice: parallel deals) and chips from Nvidia (undisclosed), Thiel sells Nvidia
// shares (divestment), and Lonely Corp has no deals.
inline DocumentData networkFixture()
{
    auto company = [](const char *id, const char *name, CompanyKind kind) {
        Company c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromLatin1(name);
        c.kind = kind;
        return c;
    };
    auto deal = [](const char *id, QDate date, const char *from, const char *to, DealKind kind,
                    std::optional<qint64> billions, AmountKind amountKind) {
        Deal d;
        d.id = QString::fromLatin1(id);
        d.date = FuzzyDate(date, DatePrecision::Day);
        d.from = QString::fromLatin1(from);
        d.to = QString::fromLatin1(to);
        d.kind = kind;
        if (billions)
            d.amount = Money::fromUsd(*billions * 1000000000LL);
        d.amountKind = amountKind;
        d.sources = {Source {QStringLiteral("https://example.com/%1").arg(d.id), QStringLiteral("Example")}};
        return d;
    };
    DocumentData data;
    data.title = QStringLiteral("Fixture");
    data.companies = {company("microsoft", "Microsoft", CompanyKind::Cloud),
        company("nvidia", "Nvidia", CompanyKind::Chips), company("anthropic", "Anthropic", CompanyKind::AiLab),
        company("thiel", "Thiel Macro", CompanyKind::Investor), company("lonely", "Lonely Corp", CompanyKind::Other)};
    data.deals = {deal("D1", QDate(2025, 11, 18), "microsoft", "anthropic", DealKind::Equity, 5, AmountKind::UpTo),
        deal("D2", QDate(2025, 11, 18), "nvidia", "anthropic", DealKind::Equity, 10, AmountKind::UpTo),
        deal("D3", QDate(2025, 11, 18), "anthropic", "microsoft", DealKind::Compute, 30, AmountKind::Committed),
        deal("D4", QDate(2024, 3, 1), "anthropic", "microsoft", DealKind::Compute, 2, AmountKind::Reported),
        deal("D5", QDate(2025, 6, 1), "anthropic", "nvidia", DealKind::Chips, std::nullopt, AmountKind::Reported),
        deal("D6", QDate(2025, 9, 1), "thiel", "nvidia", DealKind::Divestment, 1, AmountKind::Estimated)};
    Valuation v;
    v.id = QStringLiteral("V1");
    v.company = QStringLiteral("anthropic");
    v.date = FuzzyDate(QDate(2025, 9, 1), DatePrecision::Day);
    v.value = Money::fromUsd(183000000000LL);
    data.valuations = {v};
    return data;
}
