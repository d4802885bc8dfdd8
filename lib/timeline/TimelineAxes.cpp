#include "timeline/TimelineAxes.h"

#include <algorithm>
#include <cmath>

namespace TimelineAxes {

double ValueScale::toAxis(double billions) const
{
    if (!logarithmic)
        return billions;
    return billions > 0 ? std::max(std::log10(billions), min) : min;
}

namespace {
// 1, 2, 5, 10, 20 … times a power of ten, the smallest step giving at most maxTicks intervals.
double niceStep(double range, int maxTicks)
{
    const double raw = range / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= raw)
            return f * magnitude;
    }
    return 10 * magnitude;
}

int decimalsFor(double step)
{
    return step >= 1 ? 0 : 3; // Formatter::number drops the trailing zeros
}
} // namespace

ValueScale valueScale(double minBillions, double maxBillions, bool logarithmic, const Formatter &format, int maxTicks)
{
    ValueScale scale;
    scale.logarithmic = logarithmic;
    if (maxBillions <= 0)
        maxBillions = 1;
    if (!logarithmic) {
        const double step = niceStep(maxBillions * 1.08, maxTicks);
        scale.min = 0;
        scale.max = std::ceil(maxBillions * 1.08 / step) * step;
        const int decimals = decimalsFor(step);
        for (int i = 0; i * step <= scale.max + step * 1e-6; ++i)
            scale.ticks << Tick {i * step, format.number(i * step, decimals)};
        return scale;
    }
    if (minBillions <= 0 || minBillions > maxBillions)
        minBillions = maxBillions / 10;
    // Ticks at 1-2-5 times powers of ten (only the powers when that would be too many), the axis
    // from the last tick below the data to the first above it, with a little air.
    const double low = minBillions / 1.15;
    const double high = maxBillions * 1.15;
    for (const QList<double> &factors : {QList<double> {1.0, 2.0, 5.0}, QList<double> {1.0}}) {
        QList<double> candidates;
        for (int d = int(std::floor(std::log10(low))) - 1; d <= int(std::ceil(std::log10(high))) + 1; ++d) {
            for (double f : factors)
                candidates << f * std::pow(10.0, d);
        }
        double min = candidates.first();
        double max = candidates.last();
        for (double c : std::as_const(candidates)) {
            if (c <= low * (1 + 1e-9))
                min = c;
        }
        for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
            if (*it >= high * (1 - 1e-9))
                max = *it;
        }
        scale.ticks.clear();
        for (double c : std::as_const(candidates)) {
            if (c >= min * (1 - 1e-9) && c <= max * (1 + 1e-9)) {
                const int decimals = c < 1 ? int(std::ceil(-std::log10(c) - 1e-9)) : 0;
                scale.ticks << Tick {std::log10(c), format.number(c, decimals)};
            }
        }
        scale.min = std::log10(min);
        scale.max = std::log10(max);
        if (scale.ticks.size() <= maxTicks + 1)
            break;
    }
    return scale;
}

QString monthLabel(QDate date, const Formatter &format)
{
    return format.locale().toString(date, QStringLiteral("MMM"));
}

QString dateTickLabel(QDate date, DateStep step, const Formatter &format)
{
    return dateTickLabel(date, step, DateLabels::Full, true, format);
}

QString dateTickLabel(QDate date, DateStep step, DateLabels labels, bool first, const Formatter &format)
{
    if (step == DateStep::Year || (labels == DateLabels::Compact && date.month() == 1))
        return QString::number(date.year());
    if (labels == DateLabels::Compact && !first)
        return monthLabel(date, format);
    return format.locale().toString(date, QStringLiteral("MMM yyyy"));
}

namespace {
struct Option
{
    DateStep step;
    int months;
};
constexpr Option Options[] = {{DateStep::Month, 1}, {DateStep::Month, 2}, {DateStep::Quarter, 3},
    {DateStep::Quarter, 6}, {DateStep::Year, 12}, {DateStep::Year, 24}, {DateStep::Year, 60}};

QDate floorTo(QDate d, int months)
{
    const int index = (d.year() * 12 + d.month() - 1) / months * months;
    return QDate(index / 12, index % 12 + 1, 1);
}

QDate ceilTo(QDate d, int months)
{
    const QDate f = floorTo(d, months);
    return f == d ? f : f.addMonths(months);
}

// The ticks of one option covering [first, last]; labels made by the caller.
DateScale ticksOf(const Option &option, QDate first, QDate last)
{
    DateScale scale;
    scale.step = option.step;
    scale.months = option.months;
    // Boundaries strictly covering [first, last + 1 day].
    scale.from = floorTo(first, option.months);
    scale.to = ceilTo(last.addDays(1), option.months);
    if (scale.to == scale.from)
        scale.to = scale.from.addMonths(option.months);
    for (QDate d = scale.from; d <= scale.to; d = d.addMonths(option.months))
        scale.ticks << Tick {axisX(d), QString()};
    return scale;
}

void label(DateScale &scale, DateLabels labels, const Formatter &format)
{
    scale.labels = labels;
    for (qsizetype i = 0; i < scale.ticks.size(); ++i)
        scale.ticks[i].label
            = dateTickLabel(QDate::fromJulianDay(qint64(scale.ticks[i].value)), scale.step, labels, i == 0, format);
}

void validRange(QDate &first, QDate &last)
{
    if (!first.isValid() || !last.isValid()) {
        const QDate today = QDate::currentDate();
        first = QDate(today.year(), 1, 1);
        last = QDate(today.year(), 12, 31);
    }
    if (last < first)
        std::swap(first, last);
}
} // namespace

DateScale dateScale(QDate first, QDate last, const Formatter &format, int maxTicks)
{
    validRange(first, last);
    for (const Option &option : Options) {
        DateScale scale = ticksOf(option, first, last);
        if (scale.ticks.size() > maxTicks && option.months != 60)
            continue;
        label(scale, DateLabels::Full, format);
        return scale;
    }
    return {};
}

DateScale dateScale(QDate first, QDate last, const Formatter &format, const DateLabelRoom &room, int maxTicks)
{
    validRange(first, last);
    DateScale scale;
    for (const Option &option : Options) {
        scale = ticksOf(option, first, last);
        if (scale.ticks.size() > maxTicks && option.months != 60)
            continue;
        const qreal perLabel = room.perLabel(int(scale.ticks.size()));
        for (DateLabels labels : {DateLabels::Full, DateLabels::Compact}) {
            if (labels == DateLabels::Compact && option.step == DateStep::Year)
                continue; // the same labels
            label(scale, labels, format);
            const bool fits = std::all_of(scale.ticks.cbegin(), scale.ticks.cend(),
                [&](const Tick &t) { return room.textWidth(t.label) <= perLabel; });
            if (fits)
                return scale;
        }
    }
    label(scale, DateLabels::Full, format); // five-year ticks: "2020", "2025"
    return scale;
}
} // namespace TimelineAxes
