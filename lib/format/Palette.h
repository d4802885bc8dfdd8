#pragma once

#include "model/Enums.h"

#include <QColor>

// The colours of company kinds and deal kinds, shared by every view, export and legend so that
// the network, the timeline and printed reports agree. Based on the Okabe–Ito palette, which
// stays distinguishable for colour-blind readers and in greyscale print.
namespace Palette {
QColor companyKind(CompanyKind kind);
QColor dealKind(DealKind kind);
} // namespace Palette
