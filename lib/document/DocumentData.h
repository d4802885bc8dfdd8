#pragma once

#include "model/Entities.h"

// The plain contents of a document, as read from or written to a file.
struct DocumentData
{
    QString title;
    QList<Company> companies;
    QList<Deal> deals;
    QList<Valuation> valuations;
    QList<CompanyAlias> aliases; // the document's own names for companies, used when importing
    QList<SourceTierRule> sourceTiers; // the document's ratings of publisher domains
    FuzzyDate dataThrough; // how far the data reaches ("June 2026"); invalid when not said
};
