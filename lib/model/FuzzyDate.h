#pragma once

#include "model/Enums.h"

#include <QDate>

// A date known to a given precision. Lower precisions use the first day of their period.
class FuzzyDate
{
public:
    FuzzyDate() = default;
    FuzzyDate(QDate date, DatePrecision precision);

    DatePrecision precision() const { return m_precision; }
    bool isValid() const { return m_date.isValid(); }

    // The first day of the period: the date itself at day precision.
    QDate periodStart() const { return m_date; }
    QDate periodEnd() const;
    // The middle of the period, where a chart should draw a point of this precision.
    QDate periodMiddle() const;
    // True when the date is the first day of its period, as the precision requires.
    static bool isPeriodStart(QDate date, DatePrecision precision);
    // Strictly "YYYY-MM-DD", else an invalid date (QDate::fromString also takes "2025/01/02" or
    // "2025-01-02T10:00").
    static QDate parseIsoDate(QStringView text);

    bool operator==(const FuzzyDate &) const = default;
    bool operator<(const FuzzyDate &other) const
    {
        return m_date != other.m_date ? m_date < other.m_date : m_precision < other.m_precision;
    }

private:
    QDate m_date;
    DatePrecision m_precision = DatePrecision::Day;
};
