#include "model/Money.h"

#include <limits>

namespace Decimal {

std::optional<qint64> parse(QStringView text, int scale)
{
    if (text.isEmpty() || scale < 0 || scale > 15)
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    auto pushDigit = [&value](QChar c) {
        if (c < u'0' || c > u'9')
            return false;
        const int digit = c.unicode() - u'0';
        if (value > (max - digit) / 10)
            return false;
        value = value * 10 + digit;
        return true;
    };
    for (QChar c : whole) {
        if (!pushDigit(c))
            return std::nullopt;
    }
    int used = 0;
    for (QChar c : fraction) {
        if (used == scale) {
            if (c != u'0') // finer than the base unit
                return std::nullopt;
            continue;
        }
        if (!pushDigit(c))
            return std::nullopt;
        ++used;
    }
    for (; used < scale; ++used) {
        if (!pushDigit(u'0'))
            return std::nullopt;
    }
    return value;
}

QString format(qint64 value, int scale)
{
    const bool negative = value < 0;
    // Unsigned, so that the most negative value has a magnitude too.
    QString digits = QString::number(negative ? 0 - quint64(value) : quint64(value));
    if (scale > 0) {
        if (digits.size() <= scale)
            digits.prepend(QString(scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - scale, u'.');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        if (digits.endsWith(u'.'))
            digits.chop(1);
    }
    return negative ? u'-' + digits : digits;
}

} // namespace Decimal
