#include "document/Document.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "itemmodels/DocumentTableModel.h"
#include "support/Builders.h"
#include "timeline/CompanyPicker.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineOverlay.h"
#include "timeline/TimelineRenderer.h"
#include "timeline/TimelineTooltip.h"
#include "timeline/TimelineView.h"
#include "window/MainWindow.h"
#include "TimelineChecks.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

Q_DECLARE_METATYPE(QList<Source>)

namespace {
Valuation valuation(const QString &id, QDate date, const char16_t *billions)
{
    return Valuation {id, QStringLiteral("anthropic"), FuzzyDate(date, DatePrecision::Month),
        *Money::fromBillionsString(QStringView(billions)), ValuationKind::PostMoney,
        {Source {QStringLiteral("https://example.com/") + id, id}}};
}

// Anthropic's two rounds of 2025 and the Series E deal behind the first.
DocumentData seedData()
{
    DocumentData d;
    d.companies = {Company {QStringLiteral("anthropic"), QStringLiteral("Anthropic"), CompanyKind::AiLab, {}, {}, {}},
        Company {QStringLiteral("lightspeed"), QStringLiteral("Lightspeed"), CompanyKind::Investor, {}, {}, {}}};
    d.valuations = {valuation(QStringLiteral("V3"), QDate(2025, 3, 1), u"61.5"),
        valuation(QStringLiteral("V4"), QDate(2025, 9, 1), u"183")};
    Deal deal;
    deal.id = QStringLiteral("D35");
    deal.date = FuzzyDate(QDate(2025, 3, 1), DatePrecision::Month);
    deal.from = QStringLiteral("lightspeed");
    deal.to = QStringLiteral("anthropic");
    deal.amount = Money::fromBillionsString(u"3.5");
    d.deals = {deal};
    return d;
}

Source claiming(const QString &url, const QString &title, const char16_t *billions)
{
    Source s(url, title);
    s.claimedAmount = Money::fromBillionsString(QStringView(billions));
    return s;
}

// Anthropic's May 2026 round: $965bn chosen, the FT reporting $900bn.
Valuation disputedRound()
{
    Valuation v = valuation(QStringLiteral("V18"), QDate(2026, 5, 1), u"965");
    v.sources = {
        claiming(QStringLiteral("https://pjfp.com/tag/x/"), QStringLiteral("[descriptive; tag page] Series H"), u"965"),
        claiming(QStringLiteral("https://www.ft.com/content/ipo"), QStringLiteral("Anthropic files for IPO"), u"900")};
    return v;
}

// No text of the overlay covers another: no call-out a value label or another call-out, no
// value label another (crowded points, such as OpenAI's and Anthropic's near 2026, drop a label).
void verifyCalloutsClear(const TimelineOverlay *overlay, int minimumCallouts)
{
    const QList<TimelineOverlay::PlacedText> placed = overlay->placedTexts();
    int callouts = 0;
    const QRectF plot = overlay->chart()->plotArea();
    for (qsizetype i = 0; i < placed.size(); ++i) {
        callouts += placed.at(i).callout;
        if (placed.at(i).callout)
            QVERIFY2(placed.at(i).rect.left() >= plot.left() - 0.5 && placed.at(i).rect.right() <= plot.right() + 0.5,
                qPrintable(QStringLiteral("\"%1\" leaves the plot").arg(placed.at(i).text)));
        for (qsizetype j = i + 1; j < placed.size(); ++j) {
            QVERIFY2(!placed.at(i).rect.intersects(placed.at(j).rect),
                qPrintable(QStringLiteral("\"%1\" covers \"%2\"").arg(placed.at(i).text, placed.at(j).text)));
        }
    }
    QVERIFY2(callouts >= minimumCallouts, qPrintable(QString::number(callouts)));
}

// Companies with at least two valuations, as the report's timeline shows them.
QStringList companiesWithPaths(const DocumentData &data)
{
    QHash<QString, int> counts;
    for (const Valuation &v : data.valuations)
        ++counts[v.company];
    QStringList ids;
    for (const Company &c : data.companies) {
        if (counts.value(c.id) >= 2)
            ids << c.id;
    }
    return ids;
}

void paint(TimelineRenderer &renderer, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    QPainter painter(&image);
    renderer.paint(&painter, QRectF(QPointF(0, 0), size));
}

QStringList seriesNames(QChart *chart)
{
    QStringList names;
    for (QAbstractSeries *s : chart->series())
        names << s->name();
    return names;
}
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(localeFor(Language::English)); }
    void init()
    {
        QLocale::setDefault(localeFor(Language::English));
        m_document = std::make_unique<Document>();
        m_document->setData(seedData());
    }

    void defaultSelectionCallsOutTheTripling()
    {
        TimelineView view(m_document.get());
        // At a laptop's size: in a small window a call-out without room is shortened or left out.
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.companies(), QStringList {QStringLiteral("anthropic")});
        const TimelineChart *chart = view.chart();
        QCOMPARE(chart->data().series.size(), 1);
        QVERIFY(seriesNames(view.chart()).contains(QStringLiteral("Anthropic")));
        QVERIFY(
            seriesNames(view.chart()).contains(QStringLiteral("Post-money")) || seriesNames(view.chart()).size() >= 2);
        const QStringList texts = chart->overlay()->texts();
        QVERIFY2(texts.contains(QStringLiteral("$61.5bn")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("$183bn")));
        QVERIFY2(std::any_of(texts.begin(), texts.end(),
                     [](const QString &t) { return t.startsWith(QStringLiteral("×3.0")) && t.contains(u'6'); }),
            qPrintable(texts.join(u'|')));
    }

    // The dates of the axis are whole at any width, in both languages: on screen, in an export
    // and in the report (which draws through TimelineRenderer), and again after a resize.
    void dateLabelsWholeAtAnyWidth_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<int>("width");
        for (Language language : {Language::English, Language::German}) {
            for (int width : {400, 640, 900, 1366, 1600})
                QTest::addRow("%s %d", qPrintable(languageCode(language)), width) << language << width;
        }
    }
    void dateLabelsWholeAtAnyWidth()
    {
        QFETCH(Language, language);
        QFETCH(int, width);
        Document document;
        document.setData(DocumentFiles::bundled());
        // The report's companies need a wide legend: from 640 px on.
        QList<QStringList> companySets {{QStringLiteral("anthropic")}};
        if (width >= 640)
            companySets << companiesWithPaths(document.data());
        for (const QStringList &companies : std::as_const(companySets)) {
            TimelineRenderOptions options;
            options.companyIds = companies;
            options.language = language;
            options.size = QSizeF(width, 700);
            TimelineRenderer renderer(document, options);
            paint(renderer, QSize(width, 700));
            verifyDateLabelsWhole(renderer.chart());
            if (QTest::currentTestFailed())
                return;
        }

        Translations translations;
        translations.apply(language);
        TimelineView view(&document);
        view.resize(width + 320, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.chart()->plotArea().width() > 100);
        QCoreApplication::processEvents();
        verifyDateLabelsWhole(view.chart());
        if (QTest::currentTestFailed())
            return;
        // Narrower and wider again: the labels are chosen anew for each width.
        for (int w : {width / 2 + 320, width + 620}) {
            const qreal before = view.chart()->plotArea().width();
            view.resize(w, 700);
            QTRY_VERIFY(view.chart()->plotArea().width() != before || view.width() == view.minimumSizeHint().width());
            QCoreApplication::processEvents(); // the layout the new labels ask for
            QCoreApplication::processEvents();
            verifyDateLabelsWhole(view.chart());
            if (QTest::currentTestFailed())
                return;
        }
        translations.apply(Language::English);
    }

    // Growth call-outs keep clear of the value labels and of each other on the bundled dataset,
    // at the widths of the users' screens: one company (every step called out) and the report's
    // companies (the latest step of each).
    void calloutsClearOfLabels_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QSize>("size");
        for (Language language : {Language::English, Language::German}) {
            for (QSize size : {QSize(1366, 768), QSize(1600, 1000), QSize(1366, 700)})
                QTest::addRow("%s %dx%d", qPrintable(languageCode(language)), size.width(), size.height())
                    << language << size;
        }
    }
    void calloutsClearOfLabels()
    {
        QFETCH(Language, language);
        QFETCH(QSize, size);
        Document document;
        document.setData(DocumentFiles::bundled());
        const QStringList several = companiesWithPaths(document.data());
        QVERIFY(several.size() > 2);
        for (const QStringList &companies : {QStringList {QStringLiteral("anthropic")}, several}) {
            for (bool logarithmic : {false, true}) {
                TimelineRenderOptions options;
                options.companyIds = companies;
                options.language = language;
                options.size = size;
                options.logarithmic = logarithmic;
                TimelineRenderer renderer(document, options);
                paint(renderer, size);
                verifyCalloutsClear(renderer.chart()->overlay(), companies.size() == 1 ? 3 : 1);
                if (QTest::currentTestFailed())
                    return;
            }
        }

        Translations translations;
        translations.apply(language);
        TimelineView view(&document);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const QStringList &companies : {QStringList {QStringLiteral("anthropic")}, several}) {
            view.setCompanies(companies);
            QTRY_COMPARE(view.chart()->data().series.size(), companies.size());
            QCoreApplication::processEvents();
            verifyCalloutsClear(view.chart()->overlay(), companies.size() == 1 ? 3 : 1);
            if (QTest::currentTestFailed())
                return;
        }
        translations.apply(Language::English);
    }

    // Across several companies each gets the call-out of its latest step that changed the value:
    // a later valuation at the same value (a secondary sale) makes no "×1.0 in 1 month".
    void flatStepsGetNoCallout()
    {
        DocumentData data;
        for (const char16_t *id : {u"a", u"b"})
            data.companies << Company {QString::fromUtf16(id), QString::fromUtf16(id).toUpper(), CompanyKind::AiLab, {}, {}, {}};
        const auto value = [&data](const char16_t *company, const char16_t *id, QDate date, const char16_t *billions) {
            data.valuations << Valuation {QString::fromUtf16(id), QString::fromUtf16(company), FuzzyDate(date, DatePrecision::Month),
                *Money::fromBillionsString(QStringView(billions)), ValuationKind::PostMoney, {}};
        };
        value(u"a", u"V1", QDate(2024, 1, 1), u"10");
        value(u"a", u"V2", QDate(2024, 6, 1), u"20");
        value(u"a", u"V3", QDate(2024, 7, 1), u"20");
        value(u"b", u"V4", QDate(2024, 2, 1), u"5");
        value(u"b", u"V5", QDate(2024, 8, 1), u"15");
        Document document;
        document.setData(data);
        TimelineRenderOptions options;
        options.companyIds = {QStringLiteral("a"), QStringLiteral("b")};
        TimelineRenderer renderer(document, options);
        paint(renderer, QSize(1200, 700));
        QStringList callouts;
        for (const TimelineOverlay::PlacedText &placed : renderer.chart()->overlay()->placedTexts()) {
            if (placed.callout)
                callouts << placed.text;
        }
        QVERIFY2(std::none_of(callouts.cbegin(), callouts.cend(), [](const QString &t) { return t.startsWith(u"×1.0"); }),
            qPrintable(callouts.join(u'|')));
        QVERIFY2(std::any_of(callouts.cbegin(), callouts.cend(), [](const QString &t) { return t.startsWith(u"×2.0"); }),
            qPrintable(callouts.join(u'|')));
        QVERIFY2(std::any_of(callouts.cbegin(), callouts.cend(), [](const QString &t) { return t.startsWith(u"×3.0"); }),
            qPrintable(callouts.join(u'|')));
    }

    // The report's page has a heading of its own: the chart drawn without its title gives the
    // room to the plot and shows no title text, while still naming itself for a file's metadata.
    // A dark window palette gets a dark chart with light text; the renderer (exports, the report)
    // stays on white.
    void followsADarkPalette()
    {
        TimelineView view(m_document.get());
        view.resize(1000, 700);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        view.setPalette(dark);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const TimelineChart *chart = view.chart();
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x22, 0x25));
        QVERIFY(chart->titleBrush().color().lightness() > 200);
        for (QAbstractAxis *axis : chart->axes())
            QVERIFY(axis->labelsBrush().color().lightness() > 200);
        QVERIFY(chart->legend()->labelColor().lightness() > 200);
        TimelineRenderOptions options;
        options.companyIds = view.companies();
        TimelineRenderer renderer(*m_document, options);
        QImage image(900, 600, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            renderer.paint(&painter, QRectF(0, 0, 900, 600));
        }
        QCOMPARE(image.pixelColor(3, 3), QColor(Qt::white));
        view.setPalette(QPalette());
        QCOMPARE(view.chart()->backgroundBrush().color(), QColor(Qt::white));
    }

    void rendersWithoutTitle()
    {
        TimelineRenderOptions options;
        options.companyIds = {QStringLiteral("anthropic")};
        TimelineRenderer titled(*m_document, options);
        paint(titled, QSize(1200, 750));
        options.showTitle = false;
        TimelineRenderer untitled(*m_document, options);
        paint(untitled, QSize(1200, 750));
        QCOMPARE(titled.chart()->title(), QStringLiteral("Valuations over time: Anthropic"));
        QVERIFY(untitled.chart()->title().isEmpty());
        QCOMPARE(untitled.title(), titled.title());
        QVERIFY2(untitled.chart()->plotArea().top() + 15 < titled.chart()->plotArea().top(),
            qPrintable(QStringLiteral("%1 vs %2")
                           .arg(untitled.chart()->plotArea().top())
                           .arg(titled.chart()->plotArea().top())));
        for (const auto &[text, rect] : shownTexts(untitled.chart()))
            QVERIFY2(!text.contains(QStringLiteral("Valuations over time")), qPrintable(text));
        verifyDateLabelsWhole(untitled.chart());
    }

    void axisFormatting_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("firstMonth");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("factor");
        QTest::addColumn<QString>("title");
        QTest::addRow("de") << Language::German << QStringLiteral("Mrd. US-Dollar") << QStringLiteral("März 2025")
                            << QStringLiteral("61,5 Mrd. $") << QStringLiteral("×3,0 in 6 Monaten")
                            << QStringLiteral("Bewertungen im Zeitverlauf: Anthropic");
        QTest::addRow("en") << Language::English << QStringLiteral("billion US dollars") << QStringLiteral("Mar 2025")
                            << QStringLiteral("$61.5bn") << QStringLiteral("×3.0 in 6 months")
                            << QStringLiteral("Valuations over time: Anthropic");
    }
    void axisFormatting()
    {
        QFETCH(Language, language);
        QFETCH(QString, unit);
        QFETCH(QString, firstMonth);
        QFETCH(QString, value);
        QFETCH(QString, factor);
        QFETCH(QString, title);
        Translations translations;
        translations.apply(language == Language::German ? Language::English : Language::German);
        TimelineView view(m_document.get());
        view.resize(1366, 768); // a laptop's screen: room for every month
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        // Switched at run time: the view gets LanguageChange and must redo the whole chart itself.
        translations.apply(language);
        QTRY_COMPARE(view.chart()->title(), title);
        QCOMPARE(view.chart()->valueAxis()->titleText(), unit);
        const QStringList dates = view.chart()->dateAxis()->categoriesLabels();
        QCOMPARE(dates.first(), firstMonth);
        QCOMPARE(dates.size(), 8); // March to October 2025, month by month
        QCOMPARE(view.chart()->valueAxis()->categoriesLabels(),
            (QStringList {QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("100"), QStringLiteral("150"),
                QStringLiteral("200")}));
        const QStringList texts = view.chart()->overlay()->texts();
        QVERIFY2(texts.contains(value), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(factor), qPrintable(texts.join(u'|')));

        view.setLogarithmic(true);
        view.refresh();
        const QStringList logLabels = view.chart()->valueAxis()->categoriesLabels();
        QCOMPARE(logLabels,
            (QStringList {QStringLiteral("50"), QStringLiteral("100"), QStringLiteral("200"), QStringLiteral("500")}));
        QVERIFY(view.chart()->valueAxis()->titleText().startsWith(unit));
    }

    // The scale follows the data until the user sets it: 61.5 to 183 is linear, adding $965bn
    // (15.7× the first) keeps it so, and a first value of $4.1bn (235×) makes it logarithmic.
    void scaleFollowsTheDataUntilChosen()
    {
        QUndoStack stack;
        Editor editor(m_document.get(), &stack);
        TimelineView view(m_document.get());
        QVERIFY(!view.isLogarithmic());
        QVERIFY(editor.addValuation(disputedRound()));
        QTRY_COMPARE(view.chart()->data().series.first().points.size(), 3);
        QVERIFY(!view.isLogarithmic());
        Valuation early = valuation(QStringLiteral("V1"), QDate(2023, 1, 1), u"4.1");
        QVERIFY(editor.addValuation(early));
        QTRY_COMPARE(view.chart()->data().series.first().points.size(), 4);
        QVERIFY(view.isLogarithmic());
        QVERIFY(view.chart()->style().logarithmic);
        QVERIFY(view.chart()->valueAxis()->titleText().contains(QStringLiteral("logarithmic")));
        // The user's choice stays.
        view.setLogarithmic(false);
        view.refresh();
        QVERIFY(!view.chart()->style().logarithmic);
        QVERIFY(editor.addValuation(valuation(QStringLiteral("V2"), QDate(2024, 2, 1), u"15")));
        QTRY_COMPARE(view.chart()->data().series.first().points.size(), 5);
        QVERIFY(!view.isLogarithmic());

        // An export draws what the data calls for unless told otherwise.
        TimelineRenderOptions options;
        options.companyIds = {QStringLiteral("anthropic")};
        QVERIFY(TimelineRenderer(*m_document, options).chart()->style().logarithmic);
        options.logarithmic = false;
        QVERIFY(!TimelineRenderer(*m_document, options).chart()->style().logarithmic);
    }

    // A point whose sources disagree shows ⚠ and every source's claim, best-rated first; a
    // placeholder title is never shown as a headline.
    void tooltipMarksDisagreeingSources_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("marked");
        QTest::addRow("disputed") << QStringLiteral("V18") << true;
        QTest::addRow("agreed") << QStringLiteral("V4") << false;
    }
    void tooltipMarksDisagreeingSources()
    {
        QFETCH(QString, id);
        QFETCH(bool, marked);
        DocumentData data = seedData();
        data.valuations << disputedRound();
        m_document->setData(data);
        const QString html = TimelineTooltip::forValuation(*m_document, id, Formatter(Language::English));
        QVERIFY(!html.isEmpty());
        QCOMPARE(html.contains(QChar(0x26A0)), marked);
        QCOMPARE(html.contains(QStringLiteral("Sources disagree")), marked);
        QVERIFY(!html.contains(QStringLiteral("[descriptive")));
        if (marked) {
            const qsizetype ft = html.indexOf(QStringLiteral("Financial Times (news outlet): $900bn"));
            const qsizetype pjfp = html.indexOf(QStringLiteral("pjfp.com (unrated): $965bn"));
            QVERIFY2(ft > 0 && pjfp > ft, qPrintable(html));
            QVERIFY(html.contains(QStringLiteral("untitled page")));
        }
        const TimelineData timeline = buildTimeline(*m_document, {{QStringLiteral("anthropic")}, {}, {}});
        for (const TimelinePoint &p : timeline.series.first().points)
            QCOMPARE(p.sourcesDisagree, p.valuationId == QStringLiteral("V18"));
    }

    // The export's footer names publishers, the best-rated first, and aggregators only when
    // nothing better is there.
    void exportFooterNamesPublishers_data()
    {
        QTest::addColumn<QList<Source>>("sources");
        QTest::addColumn<QString>("publishers");
        const Source ft(QStringLiteral("https://www.ft.com/content/ipo"), QStringLiteral("FT"));
        const Source reuters(QStringLiteral("https://www.reuters.com/x"), QStringLiteral("Reuters"));
        const Source aggregator(QStringLiteral("https://pjfp.com/tag/x/"), QStringLiteral("PJFP"));
        const Source company(QStringLiteral("https://www.anthropic.com/news/x"), QStringLiteral("News"));
        QTest::addRow("news before aggregator")
            << QList<Source> {aggregator, ft} << QStringLiteral("(Financial Times)");
        QTest::addRow("primary first") << QList<Source> {reuters, aggregator, company}
                                       << QStringLiteral("(Anthropic, Reuters)");
        QTest::addRow("only aggregators") << QList<Source> {aggregator} << QStringLiteral("(pjfp.com)");
    }
    void exportFooterNamesPublishers()
    {
        QFETCH(QList<Source>, sources);
        QFETCH(QString, publishers);
        DocumentData data = seedData();
        data.valuations.first().sources = sources;
        data.valuations.last().sources = {};
        data.deals.first().sources = {};
        m_document->setData(data);
        TimelineRenderOptions options;
        options.companyIds = {QStringLiteral("anthropic")};
        const QString footer = TimelineRenderer(*m_document, options).footerText();
        QVERIFY2(footer.contains(publishers), qPrintable(footer));
        QVERIFY2(footer.contains(QStringLiteral("%1 source").arg(sources.size())), qPrintable(footer));
    }

    // A deal that another deal on the timeline supersedes says so, and that it is not counted.
    void dealTooltipSaysWhatCountsItsMoney()
    {
        DocumentData data = seedData();
        Deal letter = data.deals.first();
        letter.id = QStringLiteral("D59");
        letter.amount = Money::fromUsd(100'000'000'000);
        letter.amountKind = AmountKind::UpTo;
        Deal stake = data.deals.first();
        stake.id = QStringLiteral("D107");
        stake.amount = Money::fromUsd(30'000'000'000);
        stake.date = FuzzyDate(QDate(2025, 9, 1), DatePrecision::Month);
        stake.supersedes = {QStringLiteral("D59")};
        data.deals << letter << stake;
        m_document->setData(data);
        TimelineView view(m_document.get());
        QCOMPARE(view.dealStatus(QStringLiteral("D59")).supersededBy, QStringLiteral("D107"));
        QVERIFY(view.dealStatus(QStringLiteral("D107")).isCounted());
        const QString html = TimelineTooltip::forDeal(
            *m_document, QStringLiteral("D59"), Formatter(Language::English), view.dealStatus(QStringLiteral("D59")));
        QVERIFY2(
            html.contains(QStringLiteral("Superseded by")) && html.contains(QStringLiteral("D107")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("not counted in totals")));
        QVERIFY(!TimelineTooltip::forDeal(
            *m_document, QStringLiteral("D107"), Formatter(Language::English), view.dealStatus(QStringLiteral("D107")))
                     .contains(QStringLiteral("Superseded")));
    }

    void liveUpdateThroughUndo()
    {
        QUndoStack stack;
        Editor editor(m_document.get(), &stack);
        TimelineView view(m_document.get());
        QVERIFY(editor.addValuation(valuation(QStringLiteral("V9"), QDate(2025, 11, 1), u"350")));
        QTRY_COMPARE(view.chart()->data().series.first().points.size(), 3);
        QVERIFY(view.chart()->overlay()->texts().contains(QStringLiteral("$350bn")));
        Valuation changed = *m_document->valuation(QStringLiteral("V4"));
        changed.value = Money::fromUsd(200'000'000'000);
        QVERIFY(editor.updateValuation(changed));
        QTRY_VERIFY(view.chart()->overlay()->texts().contains(QStringLiteral("$200bn")));
        stack.undo();
        QTRY_VERIFY(view.chart()->overlay()->texts().contains(QStringLiteral("$183bn")));
        stack.undo();
        QTRY_COMPARE(view.chart()->data().series.first().points.size(), 2);
        QVERIFY(!view.chart()->overlay()->texts().contains(QStringLiteral("$350bn")));
        QVERIFY(editor.removeDeal(QStringLiteral("D35")));
        QTRY_VERIFY(view.chart()->data().deals.isEmpty());
        stack.undo();
        QTRY_COMPARE(view.chart()->data().deals.size(), 1);
    }

    void clickingAPointEmitsValuationAndDeal()
    {
        TimelineView view(m_document.get());
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy valuations(&view, &TimelineView::valuationClicked);
        QSignalSpy deals(&view, &TimelineView::dealClicked);
        TimelineChart *chart = view.chart();
        const TimelinePoint &point = chart->data().series.first().points.first();
        const QPointF at
            = chart->toPosition(TimelineAxes::axisX(point.date), chart->valueScale().toAxis(point.billions));
        const QPoint viewportAt = view.chartView()->mapFromScene(chart->mapToScene(at));
        QTest::mouseClick(view.chartView()->viewport(), Qt::LeftButton, {}, viewportAt);
        QCOMPARE(valuations.size(), 1);
        QCOMPARE(valuations.first().first().toString(), QStringLiteral("V3"));
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.first().first().toString(), QStringLiteral("D35"));

        // The September round has no deal in the data: only the valuation.
        const TimelinePoint &second = chart->data().series.first().points.last();
        view.activateAt(
            chart->toPosition(TimelineAxes::axisX(second.date), chart->valueScale().toAxis(second.billions)));
        QCOMPARE(valuations.last().first().toString(), QStringLiteral("V4"));
        QCOMPARE(deals.size(), 1);
    }

    void pickerSearchAndPresets()
    {
        TimelineView view(m_document.get());
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("companySearch"));
        auto *list = view.findChild<QListView *>(QStringLiteral("companyList"));
        QVERIFY(search && list);
        QCOMPARE(list->model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("light"));
        QCOMPARE(list->model()->rowCount(), 1);
        list->model()->setData(list->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(view.companies(), (QStringList {QStringLiteral("anthropic"), QStringLiteral("lightspeed")}));
        QTRY_COMPARE(view.chart()->data().series.size(), 2);
        QVERIFY(seriesNames(view.chart()).contains(QStringLiteral("Lightspeed (no valuations)")));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("presetAiLabs")), Qt::LeftButton);
        QCOMPARE(view.companies(), QStringList {QStringLiteral("anthropic")});
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("presetClear")), Qt::LeftButton);
        QVERIFY(view.companies().isEmpty());
    }

    // The picker lists companies by name as the language sorts, case aside, in every locale (in
    // the C locale Qt's collation keys are plain bytes), and keeps what was checked.
    void pickerSortsByName_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addRow("C") << QLocale::c();
        QTest::addRow("en") << localeFor(Language::English);
        QTest::addRow("de") << localeFor(Language::German);
    }
    void pickerSortsByName()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        Document document;
        DocumentData data;
        for (const auto &[id, name] : {std::pair {u"c1", u"beta"}, {u"c2", u"Alpha"}, {u"c3", u"gamma"}, {u"c4", u"Delta"}})
            data.companies << CompanyBuilder(QString::fromUtf16(id)).name(QString::fromUtf16(name));
        document.setData(data);
        CompanyPicker picker(&document);
        picker.setCheckedIds({QStringLiteral("c3")});
        picker.reload();
        auto *list = picker.findChild<QListView *>(QStringLiteral("companyList"));
        QVERIFY(list);
        QStringList names;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            names << list->model()->index(row, 0).data().toString();
        QCOMPARE(names, QStringList({QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Delta"), QStringLiteral("gamma")}));
        QCOMPARE(list->model()->index(3, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(picker.checkedIds(), QStringList {QStringLiteral("c3")});
    }

    void offerCompany()
    {
        TimelineView view(m_document.get());
        view.show();
        auto *bar = view.findChild<QWidget *>(QStringLiteral("timelineInfoBar"));
        view.offerCompany(QStringLiteral("anthropic")); // already shown
        QVERIFY(!bar->isVisible());
        view.offerCompany(QStringLiteral("lightspeed"));
        QVERIFY(bar->isVisible());
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("addToTimeline")), Qt::LeftButton);
        QVERIFY(view.companies().contains(QStringLiteral("lightspeed")));
        QVERIFY(!bar->isVisible());
    }

    void mainWindowLinksTables()
    {
        MainWindow window;
        auto *timeline = window.findChild<TimelineView *>();
        QVERIFY(timeline);
        auto *deals = window.findChild<QTableView *>(QStringLiteral("dealsView"));
        Q_EMIT timeline->dealClicked(QStringLiteral("D035"));
        QCOMPARE(deals->currentIndex().data(DocumentTableModel::IdRole).toString(), QStringLiteral("D035"));
        QVERIFY(deals->selectionModel()->isRowSelected(deals->currentIndex().row(), {}));

        auto *companies = window.findChild<QTableView *>(QStringLiteral("companiesView"));
        QAbstractItemModel *model = companies->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(DocumentTableModel::IdRole).toString() == QStringLiteral("openai"))
                companies->setCurrentIndex(model->index(row, 0));
        }
        QCOMPARE(timeline->offeredCompany(), QStringLiteral("openai"));
    }

private:
    std::unique_ptr<Document> m_document;
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
