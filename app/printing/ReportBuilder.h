#pragma once

#include "analysis/FlowDiagram.h"
#include "analysis/NetworkChanges.h"
#include "network/NetworkPicture.h"
#include "printing/Report.h"

#include <QDate>
#include <QHash>
#include <QPointF>

#include <memory>
#include <optional>

class Document;
struct CapitalFlowAnalysis;

// What a report shows. The command line fills in the filter of its options; the GUI the network
// view's filter, its positions and size measure and the analysis the Analysis dock computed, so
// that the report shows what is on screen.
struct ReportRequest
{
    QString title; // empty: the default title
    Language language = Language::English;
    DealFilter filter; // the deals shown, everywhere in the report
    // How the network figure is drawn: size measure, merged edges, focus (its filter is `filter`).
    NetworkOptions network;
    QHash<QString, QPointF> positions; // the view's positions; empty: the default layout
    // How the flow diagram is layered (its deals are `filter`'s, with the network's focus).
    FlowDiagramOptions flows;
    // Computed already (the Analysis dock's). Used when it covers the same deals as `filter`;
    // otherwise the analysis runs again for `filter` with its cycle options.
    std::shared_ptr<const CapitalFlowAnalysis> analysis;
    std::optional<NetworkChanges> comparison; // a page "What changed between A and B"
    QDate today = QDate::currentDate();
};

// The one report builder, for the GUI (Print Report…, File > Export Report…) and the command
// line (--export-report): the title page, the network and valuation timeline figures, the
// analyses' tables, the comparison, the deal and valuation tables and the sources.
namespace ReportBuilder {
Report build(const Document &document, const ReportRequest &request);
// Whether an analysis computed with `analysed` covers exactly the deals `shown` selects.
bool sameDeals(const DealFilter &analysed, const DealFilter &shown);
} // namespace ReportBuilder
