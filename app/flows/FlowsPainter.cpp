#include "flows/FlowsPainter.h"

#include "format/Formatter.h"
#include "format/Palette.h"
#include "graph/DealGraph.h"
#include "model/DealKinds.h"
#include "network/FastRaster.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

namespace {
constexpr double BarWidth = 14;
constexpr double NodeGap = 18; // between the bars of a column
constexpr double LaneGap = 2; // between return arcs
constexpr double MinBand = 2; // a band of undisclosed deals only
constexpr double LabelPad = 3;

const Certainty StripOrder[] = {Certainty::Firm, Certainty::UpTo, Certainty::Estimated};

Money stripMoney(const AmountTotals &totals, Certainty certainty)
{
    switch (certainty) {
    case Certainty::Firm: return totals.firm;
    case Certainty::UpTo: return totals.upTo;
    case Certainty::Estimated: return totals.estimated;
    case Certainty::Undisclosed: break;
    }
    return {};
}

QBrush stripBrush(QColor colour, Certainty certainty, double fade)
{
    switch (certainty) {
    case Certainty::Firm: colour.setAlphaF(0.78 * fade); return QBrush(colour);
    case Certainty::UpTo: colour.setAlphaF(0.16 * fade); return QBrush(colour); // under the hatching
    case Certainty::Estimated:
    case Certainty::Undisclosed: colour.setAlphaF(0.3 * fade); return QBrush(colour);
    }
    return {};
}

// A tile of diagonal hatching in a colour: a brush of it fills a strip in one pass, and being an
// image in logical pixels it scales with the painter (on screen, in a PDF and in an SVG alike).
QBrush hatchBrush(QColor colour)
{
    constexpr int Tile = 12;
    QImage tile(Tile, Tile, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.4));
    for (int x = -Tile; x <= Tile; x += Tile / 2)
        painter.drawLine(QPointF(x, Tile), QPointF(x + Tile, 0));
    return QBrush(tile);
}

// Where bands are drawn: through the painter (PDF, SVG, printers), or on a raster image straight
// into its pixels, the fills queued and drawn by flush() in stripes of rows on all cores (the
// QPainter fills of a 10k-company diagram take 330 ms, these 30).
class BandCanvas
{
public:
    explicit BandCanvas(QPainter *painter)
        : m_painter(painter)
        , m_fast(FastRaster::canDraw(painter))
    {
    }
    ~BandCanvas() { flush(); }

    // A shape for its certainty: firm solid, estimated light, up-to light and hatched.
    void fillStrip(const QPainterPath &shape, QColor colour, Certainty certainty, double fade)
    {
        const QColor base = stripBrush(colour, certainty, fade).color();
        colour.setAlphaF(0.85 * fade);
        if (m_fast) {
            Fill fill {shape, base, {}, {}};
            if (certainty == Certainty::UpTo)
                fill.hatching = FastRaster::Hatching {colour, 6, 1.4};
            m_fills.push_back(std::move(fill));
            return;
        }
        m_painter->fillPath(shape, base);
        if (certainty == Certainty::UpTo)
            m_painter->fillPath(shape, hatchBrush(colour));
    }

    // The dotted line of a band of undisclosed deals only, as QPainter draws a 1.5 px wide
    // Qt::DotLine (a dot of 1.5, a gap of 3).
    void drawDotted(const QPainterPath &centre, const QColor &colour)
    {
        constexpr double Width = 1.5, Period = 3 * Width;
        if (!m_fast) {
            m_painter->setPen(QPen(colour, Width, Qt::DotLine, Qt::FlatCap));
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawPath(centre);
            return;
        }
        Fill fill {{}, colour, {}, {}};
        for (const QPolygonF &polygon : centre.toSubpathPolygons()) {
            double along = Width / 2; // the next dot's centre, from the start of the segment
            for (qsizetype i = 1; i < polygon.size(); ++i) {
                const QLineF segment(polygon[i - 1], polygon[i]);
                const double length = segment.length();
                for (; along < length; along += Period)
                    fill.dots << segment.pointAt(along / length);
                along -= length;
            }
        }
        m_fills.push_back(std::move(fill));
    }

    void flush()
    {
        if (m_fills.empty())
            return;
        const FastRaster::Surface surface = FastRaster::Surface::of(m_painter);
        // A thread costs about 50 µs: worth it for a diagram, not for a legend's sample.
        const int threads = m_fills.size() < 16 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
        const auto inParallel = [threads](auto &&work) {
            std::vector<std::thread> helpers;
            for (int k = 1; k < threads; ++k)
                helpers.emplace_back(work, k);
            work(0);
            for (std::thread &helper : helpers)
                helper.join();
        };
        // Outlines flattened once (each thread some of them), then the stripes of rows drawn.
        std::vector<QList<QPolygonF>> outlines(m_fills.size());
        inParallel([&](int k) {
            for (size_t i = size_t(k); i < m_fills.size(); i += size_t(threads)) {
                if (m_fills[i].dots.isEmpty())
                    outlines[i] = FastRaster::flatten(surface, m_fills[i].shape);
            }
        });
        inParallel([&](int k) {
            const FastRaster::Surface part = surface.part(k, threads);
            FastRaster::Scratch scratch;
            for (size_t i = 0; i < m_fills.size(); ++i) {
                const Fill &fill = m_fills[i];
                if (!fill.dots.isEmpty())
                    FastRaster::fillSquares(part, fill.dots.constData(), fill.dots.size(), fill.colour, 1.5);
                else
                    FastRaster::fillPolygons(part, outlines[i], fill.colour, fill.hatching ? &*fill.hatching : nullptr, &scratch);
            }
        });
        m_fills.clear();
    }

private:
    struct Fill
    {
        QPainterPath shape;
        QColor colour;
        std::optional<FastRaster::Hatching> hatching;
        QList<QPointF> dots; // instead of the shape
    };
    QPainter *m_painter;
    bool m_fast;
    std::vector<Fill> m_fills;
};

