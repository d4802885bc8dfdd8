#pragma once

#include "model/DealRelations.h"

#include <QWidget>

class CompanyPicker;
class Document;
class QChartView;
class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class TimelineChart;

// The valuation timeline tab: the chart, a company picker with presets, a linear/log toggle and
// optional deal markers. The toggle follows the data (logarithmic when a series shown spans more
// than 20×, TimelineData::prefersLogScale) until the user sets it. It follows the document live and emits what the user
// clicks, so the window can select it in the tables.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(Document *document, QWidget *parent = nullptr);

    TimelineChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_chartView; }
    CompanyPicker *picker() const { return m_picker; }
    QStringList companies() const;
    void setCompanies(const QStringList &ids);
    bool isLogarithmic() const;
    // The user's choice: from now on the scale no longer follows the data.
    void setLogarithmic(bool on);
    bool showsDeals() const;
    void setShowDeals(bool on);
    // Only valuations and deals of the range (the state as of a date, chosen in the network).
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to);
    // The company offered in the info bar (empty when none is offered).
    QString offeredCompany() const { return m_offered; }
    // A deal matching a valuation by company and month: the funding round behind it.
    QString dealForValuation(const QString &valuationId) const;
    // Emits the click signals for what lies at the chart position (used by mouse handling).
    void activateAt(QPointF chartPosition);
    // Whether another deal on the timeline already counts the deal's money.
    DealRelations::Status dealStatus(const QString &dealId) const;

public Q_SLOTS:
    // Marks the deals' dates on the deal strip (a circular flow or path selected elsewhere).
    void markDeals(const QStringList &dealIds);
    // When the company is not on the timeline yet, offers to add it.
    void offerCompany(const QString &id);
    void refresh();

Q_SIGNALS:
    void valuationClicked(const QString &id);
    void dealClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void scheduleRefresh();
    QPointF chartPosition(QPoint viewportPosition) const;

    Document *m_document;
    TimelineChart *m_chart;
    QChartView *m_chartView;
    CompanyPicker *m_picker;
    QCheckBox *m_logScale;
    QCheckBox *m_deals;
    QWidget *m_infoBar;
    QLabel *m_infoText;
    QPushButton *m_addButton;
    QPushButton *m_dismissButton;
    QLabel *m_hint;
    QTimer *m_refreshTimer;
    QString m_offered;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    bool m_scaleChosen = false; // the user set the scale; until then it follows the data
};
