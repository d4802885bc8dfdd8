#include "support/CapflowRun.h"
#include "support/SvgText.h"

#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "timeline/TimelineData.h"
#include "timeline/TimelineTooltip.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
} // namespace

class TestTimelineExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svgText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("companies");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("de") << QStringLiteral("de") << QString()
                            << QStringList {QStringLiteral("Anthropic"), QStringLiteral("61,5 Mrd. $"),
                                   QStringLiteral("183 Mrd. $"), QStringLiteral("×3,0"),
                                   QStringLiteral("Mrd. US-Dollar"), QStringLiteral("Mrz. 2025|März 2025|2025")};
        QTest::addRow("en") << QStringLiteral("en") << QString()
                            << QStringList {QStringLiteral("Anthropic"), QStringLiteral("$61.5bn"),
                                   QStringLiteral("$183bn"), QStringLiteral("×3.0"),
                                   QStringLiteral("billion US dollars")};
        QTest::addRow("two companies") << QStringLiteral("en") << QStringLiteral("OpenAI,anthropic")
                                       << QStringList {QStringLiteral("Anthropic"), QStringLiteral("OpenAI"),
                                              QStringLiteral("$157bn"), QStringLiteral("$500bn"),
                                              QStringLiteral("$183bn")};
    }
    void svgText()
    {
        QFETCH(QString, lang);
        QFETCH(QString, companies);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("timeline.svg"));
        QStringList args {QStringLiteral("--export-timeline"), out, QStringLiteral("--lang"), lang};
        if (!companies.isEmpty())
            args << QStringLiteral("--companies") << companies;
        const CapflowRun run = runCapflow(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(out).size() > 1000);
        const QString all = svgTexts(out).join(u'\n');
        for (const QString &e : expected) {
            const QStringList alternatives = e.split(u'|');
            QVERIFY2(std::any_of(alternatives.begin(), alternatives.end(),
                         [&all](const QString &a) { return all.contains(a); }),
                qPrintable(e + QStringLiteral(" not in: ") + all));
        }
        QVERIFY(!all.contains(QStringLiteral("E+")));
    }

    // The exported dates are whole ("Jan. 2..." was the bug): no text of the figure is elided, and
    // the axis names its years, at a small, a laptop's and a large size, in both languages.
    void svgDatesWhole_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("size");
        for (const char *lang : {"de", "en"}) {
            for (const char *size : {"640x480", "1366x700", "1600x1000"})
                QTest::addRow("%s %s", lang, size) << QString::fromLatin1(lang) << QString::fromLatin1(size);
        }
    }
    void svgDatesWhole()
    {
        QFETCH(QString, lang);
        QFETCH(QString, size);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("timeline.svg"));
        const CapflowRun run = runCapflow(
            {QStringLiteral("--export-timeline"), out, QStringLiteral("--lang"), lang, QStringLiteral("--size"), size});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList texts = svgTexts(out);
        QVERIFY(!texts.isEmpty());
        QSet<QString> years;
        static const QRegularExpression year(QStringLiteral("^(\\S+ )?(20\\d\\d)$")); // "2025", "Jan. 2025"
        for (const QString &text : texts) {
            // Qt Charts elides with three dots (the footer's "…" after the publishers is meant).
            QVERIFY2(!text.contains(QStringLiteral("...")), qPrintable(text));
            const QRegularExpressionMatch match = year.match(text);
            if (match.hasMatch())
                years.insert(match.captured(2));
        }
        QVERIFY2(years.size() >= 2, qPrintable(texts.join(u'|')));
    }

    // Anthropic's path from $4.1bn to $965bn spans more than 20×: the export is logarithmic by
    // itself, and its footer names the publishers of the best-rated sources, not bare domains.
    void scaleAndFooterFollowTheData()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("timeline.svg"));
        const CapflowRun run = runCapflow({QStringLiteral("--export-timeline"), out, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--size"), QStringLiteral("2400x900")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString all = svgTexts(out).join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("billion US dollars (logarithmic scale)")), qPrintable(all));

        Document document;
        document.setData(DocumentFiles::bundled());
        const TimelineData data = buildTimeline(document, {{QStringLiteral("anthropic")}, {}, {}});
        QVERIFY(data.prefersLogScale());
        const QStringList publishers = TimelineTooltip::publishers(data.sources(), document.tiers());
        QVERIFY(!publishers.isEmpty());
        QVERIFY2(all.contains(QStringList(publishers.mid(0, 2)).join(QStringLiteral(", "))), qPrintable(all));
        // The best-rated sources are rated: no unrated aggregator among the publishers named.
        for (const QString &p : publishers) {
            bool rated = false;
            for (const Source &s : data.sources())
                rated
                    = rated || (Sources::publisherOf(s.url) == p && document.tiers().tierOf(s) != SourceTier::Unrated);
            QVERIFY2(rated, qPrintable(p));
        }
    }

    void png()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("timeline.png"));
        const CapflowRun run
            = runCapflow({QStringLiteral("--export-timeline"), out, QStringLiteral("--size"), QStringLiteral("800x500"),
                QStringLiteral("--dpi"), QStringLiteral("96"), QStringLiteral("--title"), QStringLiteral("Test")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage image(out);
        QCOMPARE(image.size(), QSize(800, 500));
        // Not blank: the chart draws in several colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
    }

    void pdfText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("timeline.pdf"));
        const CapflowRun run = runCapflow({QStringLiteral("--export-timeline"), out, QStringLiteral("--lang"),
            QStringLiteral("de"), QStringLiteral("--from"), QStringLiteral("2024-01-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess process;
        process.start(pdftotext, {out, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &e :
            {QStringLiteral("Anthropic"), QStringLiteral("61,5 Mrd. $"), QStringLiteral("183 Mrd. $")})
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in: ") + text));
        QVERIFY2(!text.contains(QStringLiteral("4,1 Mrd. $")), "the year-2023 value lies before --from");
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("unknown company") << QStringList {QStringLiteral("--companies"), QStringLiteral("Nobody Inc")}
                                         << 1;
        QTest::addRow("bad suffix") << QStringList {} << 2;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString out
            = dir.filePath(exitCode == 2 ? QStringLiteral("timeline.gif") : QStringLiteral("timeline.svg"));
        const CapflowRun run = runCapflow(QStringList {QStringLiteral("--export-timeline"), out} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