// The filled ribbon between two columns: from [a, a + t] at x0 to [b, b + t] at x1.
QPainterPath ribbon(double x0, double a, double x1, double b, double t)
{
    const double xm = (x0 + x1) / 2;
    QPainterPath path;
    path.moveTo(x0, a);
    path.cubicTo(xm, a, xm, b, x1, b);
    path.lineTo(x1, b + t);
    path.cubicTo(xm, b + t, xm, a + t, x0, a + t);
    path.closeSubpath();
    return path;
}

QPainterPath stroke(const QPainterPath &centre, double width)
{
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(Qt::FlatCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    return stroker.createStroke(centre);
}

// A quarter turn as a cubic (kappa: the circle's approximation).
constexpr double Kappa = 0.5523;

// The centre line of a return: out of the source bar's right side at y0, down its own vertical
// at xs, left along the lane at laneY, up its vertical at xt and into the target bar's left
// side at y1. Turns are quarter circles, so that the strips of a return stay concentric.
QPainterPath returnArc(double sx, double y0, double xs, double laneY, double xt, double tx, double y1)
{
    QPainterPath path;
    path.moveTo(sx, y0);
    double r = std::max(0.0, std::min(xs - sx, (laneY - y0) / 2));
    path.lineTo(xs - r, y0);
    path.cubicTo(xs - r + r * Kappa, y0, xs, y0 + r - r * Kappa, xs, y0 + r);
    path.lineTo(xs, laneY - r);
    path.cubicTo(xs, laneY - r + r * Kappa, xs - r + r * Kappa, laneY, xs - r, laneY);
    r = std::max(0.0, std::min(tx - xt, (laneY - y1) / 2));
    path.lineTo(xt + r, laneY);
    path.cubicTo(xt + r - r * Kappa, laneY, xt, laneY - r + r * Kappa, xt, laneY - r);
    path.lineTo(xt, y1 + r);
    path.cubicTo(xt, y1 + r - r * Kappa, xt + r - r * Kappa, y1, xt + r, y1);
    path.lineTo(tx, y1);
    return path;
}

QRectF textBox(const QFontMetricsF &metrics, const QStringList &lines)
{
    double width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return QRectF(0, 0, width + 2 * LabelPad, lines.size() * metrics.height() + 2 * LabelPad);
}

bool clear(const QRectF &rect, const QList<QRectF> &taken, const QRectF &area)
{
    if (!area.contains(rect))
        return false;
    return std::none_of(taken.cbegin(), taken.cend(), [&rect](const QRectF &r) { return r.intersects(rect); });
}
} // namespace

FlowsPainter::FlowsPainter(const FlowDiagram &diagram, const DealGraph &graph, Language language, NetworkTheme theme)
    : m_diagram(diagram)
    , m_graph(graph)
    , m_language(language)
    , m_theme(theme)
{
}

QFont FlowsPainter::labelFont()
{
    QFont font;
    font.setPixelSize(12);
    return font;
}

QString FlowsPainter::layerName(CompanyKind kind)
{
    switch (kind) {
    case CompanyKind::AiLab: return tr("AI labs");
    case CompanyKind::Cloud: return tr("Cloud providers");
    case CompanyKind::Chips: return tr("Chip makers");
    case CompanyKind::Investor: return tr("Investors");
    case CompanyKind::Conglomerate: return tr("Conglomerates");
    case CompanyKind::Other: return tr("Other companies");
    }
    return {};
}

QStringList FlowsPainter::amountParts(const AmountTotals &totals, const Formatter &format)
{
    QStringList parts;
    if (totals.firm.usd() > 0)
        parts << format.money(totals.firm);
    if (totals.upTo.usd() > 0)
        parts << format.dealAmount(totals.upTo, AmountKind::UpTo);
    if (totals.estimated.usd() > 0)
        parts << format.dealAmount(totals.estimated, AmountKind::Estimated);
    if (totals.undisclosed > 0)
        parts << tr("+%n undisclosed", nullptr, totals.undisclosed);
    return parts;
}

QString FlowsPainter::amountText(const AmountTotals &totals) const
{
    return amountParts(totals, Formatter(m_language)).join(QStringLiteral(" · "));
}

QString FlowsPainter::nodeName(int index) const
{
    const FlowNode &node = m_diagram.nodes[index];
    switch (node.type) {
    case FlowNode::Type::Kind: return layerName(node.kind);
    case FlowNode::Type::Company: {
        const Company *company = m_graph.company(node.companyId);
        return company ? company->name : node.companyId;
    }
    case FlowNode::Type::OtherCompanies:
        return tr("%1: %n more", "companies of a kind not drawn on their own", int(node.companyIds.size()))
            .arg(layerName(node.kind));
    case FlowNode::Type::Outside: return tr("Buyers outside the data");
    }
    return {};
}

QString FlowsPainter::columnName(int column) const
{
    if (m_diagram.hasOutside && column == 0)
        return tr("Buyers outside the data");
    return layerName(m_diagram.columnKinds.value(column));
}

