#pragma once

#include "analysis/FlowDiagram.h"
#include "network/NetworkPicture.h"

#include <QWidget>

class Document;
class FlowsView;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

// The Flows tab: where the money goes, layer by layer. Its own choices (layers by company kind or
// by company, how many companies, the order of the layers, dragged) above the diagram; the deals
// it shows are the network's (its date range with Play, kinds, minimum amount, focus), whose
// filter bar is shown here while this tab is open (adoptFilterPanel()).
class FlowsWidget : public QWidget
{
    Q_OBJECT
public:
    FlowsWidget(Document *document, QWidget *parent = nullptr);

    FlowsView *view() const { return m_view; }
    // The deals shown: the network's filter and focus.
    void setNetworkOptions(const NetworkOptions &options);
    // The diagram's options as chosen, for what the network shows.
    FlowDiagramOptions diagramOptions() const;
    void setLayering(FlowLayering layering);
    void setLayerOrder(const QList<CompanyKind> &order);
    QList<CompanyKind> layerOrder() const;
    void setTopCompanies(int count);
    // Shows the network's filter bar above the diagram (it goes back when the Network tab opens).
    void adoptFilterPanel(QWidget *panel);
    void retranslate();

Q_SIGNALS:
    void dealsClicked(const QStringList &dealIds);
    void companyClicked(const QString &companyId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override; // Alt+Left/Right in the order

private:
    void changed(); // rebuilds now when shown, else when next shown
    void rebuild();
    void saveChoices() const;

    Document *m_document;
    NetworkOptions m_network;
    bool m_dirty = true;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_layersLabel = nullptr;
    QComboBox *m_layering = nullptr;
    QLabel *m_topLabel = nullptr;
    QSpinBox *m_top = nullptr;
    QLabel *m_orderLabel = nullptr;
    QListWidget *m_order = nullptr;
    QToolButton *m_resetOrder = nullptr;
    FlowsView *m_view = nullptr;
};
