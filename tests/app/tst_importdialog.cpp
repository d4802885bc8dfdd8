// File > Import…: the dialog driven offscreen on files the test writes itself — a German Excel
// CSV, a Crunchbase-style export, a workbook and a GEXF file — merged into the bundled dataset
// and undone in one step.
#include "document/Document.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "importing/AliasesDialog.h"
#include "importing/ImportDialog.h"
#include "io/GraphExport.h"
#include "io/XlsxExport.h"
#include "support/UserFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
// A semicolon file as German Excel saves "CSV UTF-8": BOM, decimal comma, CRLF. Row 2 is the bundled
// D001 under another spelling of its companies (a duplicate), row 3 a new deal with a new
// company, row 4 D002 with another amount (a near-duplicate), row 5 has a bad date.
QByteArray germanExcelCsv()
{
    QByteArray csv = "\xEF\xBB\xBF";
    csv += "id;date;date_precision;from;to;kind;amount_usd_bn;amount_kind;note_en;source_url;source_title\r\n";
    csv += "X1;2019-07-22;day;Microsoft Corp.;OPENAI;equity;1;committed;;https://e.com/1;Eins\r\n";
    csv += "X2;2025-11-18;day;Müller KI GmbH;Anthropic;equity;2,5;reported;;https://e.com/2;Zwei\r\n";
    csv += "X3;2023-01-23;day;Microsoft;OpenAI;equity;12,5;reported;;https://e.com/3;Drei\r\n";
    csv += "X4;2025-13-01;day;Nvidia;Anthropic;chips;1;reported;;https://e.com/4;Vier\r\n";
    return csv;
}

