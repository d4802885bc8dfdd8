#pragma once

#include "analysis/AmountTotals.h"

class FilteredDealGraph;

// How much of the money a company received from its investors it committed back to those same
// investors as purchases: investments are equity and loans, purchases compute and chips. Ratios
// are given twice, never mixing certainties silently: firm amounts only, and all disclosed amounts
// (firm + up to + estimated). Timing is not considered: a purchase before the investment counts.
struct VendorFinancing
{
    QString companyId;
    QStringList investorIds; // who invested in the company, sorted
    QStringList investmentDeals; // deal ids
    QStringList purchaseDeals; // deal ids: purchases from those investors
    AmountTotals received;
    AmountTotals committedBack;

    std::optional<double> ratioFirm() const; // committedBack.firm / received.firm
    std::optional<double> ratioDisclosed() const; // committedBack.disclosed() / received.disclosed()
};

namespace VendorFinancingAnalysis {
// Every company that received at least one investment; those with purchases back first, then by
// the firm amount committed back.
QList<VendorFinancing> compute(const FilteredDealGraph &graph);
} // namespace VendorFinancingAnalysis
