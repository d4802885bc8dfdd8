#pragma once

#include "analysis/AmountTotals.h"

class FilteredDealGraph;

// What partners lose if a company fails. Step 1 (direct): every deal that moves money to or from
// the company; the loser is the partner (it loses the income, or the stake it paid for). Step 2
// (one step further): every payment a direct partner has committed to a third company, which may
// not be made once the partner has lost its money; the loser is that third company.
struct WhatIfLoss
{
    int step = 1;
    QString loserId;
    Deal deal;
};

struct WhatIfResult
{
    QString companyId;
    QList<WhatIfLoss> losses; // step 1 first, then by loser and deal id
    AmountTotals direct;
    AmountTotals oneStepFurther;
    QStringList directPartners; // sorted
};

namespace WhatIf {
WhatIfResult removeCompany(const FilteredDealGraph &graph, const QString &companyId);
} // namespace WhatIf
