#include "flows/FlowsRenderer.h"

#include "document/Document.h"
#include "export/FigureExporter.h"
#include "flows/FlowsPainter.h"
#include "network/NetworkPicture.h"

#include <QPainter>

FlowsRenderer::FlowsRenderer(const Document &document, const FlowsRenderOptions &options)
    : m_document(document)
    , m_options(options)
    , m_diagram(FlowDiagram::build(document.graph(), options.diagram))
{
}

FlowDiagramOptions FlowsRenderer::forNetwork(
    const Document &document, const NetworkOptions &network, FlowDiagramOptions base)
{
    base.filter = network.filter;
    base.focus.clear();
    if (network.focusSteps > 0 && document.graph().company(network.focusCompany))
        base.focus
            = NetworkPicture::neighbourhood(document, network.filter, network.focusCompany, network.focusSteps);
    return base;
}

void FlowsRenderer::paint(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->setClipRect(target);
    painter->fillRect(target, Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF below = m_options.title.isEmpty() ? target : FigureExporter::paintTitle(painter, target, m_options.title);
    const QRectF area = below.adjusted(16, m_options.title.isEmpty() ? 12 : 4, -16, -12);
    FlowsPainter flows(m_diagram, m_document.graph(), m_options.language);
    flows.layout(area);
    if (m_diagram.isEmpty()) {
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->setFont(FlowsPainter::labelFont());
        painter->drawText(area, Qt::AlignCenter, FlowsPainter::tr("No money flows between the companies shown."));
    } else {
        flows.paint(painter);
    }
    painter->restore();
}
