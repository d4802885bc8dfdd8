#pragma once

#include "BenchGraph.h"

#include "document/DocumentData.h"

#include <random>

// The bench graph as a document: companies of every kind (by sector), deals of random kinds,
// amounts (one in five undisclosed) and amount kinds, dated over 2020-2025.
inline DocumentData benchDocument(const BenchGraph &g)
{
    DocumentData data;
    std::mt19937 rng(7);
    const auto &companyKinds = enumValues<CompanyKind>();
    const auto &dealKinds = enumValues<DealKind>();
    for (int i = 0; i < g.n; ++i) {
        Company c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = QStringLiteral("Co%1").arg(i, 6, 10, QLatin1Char('0'));
        c.kind = companyKinds[g.sector[i] % companyKinds.size()];
        data.companies << c;
    }
    for (size_t k = 0; k < g.edges.size(); ++k) {
        Deal d;
        d.id = QStringLiteral("D%1").arg(k);
        d.date = FuzzyDate(QDate(2020, 1, 1).addDays(qint64(k % 2000)), DatePrecision::Day);
        d.from = data.companies[g.edges[k].first].id;
        d.to = data.companies[g.edges[k].second].id;
        d.kind = dealKinds[rng() % dealKinds.size()];
        if (rng() % 5)
            d.amount = Money::fromUsd(qint64(rng() % 50000) * 1000000LL);
        d.amountKind = AmountKind(rng() % 4);
        data.deals << d;
    }
    return data;
}

