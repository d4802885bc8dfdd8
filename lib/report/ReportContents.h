#pragma once

#include "document/DocumentData.h"
#include "format/Formatter.h"
#include "report/ReportTable.h"

#include <QCoreApplication>

// The data parts of a printed report: the tables of the deals and valuations shown, the figures
// their sources disagree about, and the numbered list of the sources they refer to. Sources are
// numbered in the order the deal table, then the valuation table, first cites them; one article
// cited several times (same URL, ignoring http/https, "www." and a trailing slash) gets one number.
// Each source is listed with its publisher, its tier and what figure it reports itself; a
// placeholder title (model/Sources.h) is never printed as the page's headline.
struct ReportSource
{
    int number = 0;
    QString title; // the page's headline; empty when it has none (placeholders are not headlines)
    QString url;
    QString publisher; // "Financial Times", or the domain
    SourceTier tier = SourceTier::Unrated;
    QStringList claims; // what the page reports itself: "reports $900bn (May 12, 2026)"
    // The lines the report prints: the headline, or "pjfp.com, untitled page"; then the publisher,
    // tier and claims ("Financial Times · news outlet · reports $900bn").
    QString heading;
    QString details;
};

// A deal or valuation whose sources report different figures: the figure chosen and each
// source's claim, best-rated sources first.
struct ReportDisagreement
{
    struct Claim
    {
        QString publisher;
        SourceTier tier = SourceTier::Unrated;
        QString amount; // "$900bn"
        int sourceNumber = 0; // in the report's list of sources
    };
    QString dealId; // one of dealId and valuationId is set
    QString valuationId;
    QString subject; // "Anthropic valuation, May 2026"; "Nvidia → OpenAI, Equity, September 2025"
    QString chosen; // the figure the data uses: "$965bn", "up to $100bn"
    QList<Claim> claims;
    QString claimsText; // "pjfp.com (unrated): $965bn [12] · Reuters (news outlet): $900bn [13]"
};

struct ReportDealRow
{
    QString dealId;
    DealKind kind = DealKind::Equity;
    QString date;
    QString from;
    QString to;
    QString kindName;
    QString amount; // with its kind: "up to $15bn", "$30bn committed", "undisclosed"; capacity appended
    QList<int> sourceNumbers; // ascending, no duplicates

    QString sourceReferences() const; // "[3, 7]"
};

struct ReportValuationRow
{
    QString valuationId;
    QString date;
    QString company;
    QString value;
    QString kindName;
    QList<int> sourceNumbers; // ascending, no duplicates

    QString sourceReferences() const; // "[3, 7]"
};

class ReportContents
{
    Q_DECLARE_TR_FUNCTIONS(ReportContents)
public:
    // Deals sorted by date (then id); company ids resolved to names.
    static ReportContents build(const DocumentData &data, const Formatter &format);

    const QList<ReportDealRow> &deals() const { return m_deals; }
    const QList<ReportValuationRow> &valuations() const { return m_valuations; }
    const QList<ReportSource> &sources() const { return m_sources; }
    // The deals, then the valuations, whose sources disagree (Sources::disagree), by date.
    const QList<ReportDisagreement> &disagreements() const { return m_disagreements; }

    // The deal table as the report prints it (columns id, date, from, to, kind, amount, sources).
    ReportTable dealTable() const;
    // The valuation table (columns date, company, valuation, kind, sources).
    ReportTable valuationTable() const;
    // "Where sources disagree" (columns deal or valuation, chosen figure, what the sources report).
    ReportTable disagreementTable() const;

    // The key under which two source URLs count as the same article.
    static QString sourceKey(const Source &source);

private:
    QList<ReportDealRow> m_deals;
    QList<ReportValuationRow> m_valuations;
    QList<ReportSource> m_sources;
    QList<ReportDisagreement> m_disagreements;
};
