#include "analysis/AnalysisJson.h"

#include "graph/DealGraph.h"

#include <cmath>

AnalysisJsonWriter::AnalysisJsonWriter(const DealGraph &graph, const QSet<QString> &onlyCompanies)
    : m_graph(graph)
    , m_only(onlyCompanies)
{
}

QJsonValue AnalysisJsonWriter::usd(const std::optional<Money> &amount)
{
    return amount ? QJsonValue(amount->toUsdString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue AnalysisJsonWriter::number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue AnalysisJsonWriter::date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject AnalysisJsonWriter::totals(const AmountTotals &t)
{
    return QJsonObject {{QStringLiteral("deals"), t.deals}, {QStringLiteral("firm_usd"), t.firm.toUsdString()},
        {QStringLiteral("up_to_usd"), t.upTo.toUsdString()},
        {QStringLiteral("estimated_usd"), t.estimated.toUsdString()},
        {QStringLiteral("undisclosed_deals"), t.undisclosed}};
}

QJsonObject AnalysisJsonWriter::byKind(const QMap<DealKind, AmountTotals> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(enumKey(it.key()), totals(it.value()));
    return o;
}

bool AnalysisJsonWriter::wanted(const QString &id) const
{
    return m_only.isEmpty() || m_only.contains(id);
}

bool AnalysisJsonWriter::wantedAny(const QStringList &ids) const
{
    return m_only.isEmpty()
        || std::any_of(ids.begin(), ids.end(), [this](const QString &id) { return m_only.contains(id); });
}

QString AnalysisJsonWriter::name(const QString &id) const
{
    const Company *c = m_graph.company(id);
    return c ? c->name : id;
}

QJsonArray AnalysisJsonWriter::names(const QStringList &ids) const
{
    QJsonArray a;
    for (const QString &id : ids)
        a << name(id);
    return a;
}

void AnalysisJsonWriter::company(QJsonObject &o, const QString &id, const QString &prefix) const
{
    o.insert(prefix + QStringLiteral("_id"), id);
    o.insert(prefix + QStringLiteral("_name"), name(id));
}

QJsonObject AnalysisJsonWriter::deal(const Deal &d) const
{
    QJsonObject o {{QStringLiteral("id"), d.id}, {QStringLiteral("date"), d.date.periodStart().toString(Qt::ISODate)},
        {QStringLiteral("date_precision"), enumKey(d.date.precision())}, {QStringLiteral("kind"), enumKey(d.kind)},
        {QStringLiteral("amount_usd"), usd(d.amount)}, {QStringLiteral("amount_kind"), enumKey(d.amountKind)},
        {QStringLiteral("certainty"), certaintyKey(certaintyOf(d))}};
    company(o, d.from, QStringLiteral("from"));
    company(o, d.to, QStringLiteral("to"));
    return o;
}

QJsonObject AnalysisJsonWriter::valuation(const Valuation &v) const
{
    QJsonObject o {{QStringLiteral("id"), v.id}, {QStringLiteral("date"), v.date.periodStart().toString(Qt::ISODate)},
        {QStringLiteral("date_precision"), enumKey(v.date.precision())}, {QStringLiteral("kind"), enumKey(v.kind)},
        {QStringLiteral("value_usd"), v.value.toUsdString()}};
    company(o, v.company);
    return o;
}

QJsonObject AnalysisJsonWriter::changes(const NetworkChanges &c) const
{
    QJsonArray deals;
    for (const QString &id : c.newDeals) {
        if (const Deal *d = m_graph.deal(id))
            deals << deal(*d);
    }
    QJsonArray companies;
    for (const QString &id : c.newCompanies) {
        QJsonObject o;
        company(o, id, QStringLiteral("company"));
        companies << o;
    }
    QJsonArray valuations;
    for (const Valuation &v : c.newValuations)
        valuations << valuation(v);
    QJsonArray changed;
    for (const NetworkChanges::ValuationChange &v : c.valuationChanges) {
        QJsonObject o;
        company(o, v.companyId);
        o.insert(QStringLiteral("then"), valuation(v.then));
        o.insert(QStringLiteral("now"), valuation(v.now));
        o.insert(QStringLiteral("factor"), std::round(v.factor * 100) / 100);
        changed << o;
    }
    auto state = [](const KindTotals &t) {
        return QJsonObject {{QStringLiteral("all"), totals(t.all)}, {QStringLiteral("by_kind"), byKind(t.byKind)},
            {QStringLiteral("left_out_deals"), t.leftOut}};
    };
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("capflow-changes")},
        {QStringLiteral("version"), 1}, {QStringLiteral("from"), c.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), c.to.toString(Qt::ISODate)}, {QStringLiteral("deals_then"), int(c.dealsThen.size())},
        {QStringLiteral("deals_now"), int(c.dealsThen.size() + c.newDeals.size())},
        {QStringLiteral("new_deals"), deals}, {QStringLiteral("new_companies"), companies},
        {QStringLiteral("new_valuations"), valuations}, {QStringLiteral("valuation_changes"), changed},
        {QStringLiteral("totals_then"), state(c.totalsThen)}, {QStringLiteral("totals_now"), state(c.totalsNow)}};
}

