#include "document/Document.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "itemmodels/ValuationTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

class TestValuationTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsDocument()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Document document;
        document.setData(DocumentFiles::bundled());
        QUndoStack stack;
        Editor editor(&document, &stack);
        ValuationTableModel model(&document);
        model.setEditor(&editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rows = int(document.valuations().size());
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(rows > 0);

        const Valuation v {document.nextValuationId(), QStringLiteral("anthropic"),
            FuzzyDate(QDate(2025, 11, 1), DatePrecision::Month), Money::fromUsd(350'000'000'000),
            ValuationKind::PostMoney, {}};
        QVERIFY(editor.addValuation(v));
        QCOMPARE(model.rowCount(), rows + 1);
        const int row = model.rowOf(v.id);
        QCOMPARE(
            model.data(model.index(row, ValuationTableModel::CompanyColumn)).toString(), QStringLiteral("Anthropic"));
        QCOMPARE(model.data(model.index(row, ValuationTableModel::ValueColumn)).toString(), QStringLiteral("$350bn"));

        // In-place edit of the value goes through the editor, with the same parsing as dialogs.
        const QModelIndex value = model.index(row, ValuationTableModel::ValueColumn);
        QVERIFY(model.flags(value) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(value, QStringLiteral("3x")));
        QVERIFY(!model.lastEditError().isEmpty());
        QVERIFY(model.setData(value, QStringLiteral("1,400")));
        QCOMPARE(document.valuation(v.id)->value, Money::fromUsd(1'400'000'000'000));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(document.valuation(v.id)->value, v.value);

        QVERIFY(editor.removeCompany(QStringLiteral("anthropic")));
        QVERIFY(model.rowCount() < rows + 1);
        stack.undo();
        QCOMPARE(model.rowCount(), rows + 1);
        document.setData({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestValuationTableModel)
#include "tst_valuationtablemodel.moc"
