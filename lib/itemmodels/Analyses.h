#pragma once

#include "i18n/Language.h"
#include "report/ReportTable.h"

#include <QJsonObject>
#include <QSet>

class AnalysisJsonWriter;
class AnalysisTableModel;
class DealGraph;
class Document;
class QObject;
struct CapitalFlowAnalysis;

// One analysis as the program offers it: its part of the --analyze JSON, its table in the
// Analysis dock and, optionally, its pages in the report. The list below is the one place that
// names them all; the dock, --analyze and the report iterate it.
struct AnalysisEntry
{
    enum class Page {
        Table, // a table of the result
        PerCompany, // a table for one company the user picks (what-if)
    };

    const char *jsonKey; // the part's key in the --analyze document
    const char *viewName; // the table view's object name in the dock
    const char *title; // the dock's tab, QT_TRANSLATE_NOOP("AnalysisDock", …)
    const char *toolTip; // the tab's tool tip, or nullptr
    // Its part of the --analyze document; a new analysis writes it in its own file with the
    // writer's helpers.
    QJsonValue (*writeJson)(const AnalysisJsonWriter &, const CapitalFlowAnalysis &);
    AnalysisTableModel *(*createModel)(Document *document, QObject *parent);
    int sortColumn; // the table's initial sort
    Qt::SortOrder sortOrder;
    Page page = Page::Table;
    // Selecting a row lights its deals and companies in the other views (DealIdsRole, CompanyIdsRole).
    bool highlightsRows = false;
    // The report's tables for this analysis, or nullptr when it has no place in the report.
    QList<ReportTable> (*reportTables)(const DealGraph &, const CapitalFlowAnalysis &, Language) = nullptr;

    QString translatedTitle() const;
    QString translatedToolTip() const;
};

namespace Analyses {
// In the order of the dock's tabs.
const QList<AnalysisEntry> &all();

// The whole --analyze document: its head and every analysis' part.
QJsonObject writeJson(
    const DealGraph &graph, const CapitalFlowAnalysis &analysis, const QSet<QString> &onlyCompanies = {});

// Every analysis' report tables, in the list's order.
QList<ReportTable> reportTables(const DealGraph &graph, const CapitalFlowAnalysis &analysis, Language language);
} // namespace Analyses