QJsonValue AnalysisJsonWriter::flows(const CapitalFlowAnalysis &analysis) const
{
    QJsonArray a;
    for (const CompanyFlow &f : analysis.flows) {
        if (!wanted(f.companyId))
            continue;
        QJsonObject o;
        company(o, f.companyId);
        o.insert(QStringLiteral("in"), totals(f.in));
        o.insert(QStringLiteral("in_by_kind"), byKind(f.inByKind));
        o.insert(QStringLiteral("out"), totals(f.out));
        o.insert(QStringLiteral("out_by_kind"), byKind(f.outByKind));
        o.insert(QStringLiteral("net"),
            QJsonObject {{QStringLiteral("firm_usd"), f.netFirm().toUsdString()},
                {QStringLiteral("up_to_usd"), f.netUpTo().toUsdString()},
                {QStringLiteral("estimated_usd"), f.netEstimated().toUsdString()}});
        a << o;
    }
    return a;
}

QJsonObject AnalysisJsonWriter::paths(const PathSearchResult &r, const QString &fromId, const QString &toId) const
{
    QJsonArray items;
    int rank = 0;
    for (const MoneyPath &p : r.paths) {
        QJsonArray legs;
        for (const Deal &d : p.legs)
            legs << deal(d);
        QStringList pathNames;
        for (const QString &id : p.companyIds)
            pathNames << name(id);
        items << QJsonObject {{QStringLiteral("rank"), ++rank}, {QStringLiteral("length"), p.length()},
            {QStringLiteral("path"), pathNames.join(QStringLiteral(" -> "))},
            {QStringLiteral("company_ids"), QJsonArray::fromStringList(p.companyIds)},
            {QStringLiteral("company_names"), names(p.companyIds)},
            {QStringLiteral("deal_ids"), QJsonArray::fromStringList(p.dealIds())}, {QStringLiteral("deals"), legs},
            {QStringLiteral("amount_usd"), usd(p.amount)},
            {QStringLiteral("amount_bound"), CircularFlow::boundKey(p.bound)},
            {QStringLiteral("undisclosed_legs"), p.undisclosedLegs},
            {QStringLiteral("first_date"), date(p.firstDate)}, {QStringLiteral("last_date"), date(p.lastDate)}};
    }
    QJsonArray kinds;
    for (DealKind k : enumValues<DealKind>()) {
        if (r.options.kinds.contains(k))
            kinds << enumKey(k);
    }
    QJsonObject o;
    company(o, fromId, QStringLiteral("from"));
    company(o, toId, QStringLiteral("to"));
    o.insert(QStringLiteral("max_length"), r.options.maxLength);
    o.insert(QStringLiteral("kinds"), kinds);
    o.insert(QStringLiteral("work_budget"), double(r.options.workBudget));
    o.insert(QStringLiteral("steps_taken"), double(r.stepsTaken));
    o.insert(QStringLiteral("truncated"), r.truncated);
    o.insert(QStringLiteral("count"), items.size());
    o.insert(QStringLiteral("items"), items);
    return o;
}

