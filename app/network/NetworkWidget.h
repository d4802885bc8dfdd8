#pragma once

#include "i18n/Language.h"
#include "network/NetworkPicture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <optional>

class Document;
class Editor;
class LayoutRunner;
class NetworkDetailsPanel;
class NetworkView;
class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSlider;
class QTimer;
class QToolButton;

// The network tab: tool bar (search, size measure, merge toggle, legend, layout, zoom), filter
// bar (date range with play, deal and company kinds, minimum amount, focus, only figures backed by
// a primary source or news outlet) and the view. Owns
// the positions (the layout's, with the document's saved ones pinned) and keeps the view in step
// with the document without laying it out again.
class NetworkWidget : public QWidget
{
    Q_OBJECT
public:
    NetworkWidget(Document *document, Editor *editor, QWidget *parent = nullptr);
    ~NetworkWidget() override;

    NetworkView *view() const { return m_view; }
    NetworkDetailsPanel *detailsPanel() const { return m_details; }
    const NetworkPicture &networkScene() const { return m_scene; }
    const NetworkOptions &options() const { return m_options; }
    void setOptions(const NetworkOptions &options); // for tests and the date slider
    QHash<QString, QPointF> positions() const { return m_positions; }
    // The network as it stood on a date (every deal whose period starts on or before it); an
    // invalid date shows every date again. Moving a date slider leaves the state as of a date.
    void setStateAsOf(QDate date);
    QDate stateAsOf() const { return m_asOf; }
    QToolButton *asOfButton() const { return m_asOfButton; }
    QLineEdit *searchField() const { return m_search; }
    bool isLayoutRunning() const;
    // How many layouts this widget has started (a new document, Relayout): one per document.
    int layoutsStarted() const { return m_layoutsStarted; }
    // The date range (with Play and "as of") and the filters, in one panel: the Flows tab shows
    // it while it is open; takeBackFilterPanel() puts it back above the network.
    QWidget *filterPanel() const { return m_filterPanel; }
    void takeBackFilterPanel();
    void retranslate();

public Q_SLOTS:
    void selectDeal(const QString &id);
    void selectCompany(const QString &id);
    void highlightDeals(const QStringList &dealIds);
    void relayout();
    void arrangeCircle();
    void arrangeLayers();

Q_SIGNALS:
    void dealSelected(const QString &id);
    void companySelected(const QString &id);
    void pathsRequested(const QString &fromId, const QString &toId); // the view's context menu
    // The user picked a date from the calendar beside the date slider (invalid: all dates again),
    // for the other views to show the same state.
    void stateAsOfChosen(QDate date);
    // The network's date range changed (the sliders, Play, a state as of a date); absent bounds:
    // open. The deals table, the timeline and the Analysis dock follow it.
    void dateRangeChanged(std::optional<QDate> from, std::optional<QDate> to);
    // The filter or the focus changed (the Flows tab shows the same deals).
    void optionsChanged(const NetworkOptions &options);

private:
    void createControls();
    void documentReset();
    // Fits the date slider to the deals' months; with keepChoice, the months chosen stay chosen.
    // False when the months did not change.
    bool updateDateRange(bool keepChoice);
    void rebuild();
    void applyPositions(const QList<QPointF> &positions, bool final);
    // A company without a position goes beside its placed partners, or beside the picture, whose
    // bounds are worked out at most once per `pictureBounds` (a rebuild places every company).
    void placeNearPartners(const QString &companyId, std::optional<QRectF> &pictureBounds);
    void filtersChanged();
    void updateDateLabels();
    void stepAnimation();
    QDate monthAt(int index) const;

    Document *m_document;
    Editor *m_editor;
    NetworkPicture m_scene;
    NetworkOptions m_options;
    QHash<QString, QPointF> m_positions;
    QStringList m_layoutIds; // company ids in the order the running layout numbers them
    LayoutRunner *m_runner = nullptr;
    bool m_fitted = false;
    QElapsedTimer m_sinceSnapshot; // since the last snapshot of a running layout was shown
    int m_layoutsStarted = 0;
    QDate m_firstMonth;
    int m_months = 0;

    NetworkView *m_view = nullptr;
    NetworkDetailsPanel *m_details = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QComboBox *m_sizeMeasure = nullptr;
    QCheckBox *m_merge = nullptr;
    QCheckBox *m_legend = nullptr;
    QToolButton *m_layoutButton = nullptr;
    QToolButton *m_fitButton = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QSlider *m_fromSlider = nullptr;
    QSlider *m_toSlider = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_asOfButton = nullptr;
    QAction *m_allDatesAction = nullptr;
    QDate m_asOf;
    int m_asOfSlider = 0; // where setStateAsOf() put the end slider
    QTimer *m_playTimer = nullptr;
    QToolButton *m_dealKinds = nullptr;
    QToolButton *m_companyKinds = nullptr;
    QLabel *m_minLabel = nullptr;
    QDoubleSpinBox *m_minAmount = nullptr;
    QLabel *m_focusLabel = nullptr;
    QComboBox *m_focus = nullptr;
    QCheckBox *m_reputable = nullptr;
    QWidget *m_filterPanel = nullptr;
    QList<SourceTierRule> m_tierRules; // the document's ratings the reputable-only filter was made with
};
