#pragma once

#include "format/Formatter.h"

#include <QCoreApplication>

class Document;

// Rich-text tooltips with every fact of a valuation or deal and its sources.
class TimelineTooltip
{
    Q_DECLARE_TR_FUNCTIONS(TimelineTooltip)
public:
    static QString forValuation(const Document &document, const QString &id, const Formatter &format);
    static QString forDeal(const Document &document, const QString &id, const Formatter &format);
    static QString sourceHost(const QString &url); // "cirrkus.com"
};
