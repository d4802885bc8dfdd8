#include "ModalHelper.h"

#include "document/Document.h"
#include "editing/CompanyDialog.h"
#include "editing/DealDialog.h"
#include "editing/EditActions.h"
#include "editing/Editor.h"
#include "editing/FieldEditors.h"
#include "editing/ValuationDialog.h"
#include "files/DocumentFiles.h"
#include "format/AmountParser.h"
#include "graph/DealGraphStorage.h"
#include "itemmodels/DealTableModel.h"
#include "support/UserFiles.h"
#include "window/DocumentLifecycle.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
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
    type(dialog, "dateEdit", QStringLiteral("18.11.2025"));
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
        const auto edge = graph.storage().edge(deal->id);
        QVERIFY(edge);
        QCOMPARE(graph.storage().graph[boost::source(*edge, graph.storage().graph)].id, QStringLiteral("microsoft"));
        QCOMPARE(graph.storage().graph[boost::target(*edge, graph.storage().graph)].id, QStringLiteral("anthropic"));
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
        type(&dialog, "dateEdit", QDate::currentDate().addYears(3).toString(QStringLiteral("dd.MM.yyyy")));
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

    // Several sources, each with its own figure, date and rating, come out of the dialog as typed
    // and go back into it unchanged (with what the dialog does not edit, the source's note).
    void sourcesWithClaimsRoundTrip()
    {
        MainWindow window;
        DealDialog dialog(window.editor());
        dialog.show();
        typeSeedDeal(&dialog, QStringLiteral("5"));
        type(&dialog, "sourceClaim0", QStringLiteral("5"));
        QTest::mouseClick(field<QPushButton>(&dialog, "addSourceButton"), Qt::LeftButton);
        QTest::mouseClick(field<QPushButton>(&dialog, "addSourceButton"), Qt::LeftButton);
        type(&dialog, "sourceUrl1", QStringLiteral("https://www.ft.com/content/anthropic-microsoft"));
        type(&dialog, "sourceTitle1", QStringLiteral("Microsoft and Nvidia to invest in Anthropic"));
        type(&dialog, "sourceClaim1", QStringLiteral("4,5"));
        type(&dialog, "sourceClaimDate1", QStringLiteral("17.11.2025"));
        auto *tier1 = field<QComboBox>(&dialog, "sourceTier1");
        tier1->setCurrentIndex(tier1->findData(int(SourceTier::Primary)));
        type(&dialog, "sourceUrl2", QStringLiteral("https://example.org/blog"));
        type(&dialog, "sourceTitle2", QStringLiteral("A blog"));
        auto *unit2 = field<QComboBox>(&dialog, "sourceClaimUnit2");
        unit2->setCurrentIndex(unit2->findData(int(AmountParser::Unit::Million)));
        type(&dialog, "sourceClaim2", QStringLiteral("4.800"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.errors().join(u'\n')));

        Source handelsblatt(QStringLiteral("https://www.handelsblatt.com/technik/ki/anthropic"),
            QStringLiteral("Microsoft und Nvidia investieren in Anthropic"));
        handelsblatt.claimedAmount = Money::fromUsd(5'000'000'000);
        Source ft(QStringLiteral("https://www.ft.com/content/anthropic-microsoft"),
            QStringLiteral("Microsoft and Nvidia to invest in Anthropic"));
        ft.claimedAmount = Money::fromUsd(4'500'000'000);
        ft.claimedDate = QDate(2025, 11, 17);
        ft.tier = SourceTier::Primary;
        Source blog(QStringLiteral("https://example.org/blog"), QStringLiteral("A blog"));
        blog.claimedAmount = Money::fromUsd(4'800'000'000);
        QCOMPARE(dialog.deal().sources, QList<Source>({handelsblatt, ft, blog}));
        const QString id = dialog.deal().id;
        QVERIFY(dialog.apply());

        // A note on a source survives editing the deal in the dialog.
        QVERIFY(window.document()->deal(id));
        Deal stored = *window.document()->deal(id);
        stored.sources[1].note = QStringLiteral("says $4.5bn");
        QVERIFY(window.editor()->updateDeal(stored));
        DealDialog again(window.editor(), id);
        QCOMPARE(field(&again, "sourceClaimDate1")->text(), QStringLiteral("17.11.2025"));
        QCOMPARE(again.deal(), stored);
        // An emptied claim is no claim, not a mistake.
        type(&again, "sourceClaim2", QString());
        QVERIFY(again.errors().isEmpty());
        QCOMPARE(again.deal().sources.at(2).claimedAmount, std::optional<Money>());
    }

    void claimMistakesAreLocated_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::addRow("claimed amount") << QStringLiteral("sourceClaim0") << QStringLiteral("viel")
                                        << QStringLiteral("source 1, reported figure");
        QTest::addRow("claimed date") << QStringLiteral("sourceClaimDate0") << QStringLiteral("Mai 2025")
                                      << QStringLiteral("source 1, reported date");
    }
    void claimMistakesAreLocated()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        MainWindow window;
        DealDialog dialog(window.editor());
        dialog.show();
        typeSeedDeal(&dialog, QStringLiteral("5"));
        QVERIFY(okButton(&dialog)->isEnabled());
        type(&dialog, fieldName.toLatin1().constData(), text);
        QVERIFY(!okButton(&dialog)->isEnabled());
        const QString messages = field<QLabel>(&dialog, "messages")->text();
        QVERIFY2(messages.contains(reason), qPrintable(messages));
        QVERIFY(field(&dialog, fieldName.toLatin1().constData())->property("invalid").toBool());
    }

    // Typing or pasting a URL names its publisher and the tier its domain has; the rating's
    // default follows it, and the document's own ratings count.
    void urlShowsPublisherAndTier_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("tier");
        QTest::addRow("ft.com") << QStringLiteral("https://www.ft.com/content/8c6c0f0b")
                                << QStringLiteral("Financial Times") << QStringLiteral("news outlet");
        QTest::addRow("company's own site") << QStringLiteral("https://www.anthropic.com/news/series-f")
                                            << QStringLiteral("Anthropic") << QStringLiteral("primary source");
        QTest::addRow("unknown domain") << QStringLiteral("https://blog.example.org/post")
                                        << QStringLiteral("blog.example.org") << QStringLiteral("unrated");
        QTest::addRow("rated by the document") << QStringLiteral("https://www.heise.de/news/1")
                                               << QStringLiteral("heise online") << QStringLiteral("trade press");
    }
    void urlShowsPublisherAndTier()
    {
        QFETCH(QString, url);
        QFETCH(QString, publisher);
        QFETCH(QString, tier);
        MainWindow window;
        window.document()->setSourceTiers({SourceTierRule {QStringLiteral("heise.de"), SourceTier::TradePress}});
        DealDialog dialog(window.editor());
        dialog.show();
        auto *tierCombo = field<QComboBox>(&dialog, "sourceTier0");
        QCOMPARE(tierCombo->currentText(), QStringLiteral("from domain"));
        QLineEdit *urlEdit = field(&dialog, "sourceUrl0");
        urlEdit->setFocus();
        QGuiApplication::clipboard()->setText(url);
        urlEdit->paste();
        QCOMPARE(urlEdit->text(), url);
        QCOMPARE(field<QLabel>(&dialog, "sourcePublisher0")->text(), publisher);
        QCOMPARE(tierCombo->currentText(), QStringLiteral("from domain: %1").arg(tier));
        type(&dialog, "sourceTitle0", QStringLiteral("Headline"));
        QCOMPARE(dialog.deal().sources.first().tier, std::optional<SourceTier>()); // automatic: not stored
        // Typed instead, and changed: the label follows.
        type(&dialog, "sourceUrl0", QStringLiteral("https://www.ft.com/x"));
        QCOMPARE(field<QLabel>(&dialog, "sourcePublisher0")->text(), QStringLiteral("Financial Times"));
        QVERIFY(tierCombo->currentText().contains(QStringLiteral("news outlet")));
    }

    // Relations are deal ids, completed over the document's deals; a wrong one is named in the
    // messages with its field and blocks OK (the Editor would refuse it too).
    void relationProblemsBlockOk_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown deal") << QStringLiteral("supersedesEdit") << QStringLiteral("D999")
                                      << QStringLiteral("Supersedes: unknown deal \"D999\"");
        QTest::addRow("itself") << QStringLiteral("partOfEdit") << QStringLiteral("D001")
                                << QStringLiteral("Part of: a deal cannot be related to itself");
        QTest::addRow("named twice") << QStringLiteral("overlapsEdit") << QStringLiteral("D002, d002")
                                     << QStringLiteral("May overlap: deal D002 is named twice");
        QTest::addRow("unknown among known") << QStringLiteral("overlapsEdit") << QStringLiteral("D002, D9999")
                                             << QStringLiteral("May overlap: unknown deal \"D9999\"");
    }
    void relationProblemsBlockOk()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, text);
        QFETCH(QString, message);
        MainWindow window;
        const Deal before = *window.document()->deal(QStringLiteral("D001"));
        QVERIFY(!before.hasRelations());
        DealDialog dialog(window.editor(), QStringLiteral("D001"));
        dialog.show();
        QVERIFY(okButton(&dialog)->isEnabled());
        type(&dialog, fieldName.toLatin1().constData(), text);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY2(dialog.errors().join(u'\n').contains(message), qPrintable(dialog.errors().join(u'\n')));
        const QString messages = field<QLabel>(&dialog, "messages")->text();
        QVERIFY2(messages.contains(message.toHtmlEscaped()), qPrintable(messages));
        QVERIFY(field(&dialog, fieldName.toLatin1().constData())->property("invalid").toBool());
        QVERIFY(!dialog.apply());
        QCOMPARE(*window.document()->deal(QStringLiteral("D001")), before);

        // Put right, OK is back and the deal carries the relation, spelled as the document does.
        type(&dialog, fieldName.toLatin1().constData(), QStringLiteral("d002"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.errors().join(u'\n')));
        QVERIFY(!field(&dialog, fieldName.toLatin1().constData())->property("invalid").toBool());
        QVERIFY(dialog.apply());
        const Deal *after = window.document()->deal(QStringLiteral("D001"));
        for (DealRelation relation : enumValues<DealRelation>())
            QCOMPARE(after->related(relation),
                dialog.relationEdit(relation)->objectName() == fieldName ? QStringList {QStringLiteral("D002")}
                                                                         : QStringList());
        // And it shows in the dialog when the deal is opened again.
        DealDialog again(window.editor(), QStringLiteral("D001"));
        QCOMPARE(field(&again, fieldName.toLatin1().constData())->text(), QStringLiteral("D002"));
    }

    void relationIdsAreCompleted()
    {
        MainWindow window;
        DealDialog dialog(window.editor(), QStringLiteral("D001"));
        dialog.show();
        QLineEdit *supersedes = field(&dialog, "supersedesEdit");
        QCompleter *completer = supersedes->completer();
        QVERIFY(completer);
        supersedes->setFocus();
        QTest::keyClicks(supersedes, QStringLiteral("D002, d10"));
        completer->setCompletionPrefix(supersedes->text());
        QVERIFY(completer->completionCount() >= 1);
        QStringList offered;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            offered << completer->currentIndex().data(Qt::UserRole).toString();
        QVERIFY2(offered.contains(QStringLiteral("D107")), qPrintable(offered.join(u',')));
        QVERIFY(!offered.contains(QStringLiteral("D001"))); // not the deal itself
        QVERIFY(!offered.contains(QStringLiteral("D002")));
        // Choosing one keeps the ids before it.
        completer->setCurrentRow(int(offered.indexOf(QStringLiteral("D107"))));
        QCOMPARE(completer->pathFromIndex(completer->currentIndex()), QStringLiteral("D002, D107"));
    }

    // Tab goes through a source's fields in reading order, then on to the next source.
    void tabOrderThroughSources()
    {
        MainWindow window;
        DealDialog dialog(window.editor());
        dialog.show();
        QTest::mouseClick(field<QPushButton>(&dialog, "addSourceButton"), Qt::LeftButton);
        QTRY_VERIFY(field(&dialog, "sourceUrl1")->isVisibleTo(&dialog)); // shown once events are processed
        QCOMPARE(dialog.focusWidget(), field(&dialog, "sourceUrl1")); // the new source is to be typed
        QStringList order;
        QWidget *w = field(&dialog, "sourceUrl0");
        order << w->objectName();
        while (order.size() < 9) {
            w = w->nextInFocusChain();
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&dialog) && w->isEnabled())
                order << w->objectName();
        }
        QCOMPARE(order,
            QStringList({QStringLiteral("sourceUrl0"), QStringLiteral("sourceTitle0"), QStringLiteral("sourceClaim0"),
                QStringLiteral("sourceClaimUnit0"), QStringLiteral("sourceClaimDate0"), QStringLiteral("sourceTier0"),
                QStringLiteral("sourceUrl1"), QStringLiteral("sourceTitle1"), QStringLiteral("sourceClaim1")}));
    }

    // With several sources, relations and messages the dialogs still fit a 1366×768 screen.
    void dialogsFitSmallScreen()
    {
        MainWindow window;
        DealDialog dialog(window.editor(), QStringLiteral("D001"));
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(field<QPushButton>(&dialog, "addSourceButton"), Qt::LeftButton);
        type(&dialog, "supersedesEdit", QStringLiteral("D999"));
        type(&dialog, "amountEdit", QStringLiteral("x"));
        dialog.show();
        QVERIFY(!dialog.errors().isEmpty());
        // The screen less a panel and the title bar.
        const QSize available(1366, 768 - 40 - 30);
        QVERIFY2(
            dialog.sizeHint().height() <= available.height(), qPrintable(QString::number(dialog.sizeHint().height())));
        QVERIFY2(
            dialog.sizeHint().width() <= available.width(), qPrintable(QString::number(dialog.sizeHint().width())));
        ValuationDialog valuation(window.editor(), QString(), QStringLiteral("anthropic"));
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(field<QPushButton>(&valuation, "addSourceButton"), Qt::LeftButton);
        valuation.show();
        QVERIFY(valuation.sizeHint().height() <= available.height());
        QVERIFY(valuation.sizeHint().width() <= available.width());
    }

    void valuationDialogKeepsClaims()
    {
        MainWindow window;
        ValuationDialog dialog(window.editor(), QString(), QStringLiteral("anthropic"));
        dialog.show();
        type(&dialog, "amountEdit", QStringLiteral("965"));
        type(&dialog, "sourceUrl0", QStringLiteral("https://www.ft.com/content/anthropic"));
        type(&dialog, "sourceTitle0", QStringLiteral("Anthropic valued at almost $1tn"));
        auto *unit = field<QComboBox>(&dialog, "sourceClaimUnit0");
        unit->setCurrentIndex(unit->findData(int(AmountParser::Unit::Trillion)));
        type(&dialog, "sourceClaim0", QStringLiteral("1"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.errors().join(u'\n')));
        const Valuation v = dialog.valuation();
        QCOMPARE(v.sources.size(), 1);
        QCOMPARE(v.sources.first().claimedAmount, std::optional<Money>(Money::fromUsd(1'000'000'000'000)));
        QCOMPARE(v.value, Money::fromUsd(965'000'000'000));
        QVERIFY(dialog.apply());
        ValuationDialog again(window.editor(), v.id);
        QCOMPARE(again.valuation(), *window.document()->valuation(v.id));
        QCOMPARE(again.valuation().sources, v.sources);
    }

    void valuationDialogAddsValuation()
    {
        MainWindow window;
        const int before = int(window.document()->valuations().size());
        const QString id = window.document()->nextValuationId();
        ValuationDialog dialog(window.editor(), QString(), QStringLiteral("anthropic"));
        dialog.show();
        QVERIFY(!okButton(&dialog)->isEnabled());
        type(&dialog, "dateEdit", QStringLiteral("17.09.2025"));
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
