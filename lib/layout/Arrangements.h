#pragma once

#include "layout/LayoutGraph.h"
#include "model/Enums.h"

// Fixed arrangements as alternatives to the force layout. Both order the nodes within a group by
// the mean position of their neighbours (a few barycentre sweeps) so that fewer deals cross.
namespace Arrangements {
// One circle, companies grouped by kind in the order of CompanyKind, a gap between groups.
std::vector<QPointF> circleByKind(const LayoutGraph &graph, const std::vector<CompanyKind> &kinds, double spacing);
// Three rows: investors and conglomerates (and others) → AI labs → cloud and chip providers.
std::vector<QPointF> layers(const LayoutGraph &graph, const std::vector<CompanyKind> &kinds, double spacing);
// The layer of a company kind in layers(): 0, 1 or 2.
int layerOf(CompanyKind kind);
} // namespace Arrangements
