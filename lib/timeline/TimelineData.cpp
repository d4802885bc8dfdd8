#include "timeline/TimelineData.h"

#include "document/Document.h"
#include "model/DealFilter.h"
#include "model/DealRelations.h"
#include "model/Sources.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
bool inRange(const FuzzyDate &date, const TimelineOptions &options)
{
    // A period overlapping the range counts: a year-precise 2025 value belongs to a range from March.
    DealFilter range;
    range.from = options.from;
    range.to = options.to;
    return range.acceptsDate(date);
}

TimelinePoint pointOf(const Valuation &v)
{
    TimelinePoint p;
    p.valuationId = v.id;
    p.fuzzyDate = v.date;
    p.date = v.date.periodMiddle();
    p.periodStart = v.date.periodStart();
    p.periodEnd = v.date.periodEnd();
    p.precision = v.date.precision();
    p.value = v.value;
    p.billions = v.value.toBillions();
    p.kind = v.kind;
    p.sources = v.sources;
    p.sourcesDisagree = Sources::disagree(v.value, v.sources);
    return p;
}

DealMarker markerOf(const Deal &deal, const QString &companyId)
{
    DealMarker m;
    m.dealId = deal.id;
    m.companyId = companyId;
    m.incoming = deal.to == companyId;
    m.counterpartyId = m.incoming ? deal.from : deal.to;
    m.kind = deal.kind;
    m.fuzzyDate = deal.date;
    m.date = deal.date.periodMiddle();
    m.periodStart = deal.date.periodStart();
    m.periodEnd = deal.date.periodEnd();
    m.amount = deal.amount;
    m.amountKind = deal.amountKind;
    m.sources = deal.sources;
    return m;
}
} // namespace

int monthsBetween(QDate from, QDate to)
{
    return int(std::lround(from.daysTo(to) / (365.2425 / 12.0)));
}

double TimelineSeries::span() const
{
    double low = 0;
    double high = 0;
    for (const TimelinePoint &p : points) {
        if (p.billions <= 0)
            continue;
        low = low == 0 ? p.billions : std::min(low, p.billions);
        high = std::max(high, p.billions);
    }
    return low > 0 ? high / low : 1;
}

bool TimelineData::prefersLogScale() const
{
    return std::any_of(series.begin(), series.end(), [](const TimelineSeries &s) { return s.span() > LogScaleSpan; });
}

bool TimelineData::hasPoints() const
{
    return std::any_of(series.begin(), series.end(), [](const TimelineSeries &s) { return !s.points.isEmpty(); });
}

const TimelineSeries *TimelineData::seriesOf(const QString &companyId) const
{
    for (const TimelineSeries &s : series) {
        if (s.companyId == companyId)
            return &s;
    }
    return nullptr;
}

QList<Source> TimelineData::sources() const
{
    QList<Source> result;
    QSet<QString> seen;
    auto add = [&](const QList<Source> &sources) {
        for (const Source &s : sources) {
            const QString key = s.url.isEmpty() ? s.title : s.url;
            if (!seen.contains(key)) {
                seen.insert(key);
                result << s;
            }
        }
    };
    for (const TimelineSeries &s : series) {
        for (const TimelinePoint &p : s.points)
            add(p.sources);
    }
    for (const DealMarker &d : deals)
        add(d.sources);
    return result;
}

TimelineData buildTimeline(const Document &document, const TimelineOptions &options)
{
    TimelineData data;
    auto extend = [&data](QDate start, QDate end) {
        if (!data.first.isValid() || start < data.first)
            data.first = start;
        if (!data.last.isValid() || end > data.last)
            data.last = end;
    };
    QStringList shown;
    for (const QString &id : options.companyIds) {
        const Company *company = document.company(id);
        if (!company || shown.contains(id))
            continue;
        shown << id;
        TimelineSeries series;
        series.companyId = id;
        series.companyName = company->name;
        series.companyKind = company->kind;
        for (const Valuation *v : document.valuationsOf(id)) {
            if (inRange(v->date, options))
                series.points << pointOf(*v);
        }
        std::stable_sort(
            series.points.begin(), series.points.end(), [](const TimelinePoint &a, const TimelinePoint &b) {
                return a.date != b.date ? a.date < b.date : a.valuationId < b.valuationId;
            });
        for (int i = 0; i < series.points.size(); ++i) {
            const TimelinePoint &p = series.points.at(i);
            extend(p.periodStart, p.periodEnd);
            data.maxBillions = std::max(data.maxBillions, p.billions);
            if (p.billions > 0 && (data.minBillions == 0 || p.billions < data.minBillions))
                data.minBillions = p.billions;
            if (i > 0) {
                const TimelinePoint &prev = series.points.at(i - 1);
                // Two valuations of one month (a round and a secondary sale, say) are no growth.
                if (prev.value.usd() > 0 && monthsBetween(prev.date, p.date) > 0) {
                    GrowthStep step;
                    step.companyId = id;
                    step.fromIndex = i - 1;
                    step.toIndex = i;
                    step.factor = double(p.value.usd()) / double(prev.value.usd());
                    step.months = monthsBetween(prev.date, p.date);
                    series.steps << step;
                }
            }
        }
        data.series << series;
    }
    // Deals reach at most a year beyond the valuations, so that an early deal does not squeeze the
    // valuation paths into a corner; without any valuation they set the range themselves.
    const QDate pointsFirst = data.first;
    const QDate pointsLast = data.last;
    QList<const Deal *> shownDeals; // each deal once, for the relations among them
    for (const QString &id : std::as_const(shown)) {
        QList<const Deal *> deals = document.graph().dealsIn(id) + document.graph().dealsOut(id);
        for (const Deal *deal : std::as_const(deals)) {
            if (deal->from == deal->to && deal != deals.first())
                continue; // a deal with itself appears in both lists; once is enough
            if (!inRange(deal->date, options))
                continue;
            if (pointsFirst.isValid()
                && (deal->date.periodEnd() < pointsFirst.addYears(-1)
                    || deal->date.periodStart() > pointsLast.addYears(1)))
                continue;
            data.deals << markerOf(*deal, id);
            if (!shownDeals.contains(deal))
                shownDeals << deal;
            extend(deal->date.periodStart(), deal->date.periodEnd());
        }
    }
    // A deal superseded by or part of another deal on the timeline is marked, so that nothing
    // adds its money a second time.
    const QHash<QString, DealRelations::Status> uncounted = DealRelations::uncounted(shownDeals);
    for (DealMarker &m : data.deals) {
        const auto it = uncounted.constFind(m.dealId);
        if (it != uncounted.cend()) {
            m.supersededBy = it->supersededBy;
            m.countedIn = it->countedIn;
        }
    }
    std::stable_sort(data.deals.begin(), data.deals.end(), [](const DealMarker &a, const DealMarker &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.dealId != b.dealId ? naturalIdLess(a.dealId, b.dealId) : a.companyId < b.companyId;
    });
    return data;
}
