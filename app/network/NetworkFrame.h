#pragma once

#include "i18n/Language.h"
#include "network/NetworkPainter.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QTransform>

class NetworkPicture;
class QPainter;

// The network view's kept frame: edges, nodes and labels without emphasis, painted for one
// transform into an image at device pixels (in bands on all cores), with the legend as an image
// of its own and where each company's name went. While the user pans, its pixels move and only
// the strips that came into view are painted; NetworkView decides when a full frame is due.
class NetworkFrame
{
public:
    // What a frame is painted from: the view's network, language, font and viewport.
    struct Setup
    {
        const NetworkPicture *network = nullptr;
        Language language = Language::English;
        QFont font;
        QSize pixels; // the viewport in device pixels
        qreal ratio = 1; // device pixels per logical pixel
        double zoom = 1; // device-independent pixels per scene unit
        bool legend = true;
        NetworkTheme theme; // the window's palette (NetworkTheme::forPalette)
        int hiddenNode = -1; // a company left out (NetworkEmphasis::hiddenNode): the one dragged
    };

    // Paints a full frame for the transform.
    void render(const Setup &setup, const QTransform &transform);
    // Panning: moves the frame to the transform by whole pixels and paints the strips that came
    // into view. False when it cannot (a scale, a fraction of a pixel, a slow network): then the
    // view shows the frame moved as an image until the next full frame.
    bool scroll(const Setup &setup, const QTransform &transform);
    void invalidate() { m_valid = false; }

    bool isValid() const { return m_valid; }
    // False after scroll(): the names near the edges are still those of the old view.
    bool isExact() const { return m_exact; }
    int hiddenNode() const { return m_hiddenNode; }
    bool isFor(const QTransform &transform, QSize pixels, qreal ratio) const
    {
        return m_transform == transform && m_image.size() == pixels && m_image.devicePixelRatio() == ratio;
    }
    const QImage &image() const { return m_image; }
    const QTransform &transform() const { return m_transform; }
    QRectF legendRect() const { return m_legendRect; } // empty without a legend
    void paintLegend(QPainter *painter) const;
    // Names in the frame, by company id, in device coordinates.
    const QHash<QString, QRectF> &labelPlaces() const { return m_labelPlaces; }
    // How many full frames were painted so far.
    int fullFrames() const { return m_fullFrames; }
    // How long the network of the last full frame took to paint.
    double worldMilliseconds() const { return m_worldMilliseconds; }

private:
    // Paints edges and nodes into those device pixels of the image (bits: its pixels).
    void paintWorldInto(const Setup &setup, uchar *bits, const QRect &pixels, const QTransform &transform) const;

    QImage m_image;
    QTransform m_transform;
    QImage m_legendImage; // drawn over the frame at m_legendOrigin
    QRectF m_legendRect;
    Qt::Corner m_legendCorner = Qt::TopLeftCorner; // where the legend hides the fewest companies
    QPointF m_legendOrigin;
    QHash<QString, QRectF> m_labelPlaces;
    bool m_valid = false;
    bool m_exact = false;
    int m_hiddenNode = -1;
    double m_worldMilliseconds = 0; // of the last full frame
    int m_fullFrames = 0;
};
