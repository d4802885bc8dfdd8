#pragma once

#include "printing/ReportFigure.h"
#include "report/ReportContents.h"
#include "report/ReportFilter.h"
#include "report/ReportSummary.h"

#include <QCoreApplication>
#include <QDate>

// Everything a printed report shows, already in the program's language: a title page with the
// filter and a summary, figure pages, extra table sections (an analysis, for example), the deal
// table and the numbered source list it refers to.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    QString title;
    QString dataLine; // the document's own title: "Data: AI capital flows 2019–2025"; may be empty
    QString dateLine; // "As of 29 November 2026"
    ReportSummary summary;
    ReportContents contents;
    QList<ReportFigure> figures; // one page each, after the title page
    QList<ReportTable> extraSections; // each from a new page, after the figures

    // title: empty for the default title (the document's own title, which is in one language
    // only, goes under it). Figures and sections are added by the caller.
    static Report build(const DocumentData &document, const ReportFilter &filter, const QString &title,
        Language language, QDate today = QDate::currentDate());
    static QString defaultTitle();
};