void FlowsPainter::layoutLegend()
{
    m_legendItems.clear();
    using Sample = LegendItem::Sample;
    bool upTo = false, estimated = false, undisclosed = false, returns = false;
    QList<DealKind> kinds;
    for (const FlowBand &band : m_diagram.bands) {
        upTo = upTo || band.money.upTo.usd() > 0;
        estimated = estimated || band.money.estimated.usd() > 0;
        undisclosed = undisclosed || band.money.disclosed().usd() == 0;
        returns = returns || band.isReturn;
        if (!kinds.contains(band.kind))
            kinds << band.kind;
    }
    std::sort(kinds.begin(), kinds.end());
    for (DealKind kind : kinds)
        m_legendItems << LegendItem {Sample::Kind, kind, DealKinds::displayName(kind), {}};
    m_legendItems << LegendItem {Sample::Firm, {}, tr("committed or reported"), {}};
    if (upTo)
        m_legendItems << LegendItem {Sample::UpTo, {}, tr("up to (a ceiling)"), {}};
    if (estimated)
        m_legendItems << LegendItem {Sample::Estimated, {}, tr("estimated"), {}};
    if (undisclosed)
        m_legendItems << LegendItem {Sample::Undisclosed, {}, tr("undisclosed only"), {}};
    if (returns)
        m_legendItems << LegendItem {Sample::Return, {}, tr("arcs below: money flowing back against the layer order"), {}};

    // In rows from the bottom left, wrapping at the area's width.
    const QFontMetricsF metrics(labelFont());
    const double rowHeight = metrics.height() + 6;
    const double sample = 22;
    double x = m_area.left(), row = 0;
    for (LegendItem &item : m_legendItems) {
        const double width = sample + 6 + metrics.horizontalAdvance(item.text) + 16;
        if (x > m_area.left() && x + width > m_area.right()) {
            x = m_area.left();
            ++row;
        }
        item.rect = QRectF(x, row * rowHeight, width, rowHeight);
        x += width;
    }
    const double height = (row + 1) * rowHeight;
    m_legend = QRectF(m_area.left(), m_area.bottom() - height, m_area.width(), height);
    for (LegendItem &item : m_legendItems)
        item.rect.translate(0, m_legend.top());
}

void FlowsPainter::layout(const QRectF &area)
{
    m_area = area;
    m_headers.clear();
    if (m_diagram.isEmpty() || area.width() < 50 || area.height() < 50) {
        m_bands.clear();
        m_nodes.clear();
        m_bands.resize(m_diagram.bands.size());
        m_nodes.resize(m_diagram.nodes.size());
        m_legend = QRectF();
        m_legendItems.clear();
        return;
    }
    layoutLegend();
    // The layers' names and totals in a strip above the diagram: as high as they need at the
    // columns' spacing, which the body's layout decides (so twice when the first guess was low).
    // When that takes more than a quarter of the height, the totals are shortened, step by step
    // (the tool tips have them in full).
    const double budget = std::max(4 * QFontMetricsF(labelFont()).height(), (m_legend.top() - area.top()) / 4);
    for (int detail = 0; detail <= 3; ++detail) {
        double header = 0;
        for (int pass = 0; pass < 3; ++pass) {
            layoutBody(header);
            const double needed = layoutHeaders(detail);
            if (needed <= header + 0.5)
                break;
            header = needed;
        }
        if (header <= budget || detail == 3)
            break;
    }
    placeLabels();
}

QList<AmountTotals> FlowsPainter::columnTotals(bool in) const
{
    QList<AmountTotals> totals(m_diagram.columns);
    for (const FlowNode &node : m_diagram.nodes)
        totals[node.column].add(in ? node.in : node.out);
    return totals;
}

QStringList FlowsPainter::wrapAmounts(const QString &prefix, const QStringList &parts, double width) const
{
    const QFontMetricsF metrics(labelFont());
    QStringList lines;
    QString line = prefix;
    bool first = true;
    for (const QString &part : parts) {
        const QString candidate = first ? line + part : line + QStringLiteral(" · ") + part;
        if (metrics.horizontalAdvance(candidate) > width && !(first && line.trimmed().isEmpty())) {
            lines << line.trimmed();
            line = QStringLiteral("  ") + part;
        } else {
            line = candidate;
        }
        first = false;
    }
    lines << line;
    // What still does not fit (one amount wider than a narrow column) is shortened.
    for (QString &text : lines)
        text = metrics.elidedText(text, Qt::ElideRight, width);
    return lines;
}

