#pragma once

#include "format/Formatter.h"
#include "model/DealRelations.h"
#include "model/Sources.h"

#include <QCoreApplication>

class Document;

// Rich-text tooltips with every fact of a valuation or deal and its sources: each source with its
// publisher and tier (never a placeholder title), and a ⚠ marker with every source's claim when
// the sources disagree about the figure.
class TimelineTooltip
{
    Q_DECLARE_TR_FUNCTIONS(TimelineTooltip)
public:
    static QString forValuation(const Document &document, const QString &id, const Formatter &format);
    // status: whether another deal on the timeline already counts this one's money.
    static QString forDeal(
        const Document &document, const QString &id, const Formatter &format, const DealRelations::Status &status = {});
    static QString sourceHost(const QString &url); // "cirrkus.com"
    // The ⚠ marker and the claims, as HTML; empty when the sources agree.
    static QString disagreement(const std::optional<Money> &chosen, const QList<Source> &sources,
        const Sources::TierTable &tiers, const Formatter &format);
    // The distinct publishers of the sources, for a footer: best tier first, and unrated sources
    // (aggregators, blogs) only when no rated source is among them.
    static QStringList publishers(const QList<Source> &sources, const Sources::TierTable &tiers);
};
