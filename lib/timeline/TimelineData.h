#pragma once

#include "model/Entities.h"

#include <QDate>

class Document;

// The plain data a valuation timeline draws: one series per company, the deals beside them and
// the growth between consecutive points. No widgets and no Qt Charts here, so that the view, the
// exporter and the tests share one definition of what the chart shows.

// One valuation, drawn at the middle of its period (a year-precise value is not one day).
struct TimelinePoint
{
    QString valuationId;
    QDate date; // where to draw: the middle of the period
    QDate periodStart; // the period the date stands for (same as date for day precision)
    QDate periodEnd; // last day of the period
    DatePrecision precision = DatePrecision::Day;
    FuzzyDate fuzzyDate;
    Money value; // exact, for labels
    double billions = 0; // for drawing only
    ValuationKind kind = ValuationKind::PostMoney;
    QList<Source> sources;
    bool sourcesDisagree = false; // a source reports another value (Sources::disagree)
};

// Growth from one point to the next of the same company: ×factor in about `months` months.
struct GrowthStep
{
    QString companyId;
    int fromIndex = 0; // indexes into the series' points
    int toIndex = 0;
    double factor = 0;
    int months = 0;
};

struct TimelineSeries
{
    QString companyId;
    QString companyName;
    CompanyKind companyKind = CompanyKind::Other;
    QList<TimelinePoint> points; // oldest first
    QList<GrowthStep> steps; // between consecutive points

    // Largest over smallest positive value (1 with fewer than two such points).
    double span() const;
};

// A deal of a selected company: money in (it is `to`) or out (it is `from`). A deal between two
// selected companies appears once for each.
struct DealMarker
{
    QString dealId;
    QString companyId; // the selected company this marker belongs to
    QString counterpartyId; // the other side
    bool incoming = true;
    DealKind kind = DealKind::Equity;
    QDate date; // the middle of the deal's period
    QDate periodStart;
    QDate periodEnd;
    FuzzyDate fuzzyDate;
    std::optional<Money> amount;
    AmountKind amountKind = AmountKind::Reported;
    QList<Source> sources;
    // Set when another deal on the timeline counts this one's money (model/DealRelations.h): the
    // deal that supersedes it, or the deal it is part of. Such a deal is never added to a total.
    QString supersededBy;
    QString countedIn;
    bool countsInTotals() const { return supersededBy.isEmpty() && countedIn.isEmpty(); }
};

struct TimelineOptions
{
    QStringList companyIds; // in the order the legend shows them
    std::optional<QDate> from;
    std::optional<QDate> to;
};

struct TimelineData
{
    QList<TimelineSeries> series; // one per selected company that exists, in option order
    QList<DealMarker> deals; // by date; at most a year before or after the valuations
    QDate first; // earliest period start of anything shown (invalid: nothing)
    QDate last; // latest period end
    double maxBillions = 0;
    double minBillions = 0; // smallest positive value, 0 when there is none

    bool hasPoints() const;
    // True when a series shown spans more than LogScaleSpan: on a linear axis its early values
    // would lie flat on the floor (Anthropic from $4.1bn to $965bn).
    static constexpr double LogScaleSpan = 20;
    bool prefersLogScale() const;
    const TimelineSeries *seriesOf(const QString &companyId) const;
    // Every distinct source of the points and deals shown, in first-seen order.
    QList<Source> sources() const;
};

TimelineData buildTimeline(const Document &document, const TimelineOptions &options);

// Whole months between two dates, rounded ("March 16 to September 15" is 6).
int monthsBetween(QDate from, QDate to);
