#include "network/FastRaster.h"

#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QSet>
#include <QTest>

#include <limits>
#include <random>

// The fast hairline path must draw what QPainter draws with a cosmetic pen, and refuse where it
// cannot (vector devices, clips, rotations, translucent painters).
class TestFastRaster : public QObject
{
    Q_OBJECT
private:
    static QImage blank(QImage::Format format = QImage::Format_ARGB32_Premultiplied)
    {
        QImage image(200, 120, format);
        image.fill(Qt::white);
        return image;
    }
    static QSet<QPoint> drawn(const QImage &image)
    {
        QSet<QPoint> points;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) != qRgb(255, 255, 255))
                    points.insert(QPoint(x, y));
        return points;
    }
    // Every point of a lies within one pixel of a point of b.
    static int farFrom(const QSet<QPoint> &a, const QSet<QPoint> &b)
    {
        int far = 0;
        for (const QPoint &p : a) {
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy)
                for (int dx = -1; dx <= 1 && !near; ++dx)
                    near = b.contains(p + QPoint(dx, dy));
            far += near ? 0 : 1;
        }
        return far;
    }
    static QList<QLineF> randomLines(int count, double spread)
    {
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> x(-spread, 200 + spread), y(-spread, 120 + spread);
        QList<QLineF> lines;
        for (int i = 0; i < count; ++i)
            lines << QLineF(x(rng), y(rng), x(rng), y(rng));
        return lines;
    }

    // The largest and the mean difference of two images, over all channels, in 0..255.
    static QPair<int, double> difference(const QImage &a, const QImage &b)
    {
        int largest = 0;
        double sum = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                for (int d : {qRed(p) - qRed(q), qGreen(p) - qGreen(q), qBlue(p) - qBlue(q), qAlpha(p) - qAlpha(q)}) {
                    largest = std::max(largest, std::abs(d));
                    sum += std::abs(d);
                }
            }
        }
        return {largest, sum / (4.0 * a.width() * a.height())};
    }
    static QPainterPath shape(const QString &name)
    {
        QPainterPath path;
        if (name == QLatin1String("ribbon")) { // a flow diagram's band
            path.moveTo(10, 20);
            path.cubicTo(100, 20, 100, 90, 190, 90);
            path.lineTo(190, 104.5);
            path.cubicTo(100, 104.5, 100, 34.5, 10, 34.5);
            path.closeSubpath();
        } else if (name == QLatin1String("thin ribbon")) {
            path.moveTo(5, 60.2);
            path.cubicTo(100, 60.2, 100, 58, 195, 58);
            path.lineTo(195, 58.4);
            path.cubicTo(100, 58.4, 100, 60.6, 5, 60.6);
            path.closeSubpath();
        } else if (name == QLatin1String("return arc")) { // round the bottom, concentric strips
            // A loop with quarter-circle corners, `inset` inside the outer one.
            const auto loop = [](double inset) {
                const double r = 40 - 2 * inset;
                QPainterPath edge;
                edge.moveTo(150, 20 + inset);
                edge.lineTo(170, 20 + inset);
                edge.arcTo(QRectF(150 + inset, 20 + inset, r, r), 90, -90);
                edge.lineTo(190 - inset, 90);
                edge.arcTo(QRectF(150 + inset, 70 + inset, r, r), 0, -90);
                edge.lineTo(30, 110 - inset);
                edge.arcTo(QRectF(10 + inset, 70 + inset, r, r), 270, -90);
                edge.lineTo(10 + inset, 40);
                edge.arcTo(QRectF(10 + inset, 20 + inset, r, r), 180, -90);
                edge.lineTo(50, 20 + inset);
                return edge;
            };
            const QPainterPath outer = loop(0), inner = loop(7.5);
            path = outer;
            path.connectPath(inner.toReversed());
            path.closeSubpath();
        } else if (name == QLatin1String("triangle")) {
            path.moveTo(20.3, 100.7);
            path.lineTo(101.1, 7.2);
            path.lineTo(180.6, 111.9);
            path.closeSubpath();
        } else if (name == QLatin1String("circle")) {
            path.addEllipse(QPointF(100, 60), 37.3, 37.3);
        } else if (name == QLatin1String("past every border")) {
            path.addEllipse(QPointF(100, 60), 130, 90);
        } else if (name == QLatin1String("tiny")) {
            path.addRect(QRectF(50.25, 50.25, 0.5, 0.5));
        } else if (name == QLatin1String("two parts")) {
            path.addRect(QRectF(10.5, 10.5, 60, 30));
            path.addEllipse(QPointF(140, 80), 30, 20);
        }
        return path;
    }

