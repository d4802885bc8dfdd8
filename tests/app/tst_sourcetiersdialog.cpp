// Edit > Source Ratings…: the document's own tiers for publisher domains, one undo step, and what
// they change: the tier a source gets and the "primary source or news outlet" filter.
#include "document/Document.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "model/DealFilter.h"
#include "sources/SourceTiersDialog.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestSourceTiersDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->setData(DocumentFiles::bundled());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_document.get(), m_stack.get());
    }

    // Every domain the document cites is listed, with the built-in tier as the default.
    void listsTheCitedDomains()
    {
        SourceTiersDialog dialog(m_editor.get());
        auto *table = dialog.findChild<QTableWidget *>(u"sourceTiersTable"_s);
        QVERIFY(table);
        QVERIFY(table->rowCount() > 100);
        const int ntv = dialog.rowOf(u"n-tv.de"_s);
        QVERIFY(ntv >= 0);
        QCOMPARE(table->item(ntv, 0)->text(), u"n-tv"_s);
        auto *tier = qobject_cast<QComboBox *>(table->cellWidget(ntv, 3));
        QCOMPARE(tier->currentText(), u"As built in: news outlet"_s);
        QVERIFY(table->item(ntv, 2)->text().toInt() >= 10); // the seed facts cite it
    }

    void ratingIsOneUndoStep()
    {
        const Source aggregator(u"https://www.financetom.com/x"_s);
        QCOMPARE(m_document->tiers().tierOf(aggregator), SourceTier::Unrated);
        const Deal *onlyBlog = m_document->deal(u"D014"_s);
        QVERIFY(onlyBlog);
        DealFilter reputable;
        reputable.reputableSources = m_document->tiers();
        QVERIFY(!reputable.acceptsDeal(*onlyBlog, m_document->graph()));

        SourceTiersDialog dialog(m_editor.get());
        const int row = dialog.rowOf(u"financetom.com"_s);
        QVERIFY(row >= 0);
        dialog.setChoice(row, 1 + int(SourceTier::NewsOutlet));
        dialog.accept();
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_document->sourceTiers(), (QList<SourceTierRule> {{u"financetom.com"_s, SourceTier::NewsOutlet}}));
        QCOMPARE(m_document->tiers().tierOf(aggregator), SourceTier::NewsOutlet);
        reputable.reputableSources = m_document->tiers();
        QVERIFY(reputable.acceptsDeal(*onlyBlog, m_document->graph()));
        QCOMPARE(m_document->data().sourceTiers, m_document->sourceTiers()); // saved with the document

        m_stack->undo();
        QVERIFY(m_document->sourceTiers().isEmpty());
        QCOMPARE(m_document->tiers().tierOf(aggregator), SourceTier::Unrated);
        reputable.reputableSources = m_document->tiers();
        QVERIFY(!reputable.acceptsDeal(*onlyBlog, m_document->graph()));
    }

    void unchangedPushesNothing()
    {
        SourceTiersDialog dialog(m_editor.get());
        dialog.accept();
        QCOMPARE(m_stack->count(), 0);
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
};

QTEST_MAIN(TestSourceTiersDialog)
#include "tst_sourcetiersdialog.moc"
