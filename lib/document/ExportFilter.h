#pragma once

#include "document/DocumentData.h"

#include <QDate>

// The part of a document an export or analysis covers: deals in a date range that involve some
// companies; the companies those deals touch (or the named ones); their valuations in the range.
struct ExportFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    QStringList companyNames; // empty: all companies

    // Names not found in the data (case-insensitive), for an error message.
    QStringList unknownNames(const DocumentData &data) const;
    DocumentData apply(const DocumentData &data) const;
};
