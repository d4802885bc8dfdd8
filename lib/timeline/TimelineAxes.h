#pragma once

#include "format/Formatter.h"

#include <QDate>
#include <QList>

#include <functional>

// Tick positions and labels of the timeline's axes, in the chart's language. The value axis is
// in billions of USD, linear or logarithmic; the date axis ticks on month, quarter or year
// boundaries. Labels are made here (not by Qt Charts) so that they follow the chosen language
// rather than the default locale and never read "1E+11". The date axis' labels are chosen to fit
// the axis' length whole: never "Jan. 2…".
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

// How the date ticks are labelled: "März 2025" on every tick (Full), or the year alone at the
// start of a year and the month alone elsewhere ("2025", "Apr.", "Juli", "Okt.", "2026"; Compact),
// the first tick with both so that every label's year can be read. Year ticks read "2025" either way.
enum class DateLabels { Full, Compact };

struct DateScale
{
    DateStep step = DateStep::Year;
    int months = 12; // between ticks: 1, 2, 3, 6, 12, 24 or 60
    DateLabels labels = DateLabels::Full;
    QDate from; // first tick: a period boundary
    QDate to; // last tick
    double min() const { return double(from.toJulianDay()); }
    double max() const { return double(to.toJulianDay()); }
    QList<Tick> ticks;
};

// The room the labels have: how wide a text is drawn, and how wide a label may be when the axis
// has `tickCount` ticks (at most the tick spacing). The chart measures with its label font.
struct DateLabelRoom
{
    std::function<qreal(const QString &)> textWidth;
    std::function<qreal(int tickCount)> perLabel;
};

// Ticks on the first day of months, quarters or years so that at most `maxTicks` are needed;
// labelled "März 2025" / "Mar 2025", or "2025" for years.
DateScale dateScale(QDate first, QDate last, const Formatter &format, int maxTicks = 10);
// The finest ticks of at most `maxTicks` whose labels all fit the room whole, full labels before
// compact ones at the same spacing; when even five-year ticks do not fit, those.
DateScale dateScale(QDate first, QDate last, const Formatter &format, const DateLabelRoom &room, int maxTicks = 16);
QString dateTickLabel(QDate date, DateStep step, const Formatter &format);
// The label of the tick at `date` in that style; `first`: the axis' first tick.
QString dateTickLabel(QDate date, DateStep step, DateLabels labels, bool first, const Formatter &format);
// "März" / "Mar": a month's short name, as the compact labels show it.
QString monthLabel(QDate date, const Formatter &format);

inline double axisX(QDate date)
{
    return double(date.toJulianDay());
}
} // namespace TimelineAxes