QByteArray crunchbaseCsv()
{
    QByteArray csv = "Organization Name,Organization Name URL,Investor Names,Money Raised (in USD),Announced "
                     "Date,Funding Type,Transaction Name,Transaction Name URL\n";
    csv += "Lumen Labs,https://www.crunchbase.com/organization/lumen,\"Nvidia, SoftBank, Thrive Capital\","
           "\"1,200,000,000\",2026-03-04,Series C,Series C - Lumen "
           "Labs,https://www.crunchbase.com/funding_round/lumen-c\n";
    csv += "Lumen Labs,https://www.crunchbase.com/organization/lumen,Nvidia Corporation,50000000,2025-02-10,Seed,"
           "Seed Round - Lumen Labs,https://www.crunchbase.com/funding_round/lumen-seed\n";
    return csv;
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateUserFiles(m_dir.filePath(QStringLiteral("recovery")));
    }

    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->setData(DocumentFiles::bundled());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_document.get(), m_stack.get());
        m_before = m_document->data();
    }

    void germanExcelCsv_previewMergeUndo()
    {
        const QString path = write(QStringLiteral("deals-de.csv"), germanExcelCsv());
        ImportDialog dialog(m_editor.get());
        QVERIFY(dialog.openFile(path));
        auto *separator = dialog.findChild<QComboBox *>();
        Q_UNUSED(separator);
        // What was detected is shown: semicolon, UTF-8 with BOM, German numbers, the CapFlow preset.
        QCOMPARE(dialog.mapping().column(ImportMapping::Field::Amount), QStringLiteral("amount_usd_bn"));
        QCOMPARE(dialog.read().rows, 4);
        QCOMPARE(dialog.read().refusedLines, QSet<int>({5}));
        QCOMPARE(dialog.read().problems.size(), 1);
        const Problem bad = dialog.read().problems.first();
        QCOMPARE(bad.line, 5);
        QCOMPARE(bad.column, 4); // the date cell of "X4;2025-13-01"
        QVERIFY2(bad.message.contains(QStringLiteral("2025-13-01")), qPrintable(bad.message));
        QCOMPARE(bad.file, QStringLiteral("deals-de.csv"));
        // The preview lists every row: three read, one refused with its problem.
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->rowCount(), 4);
        QVERIFY(preview->item(3, 7)->text().contains(QStringLiteral("2025-13-01")));
        QCOMPARE(preview->item(1, 5)->text().contains(QStringLiteral("2.5")), true);
        // Merge: X1 is D001 (duplicate), X3 is D002 with another amount, X2 is new with a new company.
        QCOMPARE(dialog.plan().duplicates.size(), 1);
        QCOMPARE(dialog.plan().nearDuplicates.size(), 1);
        QCOMPARE(dialog.plan().newDeals.size(), 1);
        QCOMPARE(dialog.plan().newCompanies.size(), 1);
        QCOMPARE(dialog.plan().newCompanies.first().name, QStringLiteral("Müller KI GmbH"));
        QVERIFY(dialog.summary().contains(QStringLiteral("Müller KI GmbH")));
        // Nothing is imported while a row has a problem, unless the user skips it.
        QVERIFY(!dialog.canImport());
        QVERIFY(!dialog.importNow());
        QCOMPARE(m_document->data().deals.size(), m_before.deals.size());
        dialog.setSkipRefusedRows(true);
        QVERIFY(dialog.canImport());
        dialog.setNearDuplicateChoice(0, DealMerge::Choice::Replace);
        QVERIFY(dialog.importNow());

        QCOMPARE(m_document->data().deals.size(), m_before.deals.size() + 1);
        QCOMPARE(m_document->data().companies.size(), m_before.companies.size() + 1);
        const QString near = dialog.plan().nearDuplicates.first().existingId;
        QCOMPARE(m_document->deal(near)->amount, Money::fromBillionsString(u"12.5"));
        bool found = false;
        for (const Deal &d : m_document->data().deals) {
            if (d.amount == Money::fromBillionsString(u"2.5") && d.to == QStringLiteral("anthropic")
                && d.date.periodStart() == QDate(2025, 11, 18))
                found = true;
        }
        QVERIFY(found);
        // One undo step takes all of it back.
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_document->data().deals, m_before.deals);
        QCOMPARE(m_document->data().companies, m_before.companies);
    }

    void crunchbaseExport_syndicateAndSingleInvestor()
    {
        const QString path = write(QStringLiteral("funding-rounds.csv"), crunchbaseCsv());
        ImportDialog dialog(m_editor.get());
        QVERIFY(dialog.openFile(path));
        // The Crunchbase preset is chosen from the header.
        QCOMPARE(dialog.mapping().column(ImportMapping::Field::To), QStringLiteral("Organization Name"));
        QCOMPARE(dialog.mapping().investors, ImportMapping::Investors::Syndicate);
        QVERIFY2(dialog.read().problems.isEmpty(), qPrintable(dialog.read().problems.value(0).toString()));
        QCOMPARE(dialog.read().data.deals.size(), 2);
        QVERIFY(dialog.canImport());
        QVERIFY(dialog.importNow());
        // The round with three investors is one syndicate deal with the whole amount; the seed
        // round's single investor is matched to the bundled Nvidia.
        const Deal *syndicate = nullptr;
        const Deal *seed = nullptr;
        for (const Deal &d : m_document->data().deals) {
            if (d.amount == Money::fromUsd(1'200'000'000))
                syndicate = m_document->deal(d.id);
            if (d.amount == Money::fromUsd(50'000'000))
                seed = m_document->deal(d.id);
        }
        QVERIFY(syndicate && seed);
        QCOMPARE(m_document->company(syndicate->from)->name, QStringLiteral("Lumen Labs Series C investors"));
        QVERIFY(syndicate->note.en.contains(QStringLiteral("Nvidia, SoftBank, Thrive Capital")));
        QCOMPARE(seed->from, QStringLiteral("nvidia"));
        QCOMPARE(seed->sources.first().url, QStringLiteral("https://www.crunchbase.com/funding_round/lumen-seed"));
        QCOMPARE(seed->date, FuzzyDate(QDate(2025, 2, 10), DatePrecision::Day));

        // Per investor instead: three undisclosed deals from the matched companies.
        ImportDialog again(m_editor.get());
        QVERIFY(again.openFile(path));
        ImportMapping::Mapping mapping = again.mapping();
        mapping.investors = ImportMapping::Investors::PerInvestor;
        again.setMapping(mapping);
        QCOMPARE(again.read().data.deals.size(), 4);
    }

    void workbook_readsTheDealsSheet()
    {
        DocumentData small;
        small.companies = m_before.companies;
        Deal d;
        d.id = QStringLiteral("W1");
        d.from = QStringLiteral("nvidia");
        d.to = QStringLiteral("anthropic");
        d.kind = DealKind::Chips;
        d.date = FuzzyDate(QDate(2026, 4, 1), DatePrecision::Month);
        d.amount = Money::fromUsd(1'234'567'891);
        d.sources = {{QStringLiteral("https://e.com/w1"), QStringLiteral("W1")}};
        small.deals = {m_before.deals.first(), d};
        const QString path = write(QStringLiteral("book.xlsx"), XlsxExport::write(small));
        ImportDialog dialog(m_editor.get());
        QVERIFY(dialog.openFile(path));
        QVERIFY2(dialog.read().problems.isEmpty(), qPrintable(dialog.read().problems.value(0).toString()));
        QCOMPARE(dialog.plan().duplicates.size(), 1);
        QCOMPARE(dialog.plan().newDeals.size(), 1);
        QCOMPARE(dialog.plan().newDeals.first().amount, Money::fromUsd(1'234'567'891));
        QCOMPARE(dialog.plan().newDeals.first().date, d.date);
        QVERIFY(dialog.importNow());
        QCOMPARE(m_document->data().deals.size(), m_before.deals.size() + 1);
    }

    void gexf_needsASourceThenImports()
    {
        DocumentData graph;
        Company a;
        a.id = QStringLiteral("n1");
        a.name = QStringLiteral("NVIDIA Corp.");
        Company b;
        b.id = QStringLiteral("n2");
        b.name = QStringLiteral("Orbit AI");
        graph.companies = {a, b};
        Deal d;
        d.id = QStringLiteral("G1");
        d.from = a.id;
        d.to = b.id;
        d.date = FuzzyDate(QDate(2026, 5, 1), DatePrecision::Day);
        d.amount = Money::fromUsd(3'000'000'000);
        d.sources = {{QStringLiteral("https://e.com/g1"), QStringLiteral("G1")}};
        graph.deals = {d};
        const QString path = write(QStringLiteral("net.gexf"), GraphExport::toGexf(graph));
        ImportDialog dialog(m_editor.get());
        QVERIFY(dialog.openFile(path));
        QVERIFY2(dialog.read().problems.isEmpty(), qPrintable(dialog.read().problems.value(0).toString()));
        QCOMPARE(dialog.plan().newCompanies.size(), 1); // NVIDIA Corp. is the bundled Nvidia
        QCOMPARE(dialog.plan().newCompanies.first().name, QStringLiteral("Orbit AI"));
        QVERIFY(dialog.importNow());
        QCOMPARE(m_document->data().deals.size(), m_before.deals.size() + 1);
        m_stack->undo();
        QCOMPARE(m_document->data().companies, m_before.companies);
    }

    // A GEXF file as Gephi 0.10 saves a dynamic network: labels, weights, start dates, a
    // modularity class, no sources. The user gives the source for all of its deals.
    void gephiGexf_sourceTypedForAllDeals()
    {
        const QByteArray gexf
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
              "<meta><creator>Gephi 0.10.1</creator></meta>\n"
              "<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
              "<attributes class=\"node\" mode=\"static\">"
              "<attribute id=\"modularity_class\" title=\"Modularity Class\" type=\"integer\"/>"
              "</attributes>\n<nodes>\n"
              "<node id=\"0\" label=\"NVIDIA Corporation\"><attvalues>"
              "<attvalue for=\"modularity_class\" value=\"1\"/></attvalues>"
              "<viz:size value=\"20.0\"/></node>\n"
              "<node id=\"1\" label=\"Orbit AI\"/>\n"
              "<node id=\"2\" label=\"Amazon.com, Inc.\"/>\n</nodes>\n<edges>\n"
              "<edge id=\"0\" source=\"0\" target=\"1\" weight=\"3.5\" start=\"2026-05-01\"/>\n"
              "<edge id=\"1\" source=\"2\" target=\"1\" weight=\"8.0\" start=\"2026-06-15\" "
              "label=\"compute\"/>\n</edges>\n</graph>\n</gexf>\n";
        const QString path = write(QStringLiteral("gephi.gexf"), gexf);
        ImportDialog dialog(m_editor.get());
        dialog.show();
        QVERIFY(dialog.openFile(path));
        QCOMPARE(dialog.read().data.deals.size(), 2);
        QVERIFY(!dialog.canImport()); // no sources yet
        QVERIFY(dialog.summary().contains(QStringLiteral("no source")));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("defaultSourceUrl"));
        QVERIFY(url);
        // A URL that is not one is refused with the reason.
        QTest::keyClicks(url, QStringLiteral("gephi export"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(!dialog.canImport());
        QVERIFY2(dialog.summary().contains(QStringLiteral("is not a web address")), qPrintable(dialog.summary()));
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("https://gephi.example/orbit"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY2(dialog.canImport(), qPrintable(dialog.summary()));
        QCOMPARE(dialog.plan().newCompanies.size(), 1); // NVIDIA Corporation and Amazon.com, Inc. are known
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->item(0, 6)->text(), QStringLiteral("https://gephi.example/orbit"));
        // Return took the typed source; it did not import behind the user's back.
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.importNow());
        const Deal *compute = nullptr;
        for (const Deal &d : m_document->data().deals) {
            if (d.from == QStringLiteral("amazon") && d.date.periodStart() == QDate(2026, 6, 15))
                compute = m_document->deal(d.id);
        }
        QVERIFY(compute);
        QCOMPARE(compute->kind, DealKind::Compute);
        QCOMPARE(compute->amount, Money::fromBillionsString(u"8"));
        QCOMPARE(compute->sources.first().url, QStringLiteral("https://gephi.example/orbit"));
    }

    // An alias kept in the document matches a name the built-in rules cannot.
    void documentAlias_matchesAName()
    {
        const QByteArray csv = "from,to,date,kind,amount_usd_bn,source_url\n"
                               "Claude maker,Amazon,2026-02-01,compute,3,https://e.com/a\n";
        const QString path = write(QStringLiteral("alias.csv"), csv);
        {
            ImportDialog dialog(m_editor.get());
            QVERIFY(dialog.openFile(path));
            QCOMPARE(dialog.plan().newCompanies.size(), 1);
        }
        AliasesDialog aliases(m_editor.get());
        aliases.addAlias(QStringLiteral("Claude maker"), QStringLiteral("Anthropic"));
        aliases.addAlias(QStringLiteral("claude  MAKER"), QStringLiteral("Anthropic"));
        QVERIFY(aliases.problem().contains(QStringLiteral("same name")));
        auto *table = aliases.findChild<QTableWidget *>(QStringLiteral("aliasTable"));
        table->removeRow(1);
        QVERIFY(aliases.problem().isEmpty());
        aliases.accept();
        QCOMPARE(m_document->aliases(),
            QList<CompanyAlias>({{QStringLiteral("Claude maker"), QStringLiteral("Anthropic")}}));
        ImportDialog dialog(m_editor.get());
        QVERIFY(dialog.openFile(path));
        QVERIFY(dialog.plan().newCompanies.isEmpty());
        QVERIFY(dialog.importNow());
        QCOMPARE(m_stack->count(), 2); // the aliases, then the import
        bool found = false;
        for (const Deal &d : m_document->data().deals)
            found = found
                || (d.from == QStringLiteral("anthropic") && d.to == QStringLiteral("amazon")
                    && d.kind == DealKind::Compute && d.date.periodStart() == QDate(2026, 2, 1));
        QVERIFY(found);
    }

    // A large table is read on a worker thread while the dialog stays responsive, and merges.
    void largeTable_readInTheBackground()
    {
        QByteArray csv = "from;to;date;kind;amount;source_url\n";
        for (int i = 0; i < 15'000; ++i)
            csv += "Fund " + QByteArray::number(i % 700) + ";Startup " + QByteArray::number(i) + ";"
                + QByteArray::number(2020 + i % 6) + "-0" + QByteArray::number(1 + i % 9) + ";equity;"
                + QByteArray::number(i % 50) + "," + QByteArray::number(i % 10) + ";https://e.com/"
                + QByteArray::number(i) + "\n";
        const QString path = write(QStringLiteral("large.csv"), csv);
        ImportDialog dialog(m_editor.get());
        dialog.show();
        QVERIFY(dialog.openFile(path));
        ImportMapping::Mapping mapping = dialog.mapping();
        mapping.columns.insert(ImportMapping::Field::Amount, QStringLiteral("amount"));
        mapping.unit = ImportAmount::Unit::Millions;
        dialog.setMapping(mapping);
        QCOMPARE(dialog.read().rows, 15'000);
        QVERIFY2(dialog.read().problems.isEmpty(), qPrintable(dialog.read().problems.value(0).toString()));
        QCOMPARE(dialog.plan().newDeals.size(), 15'000 - dialog.plan().duplicates.size());
        QCOMPARE(dialog.read().data.deals.at(11).amount, Money::fromUsd(11'100'000)); // "11,1" millions
        QVERIFY(dialog.importNow());
        QCOMPARE(m_document->data().deals.size(), m_before.deals.size() + dialog.plan().newDeals.size());
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
    DocumentData m_before;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
