#pragma once

#include "analysis/FlowDiagram.h"
#include "i18n/Language.h"
#include "network/NetworkPainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainterPath>
#include <QRectF>

class DealGraph;
class Formatter;

// What stands out in a flow diagram: bands lit (a circular flow, a path; others faded), the
// band or node under the mouse.
struct FlowsEmphasis
{
    QSet<int> litBands;
    int hoverBand = -1;
    int hoverNode = -1;
};

// Lays a FlowDiagram out in a rectangle and draws it: nodes as bars in columns, forward bands as
// ribbons from the payer's bar to the receiver's, returns as arcs under the diagram, each band in
// strips for firm (solid), up-to (hatched) and estimated (light) money, widths to one linear
// scale. Labels are placed only where they overlap nothing; the rest are on hover. Shared by the
// Flows tab, its print and export, the report and --export-flows, so that all draw alike.
class FlowsPainter
{
    Q_DECLARE_TR_FUNCTIONS(FlowsPainter)
public:
    struct Strip
    {
        Certainty certainty = Certainty::Firm;
        QPainterPath shape; // filled
    };
    struct BandGeometry
    {
        QList<Strip> strips;
        QPainterPath centre; // through the middle of the band, for hit tests
        double thickness = 0; // all strips; 0 for a band of undisclosed deals only
        QString label;
        QRectF labelRect; // where the label is drawn; null when it is only on hover
    };
    struct NodeGeometry
    {
        QRectF bar;
        QStringList lines; // name, then money in and out (as in the tool tip)
        QStringList shownLines; // the label as drawn: a company's name (layers are named above)
        QRectF labelRect; // null when the name is only on hover
        bool labelLeft = false; // the last column's labels go on the left of its bars
        bool shownLeft = false; // where it went
    };

    // A layer's name and its money in and out, above its column (none for the buyers outside the
    // data, who are named beside their bar).
    struct ColumnHeader
    {
        QStringList lines; // name, "in: …", "out: …" in full (the totals of the layer's nodes)
        QStringList shownLines; // as drawn: wrapped to the column's width
        int nameLines = 1; // the first shown lines are the name's
        int detail = 0; // 0: the totals in full; 1: without undisclosed; 2: firm only; 3: the name only
        QRectF rect;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    FlowsPainter(const FlowDiagram &diagram, const DealGraph &graph, Language language, NetworkTheme theme = {});

    void layout(const QRectF &area);
    QRectF area() const { return m_area; }
    void paint(QPainter *painter, const FlowsEmphasis &emphasis = {}) const;
    // The two parts of paint(): everything with the lit bands, and the outline of what is
    // hovered on top (so that a view can keep the first and repaint only the second).
    void paintDiagram(QPainter *painter, const QSet<int> &litBands) const;
    void paintHover(QPainter *painter, const FlowsEmphasis &emphasis) const;

    const FlowDiagram &diagram() const { return m_diagram; }
    const QList<BandGeometry> &bandGeometry() const { return m_bands; }
    const QList<NodeGeometry> &nodeGeometry() const { return m_nodes; }
    const QList<ColumnHeader> &columnHeaders() const { return m_headers; }
    QRectF legendRect() const { return m_legend; }

    int bandAt(QPointF pos) const;
    int nodeAt(QPointF pos) const;
    QString bandToolTip(int band) const; // rich text
    QString nodeToolTip(int node) const;
    QString nodeName(int node) const;
    QString columnName(int column) const;

    // A layer's name: "AI labs", "Investors".
    static QString layerName(CompanyKind kind);
    // Money with its certainty apart, never summed: "$40bn · up to $100bn · ~$2bn · +3 undisclosed".
    static QStringList amountParts(const AmountTotals &totals, const Formatter &format);
    static QFont labelFont();

private:
    void layoutLegend();
    void layoutBody(double header);
    double layoutHeaders(int detail); // the strip's height they need
    QList<AmountTotals> columnTotals(bool in) const;
    QStringList wrapAmounts(const QString &prefix, const QStringList &parts, double width) const;
    void placeLabels();
    QString amountText(const AmountTotals &totals) const;

    FlowDiagram m_diagram;
    const DealGraph &m_graph;
    Language m_language;
    NetworkTheme m_theme;
    QRectF m_area;
    QRectF m_legend;
    double m_columnSpacing = 0;
    struct LegendItem
    {
        enum class Sample { Firm, UpTo, Estimated, Undisclosed, Return, Kind } sample;
        DealKind kind = DealKind::Equity;
        QString text;
        QRectF rect;
    };
    QList<LegendItem> m_legendItems;
    QList<BandGeometry> m_bands;
    QList<NodeGeometry> m_nodes;
    QList<ColumnHeader> m_headers;
};
