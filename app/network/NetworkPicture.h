#pragma once

#include "model/DealFilter.h"
#include "model/DealRelations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QRectF>

#include <span>
#include <vector>

class Document;

// What a node's area stands for.
enum class SizeMeasure { Valuation, MoneyReceived, MoneyPaid, DealCount };

// What the network shows: the deal filter, the focus on a neighbourhood and the drawing choices.
struct NetworkOptions
{
    DealFilter filter;
    SizeMeasure sizeMeasure = SizeMeasure::MoneyReceived;
    bool mergeParallel = false;
    QString focusCompany; // with focusSteps > 0: only companies that many deals away
    int focusSteps = 0;
};

enum class EdgeStyle { Solid, Dashed, Dotted };

struct NetworkNode
{
    QString id;
    QString name;
    CompanyKind kind = CompanyKind::Other;
    QPointF pos;
    double radius = 0; // scene units
    double measure = 0;
    int rank = 0; // by measure, 0 = largest
    // Sized by latest valuation without one in the data: drawn as the smallest size, hollow with a
    // dashed outline, and explained in the legend.
    bool unmeasured = false;
};

// One drawn edge: a deal, or (merged) all deals from one company to another. Edges point the way
// the money flows: for a divestment, from the company whose shares were sold to the seller, who is
// paid by buyers outside the network (the sold company pays nothing: it adds to no "money paid").
struct NetworkEdge
{
    int from = -1; // node indices
    int to = -1;
    QStringList dealIds;
    DealKind kind = DealKind::Equity;
    bool mixedKinds = false;
    EdgeStyle style = EdgeStyle::Solid;
    // Scene units: for the counted sum, or for an edge whose deals all count elsewhere for its
    // largest deal's own amount (one deal's line shows its own size, faded when it was replaced).
    double width = 1;
    Money sum; // disclosed amounts, each dollar once: not those of superseded or contained deals
    // The sum kept apart by certainty (as the analysis keeps it): committed or reported money, and
    // up-to ceilings and estimates. The line's width stands for the firm money; an edge that also
    // has up-to or estimated money gets a dashed halo as wide as both (haloWidth, 0: none).
    Money firmSum;
    Money uncertainSum;
    double haloWidth = 0;
    int uncounted = 0; // deals of the edge whose money another deal shown counts
    bool superseded = false; // every deal of the edge was replaced by another deal shown: drawn faded
    double bend = 0; // control point offset, as a fraction of the edge's length (0: straight)
};

// The drawable network for a document, options and positions: nodes, edges, sizes and styles.
// Plain data shared by the interactive view and the headless renderer, so both draw the same.
class NetworkPicture
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPicture)
public:
    static constexpr double MinRadius = 7;
    static constexpr double MaxRadius = 42;
    static constexpr double MinWidth = 1.2;
    static constexpr double MaxWidth = 11;

    void build(const Document &document, const NetworkOptions &options, const QHash<QString, QPointF> &positions);
    // Moves nodes whose id is in positions (others keep theirs).
    void updatePositions(const QHash<QString, QPointF> &positions);
    void setNodePosition(int node, QPointF pos) { m_nodes[node].pos = pos; }
    // Moves discs apart that cover each other or come closer than `gap` scene units, so that no
    // disc hides another or the deals between them; companies in `pinned` stay where they are.
    // Returns the new positions of the companies it moved.
    QHash<QString, QPointF> separateDiscs(const QSet<QString> &pinned, double gap = 8);

    const std::vector<NetworkNode> &nodes() const { return m_nodes; }
    const std::vector<NetworkEdge> &edges() const { return m_edges; }
    const NetworkOptions &options() const { return m_options; }
    // What the picture has, for the legend (worked out once per build: the legend is drawn with
    // every frame, and looking through 300k edges ten times took longer than the frame's nodes).
    struct Contents
    {
        quint32 companyKinds = 0; // bit k: a company of kind k is shown
        quint32 dealKinds = 0; // bit k: an edge of one kind k is shown
        bool mixedKinds = false;
        bool halos = false;
        bool superseded = false;
        bool unmeasured = false;
    };
    const Contents &contents() const { return m_contents; }
    int nodeIndex(const QString &companyId) const { return m_nodeIndex.value(companyId, -1); }
    // The edge that draws a deal; -1 when it is not shown. (The index by deal id is made when first
    // asked for, in the thread that asks: a million deals are not indexed before the first frame.)
    int edgeOfDeal(const QString &dealId) const;
    // Whether a shown deal's money counts in the sizes and widths, and if not, which deal shown
    // supersedes or contains it (model/DealRelations.h).
    DealRelations::Status statusOf(const QString &dealId) const { return m_uncounted.value(dealId); }
    QRectF bounds() const; // including node radii

    // Size scale, for the legend.
    double maxMeasure() const { return m_maxMeasure; }
    double radiusFor(double measure) const;
    static QString measureName(SizeMeasure measure);
    static double edgeWidthFor(double amountUsd, double maxAmountUsd);

    // Hit tests in scene coordinates; tolerance widens the target (for small zoom levels).
    int nodeAt(QPointF pos, double tolerance) const;
    int edgeAt(QPointF pos, double tolerance) const;
    // Control point of a curved edge (the midpoint for a straight one).
    QPointF controlPoint(const NetworkEdge &edge) const;
    // The same from the edge's ends and bend (inline: the painter asks for every edge).
    static QPointF controlPoint(QPointF from, QPointF to, double bend)
    {
        const QPointF mid = (from + to) / 2;
        if (bend == 0)
            return mid;
        const QPointF d = to - from;
        return mid + QPointF(-d.y(), d.x()) * bend;
    }

    static EdgeStyle styleFor(const Deal &deal);
    // Companies within `steps` deals of the focus, over the deals the filter accepts.
    static QSet<QString> neighbourhood(
        const Document &document, const DealFilter &filter, const QString &company, int steps);

private:
    double measureOf(const Document &document, const Company &company, std::span<const Deal *const> deals) const;

    NetworkOptions m_options;
    std::vector<NetworkNode> m_nodes;
    std::vector<NetworkEdge> m_edges;
    QHash<QString, int> m_nodeIndex;
    mutable QHash<QString, int> m_edgeOfDeal;
    mutable bool m_edgeOfDealMade = false;
    QHash<QString, DealRelations::Status> m_uncounted;
    double m_maxMeasure = 0;
    Contents m_contents;
};