double FlowsPainter::layoutHeaders(int detail)
{
    m_headers.clear();
    const QFontMetricsF metrics(labelFont());
    QFont bold = labelFont();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QList<AmountTotals> in = columnTotals(true), out = columnTotals(false);
    QList<double> barX(m_diagram.columns, 0.0);
    for (int i = 0; i < m_nodes.size(); ++i)
        barX[m_diagram.nodes[i].column] = m_nodes[i].bar.left();
    // Each column's header keeps to its slot: from half way to the bar on its left to half way
    // to the bar on its right, so that no two overlap; the text wraps to the slot's width.
    double height = 0;
    const int first = m_diagram.hasOutside ? 1 : 0; // the buyers outside are named beside their bar
    for (int c = 0; c < m_diagram.columns; ++c) {
        if (c < first) {
            m_headers << ColumnHeader {}; // none
            continue;
        }
        const double centre = barX[c] + BarWidth / 2;
        const double slotLeft = c == first ? m_area.left() : (barX[c - 1] + barX[c]) / 2 + BarWidth / 2 + 4;
        const double slotRight
            = c == m_diagram.columns - 1 ? m_area.right() : (barX[c] + barX[c + 1]) / 2 + BarWidth / 2 - 4;
        const double width = std::max(40.0, slotRight - slotLeft);
        ColumnHeader header;
        const QString name = columnName(c);
        header.lines << name;
        // The name in words, wrapped.
        QString line;
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && boldMetrics.horizontalAdvance(candidate) > width) {
                header.shownLines << line;
                line = word;
            } else {
                line = candidate;
            }
        }
        header.shownLines << line;
        header.nameLines = int(header.shownLines.size());
        header.detail = detail;
        // Shorter at each step: without the count of undisclosed deals, then the firm money alone
        // (marked "…" when there is more), then the name alone.
        const auto shown = [&](const AmountTotals &totals) {
            QStringList parts = amountParts(totals, Formatter(m_language));
            const int all = int(parts.size());
            if (detail >= 1 && totals.undisclosed > 0 && parts.size() > 1)
                parts.removeLast();
            if (detail >= 2 && parts.size() > 1)
                parts = parts.mid(0, 1);
            if (int(parts.size()) < all)
                parts.last() += QStringLiteral(" …");
            return parts;
        };
        for (const auto &[label, totals] : {std::pair {tr("in: %1"), in[c]}, std::pair {tr("out: %1"), out[c]}}) {
            if (totals.isEmpty())
                continue;
            header.lines << label.arg(amountText(totals));
            if (detail < 3)
                header.shownLines << wrapAmounts(label.arg(QString()), shown(totals), width);
        }
        double textWidth = 0;
        for (int i = 0; i < header.shownLines.size(); ++i)
            textWidth = std::max(textWidth, (i < header.nameLines ? boldMetrics : metrics).horizontalAdvance(header.shownLines[i]));
        textWidth = std::min(textWidth + 2, width);
        // The first column's header starts at its bar, the last ends at its bar, the others are
        // centred on theirs.
        double x = centre - textWidth / 2;
        header.alignment = Qt::AlignHCenter;
        if (c == first) {
            x = barX[c];
            header.alignment = Qt::AlignLeft;
        } else if (c == m_diagram.columns - 1 && m_diagram.columns > 1) {
            x = barX[c] + BarWidth - textWidth;
            header.alignment = Qt::AlignRight;
        }
        x = std::clamp(x, slotLeft, std::max(slotLeft, slotRight - textWidth));
        header.rect = QRectF(x, m_area.top(), textWidth, header.shownLines.size() * metrics.height());
        height = std::max(height, header.rect.height() + 8);
        m_headers << header;
    }
    return height;
}

