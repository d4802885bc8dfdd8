#pragma once

#include <QHash>
#include <QPointF>

#include "i18n/Language.h"
#include "network/NetworkPicture.h"

#include <QString>

#include <memory>

class Document;
class QPainter;

// What a headless picture of the network shows.
struct NetworkRenderOptions
{
    NetworkOptions network;
    Language language = Language::English;
    QString title;
    bool legend = true;
    // Positions to draw at (the view's, so that a print matches the screen); empty: the default layout.
    QHash<QString, QPointF> positions;
};

// Draws the network without a window, exactly as the view draws it for the same options (no
// selection): for export and the printed report. Positions come from the same deterministic
// layout the view starts with (saved positions pinned).
class NetworkRenderer
{
public:
    NetworkRenderer(const Document &document, const NetworkRenderOptions &options);
    ~NetworkRenderer();

    const NetworkPicture &scene() const { return *m_scene; }
    void paint(QPainter *painter, const QRectF &target) const;

    // Where the network and its legend go in an area: the legend on the left of a wide one, below
    // a tall one (a portrait page) in columns, so that the network gets the width.
    struct Placement
    {
        QRectF plot; // the network's discs fit in it
        QRectF legend; // at unit scale
        QRectF legendArea;
        Qt::Corner corner = Qt::TopLeftCorner;
    };
    Placement placement(const QRectF &area) const;

    // The layout the view and the renderer share: saved positions pinned, the rest laid out.
    static QHash<QString, QPointF> defaultPositions(const Document &document);

private:
    NetworkRenderOptions m_options;
    std::unique_ptr<NetworkPicture> m_scene;
};
