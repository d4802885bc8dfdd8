#pragma once

#include "support/Builders.h"

// A small known network: Microsoft and Nvidia invest in Anthropic (up to), Anthropic buys compute
// from Microsoft (twice: parallel deals) and chips from Nvidia (undisclosed), Thiel sells Nvidia
// shares (divestment), and Lonely Corp has no deals.
inline DocumentData networkFixture()
{
    auto company = [](const char *id, const char *name, CompanyKind kind) {
        return CompanyBuilder(QString::fromLatin1(id)).name(QString::fromLatin1(name)).kind(kind).build();
    };
    auto deal = [](const char *id, QDate date, const char *from, const char *to, DealKind kind,
                    std::optional<qint64> billions, AmountKind amountKind) {
        const QString dealId = QString::fromLatin1(id);
        return DealBuilder(dealId, QString::fromLatin1(from), QString::fromLatin1(to))
            .on(date)
            .kind(kind)
            .billions(billions)
            .amountKind(amountKind)
            .sources({Source {QStringLiteral("https://example.com/%1").arg(dealId), QStringLiteral("Example")}})
            .build();
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
    data.valuations
        = {ValuationBuilder(QStringLiteral("V1"), QStringLiteral("anthropic")).on(QDate(2025, 9, 1)).billions(183)};
    return data;
}