void FlowsPainter::layoutBody(double header)
{
    m_bands.clear();
    m_nodes.clear();
    m_bands.resize(m_diagram.bands.size());
    m_nodes.resize(m_diagram.nodes.size());
    const QRectF area = m_area;
    const QRectF plot(area.left(), area.top() + header + 4, area.width(), m_legend.top() - area.top() - header - 14);
    const int columns = m_diagram.columns;


    // One linear scale for every band: the tallest column and the return arcs under it fill the
    // height (thin bands get a minimum, so the scale is found in two passes).
    const auto value = [](const AmountTotals &totals) { return double(totals.disclosed().usd()); };
    QList<double> columnValue(columns, 0.0);
    QList<int> columnNodes(columns, 0);
    for (const FlowNode &node : m_diagram.nodes) {
        columnValue[node.column] += node.size();
        ++columnNodes[node.column];
    }
    double returnValue = 0;
    int returns = 0;
    for (const FlowBand &band : m_diagram.bands) {
        if (band.isReturn) {
            returnValue += value(band.money);
            ++returns;
        }
    }
    double fixed = 12 + returns * (LaneGap + MinBand);
    double maxColumn = 0;
    int maxNodes = 1;
    for (int c = 0; c < columns; ++c) {
        maxColumn = std::max(maxColumn, columnValue[c]);
        maxNodes = std::max(maxNodes, columnNodes[c]);
    }
    fixed += (maxNodes - 1) * NodeGap + maxNodes * 4;
    const double total = maxColumn + returnValue;
    double scale = total > 0 ? std::max(0.0, plot.height() - fixed) / total : 0;
    const auto thickness = [&scale, &value](const FlowBand &band) {
        return band.money.disclosed().usd() > 0 ? std::max(1.0, value(band.money) * scale) : MinBand;
    };

    QList<double> nodeHeight(m_diagram.nodes.size(), 0.0);
    const auto measure = [&] {
        QList<double> in(m_diagram.nodes.size(), 0.0), out(m_diagram.nodes.size(), 0.0);
        for (const FlowBand &band : m_diagram.bands) {
            out[band.from] += thickness(band);
            in[band.to] += thickness(band);
        }
        double tallest = 0;
        QList<double> stack(columns, 0.0);
        for (int i = 0; i < m_diagram.nodes.size(); ++i) {
            nodeHeight[i] = std::max({in[i], out[i], 4.0});
            stack[m_diagram.nodes[i].column] += nodeHeight[i] + NodeGap;
        }
        for (double s : stack)
            tallest = std::max(tallest, s - NodeGap);
        double lanes = 12;
        for (const FlowBand &band : m_diagram.bands) {
            if (band.isReturn)
                lanes += thickness(band) + LaneGap;
        }
        return tallest + lanes;
    };
    for (int pass = 0; pass < 3; ++pass) {
        const double needed = measure();
        if (needed <= plot.height() + 0.5 || scale <= 0)
            break;
        scale *= std::max(0.1, (plot.height() - (needed - plot.height()) * 0.1) / needed);
    }
    measure();

    // Bars: each column's stack centred in the height the nodes take.
    double nodesHeight = 0;
    {
        QList<double> stack(columns, 0.0);
        for (int i = 0; i < m_diagram.nodes.size(); ++i)
            stack[m_diagram.nodes[i].column] += nodeHeight[i] + NodeGap;
        for (double s : stack)
            nodesHeight = std::max(nodesHeight, s - NodeGap);
    }
    {
        QList<double> stack(columns, 0.0);
        for (int i = 0; i < m_diagram.nodes.size(); ++i)
            stack[m_diagram.nodes[i].column] += nodeHeight[i] + NodeGap;
        QList<double> y(columns, 0.0);
        for (int c = 0; c < columns; ++c)
            y[c] = plot.top() + (nodesHeight - (stack[c] - NodeGap)) / 2;
        for (int i = 0; i < m_diagram.nodes.size(); ++i) {
            const int c = m_diagram.nodes[i].column;
            m_nodes[i].bar = QRectF(0, y[c], BarWidth, nodeHeight[i]); // placed across below
            m_nodes[i].labelLeft = columns > 1 && c == columns - 1;
            y[c] += nodeHeight[i] + NodeGap;
        }
    }

    // Lanes of the returns under the bars: the widest span outermost (lowest).
    QList<int> returnBands;
    for (int b = 0; b < m_diagram.bands.size(); ++b) {
        if (m_diagram.bands[b].isReturn)
            returnBands << b;
    }
    const auto spanOf = [this](int b) {
        const FlowBand &band = m_diagram.bands[b];
        return m_diagram.nodes[band.from].column - m_diagram.nodes[band.to].column;
    };
    std::stable_sort(returnBands.begin(), returnBands.end(), [&](int a, int b) {
        return spanOf(a) != spanOf(b) ? spanOf(a) < spanOf(b) : thickness(m_diagram.bands[a]) < thickness(m_diagram.bands[b]);
    });
    QHash<int, double> laneTop; // band → top of its block of lanes
    QHash<int, int> laneRank; // band → its place from the inside out
    double lane = plot.top() + nodesHeight + 12;
    for (int i = 0; i < returnBands.size(); ++i) {
        laneTop.insert(returnBands[i], lane);
        laneRank.insert(returnBands[i], i);
        lane += thickness(m_diagram.bands[returnBands[i]]) + LaneGap;
    }

    // Ports: out of a bar's right side forward bands by their target's height, then returns
    // outermost first; into its left side forward bands by their source's height, then returns.
    QList<QList<int>> outs(m_diagram.nodes.size()), ins(m_diagram.nodes.size());
    for (int b = 0; b < m_diagram.bands.size(); ++b) {
        outs[m_diagram.bands[b].from] << b;
        ins[m_diagram.bands[b].to] << b;
    }
    const auto portOrder = [&](bool outgoing) {
        return [&, outgoing](int a, int b) {
            const FlowBand &x = m_diagram.bands[a], &y = m_diagram.bands[b];
            if (x.isReturn != y.isReturn)
                return y.isReturn;
            if (x.isReturn)
                return laneRank.value(a) > laneRank.value(b); // outer (lower lane) on top
            const int ox = outgoing ? x.to : x.from, oy = outgoing ? y.to : y.from;
            const double cx = m_nodes[ox].bar.center().y(), cy = m_nodes[oy].bar.center().y();
            return cx != cy ? cx < cy : x.kind < y.kind;
        };
    };
    QHash<int, double> outY, inY; // band → top of its port
    QHash<int, double> outInner, inInner; // band → thickness of the returns inside it at that node
    for (int n = 0; n < m_diagram.nodes.size(); ++n) {
        for (int side = 0; side < 2; ++side) {
            QList<int> &ports = side == 0 ? outs[n] : ins[n];
            std::stable_sort(ports.begin(), ports.end(), portOrder(side == 0));
            double y = m_nodes[n].bar.top();
            for (int b : ports) {
                (side == 0 ? outY : inY).insert(b, y);
                y += thickness(m_diagram.bands[b]);
            }
            double inner = 0;
            for (auto it = ports.crbegin(); it != ports.crend(); ++it) {
                if (!m_diagram.bands[*it].isReturn)
                    break;
                (side == 0 ? outInner : inInner).insert(*it, inner);
                inner += thickness(m_diagram.bands[*it]) + LaneGap;
            }
        }
    }

    // Columns: the bars spread over the width, with room at the sides for the arcs that turn
    // round the first and the last column.
    const double gap = 8;
    double leftNeed = 0, rightNeed = 0;
    for (int b : returnBands) {
        const FlowBand &band = m_diagram.bands[b];
        const double t = thickness(band);
        if (m_diagram.nodes[band.to].column == 0)
            leftNeed = std::max(leftNeed, gap + inInner.value(b) + t);
        if (m_diagram.nodes[band.from].column == columns - 1)
            rightNeed = std::max(rightNeed, gap + outInner.value(b) + t);
    }
    const double left = plot.left() + std::min(leftNeed, plot.width() / 6);
    const double span = std::max(0.0, plot.width() - BarWidth - (left - plot.left()) - std::min(rightNeed, plot.width() / 6));
    // The buyers outside the data, when there are any, get a narrower column at the left.
    const double outside = m_diagram.hasOutside ? 0.4 : 0;
    const double steps = columns - 1 - outside;
    m_columnSpacing = steps > 0 ? span / steps : span;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int c = m_diagram.nodes[i].column;
        double x = left + span * 0.3;
        if (steps > 0)
            x = c == 0 ? left : left + m_columnSpacing * (c - outside);
        m_nodes[i].bar.moveLeft(x);
    }

    for (int b = 0; b < m_diagram.bands.size(); ++b) {
        const FlowBand &band = m_diagram.bands[b];
        BandGeometry &geometry = m_bands[b];
        const double t = thickness(band);
        geometry.thickness = band.money.disclosed().usd() > 0 ? t : 0;
        geometry.label = amountText(band.money);
        const double sx = m_nodes[band.from].bar.right(), tx = m_nodes[band.to].bar.left();
        const double a = outY.value(b), c = inY.value(b);
        double offset = 0;
        if (!band.isReturn) {
            for (Certainty certainty : StripOrder) {
                const double part = double(stripMoney(band.money, certainty).usd()) * scale;
                if (part <= 0)
                    continue;
                const double w = geometry.thickness > 0 ? part * t / std::max(1e-9, value(band.money) * scale) : t;
                geometry.strips << Strip {certainty, ribbon(sx, a + offset, tx, c + offset, w)};
                offset += w;
            }
            const double xm = (sx + tx) / 2;
            geometry.centre.moveTo(sx, a + t / 2);
            geometry.centre.cubicTo(xm, a + t / 2, xm, c + t / 2, tx, c + t / 2);
            continue;
        }
        const double top = laneTop.value(b);
        // The curve o below the band's top in the ports: the higher in the port, the further out
        // (round the bars and lower on the lane), so that the curves for 0 ≤ o ≤ t are concentric
        // and a strip is the simple shape between two of them.
        const auto arc = [&](double o) {
            const double outer = t - o;
            const double xs = sx + gap + outInner.value(b) + outer;
            const double xt = tx - gap - inInner.value(b) - outer;
            return returnArc(sx, a + o, xs, top + t - o, xt, tx, c + o);
        };
        for (Certainty certainty : StripOrder) {
            const double part = double(stripMoney(band.money, certainty).usd()) * scale;
            if (part <= 0)
                continue;
            const double w = part * t / std::max(1e-9, value(band.money) * scale);
            QPainterPath shape = arc(offset);
            shape.connectPath(arc(offset + w).toReversed());
            shape.closeSubpath();
            geometry.strips << Strip {certainty, shape};
            offset += w;
        }
        geometry.centre = arc(t / 2);
    }
}

