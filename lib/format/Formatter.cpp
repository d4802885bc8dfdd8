#include "format/Formatter.h"

#include <cmath>

// Units and patterns are keyed by language here, not by tr(), so that a formatter for either
// language works whatever translation is installed (reports can be made in another language).

Formatter::Formatter(Language language)
    : m_language(language)
    , m_locale(localeFor(language))
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString Formatter::number(double value, int maxDecimals) const
{
    QString text = m_locale.toString(value, 'f', maxDecimals);
    const QString decimal = m_locale.decimalPoint();
    if (maxDecimals > 0 && text.contains(decimal)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(decimal))
            text.chop(decimal.size());
    }
    return text;
}

QString Formatter::moneyOrDash(Money amount) const
{
    return amount.usd() ? money(amount) : QStringLiteral("–");
}

QString Formatter::amountOrDash(Money amount, AmountKind kind) const
{
    return amount.usd() ? dealAmount(amount, kind) : QStringLiteral("–");
}

QString Formatter::countOrDash(int count) const
{
    return count ? m_locale.toString(count) : QStringLiteral("–");
}

QString Formatter::money(Money amount) const
{
    struct Unit
    {
        qint64 size;
        const char16_t *en;
        const char16_t *de;
    };
    static constexpr Unit units[]
        = {{1'000'000'000'000LL, u"tn", u"Bio."}, {1'000'000'000LL, u"bn", u"Mrd."}, {1'000'000LL, u"m", u"Mio."}};
    const qint64 usd = amount.usd();
    // Unsigned and split into whole units and a remainder, so that no amount overflows.
    const quint64 magnitude = usd < 0 ? 0 - quint64(usd) : quint64(usd);
    for (const Unit &unit : units) {
        // Take the unit once the amount reaches it, or would round to 1000.00 of the unit below
        // (999.995bn is $1tn, but $999m stays $999m); then round to two decimals exactly.
        const quint64 size = quint64(unit.size);
        const bool reached = magnitude >= size - size / 200'000;
        const quint64 hundredths = magnitude / size * 100 + ((magnitude % size) * 100 + size / 2) / size;
        if (reached || unit.size == 1'000'000LL) {
            if (hundredths == 0 && magnitude > 0)
                break; // below $10k: show dollars
            const QString value = Decimal::format(qint64(hundredths), 2).replace(u'.', m_locale.decimalPoint());
            const QString sign = usd < 0 ? QStringLiteral("-") : QString();
            if (m_language == Language::German)
                return sign + value + u' ' + QString::fromUtf16(unit.de) + QStringLiteral(" $");
            return sign + u'$' + value + QString::fromUtf16(unit.en);
        }
    }
    const QString value = QLocale(m_locale.language(), m_locale.territory()).toString(usd);
    return m_language == Language::German ? value + QStringLiteral(" $") : u'$' + value;
}

QString Formatter::dealAmount(const std::optional<Money> &amount, AmountKind kind) const
{
    const bool de = m_language == Language::German;
    if (!amount)
        return de ? QStringLiteral("nicht genannt") : QStringLiteral("undisclosed");
    const QString text = money(*amount);
    switch (kind) {
    case AmountKind::UpTo: return (de ? QStringLiteral("bis zu ") : QStringLiteral("up to ")) + text;
    case AmountKind::Estimated: return (de ? QStringLiteral("ca. ") : QStringLiteral("~")) + text;
    case AmountKind::Committed:
    case AmountKind::Reported: break;
    }
    return text;
}

QString Formatter::gigawatts(qint64 megawatts) const
{
    return number(double(megawatts) / 1000.0, 3) + QStringLiteral(" GW");
}

QString Formatter::date(const FuzzyDate &date) const
{
    const QDate d = date.periodStart();
    switch (date.precision()) {
    case DatePrecision::Day: return this->date(d);
    case DatePrecision::Month: return monthYear(d);
    case DatePrecision::Quarter: return QStringLiteral("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
    case DatePrecision::Year: return QString::number(d.year());
    }
    return {};
}

QString Formatter::date(QDate date) const
{
    return m_locale.toString(
        date, m_language == Language::German ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("MMMM d, yyyy"));
}

QString Formatter::monthYear(QDate date) const
{
    return m_locale.toString(date, QStringLiteral("MMMM yyyy"));
}

QString Formatter::billionsUnit() const
{
    return m_language == Language::German ? QStringLiteral("Mrd. US-Dollar") : QStringLiteral("billion US dollars");
}

QString Formatter::billions(double value) const
{
    return number(value, value < 10 ? 2 : (value < 100 ? 1 : 0));
}

Formatter::Note Formatter::note(const BilingualText &text) const
{
    const bool de = m_language == Language::German;
    const QString &wanted = de ? text.de : text.en;
    if (!wanted.isEmpty() || (de ? text.en : text.de).isEmpty())
        return {wanted, false};
    return {de ? text.en : text.de, true};
}

QString Formatter::noteText(const BilingualText &text) const
{
    const Note n = note(text);
    if (!n.fallback)
        return n.text;
    return (m_language == Language::German ? QStringLiteral("[EN] ") : QStringLiteral("[DE] ")) + n.text;
}
