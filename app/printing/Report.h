#pragma once

#include "printing/ReportFigure.h"
#include "report/ReportContents.h"
#include "report/ReportFilter.h"
#include "report/ReportSummary.h"

#include <QCoreApplication>
#include <QDate>

// Everything a printed report shows, already in the program's language: a title page with the
// filter and a summary, figure pages, extra table sections (an analysis, for example), the deal
// and valuation tables, the figures their sources disagree about and the numbered source list.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    QString title;
    QString dataLine; // the document's own title: "Data: AI capital flows 2019–2025"; may be empty
    QString dateLine; // "As of 29 November 2026"
    QString dataThroughLine; // how far the data reaches: "Data through June 2026"; empty when unknown
    ReportSummary summary;
    ReportContents contents;
    QList<ReportFigure> figures; // one page each, after the title page
    QList<ReportTable> extraSections; // each from a new page, after the figures

    // title: empty for the default title (the document's own title, which is in one language
    // only, goes under it). Figures and sections are added by the caller.
    static Report build(const DocumentData &document, const ReportFilter &filter, const QString &title,
        Language language, QDate today = QDate::currentDate());
    static QString defaultTitle();
    // "Data through June 2026" / "Datenstand: Juni 2026"; empty for an invalid date.
    static QString dataThroughText(const FuzzyDate &dataThrough, const Formatter &format);
};
