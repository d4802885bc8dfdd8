#include "document/Document.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "itemmodels/CompanyTableModel.h"
#include "itemmodels/DealTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

// In-place editing of the deal and company tables: each accepted cell edit is one undo step
// through the Editor; refused values leave the document alone and say why.
class TestTableEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_document = std::make_unique<Document>();
        m_document->setData(DocumentFiles::bundled());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_document.get(), m_stack.get());
    }

    void readOnlyWithoutEditor()
    {
        DealTableModel deals(m_document.get());
        QVERIFY(!(deals.flags(deals.index(0, DealTableModel::NoteColumn)) & Qt::ItemIsEditable));
        QVERIFY(!deals.setData(deals.index(0, DealTableModel::NoteColumn), QStringLiteral("x")));
    }

    void dealCells_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("german amount") << int(DealTableModel::AmountColumn) << QVariant(QStringLiteral("1.400"))
                                       << true;
        QTest::addRow("decimal comma") << int(DealTableModel::AmountColumn) << QVariant(QStringLiteral("2,5")) << true;
        QTest::addRow("undisclosed") << int(DealTableModel::AmountColumn) << QVariant(QString()) << true;
        QTest::addRow("bad amount") << int(DealTableModel::AmountColumn) << QVariant(QStringLiteral("1,400.5"))
                                    << false;
        QTest::addRow("kind") << int(DealTableModel::KindColumn) << QVariant(int(DealKind::Loan)) << true;
        QTest::addRow("bad kind") << int(DealTableModel::KindColumn) << QVariant(99) << false;
        QTest::addRow("german note") << int(DealTableModel::NoteColumn) << QVariant(QStringLiteral("Neu")) << true;
        QTest::addRow("date not inline") << int(DealTableModel::DateColumn) << QVariant(QStringLiteral("2020"))
                                         << false;
    }
    void dealCells()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        DealTableModel model(m_document.get());
        model.setEditor(m_editor.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(QStringLiteral("D001"));
        const Deal before = *m_document->deal(QStringLiteral("D001"));
        QCOMPARE(model.setData(model.index(row, column), value), accepted);
        QCOMPARE(m_stack->count(), accepted ? 1 : 0);
        if (!accepted) {
            QCOMPARE(*m_document->deal(QStringLiteral("D001")), before);
            if (column != DealTableModel::DateColumn)
                QVERIFY(!model.lastEditError().isEmpty());
            return;
        }
        QVERIFY(model.lastEditError().isEmpty());
        const Deal after = *m_document->deal(QStringLiteral("D001"));
        if (column == DealTableModel::AmountColumn && value.toString() == QStringLiteral("1.400"))
            QCOMPARE(after.amount, std::optional<Money>(Money::fromUsd(1'400'000'000'000)));
        if (column == DealTableModel::NoteColumn) {
            QCOMPARE(after.note.de, QStringLiteral("Neu"));
            QCOMPARE(after.note.en, before.note.en);
        }
        m_stack->undo();
        QCOMPARE(*m_document->deal(QStringLiteral("D001")), before);
    }

    void companyCells_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("rename") << int(CompanyTableModel::NameColumn) << QVariant(QStringLiteral("NVIDIA Corporation"))
                                << true;
        QTest::addRow("name taken") << int(CompanyTableModel::NameColumn) << QVariant(QStringLiteral("microsoft"))
                                    << false;
        QTest::addRow("empty name") << int(CompanyTableModel::NameColumn) << QVariant(QStringLiteral("  ")) << false;
        QTest::addRow("country") << int(CompanyTableModel::CountryColumn) << QVariant(QStringLiteral("tw")) << true;
        QTest::addRow("bad country") << int(CompanyTableModel::CountryColumn) << QVariant(QStringLiteral("XQ"))
                                     << false;
        QTest::addRow("kind") << int(CompanyTableModel::KindColumn) << QVariant(int(CompanyKind::Conglomerate)) << true;
    }
    void companyCells()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        CompanyTableModel model(m_document.get());
        model.setEditor(m_editor.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(QStringLiteral("nvidia"));
        const Company before = *m_document->company(QStringLiteral("nvidia"));
        QCOMPARE(model.setData(model.index(row, column), value), accepted);
        QCOMPARE(m_stack->count(), accepted ? 1 : 0);
        QCOMPARE(model.lastEditError().isEmpty(), accepted);
        if (column == CompanyTableModel::CountryColumn && accepted)
            QCOMPARE(m_document->company(QStringLiteral("nvidia"))->country, QStringLiteral("TW"));
        if (accepted)
            m_stack->undo();
        QCOMPARE(*m_document->company(QStringLiteral("nvidia")), before);
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
};

QTEST_GUILESS_MAIN(TestTableEditing)
#include "tst_tableediting.moc"
