#pragma once

#include "graph/DealGraph.h"
#include "support/Builders.h"

#include <QStringList>

// Builds a deal graph from compact lines "ID FROM>TO KIND AMOUNT_BN AMOUNT_KIND [YYYY-MM-DD]",
// e.g. "D1 A>B equity 10 committed" or "D2 B>A chips - reported" (undisclosed). Companies are
// created from the names used (id = name).
inline DealGraph dealGraphFrom(const QStringList &lines)
{
    DealGraph graph;
    for (const QString &line : lines) {
        const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
        Q_ASSERT(f.size() >= 5);
        const QStringList ends = f[1].split(u'>');
        for (const QString &name : ends)
            graph.addCompany(CompanyBuilder(name)); // fails harmlessly when it exists
        const QDate date = f.size() > 5 ? QDate::fromString(f[5], Qt::ISODate) : QDate(2025, 1, 1);
        const Deal d = DealBuilder(f[0], ends[0], ends[1])
                           .kind(*enumFromKey<DealKind>(f[2]))
                           .amount(f[3] != u"-" ? std::optional(Money::fromBillionsString(f[3])) : std::nullopt)
                           .amountKind(*enumFromKey<AmountKind>(f[4]))
                           .on(date);
        const bool added = graph.addDeal(d);
        Q_ASSERT(added);
        Q_UNUSED(added);
    }
    return graph;
}
