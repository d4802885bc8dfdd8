#pragma once

#include "flows/FlowsPainter.h"

#include <QImage>
#include <QWidget>

#include <memory>

class Document;

// The flow diagram on screen: hover a band or a node for its money and largest deals, click a
// band to select its deals (in the deals table and the network), a company's bar to select the
// company. From the keyboard: Tab and the arrow keys go through the bands, Enter selects the
// band's deals, Escape clears what is lit.
class FlowsView : public QWidget
{
    Q_OBJECT
public:
    explicit FlowsView(const Document *document, QWidget *parent = nullptr);
    ~FlowsView() override;

    void setDiagram(const FlowDiagram &diagram);
    const FlowDiagram &diagram() const { return m_diagram; }
    void setLanguage(Language language);
    // Lights the bands that carry these deals (a circular flow); empty: none.
    void highlightDeals(const QStringList &dealIds);
    const QSet<int> &litBands() const { return m_emphasis.litBands; }
    int currentBand() const { return m_emphasis.hoverBand; }
    // The layout at the view's size (laid out when needed).
    const FlowsPainter &flows() const;
    QSize sizeHint() const override { return {900, 600}; }

Q_SIGNALS:
    void dealsClicked(const QStringList &dealIds);
    void companyClicked(const QString &companyId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout() const;
    void setCurrentBand(int band, bool showTip);
    void updateAccessibleDescription();

    const Document *m_document;
    FlowDiagram m_diagram;
    Language m_language = Language::English;
    mutable std::unique_ptr<FlowsPainter> m_flows;
    mutable bool m_laidOut = false;
    FlowsEmphasis m_emphasis;
    QImage m_frame; // the diagram as last painted, with m_frameLit lit
    QSet<int> m_frameLit;
    mutable int m_layouts = 0; // counts relayout()s
    int m_frameLayout = -1; // the layout m_frame shows
    QStringList m_lit; // deal ids lit, kept over new diagrams
};
