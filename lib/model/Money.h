#pragma once

#include <QString>

#include <compare>
#include <limits>
#include <optional>

// Exact decimal helpers: values are whole integers of a base unit (USD, megawatts), text is
// decimal with an optional fraction ("1.3" billions = 1300000000 USD). No binary floating point.
namespace Decimal {
// Parses plain decimal text ("12", "0.6437", no sign, no exponent, no grouping) and multiplies it
// by 10^scale. Fails on malformed text, a fraction finer than the base unit, or overflow.
std::optional<qint64> parse(QStringView text, int scale);
// Formats value / 10^scale exactly, without trailing zeros ("1300000000", 9 -> "1.3").
QString format(qint64 value, int scale);
} // namespace Decimal

// An exact amount of US dollars, whole dollars. A single amount is at most MaxUsd (100,000
// trillion dollars, a thousand times the world's yearly output), which readers and dialogs enforce, so
// that sums of many amounts stay exact; sums that would still pass the 64-bit range saturate
// instead of wrapping round (documents whose amounts add up that far are refused when read).
class Money
{
public:
    static constexpr qint64 MaxUsd = 100'000'000'000'000'000LL;

    constexpr Money() = default;
    static constexpr Money fromUsd(qint64 usd) { return Money(usd); }
    static std::optional<Money> fromUsdString(QStringView text) { return parseScaled(text, 0); }
    static std::optional<Money> fromBillionsString(QStringView text) { return parseScaled(text, 9); }

    constexpr qint64 usd() const { return m_usd; }
    QString toUsdString() const { return Decimal::format(m_usd, 0); }
    QString toBillionsString() const { return Decimal::format(m_usd, 9); }
    double toBillions() const { return double(m_usd) / 1e9; } // for drawing only, never stored

    constexpr Money operator+(Money other) const
    {
        qint64 sum = 0;
        if (__builtin_add_overflow(m_usd, other.m_usd, &sum))
            return Money(other.m_usd > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min());
        return Money(sum);
    }
    constexpr Money operator-(Money other) const
    {
        qint64 difference = 0;
        if (__builtin_sub_overflow(m_usd, other.m_usd, &difference))
            return Money(other.m_usd < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min());
        return Money(difference);
    }
    Money &operator+=(Money other)
    {
        *this = *this + other;
        return *this;
    }
    // False when the amount is above MaxUsd (or negative).
    constexpr bool isAcceptable() const { return m_usd >= 0 && m_usd <= MaxUsd; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 usd)
        : m_usd(usd)
    {
    }
    static std::optional<Money> parseScaled(QStringView text, int scale)
    {
        if (auto v = Decimal::parse(text, scale))
            return Money(*v);
        return std::nullopt;
    }

    qint64 m_usd = 0;
};
