#include "model/FuzzyDate.h"

FuzzyDate::FuzzyDate(QDate date, DatePrecision precision)
    : m_date(date)
    , m_precision(precision)
{
}

QDate FuzzyDate::periodEnd() const
{
    switch (m_precision) {
    case DatePrecision::Day: return m_date;
    case DatePrecision::Month: return m_date.addMonths(1).addDays(-1);
    case DatePrecision::Quarter: return m_date.addMonths(3).addDays(-1);
    case DatePrecision::Year: return m_date.addYears(1).addDays(-1);
    }
    return m_date;
}

QDate FuzzyDate::periodMiddle() const
{
    return m_date.addDays(m_date.daysTo(periodEnd()) / 2);
}

QDate FuzzyDate::parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return {};
    }
    return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

bool FuzzyDate::isPeriodStart(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day: return true;
    case DatePrecision::Month: return date.day() == 1;
    case DatePrecision::Quarter: return date.day() == 1 && (date.month() - 1) % 3 == 0;
    case DatePrecision::Year: return date.day() == 1 && date.month() == 1;
    }
    return false;
}
