#pragma once

#include "i18n/Language.h"
#include "network/NetworkPicture.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class QPainter;

// What stands out: a hovered or selected company with its deals and partners, a selected deal,
// highlighted deals (a circular flow). Everything else is drawn faded while something stands out.
struct NetworkEmphasis
{
    int hoverNode = -1;
    int hoverEdge = -1;
    int selectedNode = -1;
    int selectedEdge = -1;
    QSet<int> highlightedEdges;

    bool isEmpty() const
    {
        return hoverNode < 0 && hoverEdge < 0 && selectedNode < 0 && selectedEdge < 0 && highlightedEdges.isEmpty();
    }
};

// Paints a NetworkPicture: the world (edges, arrowheads, nodes) in scene coordinates, then labels
// and the legend in device coordinates, so text keeps its size at every zoom level. Used by the
// view and by the headless renderer alike.
class NetworkPainter
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPainter)
public:
    NetworkPainter(const NetworkPicture &scene, Language language)
        : m_scene(scene)
        , m_language(language)
    {
    }

    // The largest companies by the size measure are always named: no smaller name takes their
    // place (they may cover small discs).
    static constexpr int AlwaysLabelled = 14;

    // The values of the legend's size discs for the largest measure: two readable round values
    // ("130 bn", not "132.45 bn"), the larger at most the largest measure, the smaller near a quarter.
    static QList<double> legendSizes(double maxMeasure);
    // The legend's size discs at a zoom level (scale: device pixels per scene unit): each as large
    // as a company of that measure is drawn there, so the legend follows the zoom; a value whose
    // disc would not fit the legend gives way to a smaller round one (1, 2 or 5 times a power of ten).
    struct LegendDisc
    {
        double value = 0;
        double radius = 0; // device pixels
    };
    QList<LegendDisc> legendDiscs(double scale) const;
    static double largestLegendDisc(double scale);

    // scale: device pixels per scene unit; exposed: the scene rectangle to paint.
    void paintWorld(QPainter *painter, const QRectF &exposed, double scale, const NetworkEmphasis &emphasis) const;
    // Only what stands out, drawn at full strength: the view paints it over a faded cached frame.
    void paintEmphasis(QPainter *painter, const QRectF &exposed, double scale, const NetworkEmphasis &emphasis) const;
    // Labels without overlaps; blocked: device rectangles to keep free (the legend). onlyStrong:
    // just the names of what stands out (drawn over a faded frame that has the others). placed:
    // where names went, by company id; places already in it are tried first.
    void paintLabels(QPainter *painter, const QTransform &sceneToDevice, const QRectF &device, double scale,
        const NetworkEmphasis &emphasis, const QList<QRectF> &blocked, bool onlyStrong = false,
        QHash<QString, QRectF> *placed = nullptr) const;
    // The legend in a corner of area (null painter: only measured); returns the rectangle it took.
    QRectF paintLegend(
        QPainter *painter, const QRectF &area, double scale, Qt::Corner corner = Qt::TopLeftCorner) const;
    // The corner of `device` where a legend of `size` covers the least of the network's discs (by
    // area, and by how many), staying in `current` unless another corner hides less than half.
    Qt::Corner leastCoveredCorner(const QTransform &sceneToDevice, const QRectF &device, QSizeF size, double scale,
        Qt::Corner current = Qt::TopLeftCorner) const;

    // Nodes and edges emphasised (empty sets when nothing is).
    void emphasised(const NetworkEmphasis &emphasis, QSet<int> *nodes, QSet<int> *edges) const;

private:
    void paintWorld(
        QPainter *painter, const QRectF &exposed, double scale, const NetworkEmphasis &emphasis, bool onlyStrong) const;

    const NetworkPicture &m_scene;
    Language m_language;
};