QJsonValue AnalysisJsonWriter::cycles(const CapitalFlowAnalysis &analysis) const
{
    const CycleSearchResult &r = analysis.cycles;
    QJsonArray items;
    int rank = 0;
    for (const CircularFlow &c : r.cycles) {
        ++rank;
        if (!wantedAny(c.companyIds))
            continue;
        QJsonArray legs;
        for (const Deal &d : c.legs)
            legs << deal(d);
        QStringList path = c.companyIds;
        path << c.companyIds.constFirst();
        QStringList pathNames;
        for (const QString &id : path)
            pathNames << name(id);
        items << QJsonObject {{QStringLiteral("rank"), rank}, {QStringLiteral("length"), c.length()},
            {QStringLiteral("path"), pathNames.join(QStringLiteral(" -> "))},
            {QStringLiteral("company_ids"), QJsonArray::fromStringList(c.companyIds)},
            {QStringLiteral("company_names"), names(c.companyIds)},
            {QStringLiteral("deal_ids"), QJsonArray::fromStringList(c.dealIds())}, {QStringLiteral("deals"), legs},
            {QStringLiteral("round_trip_usd"), usd(c.roundTrip)},
            {QStringLiteral("round_trip_bound"), CircularFlow::boundKey(c.bound)},
            {QStringLiteral("undisclosed_legs"), c.undisclosedLegs}, {QStringLiteral("all_legs_firm"), c.allLegsFirm},
            {QStringLiteral("vendor_financing"), c.vendorFinancing}, {QStringLiteral("first_date"), date(c.firstDate)},
            {QStringLiteral("last_date"), date(c.lastDate)}, {QStringLiteral("in_time_order"), c.inTimeOrder},
            {QStringLiteral("time_order_first_deal"),
                c.timeOrderStart >= 0 ? QJsonValue(c.legs.at(c.timeOrderStart).id) : QJsonValue()},
            {QStringLiteral("purchase_before_investment"), c.purchaseBeforeInvestment}};
    }
    return QJsonObject {{QStringLiteral("max_length"), r.options.maxLength},
        {QStringLiteral("work_budget"), double(r.options.workBudget)},
        {QStringLiteral("circuits_examined"), double(r.circuitsExamined)},
        {QStringLiteral("strongly_connected_components"), r.stronglyConnectedComponents},
        {QStringLiteral("truncated"), r.truncated}, {QStringLiteral("count"), items.size()},
        {QStringLiteral("time_window_months"), r.options.timeWindowMonths},
        {QStringLiteral("count_only_in_time_order"), r.options.countOnlyInTimeOrder},
        {QStringLiteral("count_in_time_order"), r.inTimeOrder},
        {QStringLiteral("items"), items}};
}

QJsonValue AnalysisJsonWriter::vendorFinancing(const CapitalFlowAnalysis &analysis) const
{
    QJsonArray a;
    for (const VendorFinancing &v : analysis.vendorFinancing) {
        if (!wanted(v.companyId))
            continue;
        QJsonObject o;
        company(o, v.companyId);
        o.insert(QStringLiteral("investor_ids"), QJsonArray::fromStringList(v.investorIds));
        o.insert(QStringLiteral("investor_names"), names(v.investorIds));
        o.insert(QStringLiteral("investment_deal_ids"), QJsonArray::fromStringList(v.investmentDeals));
        o.insert(QStringLiteral("purchase_deal_ids"), QJsonArray::fromStringList(v.purchaseDeals));
        o.insert(QStringLiteral("received"), totals(v.received));
        o.insert(QStringLiteral("committed_back"), totals(v.committedBack));
        o.insert(QStringLiteral("ratio_firm"), number(v.ratioFirm()));
        o.insert(QStringLiteral("ratio_disclosed"), number(v.ratioDisclosed()));
        a << o;
    }
    return a;
}

