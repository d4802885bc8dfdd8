#pragma once

#include "format/Formatter.h"

#include <QDate>
#include <QList>

// Tick positions and labels of the timeline's axes, in the chart's language. The value axis is
// in billions of USD, linear or logarithmic; the date axis ticks on month, quarter or year
// boundaries. Labels are made here (not by Qt Charts) so that they follow the chosen language
// rather than the default locale and never read "1E+11".
namespace TimelineAxes {
struct Tick
{
    double value; // axis coordinate: billions (linear), log10(billions) (log), Julian day (dates)
    QString label;
};

struct ValueScale
{
    bool logarithmic = false;
    double min = 0; // axis coordinates
    double max = 1;
    QList<Tick> ticks;
    // Axis coordinate of a value in billions (log: values below the axis minimum are clamped).
    double toAxis(double billions) const;
};

// A scale covering [minBillions, maxBillions] with about `maxTicks` readable ticks
// (linear: 0, 50, 100 …; log: 1, 2, 5, 10, 20, 50 …).
ValueScale valueScale(
    double minBillions, double maxBillions, bool logarithmic, const Formatter &format, int maxTicks = 8);

enum class DateStep { Month, Quarter, Year };

struct DateScale
{
    DateStep step = DateStep::Year;
    QDate from; // first tick: a period boundary
    QDate to; // last tick
    double min() const { return double(from.toJulianDay()); }
    double max() const { return double(to.toJulianDay()); }
    QList<Tick> ticks;
};

// Ticks on the first day of months, quarters or years so that at most `maxTicks` are needed;
// labelled "März 2025" / "Mar 2025", or "2025" for years.
DateScale dateScale(QDate first, QDate last, const Formatter &format, int maxTicks = 10);
QString dateTickLabel(QDate date, DateStep step, const Formatter &format);

inline double axisX(QDate date)
{
    return double(date.toJulianDay());
}
} // namespace TimelineAxes
