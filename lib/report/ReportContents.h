#pragma once

#include "document/DocumentData.h"
#include "format/Formatter.h"
#include "report/ReportTable.h"

#include <QCoreApplication>

// The data parts of a printed report: the tables of the deals and valuations shown and the
// numbered list of the sources they refer to. Sources are numbered in the order the deal table,
// then the valuation table, first cites them; one article cited several times (same URL,
// ignoring http/https, "www." and a trailing slash) gets one number.
struct ReportSource
{
    int number = 0;
    QString title;
    QString url;
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

    // The deal table as the report prints it (columns date, from, to, kind, amount, sources).
    ReportTable dealTable() const;
    // The valuation table (columns date, company, valuation, kind, sources).
    ReportTable valuationTable() const;

    // The key under which two source URLs count as the same article.
    static QString sourceKey(const Source &source);

private:
    QList<ReportDealRow> m_deals;
    QList<ReportValuationRow> m_valuations;
    QList<ReportSource> m_sources;
};
