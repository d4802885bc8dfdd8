#pragma once

#include "i18n/Language.h"
#include "network/NetworkFrame.h"
#include "network/NetworkPainter.h"
#include "network/NetworkPicture.h"

#include <QGraphicsView>
#include <QTimer>

#include <optional>
#include <utility>

class Editor;

// The interactive network: a QGraphicsView over a scene with no items at all (the view supplies
// the transform, scrolling and hand-drag panning). A frame of edges, nodes and labels is painted
// batched into an image and kept (NetworkFrame). While the user pans, the kept frame's pixels
// move and only the strips that come into view are painted; while zooming, the kept frame is
// scaled; a full frame follows once the motion pauses. Hover and
// selection do not repaint the network either: they fade the kept frame and draw only what stands
// out on top. The legend is drawn at device size over everything; hit tests run over the
// NetworkPicture. Zoom around the cursor (wheel, +/-), pan by dragging the background, hover
// highlights, click selects, dragging a company moves it through the Editor (one undo step per
// drag) and pins it.
class NetworkView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr double MaxFitZoom = 1.6; // fitting never zooms in further

    explicit NetworkView(QWidget *parent = nullptr);

    void setEditor(Editor *editor) { m_editor = editor; }
    void setLanguage(Language language);
    // The scene to show; the view keeps a pointer, the caller keeps it alive and calls
    // sceneChanged() after rebuilding it.
    void setNetwork(const NetworkPicture *scene);
    void sceneChanged();
    // ids: the companies that moved (empty: any); a drag step repaints only the dragged company.
    void positionsChanged(const QStringList &ids = {});

    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legend; }
    double zoom() const { return transform().m11(); }
    const NetworkEmphasis &emphasis() const { return m_emphasis; }
    QString selectedCompany() const { return m_selectedCompany; }
    QString selectedDeal() const { return m_selectedDeal; }
    // Whether the last frame is shown moved or scaled while the user pans or zooms.
    bool isMoving() const { return m_moving; }
    // The network's full frame is painted again at the next paint (content or size changed).
    bool isFrameStale() const { return !m_frame.isValid(); }
    // How many full frames were painted so far (hover, selection and motion paint none).
    int fullFrames() const { return m_frame.fullFrames(); }
    double lastFrameMilliseconds() const { return m_frame.worldMilliseconds(); }
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
    // A company was dragged to a new place in a view without an editor (with one, the move goes
    // through the document and comes back as its positionsChanged).
    void companyMoved(const QString &id, QPointF pos);
    // Enter on a selected company: show its details.
    void companyActivated(const QString &id);
    // The context menu's "Find Paths from/to …": one of the ids is the company clicked, the other empty.
    void pathsRequested(const QString &fromId, const QString &toId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override; // a new palette: the network follows it
    void resizeEvent(QResizeEvent *event) override; // a view as fitted is fitted again

private:
    int draggedNode() const; // -1 unless a company is being dragged
    void updateSceneRect();
    void repaintAll();
    NetworkFrame::Setup frameSetup() const;
    void startMoving();
    void settle();
    void refreshEmphasis();
    void showDealTooltip(int edge, QPoint globalPos);
    // Keyboard navigation (NetworkViewKeys.cpp).
    bool navigate(QKeyEvent *event);
    void selectNode(int node);
    void stepByName(int step);
    void moveInDirection(QPointF direction);
    void stepThroughDeals(int step);
    void followDeal(bool toPayer);
    void announceSelection();
    double tolerance() const { return 4.0 / zoom(); }

    const NetworkPicture *m_network = nullptr;
    Editor *m_editor = nullptr;
    Language m_language = Language::English;
    bool m_legend = true;
    // The view as the last fitToView() left it (zoom and centre): a resize fits it again, unless
    // the user zoomed or panned since.
    std::optional<std::pair<QTransform, QPointF>> m_fitted;
    NetworkEmphasis m_emphasis;
    QString m_selectedCompany;
    QString m_selectedDeal;
    QStringList m_highlighted;
    QString m_dealWalkCompany; // Page Down/Up go round this company's deals
    int m_dragNode = -1;
    int m_dragId = 0;
    QPointF m_dragOffset;
    bool m_dragged = false;
    bool m_panning = false;

    NetworkFrame m_frame; // network and labels without emphasis
    bool m_moving = false;
    QTimer *m_settle = nullptr;
    NetworkTheme m_theme; // from the palette
};