QJsonValue AnalysisJsonWriter::importance(const CapitalFlowAnalysis &analysis) const
{
    QJsonArray a;
    for (const Importance &i : analysis.importance) {
        if (!wanted(i.companyId))
            continue;
        QJsonObject o;
        company(o, i.companyId);
        o.insert(QStringLiteral("in_deals"), i.inDeals);
        o.insert(QStringLiteral("out_deals"), i.outDeals);
        o.insert(QStringLiteral("weighted_in"), totals(i.in));
        o.insert(QStringLiteral("weighted_out"), totals(i.out));
        o.insert(QStringLiteral("betweenness"), i.betweenness);
        o.insert(QStringLiteral("betweenness_normalized"), i.betweennessNormalized);
        o.insert(QStringLiteral("largest_source_id"),
            i.largestSourceId.isEmpty() ? QJsonValue() : QJsonValue(i.largestSourceId));
        o.insert(QStringLiteral("largest_source_name"),
            i.largestSourceId.isEmpty() ? QJsonValue() : QJsonValue(name(i.largestSourceId)));
        o.insert(QStringLiteral("largest_source_firm_usd"), i.largestSourceFirm.toUsdString());
        o.insert(QStringLiteral("concentration_firm"), number(i.concentration));
        a << o;
    }
    return a;
}

QJsonValue AnalysisJsonWriter::whatIf(const CapitalFlowAnalysis &analysis) const
{
    QJsonArray a;
    for (const CompanyFlow &f : analysis.flows) {
        if (!wanted(f.companyId))
            continue;
        const WhatIfResult r = CapitalFlowAnalysis::whatIf(m_graph, analysis.options, f.companyId);
        if (r.losses.isEmpty())
            continue;
        QJsonArray losses;
        for (const WhatIfLoss &l : r.losses) {
            QJsonObject o {{QStringLiteral("step"), l.step}, {QStringLiteral("deal_id"), l.deal.id}};
            company(o, l.loserId, QStringLiteral("loser"));
            o.insert(QStringLiteral("kind"), enumKey(l.deal.kind));
            o.insert(QStringLiteral("amount_usd"), usd(l.deal.amount));
            o.insert(QStringLiteral("amount_kind"), enumKey(l.deal.amountKind));
            losses << o;
        }
        QJsonObject o;
        company(o, r.companyId, QStringLiteral("removed"));
        o.insert(QStringLiteral("direct_partner_ids"), QJsonArray::fromStringList(r.directPartners));
        o.insert(QStringLiteral("direct"), totals(r.direct));
        o.insert(QStringLiteral("one_step_further"), totals(r.oneStepFurther));
        o.insert(QStringLiteral("losses"), losses);
        a << o;
    }
    return a;
}

QJsonObject AnalysisJsonWriter::header(const CapitalFlowAnalysis &analysis) const
{
    QStringList only = m_only.values();
    std::sort(only.begin(), only.end());
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("capflow-analysis")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("from"), date(analysis.options.deals.from)},
        {QStringLiteral("to"), date(analysis.options.deals.to)},
        {QStringLiteral("company_ids"), QJsonArray::fromStringList(only)},
        {QStringLiteral("conventions"),
            QStringLiteral("Amounts are exact whole USD as decimal strings. firm = committed or reported; up_to and "
                           "estimated are kept apart; undisclosed deals are counted. Divestments are not money "
                           "between their two companies and are left out of cycles, vendor financing, importance "
                           "and what-if; in flows they count as money in for the seller.")},
    };
}
