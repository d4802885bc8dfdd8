#include "analysis/CircularFlow.h"

#include "document/Document.h"

QStringList CircularFlow::dealIds() const
{
    QStringList ids;
    for (const Deal &d : legs)
        ids << d.id;
    return ids;
}

QString CircularFlow::boundKey(Bound bound)
{
    switch (bound) {
    case Bound::Exact: return QStringLiteral("exact");
    case Bound::AtMost: return QStringLiteral("at_most");
    case Bound::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

void CircularFlow::finish()
{
    // Start at the payer of the largest investment leg (the first one on ties).
    int start = -1;
    for (int i = 0; i < legs.size(); ++i) {
        if (!MoneyFlow::isInvestment(legs[i]))
            continue;
        if (start < 0 || legs[i].amount.value_or(Money()) > legs[start].amount.value_or(Money()))
            start = i;
    }
    if (start > 0) {
        std::rotate(legs.begin(), legs.begin() + start, legs.end());
        std::rotate(companyIds.begin(), companyIds.begin() + start, companyIds.end());
    }

    bool investment = false;
    bool purchase = false;
    for (const Deal &d : legs) {
        investment = investment || MoneyFlow::isInvestment(d);
        purchase = purchase || MoneyFlow::isPurchase(d);
    }
    vendorFinancing = investment && purchase;
    const ChainBound b = chainBound(legs);
    roundTrip = b.smallest;
    bound = b.bound;
    undisclosedLegs = b.undisclosedLegs;
    allLegsFirm = b.allLegsFirm;
    firstDate = b.firstDate;
    lastDate = b.lastDate;
}

ChainBound chainBound(const QList<Deal> &legs)
{
    ChainBound b;
    for (const Deal &d : legs) {
        const Certainty c = certaintyOf(d);
        if (c == Certainty::Undisclosed)
            ++b.undisclosedLegs;
        else if (!b.smallest || *d.amount < *b.smallest)
            b.smallest = *d.amount;
        if (c == Certainty::UpTo || c == Certainty::Estimated)
            b.allLegsFirm = false;
        const QDate date = d.date.periodStart();
        if (!b.firstDate.isValid() || date < b.firstDate)
            b.firstDate = date;
        if (!b.lastDate.isValid() || date > b.lastDate)
            b.lastDate = date;
    }
    b.bound = !b.smallest                                      ? CircularFlow::Bound::Unknown
        : (b.undisclosedLegs > 0 || !b.allLegsFirm) ? CircularFlow::Bound::AtMost
                                                    : CircularFlow::Bound::Exact;
    return b;
}

void CircularFlow::orderInTime(int windowMonths)
{
    inTimeOrder = false;
    timeOrderStart = -1;
    purchaseBeforeInvestment = false;
    const int n = length();
    if (n == 0 || windowMonths <= 0)
        return;
    // Leg b is on or after leg a when b's period does not end before a's begins.
    auto onOrAfter = [](const Deal &b, const Deal &a) { return b.date.periodEnd() >= a.date.periodStart(); };
    for (int s = 0; s < n; ++s) {
        bool ordered = true;
        for (int k = 1; k < n && ordered; ++k)
            ordered = onOrAfter(legs[(s + k) % n], legs[(s + k - 1) % n]);
        const Deal &first = legs[s];
        const Deal &last = legs[(s + n - 1) % n];
        if (!ordered || last.date.periodStart() > first.date.periodEnd().addMonths(windowMonths))
            continue;
        if (timeOrderStart < 0 || first.date.periodStart() < legs[timeOrderStart].date.periodStart()) {
            timeOrderStart = s;
            inTimeOrder = true;
        }
    }
    std::optional<QDate> purchaseEnd;
    std::optional<QDate> investmentStart;
    for (const Deal &d : legs) {
        if (MoneyFlow::isPurchase(d) && (!purchaseEnd || d.date.periodEnd() < *purchaseEnd))
            purchaseEnd = d.date.periodEnd();
        if (MoneyFlow::isInvestment(d) && (!investmentStart || d.date.periodStart() < *investmentStart))
            investmentStart = d.date.periodStart();
    }
    purchaseBeforeInvestment = purchaseEnd && investmentStart && *purchaseEnd < *investmentStart;
}

bool CircularFlow::ranksBeforeInTime(const CircularFlow &a, const CircularFlow &b)
{
    if (a.inTimeOrder != b.inTimeOrder)
        return a.inTimeOrder;
    return ranksBefore(a, b);
}

bool CircularFlow::ranksBefore(const CircularFlow &a, const CircularFlow &b)
{
    // A known round trip outranks an upper bound: "at most $250bn" through an undisclosed leg
    // says little about how much money actually comes back.
    return chainRanksBefore(a.bound, a.roundTrip, a.dealIds(), b.bound, b.roundTrip, b.dealIds());
}

bool chainRanksBefore(CircularFlow::Bound aBound, const std::optional<Money> &aAmount, const QStringList &aDeals,
    CircularFlow::Bound bBound, const std::optional<Money> &bAmount, const QStringList &bDeals)
{
    if (aBound != bBound)
        return aBound < bBound;
    if (aAmount && bAmount && *aAmount != *bAmount)
        return *aAmount > *bAmount;
    if (aDeals.size() != bDeals.size())
        return aDeals.size() < bDeals.size();
    for (qsizetype i = 0; i < aDeals.size(); ++i) {
        if (aDeals[i] != bDeals[i])
            return naturalIdLess(aDeals[i], bDeals[i]);
    }
    return false;
}
