#include "analysis/AmountTotals.h"

#include "model/DealKinds.h"
#include "model/DealRelations.h"

void AmountTotals::add(const Deal &deal)
{
    ++deals;
    switch (certaintyOf(deal)) {
    case Certainty::Firm: firm += *deal.amount; break;
    case Certainty::UpTo: upTo += *deal.amount; break;
    case Certainty::Estimated: estimated += *deal.amount; break;
    case Certainty::Undisclosed: ++undisclosed; break;
    }
}

void AmountTotals::add(const AmountTotals &other)
{
    deals += other.deals;
    firm += other.firm;
    upTo += other.upTo;
    estimated += other.estimated;
    undisclosed += other.undisclosed;
}

namespace {
template<typename Deals, typename Get> KindTotals totalsOf(const Deals &deals, Get get)
{
    KindTotals totals;
    const auto uncounted = DealRelations::uncounted(deals);
    for (const auto &item : deals) {
        const Deal &d = get(item);
        if (uncounted.contains(d.id)) {
            ++totals.leftOut;
            continue;
        }
        totals.byKind[d.kind].add(d);
        totals.all.add(d);
        const QDate start = d.date.periodStart();
        if (!totals.first || start < *totals.first)
            totals.first = start;
        if (!totals.last || start > *totals.last)
            totals.last = start;
    }
    return totals;
}
} // namespace

KindTotals KindTotals::of(const QList<Deal> &deals)
{
    return totalsOf(deals, [](const Deal &d) -> const Deal & { return d; });
}

KindTotals KindTotals::of(const QList<const Deal *> &deals)
{
    return totalsOf(deals, [](const Deal *d) -> const Deal & { return *d; });
}

Certainty certaintyOf(const Deal &deal)
{
    if (!deal.amount)
        return Certainty::Undisclosed;
    switch (deal.amountKind) {
    case AmountKind::Committed:
    case AmountKind::Reported: return Certainty::Firm;
    case AmountKind::UpTo: return Certainty::UpTo;
    case AmountKind::Estimated: return Certainty::Estimated;
    }
    return Certainty::Undisclosed;
}

QString certaintyKey(Certainty certainty)
{
    switch (certainty) {
    case Certainty::Firm: return QStringLiteral("firm");
    case Certainty::UpTo: return QStringLiteral("up_to");
    case Certainty::Estimated: return QStringLiteral("estimated");
    case Certainty::Undisclosed: return QStringLiteral("undisclosed");
    }
    return {};
}

namespace MoneyFlow {
bool movesMoney(const Deal &deal)
{
    return DealKinds::of(deal.kind).money == DealKinds::Money::PayerToReceiver && deal.from != deal.to;
}

bool isInvestment(const Deal &deal)
{
    return DealKinds::of(deal.kind).role == DealKinds::Role::Investment;
}

bool isPurchase(const Deal &deal)
{
    return DealKinds::of(deal.kind).role == DealKinds::Role::Purchase;
}
} // namespace MoneyFlow
