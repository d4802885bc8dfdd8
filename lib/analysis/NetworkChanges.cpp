#include "analysis/NetworkChanges.h"

#include "document/Document.h"
#include "graph/DealGraph.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

DealFilter NetworkChanges::asOf(QDate date, const DealFilter &base)
{
    DealFilter filter = base;
    filter.to = base.to ? std::min(*base.to, date) : date;
    return filter;
}

namespace {
// The latest valuation of each company known by `date` (period start on or before it).
QHash<QString, const Valuation *> latestAsOf(const QList<Valuation> &valuations, const DealFilter &filter)
{
    QHash<QString, const Valuation *> latest;
    for (const Valuation &v : valuations) {
        if (!filter.acceptsDate(v.date))
            continue;
        const Valuation *&known = latest[v.company];
        if (!known || known->date < v.date || (!(v.date < known->date) && known->id < v.id))
            known = &v;
    }
    return latest;
}
} // namespace

NetworkChanges NetworkChanges::compare(
    const DealGraph &graph, const QList<Valuation> &valuations, QDate from, QDate to, const DealFilter &base)
{
    Q_ASSERT(from <= to);
    NetworkChanges result;
    result.from = from;
    result.to = to;
    const DealFilter then = asOf(from, base);
    const DealFilter now = asOf(to, base);
    QList<const Deal *> dealsThen;
    QList<const Deal *> dealsNow;
    QSet<QString> companiesThen;
    QSet<QString> companiesNow;
    QList<const Deal *> added;
    for (const Deal *d : graph.deals()) {
        if (!now.acceptsDeal(*d, graph))
            continue;
        dealsNow << d;
        companiesNow << d->from << d->to;
        if (then.acceptsDeal(*d, graph)) {
            dealsThen << d;
            companiesThen << d->from << d->to;
        } else {
            added << d;
        }
    }
    std::sort(added.begin(), added.end(), [](const Deal *a, const Deal *b) {
        return a->date < b->date || (!(b->date < a->date) && a->id < b->id);
    });
    for (const Deal *d : std::as_const(added))
        result.newDeals << d->id;
    for (const Deal *d : std::as_const(dealsThen))
        result.dealsThen << d->id;
    result.dealsThen.sort();
    result.totalsThen = KindTotals::of(dealsThen);
    result.totalsNow = KindTotals::of(dealsNow);

    QList<const Company *> newCompanies;
    for (const QString &id : std::as_const(companiesNow)) {
        if (!companiesThen.contains(id))
            if (const Company *c = graph.company(id))
                newCompanies << c;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(newCompanies.begin(), newCompanies.end(),
        [&collator](const Company *a, const Company *b) { return collator.compare(a->name, b->name) < 0; });
    for (const Company *c : std::as_const(newCompanies))
        result.newCompanies << c->id;

    // Valuations of the companies the filter covers.
    auto covered = [&base, &graph](const QString &companyId) {
        if (!base.companies.isEmpty() && !base.companies.contains(companyId))
            return false;
        const Company *c = graph.company(companyId);
        return c && base.acceptsCompany(*c);
    };
    for (const Valuation &v : valuations) {
        if (covered(v.company) && now.acceptsDate(v.date) && !then.acceptsDate(v.date))
            result.newValuations << v;
    }
    std::sort(result.newValuations.begin(), result.newValuations.end(), [](const Valuation &a, const Valuation &b) {
        return a.date < b.date || (!(b.date < a.date) && a.id < b.id);
    });
    const auto latestThen = latestAsOf(valuations, then);
    const auto latestNow = latestAsOf(valuations, now);
    for (auto it = latestNow.cbegin(); it != latestNow.cend(); ++it) {
        const Valuation *before = latestThen.value(it.key());
        if (!before || before->id == (*it)->id || !covered(it.key()) || before->value.usd() <= 0)
            continue;
        result.valuationChanges << ValuationChange {
            it.key(), *before, **it, double((*it)->value.usd()) / double(before->value.usd())};
    }
    std::sort(result.valuationChanges.begin(), result.valuationChanges.end(),
        [](const ValuationChange &a, const ValuationChange &b) {
            return a.factor > b.factor || (a.factor == b.factor && a.companyId < b.companyId);
        });
    return result;
}

NetworkChanges NetworkChanges::compare(const Document &document, QDate from, QDate to, const DealFilter &base)
{
    return compare(document.graph(), document.valuations(), from, to, base);
}
