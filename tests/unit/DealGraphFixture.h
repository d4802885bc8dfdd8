#pragma once

#include "graph/DealGraph.h"

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
        for (const QString &name : ends) {
            Company c;
            c.id = c.name = name;
            graph.addCompany(c); // fails harmlessly when it exists
        }
        Deal d;
        d.id = f[0];
        d.from = ends[0];
        d.to = ends[1];
        d.kind = *enumFromKey<DealKind>(f[2]);
        if (f[3] != u"-")
            d.amount = Money::fromBillionsString(f[3]);
        d.amountKind = *enumFromKey<AmountKind>(f[4]);
        const QDate date = f.size() > 5 ? QDate::fromString(f[5], Qt::ISODate) : QDate(2025, 1, 1);
        d.date = FuzzyDate(date, DatePrecision::Day);
        const bool added = graph.addDeal(d);
        Q_ASSERT(added);
        Q_UNUSED(added);
    }
    return graph;
}
