#include "document/NaturalOrder.h"

NaturalIdKey NaturalIdKey::of(const QString &id)
{
    // Without regular expressions: a million ids are keyed at every load.
    qsizetype digits = id.size();
    while (digits > 0 && id[digits - 1].isDigit() && id[digits - 1].unicode() < 128)
        --digits;
    QStringView number = QStringView(id).sliced(digits);
    while (number.size() > 1 && number.front() == u'0')
        number = number.sliced(1);
    return NaturalIdKey {QStringView(id).first(digits), number, QStringView(id), digits < id.size()};
}

bool operator<(const NaturalIdKey &a, const NaturalIdKey &b)
{
    // Compared field by field: a strict weak ordering, as sorting needs.
    if (const int c = a.prefix.compare(b.prefix))
        return c < 0;
    if (a.hasNumber != b.hasNumber)
        return b.hasNumber;
    if (a.number.size() != b.number.size())
        return a.number.size() < b.number.size();
    if (const int c = a.number.compare(b.number))
        return c < 0;
    return a.whole.compare(b.whole) < 0;
}

bool naturalIdLess(const QString &a, const QString &b)
{
    return NaturalIdKey::of(a) < NaturalIdKey::of(b);
}
