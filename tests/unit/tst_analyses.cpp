// The list of analyses (itemmodels/Analyses): every entry is complete, and what the dock,
// --analyze and the report build from it is there.
#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "i18n/Language.h"
#include "files/DocumentFiles.h"
#include "itemmodels/Analyses.h"
#include "itemmodels/AnalysisTableModel.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAnalyses : public QObject
{
    Q_OBJECT
    Document m_document;
    std::shared_ptr<const CapitalFlowAnalysis> m_analysis;

private Q_SLOTS:
    void initTestCase()
    {
        m_document.setData(DocumentFiles::bundled());
        m_analysis = std::make_shared<const CapitalFlowAnalysis>(CapitalFlowAnalysis::run(m_document.graph(), {}));
    }

    void entriesAreUnique()
    {
        QSet<QString> keys, views;
        for (const AnalysisEntry &entry : Analyses::all()) {
            keys << QLatin1String(entry.jsonKey);
            views << QLatin1String(entry.viewName);
        }
        QCOMPARE(keys.size(), Analyses::all().size());
        QCOMPARE(views.size(), Analyses::all().size());
        QCOMPARE(keys, (QSet<QString> {u"cycles"_s, u"flows"_s, u"vendor_financing"_s, u"importance"_s, u"what_if"_s}));
    }

    void entry_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < Analyses::all().size(); ++i)
            QTest::addRow("%s", Analyses::all().at(i).jsonKey) << int(i);
    }

    // Each entry's model shows the analysis, its initial sort column exists, and its titles are
    // translated.
    void entry()
    {
        QFETCH(int, index);
        const AnalysisEntry &entry = Analyses::all().at(index);
        std::unique_ptr<AnalysisTableModel> model(entry.createModel(&m_document, nullptr));
        QVERIFY(model);
        model->setAnalysis(m_analysis);
        QVERIFY(model->columnCount() > entry.sortColumn);
        QVERIFY(!model->headerData(entry.sortColumn, Qt::Horizontal).toString().isEmpty());
        if (entry.page == AnalysisEntry::Page::Table)
            QVERIFY2(model->rowCount() > 0, "the bundled dataset gives every analysis rows");

        Translations translations;
        translations.apply(Language::English);
        const QString english = entry.translatedTitle();
        QCOMPARE(english, QString::fromUtf8(entry.title));
        translations.apply(Language::German);
        QVERIFY2(entry.translatedTitle() != english, qPrintable(english));
        if (entry.toolTip)
            QVERIFY(entry.translatedToolTip() != QString::fromUtf8(entry.toolTip));
        else
            QVERIFY(entry.translatedToolTip().isEmpty());
        translations.apply(Language::English);
    }

    // --analyze: the head and one part per entry, and the company filter reaches every part.
    void json()
    {
        const QJsonObject all = Analyses::writeJson(m_document.graph(), *m_analysis);
        QCOMPARE(all.value(u"format"_s).toString(), u"capflow-analysis"_s);
        for (const AnalysisEntry &entry : Analyses::all())
            QVERIFY2(all.contains(QLatin1String(entry.jsonKey)), entry.jsonKey);
        QCOMPARE(all.value(u"cycles"_s).toObject().value(u"count"_s).toInt(),
            int(m_analysis->cycles.cycles.size()));
        QCOMPARE(all.value(u"flows"_s).toArray().size(), m_analysis->flows.size());

        const QJsonObject one = Analyses::writeJson(m_document.graph(), *m_analysis, {u"anthropic"_s});
        QCOMPARE(one.value(u"company_ids"_s).toArray(), QJsonArray {u"anthropic"_s});
        const QJsonArray flows = one.value(u"flows"_s).toArray();
        QCOMPARE(flows.size(), 1);
        QCOMPARE(flows.first().toObject().value(u"company_id"_s).toString(), u"anthropic"_s);
        QVERIFY(one.value(u"importance"_s).toArray().size() == 1);
    }

    // The report: the entries with report tables give them, in German when asked.
    void reportTables()
    {
        Translations translations;
        translations.apply(Language::German);
        const QList<ReportTable> tables = Analyses::reportTables(m_document.graph(), *m_analysis, Language::German);
        translations.apply(Language::English);
        int expected = 0;
        for (const AnalysisEntry &entry : Analyses::all())
            expected += entry.reportTables ? 1 : 0;
        QCOMPARE(tables.size(), expected);
        QCOMPARE(tables.first().title, u"Kreisflüsse: Kommt das Geld zurück?"_s);
        QCOMPARE(tables.first().columns.at(2).header, u"Rückfluss"_s);
        QVERIFY(!tables.first().rows.isEmpty());

        Document empty;
        QVERIFY(Analyses::reportTables(empty.graph(), CapitalFlowAnalysis::run(empty.graph(), {}), Language::English)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalyses)
#include "tst_analyses.moc"
