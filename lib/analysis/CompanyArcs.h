#pragma once

#include "model/Entities.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <map>

class FilteredDealGraph;

// The companies of a filtered network that money moves between, numbered, and the deals from each
// to each (ordered pairs; deals in id order, so results are stable). A deal is an arc when it
// moves money (MoneyFlow::movesMoney: no self-loops, no sales paid by outside buyers) and, when a
// test is given, passes it. Circular flows and money paths search over these arcs.
struct CompanyArcs
{
    QStringList companyIds; // by number
    QHash<QString, int> indexOf; // company id -> number
    std::map<std::pair<int, int>, QList<const Deal *>> dealsOfPair;

    static CompanyArcs of(const FilteredDealGraph &graph, const std::function<bool(const Deal &)> &accept = {});
};
