#pragma once

#include "analysis/AmountTotals.h"

#include <QMap>

#include <functional>

class FilteredDealGraph;

// Money into and out of one company over the deals of a (date-filtered) graph, by deal kind.
// Divestment proceeds count as money in for the seller (paid by buyers outside the graph); the
// company whose shares were sold neither pays nor receives. Self-loops are ignored.
struct CompanyFlow
{
    QString companyId;
    QMap<DealKind, AmountTotals> inByKind;
    QMap<DealKind, AmountTotals> outByKind;
    AmountTotals in;
    AmountTotals out;

    // Net (in - out) per certainty class; the classes are not added together.
    Money netFirm() const { return in.firm - out.firm; }
    Money netUpTo() const { return in.upTo - out.upTo; }
    Money netEstimated() const { return in.estimated - out.estimated; }
};

namespace CompanyFlows {
// One entry per company of the view that takes part in at least one counted deal, in the order of
// the graph's vertices.
QList<CompanyFlow> compute(const FilteredDealGraph &graph);
// Every counted deal of the graph with the company that pays and the one paid: a deal between two
// different companies whose money is not counted by another deal shown. The payer is empty when
// buyers outside the graph pay (a divestment: the seller is paid, the sold company pays nothing).
// The one rule of who pays whom, for the flows above and the flow diagram.
using MoveFunction = std::function<void(const Deal &deal, const QString &payer, const QString &receiver)>;
void forEachMove(const FilteredDealGraph &graph, const MoveFunction &move);
} // namespace CompanyFlows
