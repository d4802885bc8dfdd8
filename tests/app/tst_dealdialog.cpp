#include "ModalHelper.h"

#include "document/Document.h"
#include "editing/CompanyDialog.h"
#include "editing/DealDialog.h"
#include "editing/EditActions.h"
#include "editing/Editor.h"
#include "editing/ValuationDialog.h"
#include "format/AmountParser.h"
#include "graph/DealGraph.h"
#include "files/DocumentFiles.h"
#include "itemmodels/DealTableModel.h"
#include "support/UserFiles.h"
#include "window/DocumentLifecycle.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template<typename W = QLineEdit> W *field(QWidget *dialog, const char *name)
{
    auto *w = dialog->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

void type(QWidget *dialog, const char *name, const QString &text)
{
    QLineEdit *edit = field(dialog, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Types the seed article's first deal as a German user would.
void typeSeedDeal(DealDialog *dialog, const QString &amount)
{
    type(dialog, "fromEdit", QStringLiteral("Microsoft"));
    type(dialog, "toEdit", QStringLiteral("Anthropic"));
    auto *kind = field<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(DealKind::Equity)));
    field<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2025, 11, 18));
    type(dialog, "amountEdit", amount);
    auto *amountKind = field<QComboBox>(dialog, "amountKindCombo");
    amountKind->setCurrentIndex(amountKind->findData(int(AmountKind::UpTo)));
    type(dialog, "sourceUrl0", QStringLiteral("https://www.handelsblatt.com/technik/ki/anthropic"));
    type(dialog, "sourceTitle0", QStringLiteral("Microsoft und Nvidia investieren in Anthropic"));
    QTest::keyClicks(field<QPlainTextEdit>(dialog, "noteDeEdit"), QStringLiteral("Bis zu 5 Mrd. $ von Microsoft."));
}
} // namespace

class TestDealDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_recovery.isValid());
        isolateUserFiles(m_recovery.path());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void completerMatchesContainedText()
    {
        MainWindow window;
        DealDialog dialog(window.editor());
        QLineEdit *from = field(&dialog, "fromEdit");
        QTest::keyClicks(from, QStringLiteral("SOFT"));
        QCompleter *completer = from->completer();
        QVERIFY(completer);
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(from->text());
        QVERIFY(completer->completionCount() >= 1);
        QStringList found;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            found << completer->currentCompletion();
        QVERIFY2(found.contains(QStringLiteral("Microsoft")), qPrintable(found.join(u',')));
    }

    // A German user types the deal; it shows in the deals table and in the graph.
    void enterGermanDealInWindow()
    {
        MainWindow window;
        window.show();
        const int deals = window.document()->graph().dealCount();
        QString preview;
        whenModal<DealDialog>([&preview](DealDialog *dialog) {
            typeSeedDeal(dialog, QStringLiteral("1.400"));
            preview = field<QLabel>(dialog, "amountPreview")->text();
            type(dialog, "amountEdit", QStringLiteral("2,5"));
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QVERIFY(window.editActions()->newDeal());
        QVERIFY2(preview.contains(QStringLiteral("1,4 Bio. $")), qPrintable(preview));
        QCOMPARE(window.document()->graph().dealCount(), deals + 1);
        const auto between
            = window.document()->graph().dealsBetween(QStringLiteral("microsoft"), QStringLiteral("anthropic"));
        const auto it = std::find_if(between.cbegin(), between.cend(), [](const Deal *d) {
            return d->amount == Money::fromUsd(2'500'000'000) && d->amountKind == AmountKind::UpTo;
        });
        QVERIFY(it != between.cend());
        const Deal *deal = *it;
        QCOMPARE(deal->date, FuzzyDate(QDate(2025, 11, 18), DatePrecision::Day));
        QCOMPARE(deal->note.de, QStringLiteral("Bis zu 5 Mrd. $ von Microsoft."));
        // In the graph itself: an edge from Microsoft's vertex to Anthropic's.
        const DealGraph &graph = window.document()->graph();
        const auto edge = graph.edge(deal->id);
        QVERIFY(edge);
        QCOMPARE(graph.graph()[boost::source(*edge, graph.graph())].id, QStringLiteral("microsoft"));
        QCOMPARE(graph.graph()[boost::target(*edge, graph.graph())].id, QStringLiteral("anthropic"));
        // In the table, formatted the German way.
        QTableView *view = window.dealsView();
        bool shown = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(DealTableModel::IdRole).toString() == deal->id) {
                QCOMPARE(view->model()->index(row, DealTableModel::AmountColumn).data().toString(),
                    QStringLiteral("bis zu 2,5 Mrd. $"));
                shown = true;
            }
        }
        QVERIFY(shown);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("undoAction"))->text(),
            QStringLiteral("Undo Add deal Microsoft → Anthropic"));
        QVERIFY(window.isWindowModified());
    }

    void invalidInputKeepsOkDisabled_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::addRow("letters in amount")
            << QStringLiteral("amountEdit") << QStringLiteral("15 Mrd") << QStringLiteral("Only digits");
        QTest::addRow("english grouping in german") << QStringLiteral("amountEdit") << QStringLiteral("1,400.5")
                                                    << QStringLiteral("cannot follow the decimal mark");
        QTest::addRow("bad groups") << QStringLiteral("amountEdit") << QStringLiteral("1.40.0")
                                    << QStringLiteral("groups of three");
        QTest::addRow("zero") << QStringLiteral("amountEdit") << QStringLiteral("0")
                              << QStringLiteral("greater than zero");
        QTest::addRow("ftp source") << QStringLiteral("sourceUrl0") << QStringLiteral("ftp://example.com/x")
                                    << QStringLiteral("http:// or https://");
        QTest::addRow("unknown company") << QStringLiteral("toEdit") << QStringLiteral("Nobody Corp")
                                         << QStringLiteral("not a known company");
        QTest::addRow("capacity") << QStringLiteral("capacityEdit") << QStringLiteral("30 GW")
                                  << QStringLiteral("plain number");
    }
    void invalidInputKeepsOkDisabled()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        MainWindow window;
        DealDialog dialog(window.editor());
        dialog.show();
        typeSeedDeal(&dialog, QStringLiteral("5"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.errors().join(u'\n')));
        type(&dialog, fieldName.toLatin1().constData(), text);
        QVERIFY(!okButton(&dialog)->isEnabled());
        const QString messages = field<QLabel>(&dialog, "messages")->text();
        QVERIFY2(messages.contains(reason), qPrintable(messages));
        QVERIFY(field(&dialog, fieldName.toLatin1().constData())->property("invalid").toBool());
        QVERIFY(!dialog.apply());
    }

    void warningsDoNotBlock()
    {
        MainWindow window;
        DealDialog dialog(window.editor());
        typeSeedDeal(&dialog, QStringLiteral("5"));
        type(&dialog, "toEdit", QStringLiteral("Microsoft"));
        field<QDateEdit>(&dialog, "dateEdit")->setDate(QDate::currentDate().addYears(3));
        QCOMPARE(dialog.warnings().size(), 2);
        QVERIFY(okButton(&dialog)->isEnabled());
        // An exact duplicate of a bundled deal.
        DealDialog copy(window.editor(), QStringLiteral("D001"));
        QVERIFY(copy.warnings().isEmpty());
        window.editor()->duplicateDeal(QStringLiteral("D001"));
        DealDialog again(window.editor(), QStringLiteral("D001"));
        QCOMPARE(again.warnings().size(), 1);
        QVERIFY(again.warnings().first().contains(QStringLiteral("duplicate")));
    }

    void newCompanyAndDealAreOneStep()
    {
        MainWindow window;
        const DocumentData before = window.document()->data();
        DealDialog dialog(window.editor());
        typeSeedDeal(&dialog, QStringLiteral("30"));
        type(&dialog, "fromEdit", QStringLiteral("Acme Robotics"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        auto *create = dialog.findChild<QWidget *>(QStringLiteral("fromField"))
                           ->findChild<QCheckBox *>(QStringLiteral("createCompanyBox"));
        QVERIFY(create->isVisibleTo(&dialog));
        QTest::mouseClick(create, Qt::LeftButton, {}, QPoint(5, create->height() / 2));
        QVERIFY(create->isChecked());
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.errors().join(u'\n')));
        QVERIFY(dialog.apply());
        QCOMPARE(window.undoStack()->count(), 1);
        const Company *acme = window.document()->graph().companyByName(QStringLiteral("Acme Robotics"));
        QVERIFY(acme);
        QCOMPARE(window.document()->graph().dealsOut(acme->id).size(), 1);
        window.undoStack()->undo();
        QVERIFY(!window.document()->graph().companyByName(QStringLiteral("Acme Robotics")));
        QCOMPARE(window.document()->data().deals, before.deals);
        QCOMPARE(window.document()->data().companies, before.companies);
    }

    void companyDialogChecksNameAndCountry()
    {
        MainWindow window;
        CompanyDialog dialog(window.editor());
        dialog.show();
        type(&dialog, "nameEdit", QStringLiteral("nvidia"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(field<QLabel>(&dialog, "messages")->text().contains(QStringLiteral("already exists")));
        type(&dialog, "nameEdit", QStringLiteral("Aleph Alpha"));
        type(&dialog, "countryEdit", QStringLiteral("xx"));
        QCOMPARE(field(&dialog, "countryEdit")->text(), QStringLiteral("XX"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        type(&dialog, "countryEdit", QStringLiteral("de"));
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        const Company *aleph = window.document()->graph().companyByName(QStringLiteral("Aleph Alpha"));
        QVERIFY(aleph);
        QCOMPARE(aleph->country, QStringLiteral("DE"));
    }

    // The "done when": the seed article's deals typed into a new document in German,
    // undone and redone, saved, and found again after reopening.
    void seedArticleFromScratch()
    {
        const QString path = m_recovery.filePath(QStringLiteral("seed.capflow"));
        DocumentData saved;
        {
            MainWindow window;
            window.show();
            window.lifecycle()->newDocument();
            struct Row
            {
                QString from, to;
                DealKind kind;
                QString amount;
                qint64 usd;
            };
            const QList<Row> rows = {
                {QStringLiteral("Microsoft"), QStringLiteral("Anthropic"), DealKind::Equity, QStringLiteral("5"),
                    5'000'000'000},
                {QStringLiteral("Nvidia"), QStringLiteral("Anthropic"), DealKind::Equity, QStringLiteral("10"),
                    10'000'000'000},
                {QStringLiteral("Anthropic"), QStringLiteral("Microsoft"), DealKind::Compute, QStringLiteral("30"),
                    30'000'000'000},
                {QStringLiteral("OpenAI"), QStringLiteral("Amazon"), DealKind::Compute, QStringLiteral("38"),
                    38'000'000'000},
                {QStringLiteral("OpenAI"), QStringLiteral("Compute providers"), DealKind::Compute,
                    QStringLiteral("1,4"), 1'400'000'000'000},
            };
            for (const Row &row : rows) {
                whenModal<DealDialog>([&row](DealDialog *dialog) {
                    typeSeedDeal(dialog, row.amount);
                    type(dialog, "fromEdit", row.from);
                    type(dialog, "toEdit", row.to);
                    auto *kind = field<QComboBox>(dialog, "kindCombo");
                    kind->setCurrentIndex(kind->findData(int(row.kind)));
                    if (row.usd >= 1'000'000'000'000) {
                        auto *unit = field<QComboBox>(dialog, "unitCombo");
                        unit->setCurrentIndex(unit->findData(int(AmountParser::Unit::Trillion)));
                    }
                    for (const char *side : {"fromField", "toField"}) {
                        auto *create
                            = dialog->findChild<QWidget *>(QString::fromLatin1(side))->findChild<QCheckBox *>();
                        if (create->isVisibleTo(dialog))
                            QTest::mouseClick(create, Qt::LeftButton, {}, QPoint(5, create->height() / 2));
                    }
                    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->errors().join(u'\n')));
                    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
                });
                QVERIFY(window.editActions()->newDeal());
            }
            Document *document = window.document();
            QCOMPARE(document->graph().dealCount(), rows.size());
            QCOMPARE(document->graph().companyCount(), 6);
            for (const Row &row : rows) {
                const Company *from = document->graph().companyByName(row.from);
                const Company *to = document->graph().companyByName(row.to);
                QVERIFY(from && to);
                const auto deals = document->graph().dealsBetween(from->id, to->id);
                QCOMPARE(deals.size(), 1);
                QCOMPARE(deals.first()->amount, std::optional<Money>(Money::fromUsd(row.usd)));
            }
            const DocumentData typed = document->data();
            QCOMPARE(window.undoStack()->count(), rows.size());
            while (window.undoStack()->canUndo())
                window.undoStack()->undo();
            QCOMPARE(document->graph().dealCount(), 0);
            QCOMPARE(document->graph().companyCount(), 0);
            while (window.undoStack()->canRedo())
                window.undoStack()->redo();
            QCOMPARE(document->data().deals, typed.deals);
            QCOMPARE(document->data().companies, typed.companies);
            QVERIFY(window.lifecycle()->saveTo(path));
            saved = document->data();
        }
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(reopened.document()->data().deals, saved.deals);
        QCOMPARE(reopened.document()->data().companies, saved.companies);
    }

    void valuationDialogAddsValuation()
    {
        MainWindow window;
        const int before = int(window.document()->valuations().size());
        const QString id = window.document()->nextValuationId();
        ValuationDialog dialog(window.editor(), QString(), QStringLiteral("anthropic"));
        dialog.show();
        QVERIFY(!okButton(&dialog)->isEnabled());
        field<QDateEdit>(&dialog, "dateEdit")->setDate(QDate(2025, 9, 17));
        auto *precision = field<QComboBox>(&dialog, "precisionCombo");
        precision->setCurrentIndex(precision->findData(int(DatePrecision::Month)));
        type(&dialog, "amountEdit", QStringLiteral("183"));
        type(&dialog, "sourceUrl0", QStringLiteral("https://www.anthropic.com/news/series-f"));
        type(&dialog, "sourceTitle0", QStringLiteral("Series F"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.errors().join(u'\n')));
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QCOMPARE(int(window.document()->valuations().size()), before + 1);
        const Valuation *v = window.document()->valuation(id);
        QVERIFY(v);
        QCOMPARE(v->company, QStringLiteral("anthropic"));
        QCOMPARE(v->value, Money::fromUsd(183'000'000'000));
        // Lower precision stores the first day of the period.
        QCOMPARE(v->date, FuzzyDate(QDate(2025, 9, 1), DatePrecision::Month));
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add valuation of Anthropic"));
    }

private:
    QTemporaryDir m_recovery;
};

QTEST_MAIN(TestDealDialog)
#include "tst_dealdialog.moc"
