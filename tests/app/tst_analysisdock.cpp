#include "analysis/AnalysisDock.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "i18n/Language.h"
#include "itemmodels/Analyses.h"
#include "itemmodels/AnalysisTableModel.h"
#include "itemmodels/DocumentTableModel.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineOverlay.h"
#include "timeline/TimelineView.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The Analysis dock in the main window, driven through its widgets.
class TestAnalysisDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(u"CapFlowTests"_s);
    }

    void selectingACycleSelectsItsFirstDeal_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("dealIds");
        QTest::addColumn<QStringList>("companyIds");
        QTest::addRow("top") << 0 << QStringList {u"D105"_s, u"D078"_s} << QStringList {u"amazon"_s, u"openai"_s};
        QTest::addRow("third") << 2 << QStringList {u"D128"_s, u"D132"_s}
                               << QStringList {u"alphabet-google"_s, u"anthropic"_s};
    }
    void selectingACycleSelectsItsFirstDeal()
    {
        QFETCH(int, row);
        QFETCH(QStringList, dealIds);
        QFETCH(QStringList, companyIds);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AnalysisDock *dock = window.analysisDock();
        dock->waitForAnalysis();
        auto *cycles = dock->findChild<QTableView *>(u"cyclesView"_s);
        QVERIFY(cycles);
        QSignalSpy spy(dock, &AnalysisDock::cycleSelected);
        const QModelIndex index = cycles->model()->index(row, 2);
        cycles->scrollTo(index);
        QTest::mouseClick(cycles->viewport(), Qt::LeftButton, {}, cycles->visualRect(index).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), dealIds);
        QCOMPARE(spy.at(0).at(1).toStringList(), companyIds);
        auto *deals = window.findChild<QTableView *>(u"dealsView"_s);
        QCOMPARE(deals->currentIndex().data(DocumentTableModel::IdRole).toString(), dealIds.constFirst());
        // Every deal of the cycle is selected in the table and lit up in the network.
        QCOMPARE(deals->selectionModel()->selectedRows().size(), dealIds.size());
        QCOMPARE(window.network()->view()->highlightedDeals(), dealIds);
        // And its dates are marked on the timeline's deal strip.
        auto *timeline = window.findChild<TimelineView *>();
        QVERIFY(timeline);
        const TimelineOverlay *overlay = timeline->chart()->overlay();
        QCOMPARE(overlay->markedDates().size(), dealIds.size());
        for (int i = 0; i < dealIds.size(); ++i)
            QCOMPARE(overlay->markedDates().at(i), window.document()->deal(dealIds.at(i))->date.periodMiddle());
    }

    void timeOrderOption()
    {
        MainWindow window;
        AnalysisDock *dock = window.analysisDock();
        dock->waitForAnalysis();
        auto *inTime = dock->findChild<QCheckBox *>(u"cyclesInTimeOrder"_s);
        auto *window24 = dock->findChild<QSpinBox *>(u"cycleTimeWindow"_s);
        QVERIFY(inTime && window24);
        QVERIFY(inTime->isChecked());
        QCOMPARE(window24->value(), 24);
        const int counted = dock->analysis()->cycles.counted();
        QVERIFY(counted < dock->analysis()->cycles.cycles.size());
        // A longer window counts more; no order counts all.
        window24->setValue(48);
        QTRY_VERIFY(dock->analysis()->cycles.options.timeWindowMonths == 48);
        QVERIFY(dock->analysis()->cycles.counted() > counted);
        inTime->setChecked(false);
        QTRY_VERIFY(!dock->analysis()->cycles.options.countOnlyInTimeOrder);
        QCOMPARE(dock->analysis()->cycles.counted(), dock->analysis()->cycles.cycles.size());
        // The time order is still judged and shown: the window still applies.
        QCOMPARE(dock->analysis()->cycles.options.timeWindowMonths, 48);
        QVERIFY(dock->analysis()->cycles.inTimeOrder > counted);
    }

    void updatesOnceAfterABatchOfChanges()
    {
        MainWindow window;
        AnalysisDock *dock = window.analysisDock();
        dock->waitForAnalysis();
        const auto before = dock->analysis();
        const auto hasCycle = [&](const QStringList &ids) {
            for (const CircularFlow &c : dock->analysis()->cycles.cycles) {
                if (c.dealIds() == ids)
                    return true;
            }
            return false;
        };
        QVERIFY(hasCycle({u"D075"_s, u"D073"_s}));
        window.document()->removeDeal(u"D073"_s);
        window.document()->removeDeal(u"D074"_s);
        QCOMPARE(dock->analysis(), before); // not yet: coalesced on the event loop
        QTRY_VERIFY(dock->analysis() != before);
        const auto after = dock->analysis();
        QVERIFY(!hasCycle({u"D075"_s, u"D073"_s}));
        QVERIFY(!hasCycle({u"D076"_s, u"D074"_s}));
        QTest::qWait(20);
        QCOMPARE(dock->analysis(), after); // one run for both removals
    }

    // The analysis runs on a worker thread: until its result arrives the tables keep the last
    // one, the status says so the first time, and the report does not take a stale analysis.
    void analysesOnAWorkerThread()
    {
        MainWindow window;
        AnalysisDock *dock = window.analysisDock();
        auto *status = dock->findChild<QLabel *>(u"analysisStatus"_s);
        auto *busy = dock->findChild<QProgressBar *>(u"analysisBusy"_s);
        QVERIFY(status && busy);
        if (!dock->analysis())
            QCOMPARE(status->text(), u"Analysing…"_s);
        dock->waitForAnalysis();
        const auto bundled = dock->analysis();
        QVERIFY(bundled);
        QCOMPARE(dock->currentAnalysis(), bundled);
        QVERIFY(status->text().contains(u"circular flow"_s));
        QSignalSpy updated(dock, &AnalysisDock::analysisUpdated);
        window.document()->removeDeal(u"D073"_s);
        QVERIFY(dock->isAnalysing());
        QCOMPARE(dock->analysis(), bundled); // shown until the new one arrives
        QCOMPARE(dock->currentAnalysis(), nullptr); // but not the document as it is
        QTRY_VERIFY(dock->currentAnalysis());
        QCOMPARE(updated.count(), 1);
        QVERIFY(dock->analysis() != bundled);
        QCOMPARE(dock->analysis()->flows.size(), bundled->flows.size());
        for (const CircularFlow &c : dock->analysis()->cycles.cycles)
            QVERIFY(!c.dealIds().contains(u"D073"_s));
        QVERIFY(!busy->isVisible());
    }

    void lengthLimitFromTheSpinBox()
    {
        MainWindow window;
        AnalysisDock *dock = window.analysisDock();
        auto *spin = dock->findChild<QSpinBox *>(u"maxCycleLength"_s);
        QVERIFY(spin);
        spin->setValue(2);
        dock->waitForAnalysis();
        QCOMPARE(dock->analysis()->cycles.options.maxLength, 2);
        for (const CircularFlow &c : dock->analysis()->cycles.cycles)
            QCOMPARE(c.length(), 2);
    }

    // One tab per entry of the list of analyses, in its order, with the entry's view and title.
    void oneTabPerAnalysis()
    {
        MainWindow window;
        AnalysisDock *dock = window.analysisDock();
        dock->waitForAnalysis();
        auto *tabs = dock->findChild<QTabWidget *>(u"analysisTabs"_s);
        QCOMPARE(tabs->count(), Analyses::all().size());
        for (int t = 0; t < tabs->count(); ++t) {
            const AnalysisEntry &entry = Analyses::all().at(t);
            QCOMPARE(tabs->tabText(t), entry.translatedTitle());
            auto *view = tabs->widget(t)->findChild<QTableView *>(QLatin1String(entry.viewName));
            if (!view)
                view = qobject_cast<QTableView *>(tabs->widget(t));
            QVERIFY2(view && view->objectName() == QLatin1String(entry.viewName), entry.viewName);
            QVERIFY(view->model()->rowCount() > 0 || entry.page == AnalysisEntry::Page::PerCompany);
        }
    }

    void retranslatesOnLanguageChange()
    {
        Translations translations;
        MainWindow window;
        AnalysisDock *dock = window.analysisDock();
        auto *tabs = dock->findChild<QTabWidget *>(u"analysisTabs"_s);
        auto *cycles = dock->findChild<QTableView *>(u"cyclesView"_s);
        translations.apply(Language::German);
        QTRY_COMPARE(dock->windowTitle(), u"Analyse"_s);
        QCOMPARE(tabs->tabText(0), u"Kreisläufe"_s);
        QCOMPARE(cycles->model()->headerData(1, Qt::Horizontal).toString(), u"Kreislaufbetrag"_s);
        QCOMPARE(cycles->model()->index(0, 1).data().toString(), u"15 Mrd. $"_s);
        if (qEnvironmentVariableIsSet("CAPFLOW_GRAB_DIR")) {
            window.resize(1600, 1000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *company = dock->findChild<QComboBox *>(u"whatIfCompany"_s);
            company->setCurrentIndex(company->findData(u"anthropic"_s));
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                dock->grab().save(qEnvironmentVariable("CAPFLOW_GRAB_DIR") + QStringLiteral("/tab%1.png").arg(t));
            }
        }
        translations.apply(Language::English);
        QTRY_COMPARE(dock->windowTitle(), u"Analysis"_s);
        QCOMPARE(cycles->model()->index(0, 1).data().toString(), u"$15bn"_s);
    }
};

QTEST_MAIN(TestAnalysisDock)
#include "tst_analysisdock.moc"
