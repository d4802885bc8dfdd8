#pragma once

#include <QString>

#include <compare>
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

// An exact amount of US dollars, whole dollars.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromUsd(qint64 usd) { return Money(usd); }
    static std::optional<Money> fromUsdString(QStringView text) { return parseScaled(text, 0); }
    static std::optional<Money> fromBillionsString(QStringView text) { return parseScaled(text, 9); }

    constexpr qint64 usd() const { return m_usd; }
    QString toUsdString() const { return Decimal::format(m_usd, 0); }
    QString toBillionsString() const { return Decimal::format(m_usd, 9); }
    double toBillions() const { return double(m_usd) / 1e9; } // for drawing only, never stored

    constexpr Money operator+(Money other) const { return Money(m_usd + other.m_usd); }
    constexpr Money operator-(Money other) const { return Money(m_usd - other.m_usd); }
    Money &operator+=(Money other)
    {
        m_usd += other.m_usd;
        return *this;
    }
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
