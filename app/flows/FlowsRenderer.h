#pragma once

#include "analysis/FlowDiagram.h"
#include "i18n/Language.h"

#include <QSizeF>
#include <QString>

class Document;
class QPainter;
class QRectF;
struct NetworkOptions;

// What a headless flow diagram shows.
struct FlowsRenderOptions
{
    FlowDiagramOptions diagram;
    Language language = Language::English;
    QString title; // drawn at the top; empty: none
    QSizeF size {1600, 1000};
};

// Draws the flow diagram without a window, as the Flows tab draws it (nothing lit): for print,
// export, the report and --export-flows. Always on white.
class FlowsRenderer
{
public:
    FlowsRenderer(const Document &document, const FlowsRenderOptions &options);

    const FlowDiagram &diagram() const { return m_diagram; }
    void paint(QPainter *painter, const QRectF &target) const;

    // The diagram's options for what the network shows: its filter and its focus.
    static FlowDiagramOptions forNetwork(const Document &document, const NetworkOptions &network, FlowDiagramOptions base);

private:
    const Document &m_document;
    FlowsRenderOptions m_options;
    FlowDiagram m_diagram;
};
