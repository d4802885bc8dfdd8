#pragma once

#include "analysis/AmountTotals.h"
#include "model/DealFilter.h"

#include <QList>
#include <QSet>
#include <QStringList>

class DealGraph;

// What the layers of a flow diagram are: the kinds of company, or the companies themselves (the
// largest by money, the rest of each kind grouped), in columns by kind.
enum class FlowLayering { ByKind, ByCompany };

struct FlowDiagramOptions
{
    DealFilter filter; // superseded deals are left out, as in the analysis
    // The network's focus: only deals between these companies; empty: no focus.
    QSet<QString> focus;
    FlowLayering layering = FlowLayering::ByKind;
    // The columns from left to right; kinds missing from it are added in the default order.
    QList<CompanyKind> layerOrder = defaultLayerOrder();
    int topCompanies = 12; // ByCompany: the companies drawn on their own

    // Investors → conglomerates → AI labs → cloud providers → chip makers → other companies.
    static QList<CompanyKind> defaultLayerOrder();
};

// One box of the diagram.
struct FlowNode
{
    enum class Type {
        Kind, // every company of a kind
        Company,
        OtherCompanies, // the companies of a kind not drawn on their own
        Outside, // buyers outside the data, who pay the seller of shares (a divestment)
    };
    Type type = Type::Kind;
    CompanyKind kind = CompanyKind::Other;
    QString companyId; // Type::Company
    QStringList companyIds; // the companies it stands for (empty for Outside)
    int column = 0;
    // Equal to the sums of its companies' CompanyFlow in and out (analysis/CompanyFlows.h): a
    // deal between two of them counts in both.
    AmountTotals in;
    AmountTotals out;
    double size() const; // the larger of in and out, disclosed money in US dollars
};

// The deals of one kind from one node to another.
struct FlowBand
{
    int from = -1; // node indices
    int to = -1;
    DealKind kind = DealKind::Equity;
    AmountTotals money; // firm, up-to and estimated apart; undisclosed only counted
    QStringList dealIds; // largest disclosed amount first, undisclosed last
    // Money that flows against the layer order: to the same or an earlier column (a cloud
    // provider investing in an AI lab that buys its compute). Drawn as an arc under the diagram.
    bool isReturn = false;
};

// The flow (Sankey) diagram of the deals a filter selects: nodes in columns, bands from payer to
// receiver per deal kind. Who pays whom follows CompanyFlows::forEachMove, so the nodes' totals
// are the Analysis dock's flows for the same filter.
struct FlowDiagram
{
    FlowDiagramOptions options;
    QList<FlowNode> nodes; // by column, within a column the largest first and "other" last
    QList<FlowBand> bands; // forward bands first, then returns; each group largest first
    int columns = 0; // columns that have money (empty kinds take no column)
    QList<CompanyKind> columnKinds; // the kind of each column; Outside's column has Other
    bool hasOutside = false; // column 0 holds the buyers outside the data

    static FlowDiagram build(const DealGraph &graph, const FlowDiagramOptions &options);
    int nodeOfCompany(const QString &companyId) const;
    // The bands that carry any of these deals.
    QList<int> bandsOf(const QStringList &dealIds) const;
    bool isEmpty() const { return bands.isEmpty(); }

private:
    QHash<QString, int> m_nodeOfCompany;
};
