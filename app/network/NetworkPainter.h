#pragma once

#include "i18n/Language.h"
#include "network/NetworkPicture.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

class QPainter;
class QPalette;

// What stands out: a hovered or selected company with its deals and partners, a selected deal,
// highlighted deals (a circular flow). Everything else is drawn faded while something stands out.
struct NetworkEmphasis
{
    int hoverNode = -1;
    int hoverEdge = -1;
    int selectedNode = -1;
    int selectedEdge = -1;
    QSet<int> highlightedEdges;
    // Left out altogether with its deals and name, not faded: the company being dragged, which
    // the view draws over a frame kept without it.
    int hiddenNode = -1;

    bool isEmpty() const
    {
        return hoverNode < 0 && hoverEdge < 0 && selectedNode < 0 && selectedEdge < 0 && highlightedEdges.isEmpty();
    }
};

// The colours a network is drawn in besides those of the kinds: paper, ink, panels (labels and
// legend) and rules. Print and export always use the light theme; the view follows the window's
// palette, so that a dark palette gets a dark network that stays readable.
struct NetworkTheme
{
    QColor paper {255, 255, 255};
    QColor ink {0x1A, 0x1A, 0x1A}; // names and headings
    QColor softInk {0x33, 0x33, 0x33}; // legend text, hover ring
    QColor mutedInk {0x55, 0x55, 0x55}; // the legend's line samples
    QColor rule {0xBB, 0xBB, 0xBB}; // the legend's border
    QColor disc {0x99, 0x99, 0x99}; // the legend's size discs
    bool dark = false;

    QColor panel(int alpha) const
    {
        QColor c = paper;
        c.setAlpha(alpha);
        return c;
    }
    QColor inkAlpha(int alpha) const
    {
        QColor c = ink;
        c.setAlpha(alpha);
        return c;
    }
    // Light on a dark window palette (its base colour darker than mid-grey), else the print theme.
    static NetworkTheme forPalette(const QPalette &palette);
};

// Paints a NetworkPicture: the world (edges, arrowheads, nodes) in scene coordinates, then labels
// and the legend in device coordinates, so text keeps its size at every zoom level. Used by the
// view and by the headless renderer alike.
class NetworkPainter
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPainter)
public:
    NetworkPainter(const NetworkPicture &scene, Language language, const NetworkTheme &theme = {})
        : m_scene(scene)
        , m_language(language)
        , m_theme(theme)
    {
    }
    const NetworkTheme &theme() const { return m_theme; }

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
    NetworkTheme m_theme;
};
