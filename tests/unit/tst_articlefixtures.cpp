#include "files/DocumentFiles.h"
#include "support/ArticleFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Each article of tests/data/articles/ proposes exactly the deals and valuations it states (its
// NAME.expected.json), on the bundled dataset's companies. tests/bench/extract_bench reports the
// same comparison as precision and recall.
class TestArticleFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures()
    {
        const QList<ArticleFixtures::Fixture> all
            = ArticleFixtures::readAll(QStringLiteral(CAPFLOW_TEST_DATA "/articles"));
        int german = 0;
        int english = 0;
        for (const ArticleFixtures::Fixture &f : all) {
            QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
            QVERIFY2(f.options.language && f.options.articleDate.isValid(), qPrintable(f.name));
            (*f.options.language == Language::German ? german : english) += 1;
        }
        QVERIFY(german >= 3);
        QVERIFY(english >= 3);
    }

    void article_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CAPFLOW_TEST_DATA "/articles"));
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void article()
    {
        QFETCH(QString, path);
        const ArticleFixtures::Fixture f = ArticleFixtures::read(path);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        static const DocumentData document = DocumentFiles::bundled();
        const ArticleExtractor extractor(document);
        const ExtractionResult result = extractor.extract(f.text, f.options);
        const ArticleFixtures::Keys keys = ArticleFixtures::extractedKeys(f, result);
        QStringList expectedDeals = f.expectedDeals;
        QStringList deals = keys.deals;
        expectedDeals.sort();
        deals.sort();
        QCOMPARE(deals, expectedDeals);
        QStringList expectedValuations = f.expectedValuations;
        QStringList valuations = keys.valuations;
        expectedValuations.sort();
        valuations.sort();
        QCOMPARE(valuations, expectedValuations);
    }

    // The bar, spelled out: the seed article's stated deals and valuations, nothing else.
    void seedArticle()
    {
        const ArticleFixtures::Fixture f
            = ArticleFixtures::read(QStringLiteral(CAPFLOW_TEST_DATA "/articles/seed-ntv-2025-11-18.de.txt"));
        static const DocumentData document = DocumentFiles::bundled();
        const ExtractionResult r = ArticleExtractor(document).extract(f.text, f.options);
        QStringList deals;
        for (const DealProposal &d : r.deals)
            deals << ArticleFixtures::partyKey(d.from) + u" -> "_s + ArticleFixtures::partyKey(d.to) + u' '
                    + enumKey(d.kind) + u' ' + (d.amount ? d.amount->toBillionsString() : u"undisclosed"_s) + u' '
                    + enumKey(d.amountKind);
        QCOMPARE(deals,
            (QStringList {u"nvidia -> anthropic equity 10 up_to"_s, u"microsoft -> anthropic equity 5 up_to"_s,
                u"anthropic -> microsoft compute 30 committed"_s, u"anthropic -> nvidia chips undisclosed reported"_s,
                u"openai -> amazon compute 38 committed"_s, u"openai ->  compute 1400 committed"_s,
                u"thiel-macro -> nvidia divestment undisclosed reported"_s,
                u"softbank -> nvidia divestment undisclosed reported"_s}));
        QCOMPARE(r.valuations.size(), 2);
        QCOMPARE(r.valuations.at(0).value.toBillionsString(), u"183"_s);
        QCOMPARE(r.valuations.at(1).value.toBillionsString(), u"61.5"_s);
        QCOMPARE(r.valuations.at(1).date, FuzzyDate(QDate(2025, 3, 1), DatePrecision::Month));
        QCOMPARE(r.deals.at(5).capacityMw, std::optional<qint64>(30000));
        // The two mentions of the $15bn are one total of the two parts, not a third deal.
        QCOMPARE(r.totals.size(), 1);
        QCOMPARE(r.totals.first().amount.toBillionsString(), u"15"_s);
        QCOMPARE(r.totals.first().parts, (QList<int> {0, 1}));
        QStringList unused;
        for (const UnusedFigure &u : r.unused)
            unused << u.text;
        QCOMPARE(unused, (QStringList {u"15 Milliarden US-Dollar"_s, u"über 13 Milliarden Dollar"_s}));
    }
};

QTEST_GUILESS_MAIN(TestArticleFixtures)
#include "tst_articlefixtures.moc"
