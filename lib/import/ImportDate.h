#pragma once

#include "import/ImportAmount.h"
#include "model/FuzzyDate.h"

#include <optional>

// Dates as exports and people write them, with the precision the text implies:
//   day:     2025-11-18, 2025/11/18, 2025-11-18T09:30:00Z, 18.11.2025, 18.11.25, Nov 18, 2025,
//            18 November 2025, 18. November 2025, 11/18/2025 (or 18/11/2025, see below)
//   month:   2025-11, 11.2025, 11/2025, November 2025, Nov. 2025, Nov 2025
//   quarter: Q4 2025, 2025 Q4, Q4/2025, 4Q2025, 4. Quartal 2025
//   year:    2025
// Month names in English and German. In "A/B/YYYY" the month comes first in the English style,
// the day first in the German one, unless a part above 12 decides.
namespace ImportDate {

std::optional<FuzzyDate> parse(const QString &text, ImportAmount::Style style = ImportAmount::Style::Point);

} // namespace ImportDate
