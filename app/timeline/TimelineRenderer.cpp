#include "timeline/TimelineRenderer.h"

#include "document/Document.h"
#include "format/Formatter.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineTooltip.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace {
constexpr qreal FooterHeight = 40;

QFont pixelFont(int pixels)
{
    QFont font;
    font.setPixelSize(pixels);
    return font;
}
} // namespace

TimelineRenderer::TimelineRenderer(const Document &document, const TimelineRenderOptions &options)
    : m_options(options)
    , m_scene(std::make_unique<QGraphicsScene>())
    , m_chart(new TimelineChart)
{
    m_scene->addItem(m_chart);
    TimelineOptions timelineOptions;
    timelineOptions.companyIds = options.companyIds;
    timelineOptions.from = options.from;
    timelineOptions.to = options.to;
    const TimelineData data = buildTimeline(document, timelineOptions);
    TimelineStyle style;
    style.language = options.language;
    style.logarithmic = options.logarithmic.value_or(data.prefersLogScale());
    style.showDeals = options.showDeals;
    style.title = options.title;
    style.showTitle = options.showTitle;
    style.from = options.from;
    style.to = options.to;
    m_chart->setContent(data, style);

    const Formatter format(options.language);
    const QList<Source> sources = data.sources();
    // Publishers, not bare domains, the best-rated first; aggregators only when nothing better is there.
    const QStringList publishers = TimelineTooltip::publishers(sources, document.tiers());
    QString hostText = QStringList(publishers.mid(0, 4)).join(QStringLiteral(", "));
    if (publishers.size() > 4)
        hostText += QStringLiteral(", …");
    const QString sourcesText = sources.isEmpty()
        ? tr("No sources for the data shown.")
        : tr("Data: %n source(s) (%1); all sources are listed in the CapFlow report.", nullptr, int(sources.size()))
              .arg(hostText);
    m_footer = sourcesText + u'\n' + tr("Exported on %1 with CapFlow.").arg(format.date(options.exportDate));
}

TimelineRenderer::~TimelineRenderer() = default;

QString TimelineRenderer::title() const
{
    return m_chart->titleText();
}

QString TimelineRenderer::footerText() const
{
    return m_footer;
}

void TimelineRenderer::paint(QPainter *painter, const QRectF &target)
{
    // The footer as tall as its text wrapped at this width (two lines, or more on a narrow page).
    const QFontMetricsF footerMetrics(pixelFont(11));
    const qreal footerHeight = std::max(FooterHeight,
        footerMetrics.boundingRect(QRectF(0, 0, std::max(50.0, target.width() - 28), 1e6), Qt::TextWordWrap, m_footer)
                .height()
            + 10);
    const QRectF chartRect(target.topLeft(), QSizeF(target.width(), std::max(100.0, target.height() - footerHeight)));
    // Lay the chart out at its final size before painting: without a view nothing else does. Twice:
    // the date labels are chosen for the plot's width the first layout gives, and change the axis.
    m_chart->resize(chartRect.size());
    for (int pass = 0; pass < 2; ++pass) {
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
        QCoreApplication::processEvents();
    }
    m_scene->setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    painter->save();
    painter->fillRect(target, Qt::white);
    m_scene->render(painter, chartRect, QRectF(QPointF(0, 0), chartRect.size()), Qt::IgnoreAspectRatio);
    const QRectF footer(
        target.left() + 14, chartRect.bottom(), target.width() - 28, target.bottom() - chartRect.bottom() - 4);
    painter->setPen(QColor(0xdd, 0xdd, 0xdd));
    painter->drawLine(footer.topLeft(), footer.topRight());
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->setFont(pixelFont(11));
    painter->drawText(footer.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_footer);
    painter->restore();
}
