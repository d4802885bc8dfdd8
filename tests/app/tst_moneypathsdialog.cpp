#include "ModalHelper.h"

#include "analysis/MoneyPathsDialog.h"
#include "document/Document.h"
#include "i18n/Language.h"
#include "itemmodels/PathTableModel.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"
#include "support/UserFiles.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMoneyPathsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_recovery.isValid());
        isolateUserFiles(m_recovery.path());
        m_translations.apply(Language::German);
    }

    void findsAndSelects()
    {
        MainWindow window;
        MoneyPathsDialog *dialog = window.showMoneyPaths(u"nvidia"_s, u"anthropic"_s);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fromCombo()->currentText(), u"Nvidia"_s);
        PathTableModel *model = dialog->model();
        QVERIFY(model->rowCount() > 1);
        QVERIFY2(dialog->statusLabel()->text().contains(u"Wege"_s), qPrintable(dialog->statusLabel()->text()));
        // The first path is selected: its deals are selected in the deals table.
        const QStringList first = model->index(0, 0).data(PathTableModel::DealIdsRole).toStringList();
        QVERIFY(!first.isEmpty());
        QSignalSpy selected(dialog, &MoneyPathsDialog::pathSelected);
        dialog->table()->selectRow(1);
        QCOMPARE(selected.size(), 1);
        const QStringList second = selected.at(0).at(0).toStringList();
        QCOMPARE(second, model->index(1, 0).data(PathTableModel::DealIdsRole).toStringList());
        // The direct up-to stake reads "höchstens".
        bool direct = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PathTableModel::DealIdsRole).toStringList() == QStringList {u"D076"_s}) {
                direct = true;
                QCOMPARE(model->index(row, PathTableModel::AmountColumn).data().toString(), u"höchstens 10 Mrd. $"_s);
            }
        }
        QVERIFY(direct);

        // Fewer deals per path: fewer paths, each short enough.
        const int all = model->rowCount();
        dialog->lengthSpin()->setValue(1);
        QVERIFY(model->rowCount() < all);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, PathTableModel::DealsColumn).data().toInt(), 1);
        // No deal kind: nothing, and the reason.
        for (QAction *a : dialog->kindsButton()->menu()->actions())
            a->setChecked(false);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(dialog->statusLabel()->text().contains(u"Deal-Art"_s));
    }

    void namesThatAreNone()
    {
        MainWindow window;
        MoneyPathsDialog *dialog = window.showMoneyPaths();
        dialog->fromCombo()->setCurrentText(u"Nobody GmbH"_s);
        dialog->toCombo()->setCurrentText(u"Anthropic"_s);
        dialog->find();
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(dialog->statusLabel()->text().contains(u"Nobody GmbH"_s));
        // Any case, and the reverse direction.
        dialog->fromCombo()->setCurrentText(u"anthropic"_s);
        dialog->toCombo()->setCurrentText(u"MICROSOFT"_s);
        dialog->find();
        QVERIFY(dialog->model()->rowCount() > 0);
    }

    void networkFilterApplies()
    {
        MainWindow window;
        MoneyPathsDialog *dialog = window.showMoneyPaths(u"nvidia"_s, u"anthropic"_s);
        const int all = dialog->model()->rowCount();
        DealFilter early;
        early.to = QDate(2025, 10, 31);
        dialog->setNetworkFilter(early);
        QVERIFY(dialog->model()->rowCount() < all);
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            QVERIFY(!dialog->model()->index(row, 0).data(PathTableModel::DealIdsRole).toStringList().contains(u"D076"_s));
    }

    void contextMenuOfTheNetwork()
    {
        MainWindow window;
        QSignalSpy requested(window.network(), &NetworkWidget::pathsRequested);
        Q_EMIT window.network()->view()->pathsRequested(u"microsoft"_s, QString());
        QCOMPARE(requested.size(), 1);
        auto *dialog = window.findChild<MoneyPathsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->fromCombo()->currentText(), u"Microsoft"_s);
        QVERIFY(dialog->isVisible());
        auto *action = window.findChild<QAction *>(u"pathsAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"Geld&wege…"_s);
        m_translations.apply(Language::English);
        QTRY_COMPARE(dialog->windowTitle(), u"Money Paths"_s);
        QTRY_COMPARE(action->text(), u"Money &Paths…"_s);
        m_translations.apply(Language::German);
        QTRY_COMPARE(dialog->windowTitle(), u"Geldwege"_s);
    }

private:
    QTemporaryDir m_recovery;
    Translations m_translations;
};

QTEST_MAIN(TestMoneyPathsDialog)
#include "tst_moneypathsdialog.moc"
