#include "document/Document.h"
#include "editing/Editor.h"
#include "itemmodels/DocumentTableModel.h"
#include "timeline/CompanyPicker.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineOverlay.h"
#include "timeline/TimelineRenderer.h"
#include "timeline/TimelineTooltip.h"
#include "timeline/TimelineView.h"
#include "window/MainWindow.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListView>
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