void FlowsPainter::placeLabels()
{
    const QFontMetricsF metrics(labelFont());
    QFont bold = labelFont();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    QList<QRectF> taken;
    for (const NodeGeometry &node : m_nodes)
        taken << node.bar.adjusted(-1, -1, 1, 1);
    taken << m_legend;
    for (const ColumnHeader &header : m_headers)
        taken << header.rect;
    const QRectF area = m_area.adjusted(0, 0, 0, -m_legend.height());

    QList<int> order;
    for (int i = 0; i < m_nodes.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return m_diagram.nodes[a].size() > m_diagram.nodes[b].size(); });
    // The companies' names beside their bars (the layers are named above the diagram), the
    // largest first, moved along the bar until clear, else on hover only.
    for (int i : order) {
        NodeGeometry &node = m_nodes[i];
        const FlowNode &flow = m_diagram.nodes[i];
        node.lines = {nodeName(i)};
        if (!flow.in.isEmpty())
            node.lines << tr("in: %1").arg(amountText(flow.in));
        if (!flow.out.isEmpty())
            node.lines << tr("out: %1").arg(amountText(flow.out));
        if (flow.type == FlowNode::Type::Kind)
            continue;
        // The buyers outside have a narrower column: their name wraps.
        const double room = flow.type == FlowNode::Type::Outside ? std::max(60.0, m_columnSpacing * 0.4 - BarWidth - 10)
                                                                 : std::max(100.0, m_columnSpacing - BarWidth - 12);
        QStringList shown;
        QString line;
        for (const QString &word : node.lines.first().split(u' ', Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && boldMetrics.horizontalAdvance(candidate) > room && shown.isEmpty()) {
                shown << line;
                line = word;
            } else {
                line = candidate;
            }
        }
        shown << boldMetrics.elidedText(line, Qt::ElideRight, room);
        QRectF box = textBox(metrics, shown);
        double textWidth = 0;
        for (const QString &text : shown)
            textWidth = std::max(textWidth, boldMetrics.horizontalAdvance(text));
        box.setWidth(textWidth + 2 * LabelPad);
        for (int step = 0; step <= 8 && node.labelRect.isNull(); ++step) {
            const double shift = (step % 2 ? 1 : -1) * ((step + 1) / 2) * box.height() / 2;
            for (bool left : {node.labelLeft, !node.labelLeft}) {
                const double x = left ? node.bar.left() - 4 - box.width() : node.bar.right() + 4;
                const QRectF rect(QPointF(x, node.bar.center().y() - box.height() / 2 + shift), box.size());
                if (clear(rect, taken, area)) {
                    node.labelRect = rect;
                    node.shownLines = shown;
                    node.shownLeft = left;
                    taken << rect;
                    break;
                }
            }
        }
    }

    // The bands' money, thickest first, on the band where it is thick enough and clear.
    QList<int> bands;
    for (int i = 0; i < m_bands.size(); ++i)
        bands << i;
    std::stable_sort(
        bands.begin(), bands.end(), [this](int a, int b) { return m_bands[a].thickness > m_bands[b].thickness; });
    for (int b : bands) {
        BandGeometry &geometry = m_bands[b];
        if (geometry.thickness + 2 < metrics.height() || geometry.label.isEmpty())
            continue;
        const FlowBand &band = m_diagram.bands[b];
        const QRectF box = textBox(metrics, {geometry.label});
        QPointF centre;
        if (!band.isReturn) {
            centre = geometry.centre.pointAtPercent(0.5);
        } else {
            // On the lane, half way between the two verticals.
            const QRectF bounds = geometry.centre.boundingRect();
            centre = QPointF((m_nodes[band.from].bar.right() + m_nodes[band.to].bar.left()) / 2,
                bounds.bottom());
        }
        const QRectF rect(centre - QPointF(box.width() / 2, box.height() / 2), box.size());
        if (clear(rect, taken, m_area)) {
            geometry.labelRect = rect;
            taken << rect;
        }
    }
}

void FlowsPainter::paint(QPainter *painter, const FlowsEmphasis &emphasis) const
{
    paintDiagram(painter, emphasis.litBands);
    paintHover(painter, emphasis);
}

