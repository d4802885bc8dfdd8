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
