#include "network/FastRaster.h"

#include <QImage>
#include <QLineF>
#include <QPainter>
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
};

QTEST_MAIN(TestFastRaster)
#include "tst_fastraster.moc"
