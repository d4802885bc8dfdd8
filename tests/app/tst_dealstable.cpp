#include "ModalHelper.h"

#include "document/Document.h"
#include "editing/DealDialog.h"
#include "editing/Editor.h"
#include "itemmodels/DealTableModel.h"
#include "support/UserFiles.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The deals table of the main window: filters beside the search field, and the row commands.
class TestDealsTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_recovery.isValid());
        isolateUserFiles(m_recovery.path());
    }

    void filtersByKindAndDate()
    {
        MainWindow window;
        window.show();
        QAbstractItemModel *rows = window.dealsView()->model();
        const int all = rows->rowCount();
        QCOMPARE(all, window.document()->graph().dealCount());
        auto *kind = window.findChild<QComboBox *>(QStringLiteral("dealKindFilter"));
        kind->setCurrentIndex(kind->findData(int(DealKind::Compute)));
        QVERIFY(rows->rowCount() > 0 && rows->rowCount() < all);
        for (int row = 0; row < rows->rowCount(); ++row)
            QCOMPARE(rows->index(row, 0).data(DealTableModel::KindRole).toInt(), int(DealKind::Compute));
        kind->setCurrentIndex(0);
        QCOMPARE(rows->rowCount(), all);

        window.findChild<QDateEdit *>(QStringLiteral("dealFromFilter"))->setDate(QDate(2025, 1, 1));
        window.findChild<QDateEdit *>(QStringLiteral("dealToFilter"))->setDate(QDate(2025, 6, 30));
        QVERIFY(rows->rowCount() > 0 && rows->rowCount() < all);
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QDate date = rows->index(row, DealTableModel::DateColumn).data(DealTableModel::SortRole).toDate();
            QVERIFY(date >= QDate(2025, 1, 1) && date <= QDate(2025, 6, 30));
        }
        QTest::keyClicks(window.findChild<QLineEdit *>(), QStringLiteral("anthropic"));
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString from = rows->index(row, DealTableModel::FromColumn).data().toString();
            const QString to = rows->index(row, DealTableModel::ToColumn).data().toString();
            const QString note = rows->index(row, DealTableModel::NoteColumn).data().toString();
            QVERIFY((from + to + note).contains(QStringLiteral("Anthropic"), Qt::CaseInsensitive));
        }
    }

    // The bundled 2026 update: D107 (Nvidia's $30bn stake) supersedes D059 (the unsigned letter).
    // The table says so on both rows, and the search finds the older deal by it.
    void relationsShowBothWays()
    {
        MainWindow window;
        window.show();
        QAbstractItemModel *rows = window.dealsView()->model();
        auto relationsOf = [rows](const QString &id) {
            for (int row = 0; row < rows->rowCount(); ++row) {
                if (rows->index(row, 0).data(DealTableModel::IdRole).toString() == id)
                    return rows->index(row, DealTableModel::RelationsColumn).data().toString();
            }
            return QStringLiteral("(no row)");
        };
        QVERIFY2(relationsOf(QStringLiteral("D107")).contains(QStringLiteral("supersedes D059")),
            qPrintable(relationsOf(QStringLiteral("D107"))));
        QVERIFY2(relationsOf(QStringLiteral("D059")).contains(QStringLiteral("superseded by D107")),
            qPrintable(relationsOf(QStringLiteral("D059"))));
        QVERIFY(relationsOf(QStringLiteral("D075")).contains(QStringLiteral("part of D100")));
        QVERIFY(relationsOf(QStringLiteral("D100")).contains(QStringLiteral("D075, D076")));
        QVERIFY(relationsOf(QStringLiteral("D063")).contains(QStringLiteral("may overlap D087")));
        QTest::keyClicks(window.findChild<QLineEdit *>(), QStringLiteral("superseded by D107"));
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, 0).data(DealTableModel::IdRole).toString(), QStringLiteral("D059"));
    }

    // Every amount whose sources disagree is marked, and only those; the bundled data has both.
    void disagreementsAreMarked()
    {
        MainWindow window;
        window.show();
        QAbstractItemModel *rows = window.dealsView()->model();
        int marked = 0;
        int plain = 0;
        for (int row = 0; row < rows->rowCount(); ++row) {
            const Deal *deal = window.document()->deal(rows->index(row, 0).data(DealTableModel::IdRole).toString());
            QVERIFY(deal);
            const QModelIndex amount = rows->index(row, DealTableModel::AmountColumn);
            const bool disagree = Sources::disagree(deal->amount, deal->sources);
            QCOMPARE(amount.data().toString().startsWith(QStringLiteral("⚠ ")), disagree);
            QCOMPARE(amount.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sources disagree")), disagree);
            (disagree ? marked : plain) += 1;
        }
        QVERIFY(marked > 0);
        QVERIFY(plain > 0);
    }

    void duplicateOpensTheCopyAndUndoesAsOne()
    {
        MainWindow window;
        window.show();
        QTableView *view = window.dealsView();
        const int deals = window.document()->graph().dealCount();
        view->selectionModel()->setCurrentIndex(
            view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString original = view->currentIndex().data(DealTableModel::IdRole).toString();
        QString editedId;
        whenModal<DealDialog>([&editedId](DealDialog *dialog) {
            editedId = dialog->deal().id;
            QVERIFY(!dialog->warnings().isEmpty()); // an exact duplicate, until changed
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("duplicateAction"))->trigger();
        QCOMPARE(window.document()->graph().dealCount(), deals + 1);
        QVERIFY(editedId != original);
        Deal copy = *window.document()->deal(editedId);
        copy.id = original;
        QCOMPARE(copy, *window.document()->deal(original));
        window.undoStack()->undo();
        QCOMPARE(window.document()->graph().dealCount(), deals);
        window.undoStack()->setClean();
    }

    void doubleClickEdits()
    {
        MainWindow window;
        window.show();
        QTableView *view = window.dealsView();
        view->selectionModel()->setCurrentIndex(
            view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString id = view->currentIndex().data(DealTableModel::IdRole).toString();
        QString shown;
        whenModal<DealDialog>([&shown](DealDialog *dialog) {
            shown = dialog->deal().id;
            dialog->reject();
        });
        const QRect cell = view->visualRect(view->currentIndex().siblingAtColumn(DealTableModel::FromColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(shown, id);
    }

private:
    QTemporaryDir m_recovery;
};

QTEST_MAIN(TestDealsTable)
#include "tst_dealstable.moc"
