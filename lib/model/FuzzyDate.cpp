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
