#include "format/DateInput.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
// The month a word names, in German or English, in full or abbreviated ("nov", "märz", "mrz",
// "sept", "oct."); 0 when none. The word is lower case without its dot.
int monthOfWord(const QString &word)
{
    if (word == u"mrz" || word == u"maerz")
        return 3;
    if (word.size() < 3)
        return 0;
    static const QList<QStringList> names = [] {
        QList<QStringList> result;
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        for (int m = 1; m <= 12; ++m)
            result << QStringList {de.monthName(m).toLower(), en.monthName(m).toLower()};
        return result;
    }();
    int found = 0;
    for (int m = 1; m <= 12; ++m) {
        for (const QString &name : names.at(m - 1)) {
            if (name.startsWith(word)) {
                if (found && found != m)
                    return 0; // ambiguous
                found = m;
            }
        }
    }
    return found;
}

int fullYear(const QString &digits)
{
    const int y = digits.toInt();
    return digits.size() == 2 ? 2000 + y : y;
}

const QRegularExpression &re(int which)
{
    // Matched against the lower-cased text with single spaces.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$")), // 0 2025-11-18
        QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{1,2})$")), // 1 2025-11
        QRegularExpression(QStringLiteral("^(\\d{1,2})\\. ?(\\d{1,2})\\. ?(\\d{4}|\\d{2})$")), // 2 18.11.2025
        QRegularExpression(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})$")), // 3 11/18/2025
        QRegularExpression(QStringLiteral("^(\\d{1,2}) ?[./] ?(\\d{4})$")), // 4 11.2025
        QRegularExpression(QStringLiteral("^q ?([1-4]) ?[/.-]? ?(\\d{4}|\\d{2})$")), // 5 Q4 2025
        QRegularExpression(QStringLiteral("^([1-4])(?:\\.|st|nd|rd|th)? ?(?:quartal|quarter)(?: of)? (\\d{4})$")), // 6
        QRegularExpression(QStringLiteral("^(\\d{4}) ?[/-]? ?q([1-4])$")), // 7 2025 Q4
        QRegularExpression(QStringLiteral("^(\\d{4})$")), // 8 2025
        QRegularExpression(
            QStringLiteral("^(\\d{1,2})(?:\\.|st|nd|rd|th)? (\\p{L}+)\\.?,? (\\d{4})$")), // 9 18. Nov 2025
        QRegularExpression(QStringLiteral("^(\\p{L}+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$")), // 10 Nov 18, 2025
        QRegularExpression(QStringLiteral("^(\\p{L}+)\\.?,? (\\d{4})$")), // 11 November 2025
    };
    return patterns[which];
}
} // namespace

DateInput::Result DateInput::parse(const QString &text, Language language)
{
    const QString typed = text.simplified();
    Result result;
    if (typed.isEmpty())
        return result;
    const QString t = typed.toLower();
    const QLocale locale = localeFor(language);

    int year = 0, month = 0, day = 0;
    DatePrecision precision = DatePrecision::Day;
    QRegularExpressionMatch m;
    bool recognised = true;
    if ((m = re(0).match(t)).hasMatch()) {
        year = m.captured(1).toInt(), month = m.captured(2).toInt(), day = m.captured(3).toInt();
    } else if ((m = re(1).match(t)).hasMatch()) {
        year = m.captured(1).toInt(), month = m.captured(2).toInt(), precision = DatePrecision::Month;
    } else if ((m = re(2).match(t)).hasMatch()) {
        day = m.captured(1).toInt(), month = m.captured(2).toInt(), year = fullYear(m.captured(3));
    } else if ((m = re(3).match(t)).hasMatch()) {
        // English writes the month first (11/18/2025), German the day (18/11/2025).
        const bool monthFirst = language == Language::English;
        month = m.captured(monthFirst ? 1 : 2).toInt(), day = m.captured(monthFirst ? 2 : 1).toInt();
        year = fullYear(m.captured(3));
    } else if ((m = re(4).match(t)).hasMatch()) {
        month = m.captured(1).toInt(), year = m.captured(2).toInt(), precision = DatePrecision::Month;
    } else if ((m = re(5).match(t)).hasMatch() || (m = re(6).match(t)).hasMatch()) {
        month = (m.captured(1).toInt() - 1) * 3 + 1, year = fullYear(m.captured(2));
        precision = DatePrecision::Quarter;
    } else if ((m = re(7).match(t)).hasMatch()) {
        year = m.captured(1).toInt(), month = (m.captured(2).toInt() - 1) * 3 + 1, precision = DatePrecision::Quarter;
    } else if ((m = re(8).match(t)).hasMatch()) {
        year = m.captured(1).toInt(), month = 1, precision = DatePrecision::Year;
    } else if ((m = re(9).match(t)).hasMatch()) {
        day = m.captured(1).toInt(), month = monthOfWord(m.captured(2)), year = m.captured(3).toInt();
        recognised = month > 0;
    } else if ((m = re(10).match(t)).hasMatch()) {
        month = monthOfWord(m.captured(1)), day = m.captured(2).toInt(), year = m.captured(3).toInt();
        recognised = month > 0;
    } else if ((m = re(11).match(t)).hasMatch()) {
        month = monthOfWord(m.captured(1)), year = m.captured(2).toInt(), precision = DatePrecision::Month;
        recognised = month > 0;
    } else {
        recognised = false;
    }

    if (!recognised) {
        result.error = tr("\"%1\" is not a date; write it as %2.").arg(typed, examples(language));
        return result;
    }
    if (year < 1000 || year > 9999) {
        result.error = tr("\"%1\": the year must have four digits.").arg(typed);
        return result;
    }
    if (month < 1 || month > 12) {
        result.error = tr("\"%1\": there is no month %2.").arg(typed).arg(month);
        return result;
    }
    if (precision != DatePrecision::Day)
        day = 1;
    const QDate date(year, month, day);
    if (!date.isValid()) {
        result.error = tr("\"%1\": %2 has no day %3.")
                           .arg(typed, locale.toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy")))
                           .arg(day);
        return result;
    }
    result.date = FuzzyDate(date, precision);
    return result;
}

QString DateInput::text(const FuzzyDate &date, Language language)
{
    if (!date.isValid())
        return {};
    const QDate d = date.periodStart();
    const bool de = language == Language::German;
    const QLocale locale = localeFor(language);
    switch (date.precision()) {
    case DatePrecision::Day:
        return locale.toString(d, de ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("MMM d, yyyy"));
    case DatePrecision::Month: return locale.toString(d, de ? QStringLiteral("MM.yyyy") : QStringLiteral("MMM yyyy"));
    case DatePrecision::Quarter: return QStringLiteral("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
    case DatePrecision::Year: return QString::number(d.year());
    }
    return {};
}

QString DateInput::examples(Language language)
{
    const QDate sample(2025, 11, 18);
    return tr("%1, %2, %3 or %4", "examples of dates: day, month, quarter, year")
        .arg(text(FuzzyDate(sample, DatePrecision::Day), language),
            text(FuzzyDate(QDate(2025, 11, 1), DatePrecision::Month), language),
            text(FuzzyDate(QDate(2025, 10, 1), DatePrecision::Quarter), language),
            text(FuzzyDate(QDate(2025, 1, 1), DatePrecision::Year), language));
}
