#include "ModalHelper.h"

#include "document/Autosave.h"
#include "document/Document.h"
#include "graph/DealGraphStorage.h"
#include "document/DocumentLock.h"
#include "editing/EditActions.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "files/LoadJob.h"
#include "itemmodels/DocumentTableModel.h"
#include "window/DocumentLifecycle.h"
#include "window/MainWindow.h"

#include "itemmodels/DealTableModel.h"
#include "support/UserFiles.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
QStringList graphEdges(const Document &document)
{
    const DealGraph::Storage::Graph &g = document.graph().storage().graph;
    QStringList edges;
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        edges << g[*it].id + u':' + g[boost::source(*it, g)].id + u'>' + g[boost::target(*it, g)].id;
    edges.sort();
    return edges;
}

void compareData(const DocumentData &a, const DocumentData &b)
{
    QCOMPARE(a.companies, b.companies);
    QCOMPARE(a.deals, b.deals);
    QCOMPARE(a.valuations, b.valuations);
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void clickButton(QMessageBox *box, const char *name)
{
    auto *button = box->findChild<QAbstractButton *>(QString::fromLatin1(name));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void selectRow(QTableView *view, const QString &id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(DocumentTableModel::IdRole).toString() == id) {
            view->setFocus();
            view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL("row not found");
}
} // namespace

class TestDocumentLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateUserFiles(m_dir.filePath(QStringLiteral("recovery")));
    }

    void undoRedoThroughMenuRestoresExactState()
    {
        MainWindow window;
        window.show();
        const DocumentData before = window.document()->data();
        const QStringList edgesBefore = graphEdges(*window.document());
        QVERIFY(!window.isWindowModified());
        Deal deal = *window.document()->deal(QStringLiteral("D001"));
        deal.id = window.document()->nextDealId();
        deal.to = QStringLiteral("anthropic");
        QVERIFY(window.editor()->addDeal(deal));
        Company nvidia = *window.document()->company(QStringLiteral("nvidia"));
        nvidia.note.de = QStringLiteral("Chips");
        QVERIFY(window.editor()->updateCompany(nvidia));
        const DocumentData after = window.document()->data();
        const QStringList edgesAfter = graphEdges(*window.document());
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));

        action(window, "undoAction")->trigger();
        action(window, "undoAction")->trigger();
        compareData(window.document()->data(), before);
        QCOMPARE(graphEdges(*window.document()), edgesBefore);
        QVERIFY(!window.isWindowModified());
        QVERIFY(!action(window, "undoAction")->isEnabled());
        action(window, "redoAction")->trigger();
        action(window, "redoAction")->trigger();
        compareData(window.document()->data(), after);
        QCOMPARE(graphEdges(*window.document()), edgesAfter);
        QCOMPARE(action(window, "undoAction")->shortcut(), QKeySequence(QKeySequence::Undo));
        window.undoStack()->setClean(); // no prompt on close
    }

    void deleteCompanyWithDealsAndUndo()
    {
        MainWindow window;
        window.show();
        const DocumentData before = window.document()->data();
        selectRow(window.companiesView(), QStringLiteral("anthropic"));
        QVERIFY(action(window, "deleteAction")->isEnabled());
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            clickButton(box, "confirmDeleteButton");
        });
        action(window, "deleteAction")->trigger();
        QVERIFY2(question.contains(QStringLiteral("Anthropic")), qPrintable(question));
        QVERIFY(!window.document()->company(QStringLiteral("anthropic")));
        QVERIFY(window.document()->graph().dealCount() < before.deals.size());
        QCOMPARE(window.undoStack()->count(), 1);
        action(window, "undoAction")->trigger();
        compareData(window.document()->data(), before);

        // Cancelling the question deletes nothing.
        selectRow(window.companiesView(), QStringLiteral("anthropic"));
        whenModal<QMessageBox>([](QMessageBox *box) { box->reject(); });
        action(window, "deleteAction")->trigger();
        QVERIFY(window.document()->company(QStringLiteral("anthropic")));
    }

    // In-place editing in the deals table: same parsing and reasons as the dialog, one undo step.
    void inlineEditThroughTable()
    {
        MainWindow window;
        window.show();
        QTableView *view = window.dealsView();
        selectRow(view, QStringLiteral("D001"));
        const QModelIndex amount = view->currentIndex().siblingAtColumn(DealTableModel::AmountColumn);
        QVERIFY(amount.flags() & Qt::ItemIsEditable);
        auto typeInCell = [view, amount](const QString &text) {
            view->edit(amount);
            auto *editor = view->viewport()->findChild<QLineEdit *>();
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>()); // commits queued
        };
        typeInCell(QStringLiteral("2.5"));
        QCOMPARE(window.document()->deal(QStringLiteral("D001"))->amount,
            std::optional<Money>(Money::fromUsd(2'500'000'000)));
        QCOMPARE(window.undoStack()->count(), 1);
        typeInCell(QStringLiteral("2,5,0"));
        QCOMPARE(window.document()->deal(QStringLiteral("D001"))->amount,
            std::optional<Money>(Money::fromUsd(2'500'000'000)));
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("groups of three")),
            qPrintable(window.statusBar()->currentMessage()));
        window.undoStack()->undo();
        QCOMPARE(window.document()->deal(QStringLiteral("D001"))->amount,
            std::optional<Money>(Money::fromUsd(1'000'000'000)));
    }

    void saveAndReopenRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("round-trip.capflow"));
        DocumentData saved;
        {
            MainWindow window;
            window.lifecycle()->newDocument();
            QCOMPARE(window.document()->graph().dealCount(), 0);
            QVERIFY(window.editor()->addCompany({QStringLiteral("microsoft"), QStringLiteral("Microsoft"),
                CompanyKind::Cloud, QStringLiteral("US"), {}, {}}));
            Deal deal;
            deal.id = window.document()->nextDealId();
            deal.from = QStringLiteral("microsoft");
            deal.to = QStringLiteral("anthropic");
            deal.date = FuzzyDate(QDate(2025, 10, 1), DatePrecision::Quarter);
            deal.amount = Money::fromUsd(5'000'000'000);
            deal.amountKind = AmountKind::UpTo;
            deal.note = {QStringLiteral("Up to $5bn"), QStringLiteral("Bis zu 5 Mrd. $")};
            deal.sources << Source {QStringLiteral("https://example.com/news"), QStringLiteral("News")};
            const Company anthropic {
                QStringLiteral("anthropic"), QStringLiteral("Anthropic"), CompanyKind::AiLab, {}, {}, {}};
            QVERIFY(window.editor()->addDealWithCompanies(deal, {anthropic}));
            QVERIFY(window.isWindowModified());
            QVERIFY(window.lifecycle()->saveTo(path));
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.windowTitle().startsWith(QStringLiteral("round-trip.capflow")));
            QVERIFY(window.lifecycle()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
            saved = window.document()->data();
            window.close();
        }
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        compareData(reopened.document()->data(), saved);
        QVERIFY(!reopened.isWindowModified());
        QCOMPARE(reopened.document()->deal(QStringLiteral("D001"))->date.precision(), DatePrecision::Quarter);
    }

    void closeAsksAboutUnsavedChanges()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.editor()->removeDeal(QStringLiteral("D001")));
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY2(question.contains(QStringLiteral("modified")), qPrintable(question));
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QVERIFY(window.close());
    }

    void bundledDatasetIsATemplate()
    {
        MainWindow window;
        QVERIFY(window.filePath().isEmpty());
        QVERIFY(window.editor()->removeDeal(QStringLiteral("D001")));
        // Save has no file to write to: it asks for a location (cancelled here).
        whenModal<QDialog>([](QDialog *dialog) { dialog->reject(); });
        QVERIFY(!window.lifecycle()->save());
        QVERIFY(window.isWindowModified());
        window.undoStack()->setClean();
    }

    void secondWindowIsRefusedByLock()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.capflow"));
        QString error;
        QVERIFY(DocumentFiles::save(DocumentFiles::bundled(), path, DocumentFiles::DataFormat::Capflow, &error));
        MainWindow first;
        QVERIFY(first.openFile(path));
        MainWindow second;
        QString message;
        whenModal<QMessageBox>([&message](QMessageBox *box) {
            message = box->text();
            box->reject();
        });
        QVERIFY(!second.openFile(path));
        QVERIFY2(message.contains(QStringLiteral("already open")), qPrintable(message));
        QVERIFY(second.filePath() != first.filePath());

        whenModal<QMessageBox>([](QMessageBox *box) { clickButton(box, "openReadOnlyButton"); });
        QVERIFY(second.openFile(path));
        QVERIFY(second.lifecycle()->isReadOnly());
        QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));

        // Once the first closes, the file is free.
        first.close();
        MainWindow third;
        QVERIFY(third.openFile(path));
        QVERIFY(!third.lifecycle()->isReadOnly());
    }

    // A large file is read on a worker thread behind a progress bar; its Cancel keeps the
    // current document, frees the file's lock and says so.
    void longLoadCanBeCancelled()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.capflow"));
        DocumentData large = DocumentFiles::bundled();
        const QList<Deal> deals = large.deals;
        for (int copy = 0; large.deals.size() < 150'000; ++copy) {
            for (Deal deal : deals) {
                deal.id = deal.id + u'-' + QString::number(copy);
                large.deals << deal;
            }
        }
        QString error;
        QVERIFY2(DocumentFiles::save(large, path, DocumentFiles::DataFormat::Capflow, &error), qPrintable(error));

        MainWindow window;
        window.show();
        const DocumentData before = window.document()->data();
        QSignalSpy status(window.lifecycle(), &DocumentLifecycle::statusMessage);
        QString label;
        int maximum = 0;
        whenModal<QProgressDialog>([&label, &maximum](QProgressDialog *progress) {
            label = progress->labelText();
            maximum = progress->maximum();
            // The bar shows how far the worker is (reading the bytes is its first tenth).
            QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 100, 60'000);
            auto *cancel = progress->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QVERIFY(!window.openFile(path));
        QVERIFY2(label.contains(QStringLiteral("large.capflow")), qPrintable(label));
        QVERIFY(label.contains(QStringLiteral("MB")));
        QCOMPARE(maximum, 1000); // a bar that fills, not a busy indicator
        compareData(window.document()->data(), before);
        QVERIFY(window.filePath().isEmpty());
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("cancelled")),
            qPrintable(status.last().at(0).toString()));
        QVERIFY(DocumentLock::holderOf(path).isEmpty());
        // The cancelled worker may still be parsing; sanitizer builds run it up to 15x slower.
        QTRY_COMPARE_WITH_TIMEOUT(LoadJob::runningWorkers(), 0, 900'000);
        QCOMPARE(window.document()->graph().dealCount(), int(before.deals.size()));
    }

    // Another program changed the file since it was opened: saving asks before replacing it.
    void saveNoticesAFileChangedOnDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("changed.capflow"));
        QString error;
        QVERIFY(DocumentFiles::save(DocumentFiles::bundled(), path, DocumentFiles::DataFormat::Capflow, &error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.editor()->removeDeal(QStringLiteral("D001")));
        DocumentData other = DocumentFiles::bundled();
        other.title = QStringLiteral("Edited elsewhere");
        QTest::qWait(20); // a modification time that differs
        QVERIFY(DocumentFiles::save(other, path, DocumentFiles::DataFormat::Capflow, &error));
        QString asked;
        whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->objectName();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.lifecycle()->save());
        QCOMPARE(asked, QStringLiteral("changedOnDiskBox"));
        QCOMPARE(DocumentFiles::load(path).data.title, QStringLiteral("Edited elsewhere"));
        QVERIFY(window.isWindowModified());

        whenModal<QMessageBox>([](QMessageBox *box) { clickButton(box, "overwriteButton"); });
        QVERIFY(window.lifecycle()->save());
        QVERIFY(!DocumentFiles::load(path).data.deals.isEmpty());
        QVERIFY(DocumentFiles::load(path).data.title != QStringLiteral("Edited elsewhere"));
        QVERIFY(!window.isWindowModified());
        // Saved by this window: the next save does not ask.
        QVERIFY(window.editor()->removeDeal(QStringLiteral("D002")));
        QVERIFY(window.lifecycle()->save());
    }

    // A recovery copy that cannot be written anywhere is not a silent failure.
    void autosaveFailureIsShown()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
        qputenv("CAPFLOW_RECOVERY_DIR", QFile::encodeName(blocker + QStringLiteral("/recovery")));
        qputenv("CAPFLOW_RECOVERY_FALLBACK_DIR", QFile::encodeName(blocker + QStringLiteral("/fallback")));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.editor()->removeDeal(QStringLiteral("D001")));
            QVERIFY(!window.lifecycle()->autosave()->writeNow());
            QVERIFY2(
                window.statusBar()->currentMessage().contains(QStringLiteral("Recovery copy could not be written")),
                qPrintable(window.statusBar()->currentMessage()));
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("autosaveFailedBox"));
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible());
            QVERIFY(box->text().contains(QStringLiteral("blocker")));
            // One dialog per run of failures, not one per retry.
            QVERIFY(!window.lifecycle()->autosave()->writeNow());
            QCOMPARE(window.findChildren<QMessageBox *>(QStringLiteral("autosaveFailedBox")).size(), 1);
            box->close();
            window.undoStack()->setClean();
        }
        qputenv("CAPFLOW_RECOVERY_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("recovery"))));
        qunsetenv("CAPFLOW_RECOVERY_FALLBACK_DIR");
    }

    // Mouse selection of a row enables the Edit menu's actions at once.
    void mouseSelectionEnablesEditActions()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *deals = window.findChild<QTableView *>(QStringLiteral("dealsView"));
        QVERIFY(deals);
        QVERIFY(deals->isVisible());
        QVERIFY(!action(window, "deleteAction")->isEnabled());
        const QRect cell = deals->visualRect(deals->model()->index(0, 1));
        QTest::mouseClick(deals->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(deals->selectionModel()->hasSelection());
        QVERIFY(action(window, "deleteAction")->isEnabled());
        QVERIFY(action(window, "duplicateAction")->isEnabled());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDocumentLifecycle)
#include "tst_documentlifecycle.moc"