private Q_SLOTS:
    void canDraw_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("expected");
        QTest::newRow("premultiplied image") << "plain" << true;
        QTest::newRow("rgb32 image") << "rgb32" << true;
        QTest::newRow("antialiased") << "antialiased" << true;
        QTest::newRow("scaled and translated") << "scaled" << true;
        QTest::newRow("non-premultiplied image") << "argb32" << false;
        QTest::newRow("clipped") << "clipped" << false;
        QTest::newRow("rotated") << "rotated" << false;
        QTest::newRow("translucent painter") << "opacity" << false;
        QTest::newRow("other composition") << "composition" << false;
        QTest::newRow("vector device") << "picture" << false;
    }
    void canDraw()
    {
        QFETCH(QString, setup);
        QFETCH(bool, expected);
        QImage image = blank(setup == QLatin1String("rgb32") ? QImage::Format_RGB32
                : setup == QLatin1String("argb32")           ? QImage::Format_ARGB32
                                                             : QImage::Format_ARGB32_Premultiplied);
        QPicture picture;
        QPainter painter;
        if (setup == QLatin1String("picture"))
            painter.begin(&picture);
        else
            painter.begin(&image);
        if (setup == QLatin1String("antialiased"))
            painter.setRenderHint(QPainter::Antialiasing);
        if (setup == QLatin1String("scaled"))
            painter.setTransform(QTransform::fromTranslate(10, 20).scale(0.3, 2));
        if (setup == QLatin1String("clipped"))
            painter.setClipRect(QRect(10, 10, 50, 50));
        if (setup == QLatin1String("rotated"))
            painter.rotate(30);
        if (setup == QLatin1String("opacity"))
            painter.setOpacity(0.5);
        if (setup == QLatin1String("composition"))
            painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        QCOMPARE(FastRaster::canDraw(&painter), expected);
        QVERIFY(!FastRaster::canDraw(nullptr));
    }

    void linesMatchQPainter_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("spread"); // how far lines reach outside the image
        QTest::newRow("inside") << 1.0 << 0.0;
        QTest::newRow("clipped at the borders") << 1.0 << 300.0;
        QTest::newRow("scaled") << 0.5 << 150.0;
    }
    void linesMatchQPainter()
    {
        QFETCH(double, scale);
        QFETCH(double, spread);
        const QList<QLineF> lines = randomLines(12, spread);
        const QColor color(0x0D, 0x5E, 0xA8);
        QImage fast = blank(), reference = blank();
        {
            QPainter painter(&fast);
            painter.scale(scale, scale);
            QVERIFY(FastRaster::canDraw(&painter));
            FastRaster::drawLines(&painter, lines.constData(), lines.size(), color);
        }
        {
            QPainter painter(&reference);
            painter.scale(scale, scale);
            QPen pen(color, 0);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.drawLines(lines);
        }
        const QSet<QPoint> a = drawn(fast), b = drawn(reference);
        QVERIFY(a.size() > 100);
        // The same pixels up to the rounding of the ends: within a pixel of each other.
        QCOMPARE(farFrom(a, b), 0);
        QCOMPARE(farFrom(b, a), 0);
        QVERIFY(std::abs(a.size() - b.size()) <= a.size() / 20 + 12);
        for (const QPoint &p : a)
            QCOMPARE(fast.pixel(p), color.rgb());
    }

    void exactPixels()
    {
        // Pixel centres are at +0.5: a line along y = 10.5 from x = 2.5 to 7.5 fills row 10, x 2..7.
        QImage image = blank();
        QPainter painter(&image);
        const QLineF line(2.5, 10.5, 7.5, 10.5);
        FastRaster::drawLines(&painter, &line, 1, Qt::black);
        painter.end();
        QSet<QPoint> expected;
        for (int x = 2; x <= 7; ++x)
            expected.insert(QPoint(x, 10));
        QCOMPARE(drawn(image), expected);
    }

    void translucentBlendsLikeQPainter()
    {
        const QColor color(200, 40, 10, 38);
        QImage fast = blank(), reference = blank();
        {
            QPainter painter(&fast);
            const QLineF line(0.5, 5.5, 100.5, 5.5);
            FastRaster::drawLines(&painter, &line, 1, color);
        }
        {
            QPainter painter(&reference);
            painter.fillRect(QRect(0, 5, 101, 1), color);
        }
        for (int channel = 0; channel < 3; ++channel) {
            const QRgb a = fast.pixel(50, 5), b = reference.pixel(50, 5);
            const int ca = channel == 0 ? qRed(a) : channel == 1 ? qGreen(a) : qBlue(a);
            const int cb = channel == 0 ? qRed(b) : channel == 1 ? qGreen(b) : qBlue(b);
            QVERIFY2(std::abs(ca - cb) <= 1, qPrintable(QStringLiteral("%1 vs %2").arg(ca).arg(cb)));
        }
        QVERIFY(fast.pixel(50, 5) != qRgb(255, 255, 255));
    }

    void rgb32KeepsOpaqueAlpha()
    {
        QImage image = blank(QImage::Format_RGB32);
        QPainter painter(&image);
        const QLineF line(0.5, 5.5, 100.5, 5.5);
        FastRaster::drawLines(&painter, &line, 1, QColor(0, 0, 0, 100));
        painter.end();
        QCOMPARE(qAlpha(image.pixel(50, 5)), 255);
        QVERIFY(qRed(image.pixel(50, 5)) < 200);
    }

    void antialiasedLinesCoverTheirLength()
    {
        // A diagonal antialiased line spreads its ink over two pixels per column; the total ink is
        // about one pixel per column, as for QPainter's antialiased cosmetic pen.
        QImage image = blank();
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QLineF line(10, 10.3, 110, 40.3);
        FastRaster::drawLines(&painter, &line, 1, Qt::black);
        painter.end();
        double ink = 0;
        int partial = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int darkness = 255 - qGray(image.pixel(x, y));
                ink += darkness / 255.0;
                partial += darkness > 10 && darkness < 245 ? 1 : 0;
            }
        }
        QVERIFY2(std::abs(ink - 101) < 4, qPrintable(QString::number(ink)));
        QVERIFY(partial > 50); // really antialiased, not a staircase
    }

    // Positions come from files: NaN, infinities and huge numbers must never reach the pixels
    // (under ASan an out-of-bounds write fails this test); an ordinary line in the same call is drawn.
    void nonFiniteAndHugeCoordinatesStayOutside_data()
    {
        QTest::addColumn<QLineF>("line");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("antialiased");
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        QTest::newRow("nan") << QLineF(10, nan, 50, 50) << 1.0 << false;
        QTest::newRow("nan, antialiased") << QLineF(nan, nan, 50, 50) << 1.0 << true;
        QTest::newRow("infinite") << QLineF(10, 10, inf, -inf) << 1.0 << false;
        QTest::newRow("overflows when scaled") << QLineF(50, 50, 60, 1e308) << 2.0 << false;
        QTest::newRow("huge, rounding") << QLineF(-5e14, 3e14, 5e14, -2e14) << 19.0 << false;
        QTest::newRow("huge, antialiased") << QLineF(-5e14, 3e14, 5e14, -2e14) << 19.0 << true;
    }
    void nonFiniteAndHugeCoordinatesStayOutside()
    {
        QFETCH(QLineF, line);
        QFETCH(double, scale);
        QFETCH(bool, antialiased);
        QImage image = blank();
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, antialiased);
        painter.scale(scale, scale);
        const QLineF lines[] = {line, QLineF(QPointF(2.5, 100.5) / scale, QPointF(30.5, 100.5) / scale)};
        FastRaster::drawLines(&painter, lines, 2, Qt::black);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const QPointF points[] = {{nan, 5}, {1e20, 1e20}, {-1e300, 4}, line.p1(), line.p2()};
        FastRaster::drawDots(&painter, points, 5, Qt::black, 3);
        painter.end();
        QVERIFY(image.pixel(15, 100) != qRgb(255, 255, 255));
    }

    void dots()
    {
        QImage image = blank();
        QPainter painter(&image);
        painter.translate(100, 0);
        const QPointF points[] = {{-90.2, 10.7}, {-100, 0}, {99.9, 119.9}};
        FastRaster::drawDots(&painter, points, 3, QColor(0, 128, 0), 3);
        painter.end();
        QSet<QPoint> expected;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                expected.insert(QPoint(9 + dx, 10 + dy));
        // Clipped at the corners of the image.
        for (const QPoint &p : {QPoint(0, 0), QPoint(1, 0), QPoint(0, 1), QPoint(1, 1)})
            expected.insert(p);
        for (const QPoint &p : {QPoint(198, 118), QPoint(199, 118), QPoint(198, 119), QPoint(199, 119)})
            expected.insert(p);
        QCOMPARE(drawn(image), expected);
    }

    // Filled shapes: the exact coverage of each pixel, as QPainter's antialiased rasterizer finds
    // it, blended alike.
    void fillPathMatchesQPainter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QColor>("color");
        QTest::addColumn<bool>("rgb32");
        const QColor blue(0x2E, 0x86, 0xC1), translucent(0x2E, 0x86, 0xC1, 199);
        for (const char *name : {"ribbon", "thin ribbon", "return arc", "triangle", "circle", "past every border", "tiny", "two parts"}) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << 1.0 << translucent << false;
            QTest::addRow("%s, opaque", name) << QString::fromLatin1(name) << 1.0 << blue << false;
        }
        QTest::newRow("ribbon, scaled") << QStringLiteral("ribbon") << 2.7 << translucent << false;
        QTest::newRow("return arc, scaled down") << QStringLiteral("return arc") << 0.45 << translucent << false;
        QTest::newRow("circle, rgb32") << QStringLiteral("circle") << 1.0 << translucent << true;
    }
    void fillPathMatchesQPainter()
    {
        QFETCH(QString, name);
        QFETCH(double, scale);
        QFETCH(QColor, color);
        QFETCH(bool, rgb32);
        const QImage::Format format = rgb32 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied;
        QImage fast = blank(format), reference = blank(format);
        const QPainterPath path = shape(name);
        QVERIFY(!path.isEmpty());
        {
            QPainter painter(&fast);
            painter.translate(3.3, -1.6);
            painter.scale(scale, scale);
            QVERIFY(FastRaster::canDraw(&painter));
            FastRaster::fillPath(FastRaster::Surface::of(&painter), path, color);
        }
        {
            QPainter painter(&reference);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.translate(3.3, -1.6);
            painter.scale(scale, scale);
            painter.fillPath(path, color);
        }
        QVERIFY(fast != blank(format));
        // QPainter flattens curves to a quarter pixel: where they bend a pixel may differ by a
        // tenth of its coverage, the picture by a small fraction of a level.
        const auto [largest, mean] = difference(fast, reference);
        QVERIFY2(largest <= 40 && mean < 0.1, qPrintable(QStringLiteral("largest %1, mean %2").arg(largest).arg(mean)));

        // The exact coverage: QPainter at 8 × 8 samples a pixel, averaged, is within a few levels.
        constexpr int Samples = 8;
        QImage fine(fast.size() * Samples, format);
        fine.fill(Qt::white);
        {
            QPainter painter(&fine);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(Samples, Samples);
            painter.translate(3.3, -1.6);
            painter.scale(scale, scale);
            painter.fillPath(path, color);
        }
        QImage exact = blank(format);
        for (int y = 0; y < exact.height(); ++y) {
            for (int x = 0; x < exact.width(); ++x) {
                int r = 0, g = 0, b = 0;
                for (int sy = 0; sy < Samples; ++sy) {
                    for (int sx = 0; sx < Samples; ++sx) {
                        const QRgb p = fine.pixel(x * Samples + sx, y * Samples + sy);
                        r += qRed(p);
                        g += qGreen(p);
                        b += qBlue(p);
                    }
                }
                constexpr int n = Samples * Samples;
                exact.setPixel(x, y, qRgb((r + n / 2) / n, (g + n / 2) / n, (b + n / 2) / n));
            }
        }
        const auto [worst, average] = difference(fast, exact);
        QVERIFY2(worst <= 8 && average < 0.1, qPrintable(QStringLiteral("largest %1, mean %2").arg(worst).arg(average)));
    }

    // Drawn in stripes of rows from several threads, the picture is the same as drawn at once,
    // and each part draws only its own rows.
    void stripesMakeTheWhole_data()
    {
        QTest::addColumn<int>("parts");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("4") << 4;
    }
    void stripesMakeTheWhole()
    {
        QFETCH(int, parts);
        QImage whole = blank(), striped = blank();
        const QColor color(0xCA, 0x6F, 0x1E, 170);
        const FastRaster::Hatching hatching {QColor(0, 0, 0, 200), 6, 1.4};
        const char *names[] = {"ribbon", "return arc", "circle", "past every border"};
        {
            QPainter painter(&whole);
            painter.scale(1.3, 1.3);
            for (const char *name : names)
                FastRaster::fillPath(FastRaster::Surface::of(&painter), shape(QString::fromLatin1(name)), color, &hatching);
        }
        {
            QPainter painter(&striped);
            painter.scale(1.3, 1.3);
            const FastRaster::Surface surface = FastRaster::Surface::of(&painter);
            for (int k = 0; k < parts; ++k) {
                QImage alone = blank();
                {
                    QPainter only(&alone);
                    only.scale(1.3, 1.3);
                    const FastRaster::Surface part = FastRaster::Surface::of(&only).part(k, parts);
                    for (const char *name : names)
                        FastRaster::fillPath(part, shape(QString::fromLatin1(name)), color, &hatching);
                    const QPointF dots[] = {{10, 10}, {50, 40}, {100, 70}};
                    FastRaster::fillSquares(part, dots, 3, Qt::black, 3);
                }
                for (int y = 0; y < alone.height(); ++y) {
                    const bool mine = (y / FastRaster::Surface::StripeRows) % parts == k;
                    for (int x = 0; x < alone.width(); ++x) {
                        if (!mine)
                            QCOMPARE(alone.pixel(x, y), qRgb(255, 255, 255));
                    }
                }
                for (const char *name : names)
                    FastRaster::fillPath(surface.part(k, parts), shape(QString::fromLatin1(name)), color, &hatching);
            }
        }
        QCOMPARE(striped, whole);
        QVERIFY(whole != blank());
    }

    // Hatching: dark lines x + y = 0 (mod the spacing) and light between, within the shape only.
    void hatching()
    {
        QImage image = blank();
        QPainterPath path;
        path.addRect(QRectF(20, 20, 120, 60));
        {
            QPainter painter(&image);
            const FastRaster::Hatching hatching {Qt::black, 6, 1.4};
            FastRaster::fillPath(FastRaster::Surface::of(&painter), path, QColor(255, 0, 0, 40), &hatching);
        }
        const auto darkness = [&](int x, int y) { return 255 - qGreen(image.pixel(x, y)); };
        // Pixel centres at x + y + 1 = 6k lie on a line; three pixels further on lie between two.
        for (int x = 30; x < 120; x += 7) {
            const int y = 40, onLine = ((x + y + 1) / 6) * 6 - y - 1;
            QVERIFY2(darkness(onLine, y) > 150, qPrintable(QString::number(darkness(onLine, y))));
            QVERIFY2(darkness(onLine + 3, y) < 60, qPrintable(QString::number(darkness(onLine + 3, y))));
            // The pattern repeats along the row and down the diagonal.
            QVERIFY(std::abs(darkness(onLine, y) - darkness(onLine + 6, y)) <= 2);
            QVERIFY(std::abs(darkness(onLine, y) - darkness(onLine - 1, y + 1)) <= 2);
        }
        QCOMPARE(image.pixel(10, 10), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(150, 50), qRgb(255, 255, 255));
    }

    // The dots of a dotted line: squares with their exact coverage, as QPainter fills them.
    void squaresMatchQPainter()
    {
        const QColor color(0x33, 0x66, 0x99, 230);
        QList<QPointF> centres;
        for (int i = 0; i < 40; ++i)
            centres << QPointF(3.3 + i * 4.5, 10 + i * 2.37);
        centres << QPointF(-0.2, 50) << QPointF(199.9, 119.9);
        QImage fast = blank(), reference = blank();
        {
            QPainter painter(&fast);
            FastRaster::fillSquares(FastRaster::Surface::of(&painter), centres.constData(), centres.size(), color, 1.5);
        }
        {
            QPainter painter(&reference);
            painter.setRenderHint(QPainter::Antialiasing);
            for (const QPointF &c : centres) {
                QPainterPath square;
                square.addRect(QRectF(c - QPointF(0.75, 0.75), QSizeF(1.5, 1.5)));
                painter.fillPath(square, color);
            }
        }
        const auto [largest, mean] = difference(fast, reference);
        QVERIFY2(largest <= 12 && mean < 0.1, qPrintable(QStringLiteral("largest %1, mean %2").arg(largest).arg(mean)));
        QVERIFY(fast != blank());
    }

    // Shapes from files with NaN, infinite or huge coordinates draw nothing outside the image (under
    // ASan an out-of-bounds write fails this), and what is finite is still drawn.
    void fillPathSurvivesBadCoordinates()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        QPainterPath path;
        path.moveTo(10, 10);
        path.lineTo(nan, 50);
        path.lineTo(1e300, -1e300);
        path.lineTo(inf, 30);
        path.closeSubpath();
        path.addRect(QRectF(60, 60, 20, 20));
        path.addRect(QRectF(-1e12, -1e12, 2e12, 1e12 + 5));
        QImage image = blank();
        {
            QPainter painter(&image);
            FastRaster::fillPath(FastRaster::Surface::of(&painter), path, Qt::black);
            const QPointF dots[] = {{nan, 3}, {inf, inf}, {1e300, 5}};
            FastRaster::fillSquares(FastRaster::Surface::of(&painter), dots, 3, Qt::black, 1.5);
        }
        QCOMPARE(image.pixel(70, 70), qRgb(0, 0, 0));
        QCOMPARE(image.pixel(100, 2), qRgb(0, 0, 0)); // the huge rectangle's bottom rows
    }
};

QTEST_MAIN(TestFastRaster)
#include "tst_fastraster.moc"
