// The deal and valuation dialogs driven with real key events, as people type: dates in their own
// form, Tab from field to field, one article's deals one after the other.
#include "document/Document.h"
#include "editing/DealDialog.h"
#include "editing/EditActions.h"
#include "editing/Editor.h"
#include "editing/ValuationDialog.h"
#include "graph/DealGraph.h"
#include "i18n/Language.h"
#include "network/NetworkWidget.h"
#include "support/UserFiles.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
template<typename W = QLineEdit> W *field(QWidget *dialog, const char *name)
{
    auto *w = dialog->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

QString focusName(QWidget *dialog)
{
    QWidget *w = dialog->focusWidget();
    return w ? w->objectName() : QString();
}

// Tabs from `start` through the dialog and names the fields focus reaches.
QStringList tabOrder(QWidget *dialog, QWidget *start, int count)
{
    start->setFocus();
    QStringList order {focusName(dialog)};
    while (order.size() < count) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        order << focusName(dialog);
    }
    return order;
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    QLineEdit *edit = field(dialog, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestDialogTyping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        isolateUserFiles(m_files.path());
    }
    void init() { useLanguage(Language::German); }
    void cleanupTestCase() { useLanguage(Language::English); }

    // Tab into the date, type it as one writes it, Tab on: the date and its precision are as typed.
    void typedDates_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("shown"); // under the field
        const int day = int(DatePrecision::Day);
        QTest::addRow("de day") << true << QStringLiteral("18.11.2025") << QDate(2025, 11, 18) << day
                                << QStringLiteral("18. November 2025");
        QTest::addRow("de short year") << true << QStringLiteral("18.11.25") << QDate(2025, 11, 18) << day
                                       << QStringLiteral("18. November 2025");
        QTest::addRow("de iso") << true << QStringLiteral("2025-11-18") << QDate(2025, 11, 18) << day
                                << QStringLiteral("18. November 2025");
        QTest::addRow("de month") << true << QStringLiteral("11.2025") << QDate(2025, 11, 1)
                                  << int(DatePrecision::Month) << QStringLiteral("November 2025");
        QTest::addRow("de month words") << true << QStringLiteral("November 2025") << QDate(2025, 11, 1)
                                        << int(DatePrecision::Month) << QStringLiteral("November 2025");
        QTest::addRow("de quarter") << true << QStringLiteral("Q4 2025") << QDate(2025, 10, 1)
                                    << int(DatePrecision::Quarter) << QStringLiteral("Q4 2025");
        QTest::addRow("de year") << true << QStringLiteral("2025") << QDate(2025, 1, 1) << int(DatePrecision::Year)
                                 << QStringLiteral("2025");
        QTest::addRow("en month first") << false << QStringLiteral("11/18/2025") << QDate(2025, 11, 18) << day
                                        << QStringLiteral("November 18, 2025");
        QTest::addRow("en words") << false << QStringLiteral("Nov 18, 2025") << QDate(2025, 11, 18) << day
                                  << QStringLiteral("November 18, 2025");
    }
    void typedDates()
    {
        QFETCH(bool, german);
        QFETCH(QString, typed);
        QFETCH(QDate, start);
        QFETCH(int, precision);
        QFETCH(QString, shown);
        if (!german)
            useLanguage(Language::English);
        MainWindow window;
        DealDialog dialog(window.editor());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *kind = field<QComboBox>(&dialog, "kindCombo");
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Tab);
        QCOMPARE(focusName(&dialog), QStringLiteral("dateEdit"));
        // Typing replaces the proposed date (Tab selects the field's text).
        QTest::keyClicks(dialog.focusWidget(), typed);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusName(&dialog), QStringLiteral("precisionCombo"));
        const Deal d = dialog.deal();
        QCOMPARE(d.date.periodStart(), start);
        QCOMPARE(int(d.date.precision()), precision);
        QCOMPARE(field<QComboBox>(&dialog, "precisionCombo")->currentData().toInt(), precision);
        QVERIFY2(field<QLabel>(&dialog, "datePreview")->text().contains(shown),
            qPrintable(field<QLabel>(&dialog, "datePreview")->text()));
        QVERIFY(!dialog.errors().join(u' ').contains(QStringLiteral("Datum")));
        QVERIFY(!dialog.errors().join(u' ').contains(QStringLiteral("Date")));
    }

    // A date that is none, or finer than the precision chosen, is named and blocks OK.
    void wrongDatesAreExplained_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("precision"); // chosen after typing; -1: as typed
        QTest::addColumn<QString>("reason");
        QTest::addRow("no such day") << QStringLiteral("31.02.2025") << -1 << QStringLiteral("Februar 2025");
        QTest::addRow("not a date") << QStringLiteral("gestern") << -1 << QStringLiteral("18.11.2025");
        QTest::addRow("empty") << QString() << -1 << QStringLiteral("Q4 2025");
        QTest::addRow("month at day precision")
            << QStringLiteral("11.2025") << int(DatePrecision::Day) << QStringLiteral("11.2025");
    }
    void wrongDatesAreExplained()
    {
        QFETCH(QString, typed);
        QFETCH(int, precision);
        QFETCH(QString, reason);
        MainWindow window;
        DealDialog dialog(window.editor());
        typeInto(&dialog, "dateEdit", typed);
        if (precision >= 0) {
            auto *combo = field<QComboBox>(&dialog, "precisionCombo");
            combo->setCurrentIndex(combo->findData(precision));
        }
        const QString errors = dialog.errors().join(u'\n');
        QVERIFY2(errors.contains(QStringLiteral("Datum")), qPrintable(errors));
        QVERIFY2(errors.contains(reason), qPrintable(errors));
        QVERIFY(field<QLabel>(&dialog, "datePreview")->text().contains(reason));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(field(&dialog, "dateEdit")->property("invalid").toBool());
    }

    // Tab goes through the fields in the order they are read, with the source's URL after the capacity.
    void dealTabOrder()
    {
        MainWindow window;
        DealDialog dialog(window.editor());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(tabOrder(&dialog, field(&dialog, "fromEdit"), 13),
            QStringList({QStringLiteral("fromEdit"), QStringLiteral("toEdit"), QStringLiteral("kindCombo"),
                QStringLiteral("dateEdit"), QStringLiteral("precisionCombo"), QStringLiteral("amountEdit"),
                QStringLiteral("unitCombo"), QStringLiteral("undisclosedBox"), QStringLiteral("amountKindCombo"),
                QStringLiteral("capacityEdit"), QStringLiteral("sourceUrl0"), QStringLiteral("sourceTitle0"),
                QStringLiteral("sourceClaim0")}));
    }
    void valuationTabOrder()
    {
        MainWindow window;
        ValuationDialog dialog(window.editor(), QString(), QStringLiteral("anthropic"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(tabOrder(&dialog, field<QComboBox>(&dialog, "companyCombo"), 8),
            QStringList({QStringLiteral("companyCombo"), QStringLiteral("dateEdit"), QStringLiteral("precisionCombo"),
                QStringLiteral("amountEdit"), QStringLiteral("unitCombo"), QStringLiteral("kindCombo"),
                QStringLiteral("sourceUrl0"), QStringLiteral("sourceTitle0")}));
    }

    // Messages come and go in a place of their own: the fields do not move.
    void fieldsStayWhereTheyAre()
    {
        MainWindow window;
        DealDialog dialog(window.editor());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto position = [&dialog](const char *name) { return field(&dialog, name)->mapTo(&dialog, QPoint()); };
        typeInto(&dialog, "fromEdit", QStringLiteral("Microsoft"));
        typeInto(&dialog, "toEdit", QStringLiteral("Anthropic"));
        typeInto(&dialog, "amountEdit", QStringLiteral("5"));
        typeInto(&dialog, "sourceUrl0", QStringLiteral("https://www.n-tv.de/wirtschaft/anthropic"));
        typeInto(&dialog, "sourceTitle0", QStringLiteral("Milliarden fuer Anthropic"));
        QTRY_VERIFY(dialog.errors().isEmpty());
        const QPoint to = position("toEdit");
        const QPoint url = position("sourceUrl0");
        const QPoint capacity = position("capacityEdit");
        const QSize size = dialog.size();

        typeInto(&dialog, "amountEdit", QStringLiteral("5,5,5"));
        typeInto(&dialog, "dateEdit", QStringLiteral("31.02.2025"));
        QVERIFY(dialog.errors().size() >= 2);
        QApplication::processEvents();

        QCOMPARE(position("sourceUrl0"), url);
        // A name not (yet) known offers to create the company, without moving what is below.
        typeInto(&dialog, "fromEdit", QStringLiteral("Microsof"));
        QApplication::processEvents();
        QVERIFY(field<QWidget>(&dialog, "fromField")
                    ->findChild<QWidget *>(QStringLiteral("createCompanyBox"))
                    ->isVisible());
        QCOMPARE(position("toEdit"), to);
        QCOMPARE(position("sourceUrl0"), url);
        QCOMPARE(position("capacityEdit"), capacity);
        QCOMPARE(dialog.size(), size);
    }

    // "Save and Add Another" keeps the article: its sources, date and precision.
    void saveAndAddAnotherKeepsTheSource()
    {
        MainWindow window;
        Document *document = window.document();
        const int before = document->graph().dealCount();
        DealDialog dialog(window.editor());
        dialog.show();
        typeInto(&dialog, "fromEdit", QStringLiteral("Microsoft"));
        typeInto(&dialog, "toEdit", QStringLiteral("Anthropic"));
        typeInto(&dialog, "dateEdit", QStringLiteral("11.2025"));
        typeInto(&dialog, "amountEdit", QStringLiteral("5"));
        const QString url = QStringLiteral("https://www.n-tv.de/wirtschaft/milliarden-fuer-anthropic");
        typeInto(&dialog, "sourceUrl0", url);
        typeInto(&dialog, "sourceTitle0", QStringLiteral("Milliarden fuer Anthropic"));
        auto *another = field<QPushButton>(&dialog, "addAnotherButton");
        QVERIFY2(another->isEnabled(), qPrintable(dialog.errors().join(u'\n')));
        const QString firstId = document->nextDealId();
        QTest::mouseClick(another, Qt::LeftButton);
        QCOMPARE(document->graph().dealCount(), before + 1);
        QVERIFY(dialog.isVisible() || !dialog.result()); // still open for the next deal
        QCOMPARE(focusName(&dialog), QStringLiteral("fromEdit"));
        QVERIFY(field(&dialog, "fromEdit")->text().isEmpty());
        QVERIFY(field(&dialog, "amountEdit")->text().isEmpty());
        QCOMPARE(field(&dialog, "sourceUrl0")->text(), url);
        QCOMPARE(field(&dialog, "dateEdit")->text(), QStringLiteral("11.2025"));
        QVERIFY(field<QLabel>(&dialog, "messages")->text().contains(firstId));
        // The second deal of the article: only its companies and amount are typed.
        typeInto(&dialog, "fromEdit", QStringLiteral("Nvidia"));
        typeInto(&dialog, "toEdit", QStringLiteral("Anthropic"));
        typeInto(&dialog, "amountEdit", QStringLiteral("10"));
        QVERIFY2(dialog.errors().isEmpty(), qPrintable(dialog.errors().join(u'\n')));
        const QString secondId = document->nextDealId();
        QTest::mouseClick(field<QPushButton>(&dialog, "addAnotherButton"), Qt::LeftButton);
        const Deal *first = document->deal(firstId);
        const Deal *second = document->deal(secondId);
        QVERIFY(first && second);
        QCOMPARE(second->sources, first->sources);
        QCOMPARE(second->date, FuzzyDate(QDate(2025, 11, 1), DatePrecision::Month));
        QCOMPARE(second->amount, std::optional<Money>(Money::fromUsd(10'000'000'000)));
        // Each deal is its own undo step.
        window.undoStack()->undo();
        QVERIFY(!document->deal(secondId));
        QVERIFY(document->deal(firstId));
    }
    void saveAndAddAnotherOnlyForNewEntries()
    {
        MainWindow window;
        DealDialog edit(window.editor(), QStringLiteral("D001"));
        QVERIFY(!edit.findChild<QPushButton *>(QStringLiteral("addAnotherButton")));
        QVERIFY(!edit.saveAndAddAnother());
        ValuationDialog valuation(window.editor(), QString(), QStringLiteral("anthropic"));
        QVERIFY(valuation.findChild<QPushButton *>(QStringLiteral("addAnotherButton")));
    }
    void valuationSaveAndAddAnother()
    {
        MainWindow window;
        Document *document = window.document();
        const qsizetype before = document->valuations().size();
        ValuationDialog dialog(window.editor(), QString(), QStringLiteral("anthropic"));
        dialog.show();
        typeInto(&dialog, "dateEdit", QStringLiteral("Maerz 2025"));
        typeInto(&dialog, "amountEdit", QStringLiteral("61,5"));
        typeInto(&dialog, "sourceUrl0", QStringLiteral("https://www.n-tv.de/wirtschaft/anthropic-bewertung"));
        typeInto(&dialog, "sourceTitle0", QStringLiteral("Anthropic-Bewertung"));
        QVERIFY2(dialog.saveAndAddAnother(), qPrintable(dialog.errors().join(u'\n')));
        QCOMPARE(document->valuations().size(), before + 1);
        QCOMPARE(document->valuations().last().date, FuzzyDate(QDate(2025, 3, 1), DatePrecision::Month));
        QVERIFY(field(&dialog, "amountEdit")->text().isEmpty());
        QCOMPARE(field(&dialog, "dateEdit")->text(), QStringLiteral("Maerz 2025")); // as typed
        QVERIFY(!field(&dialog, "sourceUrl0")->text().isEmpty());
    }

    // The valuation dialog has no "undisclosed": its messages do not offer it.
    void valuationMessagesOfferOnlyWhatItHas()
    {
        MainWindow window;
        ValuationDialog dialog(window.editor(), QString(), QStringLiteral("anthropic"));
        for (const QString &value : {QString(), QStringLiteral("0")}) {
            typeInto(&dialog, "amountEdit", value);
            const QString errors = dialog.errors().join(u'\n');
            QVERIFY2(errors.contains(QStringLiteral("Wert")), qPrintable(errors));
            QVERIFY2(!errors.contains(QStringLiteral("nicht genannt")), qPrintable(errors));
            QVERIFY2(!errors.contains(QStringLiteral("undisclosed")), qPrintable(errors));
        }
        // The deal dialog does offer it.
        DealDialog deal(window.editor());
        typeInto(&deal, "amountEdit", QString());
        QVERIFY(deal.errors().join(u'\n').contains(QStringLiteral("nicht genannt")));
    }

    // The document's sources are offered as a URL is typed; a known URL brings its title along.
    void recentSourcesAreOffered()
    {
        MainWindow window;
        // The sources of the newest news come first.
        QDate newestDate;
        for (const Deal *d : window.document()->graph().deals())
            newestDate = std::max(newestDate, d->date.periodStart());
        for (const Valuation &v : window.document()->valuations())
            newestDate = std::max(newestDate, v.date.periodStart());
        QStringList newestUrls;
        for (const Deal *d : window.document()->graph().deals()) {
            for (const Source &s : d->sources) {
                if (d->date.periodStart() == newestDate)
                    newestUrls << s.url;
            }
        }
        for (const Valuation &v : window.document()->valuations()) {
            for (const Source &s : v.sources) {
                if (v.date.periodStart() == newestDate)
                    newestUrls << s.url;
            }
        }
        QVERIFY(!newestUrls.isEmpty());
        // A source with a headline of its own (placeholder titles are not offered as titles).
        const Deal *some = window.document()->deal(QStringLiteral("D001"));
        QVERIFY(some && !some->sources.isEmpty());
        const Source known = some->sources.first();
        QVERIFY(!known.title.startsWith(u'['));
        DealDialog dialog(window.editor());
        dialog.show();
        QLineEdit *url = field(&dialog, "sourceUrl0");
        QCompleter *completer = url->completer();
        QVERIFY(completer);
        QVERIFY2(newestUrls.contains(completer->model()->index(0, 0).data().toString()),
            qPrintable(completer->model()->index(0, 0).data().toString()));
        const QString part = QUrl(known.url).host().section(u'.', -2, -2);
        url->setFocus();
        QTest::keyClicks(url, part);
        QVERIFY(completer->completionCount() >= 1);
        // Chosen from the list: the title comes along.
        typeInto(&dialog, "sourceUrl0", known.url.left(known.url.size() - 3));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(url->text(), known.url);
        QCOMPARE(field(&dialog, "sourceTitle0")->text(), known.title);
        // A title already typed is kept.
        typeInto(&dialog, "sourceTitle0", QStringLiteral("Mein Titel"));
        typeInto(&dialog, "sourceUrl0", known.url);
        Q_EMIT completer->activated(known.url);
        QCOMPARE(field(&dialog, "sourceTitle0")->text(), QStringLiteral("Mein Titel"));
    }

    // Redo is Ctrl+Y as well as Ctrl+Shift+Z; New Valuation has a shortcut.
    void shortcuts()
    {
        MainWindow window;
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(redo);
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(!window.editActions()->newValuationAction()->shortcut().isEmpty());
        QVERIFY(window.editActions()->newValuationAction()->shortcut()
            != window.editActions()->newDealAction()->shortcut());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.editor()->removeDeal(QStringLiteral("D001")));
        window.undoStack()->undo();
        QVERIFY(window.document()->deal(QStringLiteral("D001")));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Y));
        QVERIFY(!window.document()->deal(QStringLiteral("D001")));
        window.undoStack()->undo();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QVERIFY(!window.document()->deal(QStringLiteral("D001")));
    }

    // A company or deal selected in the network is what Edit ▸ Edit and Delete act on.
    void editActionsFollowTheNetwork()
    {
        MainWindow window;
        window.show();
        EditActions *actions = window.editActions();
        auto *network = window.findChild<NetworkWidget *>();
        QVERIFY(network);
        network->selectCompany(QStringLiteral("anthropic"));
        Q_EMIT network->companySelected(QStringLiteral("anthropic"));
        QVERIFY(actions->editAction()->isEnabled());
        QVERIFY(actions->deleteAction()->isEnabled());
        QVERIFY(!actions->duplicateAction()->isEnabled()); // a company is not duplicated
        network->selectDeal(QStringLiteral("D001"));
        Q_EMIT network->dealSelected(QStringLiteral("D001"));
        QVERIFY(actions->editAction()->isEnabled());
        QVERIFY(actions->duplicateAction()->isEnabled());
        QVERIFY(network->actions().contains(actions->deleteAction())); // the Delete key works there
    }

private:
    void useLanguage(Language language)
    {
        m_translations.apply(language);
        QLocale::setDefault(localeFor(language));
    }

    QTemporaryDir m_files;
    Translations m_translations;
};

QTEST_MAIN(TestDialogTyping)
#include "tst_dialogtyping.moc"
