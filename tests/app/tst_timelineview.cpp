#include "document/Document.h"
#include "editing/Editor.h"
#include "itemmodels/DocumentTableModel.h"
#include "timeline/CompanyPicker.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineOverlay.h"
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
