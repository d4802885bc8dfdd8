#include "network/NetworkRenderer.h"

#include "document/Document.h"
#include "layout/DealLayoutInput.h"
#include "layout/ForceLayout.h"
#include "network/NetworkPainter.h"

#include <QPainter>

NetworkRenderer::NetworkRenderer(const Document &document, const NetworkRenderOptions &options)
    : m_options(options)
    , m_scene(std::make_unique<NetworkPicture>())
{
    m_scene->build(
        document, options.network, options.positions.isEmpty() ? defaultPositions(document) : options.positions);
    if (options.positions.isEmpty()) {
        // As the view does after a layout: discs apart, saved positions kept.
        QSet<QString> pinned;
        for (const Company *c : document.graph().companies()) {
            if (c->position)
                pinned.insert(c->id);
        }
        m_scene->separateDiscs(pinned);
    }
}

NetworkRenderer::~NetworkRenderer() = default;

QHash<QString, QPointF> NetworkRenderer::defaultPositions(const Document &document)
{
    const DealLayoutInput input = DealLayoutInput::from(document.graph(), DealLayoutInput::Pins::SavedPositions);
    const auto positions = ForceLayout::run(input.graph, LayoutOptions {});
    QHash<QString, QPointF> result;
    for (int i = 0; i < input.companyIds.size(); ++i)
        result.insert(input.companyIds[i], (*positions)[i]);
    return result;
}

NetworkRenderer::Placement NetworkRenderer::placement(const QRectF &area) const
{
    const NetworkPainter networkPainter(*m_scene, m_options.language);
    // The legend goes on the left of a wide figure and below a tall one (a report's portrait page),
    // where it flows into columns; the network fits in the rest with a margin.
    Placement placed;
    placed.legendArea = area;
    placed.plot = area.adjusted(20, 20, -20, -20);
    if (!m_options.legend)
        return placed;
    // A first pass at unit scale gives the legend's size; it is drawn for real at the final scale.
    placed.legend = networkPainter.paintLegend(nullptr, area, 1.0);
    placed.plot = area.adjusted(placed.legend.right() - area.left() + 20, 20, -20, -20);
    // Below: as low a strip as lets its columns fit the width.
    for (double height = 160; area.height() > area.width() && height <= area.height() * 0.45; height += 20) {
        const QRectF strip(area.left(), area.bottom() - height, area.width(), height);
        const QRectF below = networkPainter.paintLegend(nullptr, strip, 1.0, Qt::BottomLeftCorner);
        if (below.width() <= area.width() - 20) {
            placed.legendArea = strip;
            placed.corner = Qt::BottomLeftCorner;
            placed.legend = below;
            placed.plot = area.adjusted(20, 20, -20, -(area.bottom() - below.top()) - 20);
            break;
        }
    }
    return placed;
}

void NetworkRenderer::paint(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->setClipRect(target);
    painter->fillRect(target, Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    QRectF area = target;
    if (!m_options.title.isEmpty()) {
        QFont font = painter->font();
        font.setPixelSize(20);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(QColor(0x1A, 0x1A, 0x1A));
        const QRectF titleRect(target.left() + 14, target.top() + 8, target.width() - 28, 32);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_options.title);
        area.setTop(titleRect.bottom() + 4);
    }
    const NetworkPainter networkPainter(*m_scene, m_options.language);
    const NetworkEmphasis none;
    const Placement placed = placement(area);
    const QRectF &plot = placed.plot;
    const QRectF world = m_scene->bounds();
    double scale = 1;
    QTransform toDevice;
    if (!world.isEmpty() && plot.width() > 10 && plot.height() > 10) {
        // A small selection is not blown up beyond the view's natural size, where discs and
        // arrowheads would turn into blots.
        scale = std::min({plot.width() / world.width(), plot.height() / world.height(), 1.6});
        toDevice.translate(plot.center().x(), plot.center().y());
        toDevice.scale(scale, scale);
        toDevice.translate(-world.center().x(), -world.center().y());
    }
    painter->save();
    painter->setTransform(toDevice, true);
    networkPainter.paintWorld(painter, world, scale, none);
    painter->restore();
    QRectF drawnLegend;
    if (m_options.legend)
        drawnLegend = networkPainter.paintLegend(painter, placed.legendArea, scale, placed.corner);
    QList<QRectF> blocked;
    if (!drawnLegend.isNull())
        blocked << drawnLegend;
    networkPainter.paintLabels(painter, toDevice, target, scale, none, blocked);
    painter->restore();
}
