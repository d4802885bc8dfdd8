#pragma once

#include "model/Entities.h"

#include <QMap>

// Sums of deal amounts with their certainty kept apart: committed and reported amounts are "firm",
// "up to" ceilings and estimates are summed separately, and undisclosed deals are only counted.
// Adding a firm sum to a ceiling would overstate what is known, so no field mixes them.
struct AmountTotals
{
    int deals = 0;
    Money firm;
    Money upTo;
    Money estimated;
    int undisclosed = 0;

    void add(const Deal &deal);
    void add(const AmountTotals &other);
    // Firm + up-to + estimated: only for display next to the separate parts, never alone.
    Money disclosed() const { return firm + upTo + estimated; }
    bool isEmpty() const { return deals == 0; }
};

// AmountTotals of a list of deals, by deal kind and for all of them, with the period they span.
// Each dollar counts once: a deal that another deal of the list supersedes or contains is left
// out of the sums (model/DealRelations.h) and only counted in leftOut.
struct KindTotals
{
    QMap<DealKind, AmountTotals> byKind; // only the kinds present, in the kinds' order
    AmountTotals all;
    int leftOut = 0; // deals superseded by or contained in another deal of the list
    std::optional<QDate> first; // start of the earliest deal's period
    std::optional<QDate> last; // start of the latest deal's period

    static KindTotals of(const QList<Deal> &deals);
    static KindTotals of(const QList<const Deal *> &deals);
};

// The certainty class of a deal's amount: committed and reported count as firm.
enum class Certainty { Firm, UpTo, Estimated, Undisclosed };
Certainty certaintyOf(const Deal &deal);
QString certaintyKey(Certainty certainty); // "firm", "up_to", "estimated", "undisclosed"

// Money graph conventions shared by the analyses.
namespace MoneyFlow {
// True when the deal moves money from deal.from to deal.to between two different companies: not
// a sale whose seller is paid from outside the graph (DealKinds::Money::ToSeller).
bool movesMoney(const Deal &deal);
bool isInvestment(const Deal &deal); // DealKinds::Role::Investment (equity, loan)
bool isPurchase(const Deal &deal); // DealKinds::Role::Purchase (compute, chips)
} // namespace MoneyFlow
