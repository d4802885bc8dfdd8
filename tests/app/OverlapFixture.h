#pragma once

#include "support/Builders.h"

// Deals whose naive sum counts dollars twice, with sources that disagree (the network's tests):
// - D100, a $30bn round a fund leads into Anthropic (February 2026); the FT reports $30bn, an
//   aggregator (pjfp.com, unrated, with a placeholder title) $25bn;
// - D075, Microsoft's $5bn (November 2025), part of D100;
// - D059, Nvidia's unsigned letter of up to $100bn to OpenAI (September 2025), superseded by
// - D107, Nvidia's $30bn stake (February 2026), reported by Reuters and Bloomberg;
// - D200, the fund's $50bn into OpenAI (March 2026) that only an unrated page reports.
// Each dollar once: Anthropic received $30bn, OpenAI $80bn; Microsoft's $5bn and the letter's
// $100bn are counted in D100 and replaced by D107.
namespace OverlapFixture {

inline Source source(const QString &url, const QString &title, std::optional<qint64> billions, QDate date = {})
{
    Source s(url, title);
    if (billions)
        s.claimedAmount = Money::fromUsd(*billions * 1'000'000'000);
    s.claimedDate = date;
    return s;
}

inline const QString placeholderTitle = QStringLiteral("[descriptive; aggregator] Anthropic round");
inline const QString seedTitle = QStringLiteral("seed article (German news, 2026)");

inline DocumentData data()
{
    DocumentData data;
    data.title = QStringLiteral("Overlaps");
    data.companies
        = {CompanyBuilder(QStringLiteral("fund")).name(QStringLiteral("Growth Fund")).kind(CompanyKind::Investor),
            CompanyBuilder(QStringLiteral("microsoft")).name(QStringLiteral("Microsoft")).kind(CompanyKind::Cloud),
            CompanyBuilder(QStringLiteral("anthropic")).name(QStringLiteral("Anthropic")).kind(CompanyKind::AiLab),
            CompanyBuilder(QStringLiteral("nvidia")).name(QStringLiteral("Nvidia")).kind(CompanyKind::Chips),
            CompanyBuilder(QStringLiteral("openai")).name(QStringLiteral("OpenAI")).kind(CompanyKind::AiLab)};
    data.deals = {DealBuilder(QStringLiteral("D100"), QStringLiteral("fund"), QStringLiteral("anthropic"))
                      .on(QDate(2026, 2, 12))
                      .billions(30)
                      .amountKind(AmountKind::Committed)
                      .sources({source(QStringLiteral("https://www.ft.com/content/anthropic-round"),
                                    QStringLiteral("Anthropic raises $30bn"), 30, QDate(2026, 2, 12)),
                          source(QStringLiteral("https://pjfp.com/anthropic"), placeholderTitle, 25)}),
        DealBuilder(QStringLiteral("D075"), QStringLiteral("microsoft"), QStringLiteral("anthropic"))
            .on(QDate(2025, 11, 18))
            .billions(5)
            .amountKind(AmountKind::Committed)
            .partOf({QStringLiteral("D100")})
            .sources({source(QStringLiteral("https://blogs.microsoft.com/partnership"),
                QStringLiteral("Microsoft, Nvidia and Anthropic announce partnerships"), std::nullopt)}),
        DealBuilder(QStringLiteral("D059"), QStringLiteral("nvidia"), QStringLiteral("openai"))
            .on(QDate(2025, 9, 22))
            .billions(100)
            .amountKind(AmountKind::UpTo)
            .sources({source(
                QStringLiteral("https://nvidianews.nvidia.com/letter"), QStringLiteral("Letter of intent"), 100)}),
        DealBuilder(QStringLiteral("D107"), QStringLiteral("nvidia"), QStringLiteral("openai"))
            .on(QDate(2026, 2, 27))
            .billions(30)
            .amountKind(AmountKind::Committed)
            .supersedes({QStringLiteral("D059")})
            .sources(
                {source(QStringLiteral("https://www.reuters.com/nvidia-openai"), QStringLiteral("Nvidia stake"), 30),
                    source(QStringLiteral("https://www.bloomberg.com/nvidia-openai"), QStringLiteral("Nvidia invests"),
                        30)}),
        DealBuilder(QStringLiteral("D200"), QStringLiteral("fund"), QStringLiteral("openai"))
            .on(QDate(2026, 3, 1))
            .billions(50)
            .sources({source(QStringLiteral("https://pjfp.com/openai"), seedTitle, 50)})};
    return data;
}

inline Money billions(qint64 billions)
{
    return Money::fromUsd(billions * 1'000'000'000);
}

} // namespace OverlapFixture
