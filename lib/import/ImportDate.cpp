#include "import/ImportDate.h"

#include <QHash>
#include <QRegularExpression>

namespace ImportDate {
namespace {
// 1..12 for an English or German month name or abbreviation ("Nov", "Nov.", "November", "März", "Mrz").
int monthNumber(QString name)
{
    name = name.toCaseFolded();
    if (name.endsWith(u'.'))
        name.chop(1);
    static const QList<QStringList> names = {
        {QStringLiteral("january"), QStringLiteral("januar"), QStringLiteral("jänner")},
        {QStringLiteral("february"), QStringLiteral("februar")},
        {QStringLiteral("march"), QStringLiteral("märz"), QStringLiteral("mär"), QStringLiteral("mrz")},
        {QStringLiteral("april")},
        {QStringLiteral("may"), QStringLiteral("mai")},
        {QStringLiteral("june"), QStringLiteral("juni")},
        {QStringLiteral("july"), QStringLiteral("juli")},
        {QStringLiteral("august")},
        {QStringLiteral("september"), QStringLiteral("sept")},
        {QStringLiteral("october"), QStringLiteral("oktober"), QStringLiteral("okt")},
        {QStringLiteral("november")},
        {QStringLiteral("december"), QStringLiteral("dezember"), QStringLiteral("dez")},
    };
    for (int m = 0; m < 12; ++m) {
        for (const QString &n : names.at(m)) {
            if (name == n || (name.size() == 3 && n.startsWith(name)))
                return m + 1;
        }
    }
    return 0;
}

int fullYear(const QString &text)
{
    const int y = text.toInt();
    return text.size() == 2 ? 2000 + y : y; // "25" is 2025: the deals CapFlow tracks are all after 2000
}

std::optional<FuzzyDate> make(int year, int month, int day, DatePrecision precision)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000)
        return std::nullopt;
    return FuzzyDate(date, precision);
}

std::optional<FuzzyDate> quarter(int year, int q)
{
    if (q < 1 || q > 4)
        return std::nullopt;
    return make(year, 3 * (q - 1) + 1, 1, DatePrecision::Quarter);
}
} // namespace

std::optional<FuzzyDate> parse(const QString &input, ImportAmount::Style style)
{
    const QString text = input.trimmed();
    // The common case first, without a regular expression.
    if (const QDate iso = FuzzyDate::parseIsoDate(text); iso.isValid())
        return FuzzyDate(iso, DatePrecision::Day);
    // Each pattern compiled once per thread (a table of a million rows asks a million times).
    thread_local QHash<const char *, QRegularExpression> compiled;
    auto match = [&text](const char *pattern) {
        auto it = compiled.find(pattern);
        if (it == compiled.end())
            it = compiled.insert(
                pattern, QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption));
        return it->match(text);
    };
    QRegularExpressionMatch m;
    auto n = [&m](int i) { return m.captured(i).toInt(); };
    if ((m = match(
             "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"))
            .hasMatch())
        return make(n(1), n(2), n(3), DatePrecision::Day);
    if ((m = match("^(\\d{4})-(\\d{1,2})$")).hasMatch())
        return make(n(1), n(2), 1, DatePrecision::Month);
    if ((m = match("^(\\d{4})$")).hasMatch())
        return make(n(1), 1, 1, DatePrecision::Year);
    if ((m = match("^(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4}|\\d{2})$")).hasMatch())
        return make(fullYear(m.captured(3)), n(2), n(1), DatePrecision::Day);
    if ((m = match("^(\\d{1,2})[./](\\d{4})$")).hasMatch())
        return make(n(2), n(1), 1, DatePrecision::Month);
    if ((m = match("^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})$")).hasMatch()) {
        int a = n(1);
        int b = n(2);
        bool dayFirst = style == ImportAmount::Style::Comma;
        if (a > 12)
            dayFirst = true;
        else if (b > 12)
            dayFirst = false;
        return dayFirst ? make(fullYear(m.captured(3)), b, a, DatePrecision::Day)
                        : make(fullYear(m.captured(3)), a, b, DatePrecision::Day);
    }
    if ((m = match("^Q([1-4])[\\s/-]*(\\d{4})$")).hasMatch() || (m = match("^([1-4])Q\\s*(\\d{4})$")).hasMatch()
        || (m = match("^([1-4])\\.\\s*Quartal\\s+(\\d{4})$")).hasMatch())
        return quarter(n(2), n(1));
    if ((m = match("^(\\d{4})[\\s/-]*Q([1-4])$")).hasMatch())
        return quarter(n(1), n(2));
    // Month names: "Nov 18, 2025", "November 18 2025", "18 Nov 2025", "18. November 2025", "November 2025".
    if ((m = match("^(\\p{L}+\\.?)\\s+(\\d{1,2}),?\\s+(\\d{4})$")).hasMatch()) {
        if (const int month = monthNumber(m.captured(1)))
            return make(n(3), month, n(2), DatePrecision::Day);
        return std::nullopt;
    }
    if ((m = match("^(\\d{1,2})\\.?\\s+(\\p{L}+\\.?),?\\s+(\\d{4})$")).hasMatch()) {
        if (const int month = monthNumber(m.captured(2)))
            return make(n(3), month, n(1), DatePrecision::Day);
        return std::nullopt;
    }
    if ((m = match("^(\\p{L}+\\.?)\\s+(\\d{4})$")).hasMatch()) {
        if (const int month = monthNumber(m.captured(1)))
            return make(n(2), month, 1, DatePrecision::Month);
    }
    return std::nullopt;
}

} // namespace ImportDate
