#pragma once

#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QSizeF>
#include <QStringList>

#include <memory>
#include <optional>

class Document;
class QGraphicsScene;
class QPainter;
class QRectF;
class TimelineChart;

struct TimelineRenderOptions
{
    QStringList companyIds;
    std::optional<QDate> from;
    std::optional<QDate> to;
    Language language = Language::English;
    QString title; // empty: a title naming the companies
    // False: the chart is drawn without its title, the plot reaching up to the top (the report's
    // page has a heading of its own); title() still names it, for a file's metadata.
    bool showTitle = true;
    QSizeF size {1200, 750}; // logical pixels
    bool showDeals = true;
    // Unset: logarithmic when a series shown spans more than 20× (TimelineData::prefersLogScale).
    std::optional<bool> logarithmic;
    QDate exportDate = QDate::currentDate();
};

// Draws the valuation timeline without a window, for image exports and the printed report: the
// same chart as the view, without animations, with its legend and a footer naming the publishers
// of the data's sources (the best-rated first) and the date of the export.
class TimelineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRenderer)
public:
    TimelineRenderer(const Document &document, const TimelineRenderOptions &options);
    ~TimelineRenderer();
    TimelineRenderer(const TimelineRenderer &) = delete;
    TimelineRenderer &operator=(const TimelineRenderer &) = delete;

    QString title() const;
    QString footerText() const;
    TimelineChart *chart() const { return m_chart; }
    void paint(QPainter *painter, const QRectF &target);

private:
    TimelineRenderOptions m_options;
    std::unique_ptr<QGraphicsScene> m_scene;
    TimelineChart *m_chart; // owned by the scene
    QString m_footer;
};
