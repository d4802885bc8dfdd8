// Analysis > Compare Dates… and the state as of a date: the tables of what changed between two
// dates of the bundled data, the network as of the second date with the new deals lit, the
// timeline and the Analysis dock following the network's "As of…" calendar, the report's page,
// and the same in German and English.
#include "analysis/AnalysisDock.h"
#include "analysis/CapitalFlowAnalysis.h"
#include "analysis/CompareDialog.h"
#include "document/Document.h"
#include "i18n/Language.h"
#include "itemmodels/ReportTableModel.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"
#include "printing/PrintController.h"
#include "support/UserFiles.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
QStringList ids(const ReportTableModel *model, int role)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result += model->index(row, 0).data(role).toStringList();
    return result;
}
} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_recovery.isValid());
        isolateUserFiles(m_recovery.path());
    }

    // "What changed between 1 March 2025 and 1 March 2026", in both languages.
    void whatChanged_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("newDealsTab");
        QTest::addRow("de") << int(Language::German) << u"Was sich zwischen 1. März 2025 und 1. März 2026 geändert hat"_s
                            << u"Neue Deals"_s;
        QTest::addRow("en") << int(Language::English) << u"What changed between March 1, 2025 and March 1, 2026"_s
                            << u"New deals"_s;
    }
    void whatChanged()
    {
        QFETCH(int, language);
        QFETCH(QString, title);
        QFETCH(QString, newDealsTab);
        m_translations.apply(Language(language));
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        CompareDialog *dialog = window.showCompare();
        QVERIFY(dialog->isVisible());
        dialog->setDates(QDate(2025, 3, 1), QDate(2026, 3, 1));
        QTRY_COMPARE(dialog->changes().to, QDate(2026, 3, 1));
        const NetworkChanges &changes = dialog->changes();
        QVERIFY(dialog->summaryLabel()->text().contains(QString::number(changes.newDeals.size())));
        bool titled = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            titled = titled || label->text() == title;
        QVERIFY(titled);
        QVERIFY2(dialog->tabs()->tabText(1).startsWith(newDealsTab), qPrintable(dialog->tabs()->tabText(1)));

        // The new deals' table lists exactly the new deals, and they are the ones of the dates.
        QVERIFY(changes.newDeals.size() > 20);
        QCOMPARE(ids(dialog->model(1), ReportTableModel::DealIdsRole), changes.newDeals);
        for (const QString &id : changes.newDeals) {
            const Deal *d = window.document()->deal(id);
            QVERIFY(d->date.periodStart() <= QDate(2026, 3, 1));
            QVERIFY(d->date.periodStart() > QDate(2025, 3, 1));
        }
        // Anthropic's valuation grew several times over.
        const QStringList valued = ids(dialog->model(2), ReportTableModel::CompanyIdsRole);
        QVERIFY(valued.contains(u"anthropic"_s));

        // The network shows the state as of the second date, the new deals lit.
        NetworkWidget *network = window.network();
        QCOMPARE(network->stateAsOf(), QDate(2026, 3, 1));
        QCOMPARE(network->options().filter.to, std::optional(QDate(2026, 3, 1)));
        QCOMPARE(network->view()->highlightedDeals(), changes.newDeals);
        for (const NetworkEdge &edge : network->networkScene().edges()) {
            for (const QString &id : edge.dealIds)
                QVERIFY(window.document()->deal(id)->date.periodStart() <= QDate(2026, 3, 1));
        }
        // The report gets the page.
        const Report report = window.printController()->currentReport();
        QVERIFY(std::any_of(report.extraSections.cbegin(), report.extraSections.cend(),
            [&](const ReportTable &t) { return t.title == title; }));

        // Selecting a new deal selects it in the deals table.
        QSignalSpy selected(dialog, &CompareDialog::dealsSelected);
        auto *table = dialog->findChild<QTableView *>(u"compareTable1"_s);
        dialog->tabs()->setCurrentIndex(1);
        table->selectRow(0);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toStringList(), QStringList {changes.newDeals.first()});

        // Unticking "Show in network" gives the network back; closing clears the comparison.
        dialog->findChild<QCheckBox *>(u"showInNetwork"_s)->setChecked(false);
        QVERIFY(!network->stateAsOf().isValid());
        QVERIFY(network->view()->highlightedDeals().isEmpty());
        dialog->findChild<QCheckBox *>(u"showInNetwork"_s)->setChecked(true);
        QCOMPARE(network->stateAsOf(), QDate(2026, 3, 1));
        dialog->close();
        QVERIFY(!network->stateAsOf().isValid());
        QVERIFY(network->view()->highlightedDeals().isEmpty());
        const Report after = window.printController()->currentReport();
        QVERIFY(std::none_of(after.extraSections.cbegin(), after.extraSections.cend(),
            [&](const ReportTable &t) { return t.title == title; }));
    }

    // The earlier date is "then", whichever field it is in.
    void datesInEitherOrder()
    {
        m_translations.apply(Language::English);
        MainWindow window;
        CompareDialog *dialog = window.showCompare();
        dialog->fromEdit()->setDate(QDate(2026, 3, 1));
        dialog->toEdit()->setDate(QDate(2025, 3, 1));
        QTRY_COMPARE(dialog->changes().from, QDate(2025, 3, 1));
        QCOMPARE(dialog->changes().to, QDate(2026, 3, 1));
    }

    // "As of…" beside the date slider: the network, the timeline and the Analysis dock as they
    // stood on the day; moving the slider leaves that state; "All Dates" brings everything back.
    void stateAsOf()
    {
        m_translations.apply(Language::German);
        MainWindow window;
        window.show();
        NetworkWidget *network = window.network();
        QToolButton *button = network->asOfButton();
        QCOMPARE(button->text(), u"Stand am…"_s);
        auto *calendar = network->findChild<QCalendarWidget *>(u"asOfCalendar"_s);
        QVERIFY(calendar);
        QSignalSpy chosen(network, &NetworkWidget::stateAsOfChosen);
        Q_EMIT calendar->activated(QDate(2025, 3, 1));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(network->options().filter.to, std::optional(QDate(2025, 3, 1)));
        QVERIFY(!network->options().filter.from);
        for (const NetworkEdge &edge : network->networkScene().edges()) {
            for (const QString &id : edge.dealIds)
                QVERIFY(window.document()->deal(id)->date.periodStart() <= QDate(2025, 3, 1));
        }
        auto *analysisTo = window.analysisDock()->findChild<QDateEdit *>(u"analysisTo"_s);
        QCOMPARE(analysisTo->date(), QDate(2025, 3, 1));
        window.analysisDock()->waitForAnalysis();
        QCOMPARE(window.analysisDock()->analysis()->options.deals.to, std::optional(QDate(2025, 3, 1)));
        auto *tableTo = window.findChild<QDateEdit *>(u"dealToFilter"_s);
        QCOMPARE(tableTo->date(), QDate(2025, 3, 1));
        auto *timeline = window.findChild<TimelineView *>();
        timeline->refresh();
        for (const TimelineSeries &series : timeline->chart()->data().series)
            for (const TimelinePoint &p : series.points)
                QVERIFY(p.periodStart <= QDate(2025, 3, 1));
        // The end label shows the day.
        bool dayShown = false;
        for (QLabel *label : network->findChildren<QLabel *>())
            dayShown = dayShown || label->text() == u"1. März 2025"_s;
        QVERIFY(dayShown);

        // Moving the start slider leaves the state as of the day (the month's end applies again).
        auto *from = network->findChild<QSlider *>(u"fromSlider"_s);
        from->setValue(1);
        QVERIFY(!network->stateAsOf().isValid());
        QCOMPARE(network->options().filter.to, std::optional(QDate(2025, 3, 31)));

        // All Dates.
        Q_EMIT calendar->activated(QDate(2025, 3, 1));
        button->menu()->actions().last()->trigger();
        QVERIFY(!network->stateAsOf().isValid());
        QVERIFY(!network->options().filter.to);
        QCOMPARE(analysisTo->date(), analysisTo->minimumDate());
        QCOMPARE(tableTo->date(), tableTo->minimumDate());
    }

private:
    QTemporaryDir m_recovery;
    Translations m_translations;
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
