#pragma once

#include "layout/LayoutGraph.h"
#include "model/Enums.h"

#include <QHash>
#include <QStringList>

class DealGraph;

// A deal graph as layout input: one node per company (in the graph's vertex order), one edge per
// deal. Saved positions become pins when asked for.
struct DealLayoutInput
{
    LayoutGraph graph;
    QStringList companyIds;
    std::vector<CompanyKind> kinds;

    enum class Pins { None, SavedPositions };
    static DealLayoutInput from(const DealGraph &dealGraph, Pins pins);
    // Node index by company id.
    QHash<QString, int> indexById() const;
};
