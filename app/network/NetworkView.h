#pragma once

#include "i18n/Language.h"
#include "network/NetworkPainter.h"
#include "network/NetworkScene.h"

#include <QGraphicsView>

class Editor;

// The interactive network: a QGraphicsView over a scene with no items at all. Edges and nodes are
// painted batched in drawBackground (level of detail by zoom), labels and the legend in
// drawForeground at device size; hit tests run over the NetworkScene. Zoom around the cursor
// (wheel, +/-), pan by dragging the background, hover highlights, click selects, dragging a
// company moves it through the Editor (one undo step per drag) and pins it.
class NetworkView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit NetworkView(QWidget *parent = nullptr);

    void setEditor(Editor *editor) { m_editor = editor; }
    void setLanguage(Language language);
    // The scene to show; the view keeps a pointer, the caller keeps it alive and calls
    // sceneChanged() after rebuilding it.
    void setNetwork(const NetworkScene *scene);
    void sceneChanged();
    void positionsChanged();

    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legend; }
    double zoom() const { return transform().m11(); }
    const NetworkEmphasis &emphasis() const { return m_emphasis; }
    QString selectedCompany() const { return m_selectedCompany; }
    QString selectedDeal() const { return m_selectedDeal; }
    // The node under a viewport point, for tests and tooltips.
    int nodeAtViewport(QPoint pos) const;
    int edgeAtViewport(QPoint pos) const;

public Q_SLOTS:
    void selectCompany(const QString &id);
    void selectDeal(const QString &id);
    void highlightDeals(const QStringList &dealIds);
    QStringList highlightedDeals() const { return m_highlighted; }
    void fitToView();
    void zoomBy(double factor);
    void centreOnCompany(const QString &id);

Q_SIGNALS:
    void companySelected(const QString &id);
    void dealSelected(const QString &id);
    void zoomChanged(double zoom);
    // A company was dragged to a new place (already recorded through the Editor).
    void companyMoved(const QString &id, QPointF pos);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateSceneRect();
    void repaintAll();
    void refreshEmphasis();
    void showDealTooltip(int edge, QPoint globalPos);
    double tolerance() const { return 4.0 / zoom(); }

    const NetworkScene *m_network = nullptr;
    Editor *m_editor = nullptr;
    Language m_language = Language::English;
    bool m_legend = true;
    NetworkEmphasis m_emphasis;
    QString m_selectedCompany;
    QString m_selectedDeal;
    QStringList m_highlighted;
    int m_dragNode = -1;
    int m_dragId = 0;
    QPointF m_dragOffset;
    bool m_dragged = false;
};