void FlowsPainter::paintHover(QPainter *painter, const FlowsEmphasis &emphasis) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (emphasis.hoverBand >= 0 && emphasis.hoverBand < m_bands.size()) {
        painter->setPen(QPen(m_theme.softInk, 1.2));
        for (const Strip &strip : m_bands[emphasis.hoverBand].strips)
            painter->drawPath(strip.shape);
        if (m_bands[emphasis.hoverBand].strips.isEmpty())
            painter->drawPath(m_bands[emphasis.hoverBand].centre);
    }
    if (emphasis.hoverNode >= 0 && emphasis.hoverNode < m_nodes.size()) {
        painter->setPen(QPen(m_theme.ink, 2));
        painter->drawRect(m_nodes[emphasis.hoverNode].bar);
    }
    painter->restore();
}

void FlowsPainter::paintDiagram(QPainter *painter, const QSet<int> &litBands) const
{
    FlowsEmphasis emphasis;
    emphasis.litBands = litBands;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const bool anyLit = !emphasis.litBands.isEmpty();
    const QFont font = labelFont();
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);

    // Bands under the bars; the lit ones over the faded ones.
    QList<int> order; // returns under forward bands
    for (int b = 0; b < m_bands.size(); ++b) {
        if (m_diagram.bands[b].isReturn)
            order << b;
    }
    for (int b = 0; b < m_bands.size(); ++b) {
        if (!m_diagram.bands[b].isReturn)
            order << b;
    }
    BandCanvas canvas(painter);
    for (int pass = 0; pass < 2; ++pass) {
        for (int b : order) {
            const bool lit = !anyLit || emphasis.litBands.contains(b);
            if (lit != (pass == 1))
                continue;
            const FlowBand &band = m_diagram.bands[b];
            const BandGeometry &geometry = m_bands[b];
            const QColor colour = Palette::dealKind(band.kind);
            const double fade = lit ? 1.0 : 0.22;
            if (geometry.strips.isEmpty()) {
                QColor line = colour;
                line.setAlphaF(0.9 * fade);
                canvas.drawDotted(geometry.centre, line);
                continue;
            }
            for (const Strip &strip : geometry.strips)
                canvas.fillStrip(strip.shape, colour, strip.certainty, fade);
        }
    }

    canvas.flush();

    // The bars in their kind's colour.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const FlowNode &node = m_diagram.nodes[i];
        const QColor fill = node.type == FlowNode::Type::Outside ? QColor(0x99, 0x99, 0x99) : Palette::companyKind(node.kind);
        painter->setPen(QPen(fill.darker(130), 1));
        painter->setBrush(node.type == FlowNode::Type::OtherCompanies ? QBrush(fill, Qt::Dense4Pattern) : QBrush(fill));
        painter->drawRect(m_nodes[i].bar);
    }

    // Labels on a light panel, so that they stay readable over the bands.
    const auto panel = [&](const QRectF &rect) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_theme.panel(210));
        painter->drawRoundedRect(rect, 3, 3);
    };
    for (int i = 0; i < m_nodes.size(); ++i) {
        const NodeGeometry &node = m_nodes[i];
        if (node.labelRect.isNull())
            continue;
        panel(node.labelRect);
        double y = node.labelRect.top() + LabelPad;
        for (int line = 0; line < node.shownLines.size(); ++line) {
            painter->setFont(bold); // names only: the money is in the layer's header and on hover
            painter->setPen(m_theme.ink);
            const QRectF row(node.labelRect.left() + LabelPad, y, node.labelRect.width() - 2 * LabelPad + 2, metrics.height());
            painter->drawText(row, Qt::AlignVCenter | (node.shownLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::TextDontClip,
                node.shownLines[line]);
            y += metrics.height();
        }
    }
    // The layers' names and totals above their columns.
    for (const ColumnHeader &header : m_headers) {
        double y = header.rect.top();
        for (int line = 0; line < header.shownLines.size(); ++line) {
            painter->setFont(line < header.nameLines ? bold : font);
            painter->setPen(line < header.nameLines ? m_theme.ink : m_theme.softInk);
            painter->drawText(QRectF(header.rect.left(), y, header.rect.width(), metrics.height()),
                Qt::AlignVCenter | header.alignment | Qt::TextDontClip, header.shownLines[line]);
            y += metrics.height();
        }
    }
    painter->setFont(font);
    for (int b = 0; b < m_bands.size(); ++b) {
        const BandGeometry &geometry = m_bands[b];
        if (geometry.labelRect.isNull() || (anyLit && !emphasis.litBands.contains(b)))
            continue;
        panel(geometry.labelRect);
        painter->setPen(m_theme.ink);
        painter->drawText(geometry.labelRect, Qt::AlignCenter | Qt::TextDontClip, geometry.label);
    }

    // The legend.
    for (const LegendItem &item : m_legendItems) {
        const QRectF sample(item.rect.left(), item.rect.center().y() - 6, 22, 12);
        const QColor neutral(0x77, 0x77, 0x77);
        painter->setPen(Qt::NoPen);
        switch (item.sample) {
        case LegendItem::Sample::Kind: painter->fillRect(sample, stripBrush(Palette::dealKind(item.kind), Certainty::Firm, 1)); break;
        case LegendItem::Sample::Firm: painter->fillRect(sample, stripBrush(neutral, Certainty::Firm, 1)); break;
        case LegendItem::Sample::UpTo: {
            QPainterPath path;
            path.addRect(sample);
            BandCanvas(painter).fillStrip(path, neutral, Certainty::UpTo, 1);
            break;
        }
        case LegendItem::Sample::Estimated: painter->fillRect(sample, stripBrush(neutral, Certainty::Estimated, 1)); break;
        case LegendItem::Sample::Undisclosed:
            painter->setPen(QPen(neutral, 1.5, Qt::DotLine, Qt::FlatCap));
            painter->drawLine(QPointF(sample.left(), sample.center().y()), QPointF(sample.right(), sample.center().y()));
            break;
        case LegendItem::Sample::Return: {
            QPainterPath arc;
            arc.moveTo(sample.right(), sample.top());
            arc.cubicTo(sample.right() + 4, sample.bottom(), sample.left() - 4, sample.bottom(), sample.left(), sample.top());
            painter->setPen(QPen(neutral, 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(arc);
            break;
        }
        }
        painter->setPen(m_theme.softInk);
        painter->drawText(QRectF(sample.right() + 6, item.rect.top(), item.rect.width() - 28, item.rect.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, item.text);
    }
    painter->restore();
}

int FlowsPainter::nodeAt(QPointF pos) const
{
    // A layer's header stands for its node when the layer is one node.
    for (int c = 0; c < m_headers.size(); ++c) {
        if (!m_headers[c].rect.contains(pos))
            continue;
        int found = -1, count = 0;
        for (int i = 0; i < m_diagram.nodes.size(); ++i) {
            if (m_diagram.nodes[i].column == c) {
                found = i;
                ++count;
            }
        }
        if (count == 1)
            return found;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].bar.adjusted(-3, -3, 3, 3).contains(pos) || m_nodes[i].labelRect.contains(pos))
            return i;
    }
    return -1;
}

int FlowsPainter::bandAt(QPointF pos) const
{
    // The thinnest band that contains the point, so that one inside a wide band can be reached.
    int best = -1;
    for (int b = 0; b < m_bands.size(); ++b) {
        const BandGeometry &geometry = m_bands[b];
        bool hit = geometry.labelRect.contains(pos)
            || std::any_of(geometry.strips.cbegin(), geometry.strips.cend(),
                [&pos](const Strip &strip) { return strip.shape.contains(pos); });
        if (!hit && geometry.thickness < 8)
            hit = stroke(geometry.centre, 8).contains(pos);
        if (hit && (best < 0 || geometry.thickness < m_bands[best].thickness))
            best = b;
    }
    return best;
}

QString FlowsPainter::bandToolTip(int index) const
{
    if (index < 0 || index >= m_diagram.bands.size())
        return {};
    const FlowBand &band = m_diagram.bands[index];
    const Formatter format(m_language);
    QString text = QStringLiteral("<b>%1 → %2</b> · %3")
                       .arg(nodeName(band.from).toHtmlEscaped(), nodeName(band.to).toHtmlEscaped(),
                           DealKinds::displayName(band.kind).toHtmlEscaped());
    if (band.isReturn) {
        text += QStringLiteral("<br><i>%1</i>")
                    .arg((band.from == band.to ? tr("within the layer") : tr("back against the layer order")).toHtmlEscaped());
    }
    if (band.money.firm.usd() > 0)
        text += QStringLiteral("<br>%1").arg(tr("Committed or reported: %1").arg(format.money(band.money.firm)).toHtmlEscaped());
    if (band.money.upTo.usd() > 0)
        text += QStringLiteral("<br>%1").arg(tr("Up to (ceilings): %1").arg(format.money(band.money.upTo)).toHtmlEscaped());
    if (band.money.estimated.usd() > 0)
        text += QStringLiteral("<br>%1").arg(tr("Estimated: %1").arg(format.money(band.money.estimated)).toHtmlEscaped());
    if (band.money.undisclosed > 0)
        text += QStringLiteral("<br>%1").arg(tr("%n undisclosed", nullptr, band.money.undisclosed).toHtmlEscaped());
    text += QStringLiteral("<br>%1").arg(tr("%n deal(s)", nullptr, band.money.deals).toHtmlEscaped());
    // The largest deals.
    const int shown = std::min<int>(4, int(band.dealIds.size()));
    if (shown > 0)
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Largest:").toHtmlEscaped());
    for (int i = 0; i < shown; ++i) {
        const Deal *deal = m_graph.deal(band.dealIds[i]);
        if (!deal)
            continue;
        const Company *from = m_graph.company(deal->from);
        const Company *to = m_graph.company(deal->to);
        text += QStringLiteral("<br>%1 %2 → %3, %4 (%5)")
                    .arg(deal->id.toHtmlEscaped(), (from ? from->name : deal->from).toHtmlEscaped(),
                        (to ? to->name : deal->to).toHtmlEscaped(),
                        format.dealAmount(deal->amount, deal->amountKind).toHtmlEscaped(),
                        format.date(deal->date).toHtmlEscaped());
    }
    if (band.dealIds.size() > shown)
        text += QStringLiteral("<br>%1").arg(tr("… and %n more", nullptr, int(band.dealIds.size()) - shown).toHtmlEscaped());
    return text;
}

QString FlowsPainter::nodeToolTip(int index) const
{
    if (index < 0 || index >= m_diagram.nodes.size())
        return {};
    const FlowNode &node = m_diagram.nodes[index];
    QString text = QStringLiteral("<b>%1</b>").arg(nodeName(index).toHtmlEscaped());
    if (!node.in.isEmpty())
        text += QStringLiteral("<br>%1").arg(tr("Received: %1").arg(amountText(node.in)).toHtmlEscaped());
    if (!node.out.isEmpty())
        text += QStringLiteral("<br>%1").arg(tr("Paid: %1").arg(amountText(node.out)).toHtmlEscaped());
    if (node.type == FlowNode::Type::Kind || node.type == FlowNode::Type::OtherCompanies) {
        QStringList names;
        for (const QString &id : node.companyIds) {
            const Company *company = m_graph.company(id);
            names << (company ? company->name : id);
        }
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        const int shown = std::min<int>(10, int(names.size()));
        QString list = QStringList(names.mid(0, shown)).join(QStringLiteral(", "));
        if (names.size() > shown)
            list = tr("%1 and %n more", nullptr, int(names.size()) - shown).arg(list);
        text += QStringLiteral("<br><i>%1</i>").arg(list.toHtmlEscaped());
    }
    return text;
}
