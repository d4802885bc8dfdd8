// Ids: free ids for names (slugs with a count), the next deal and valuation ids, and the natural
// order of ids ("D9" before "D10").
#include "document/Document.h"
#include "support/Builders.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Ids for many names with one slug ("company" for names without ASCII letters) take constant
    // time each: the count resumes where it stopped instead of starting at 2 every time.
    void freeIdsInConstantTime()
    {
        QSet<QString> used;
        QHash<QString, int> next;
        qint64 probes = 0;
        const auto taken = [&](const QString &id) {
            ++probes;
            return used.contains(id);
        };
        for (int i = 0; i < 5000; ++i)
            used.insert(freeId(slugify(QStringLiteral("北京") + QChar(0x4E00 + i)), taken, next));
        QCOMPARE(used.size(), 5000);
        QVERIFY(used.contains(QStringLiteral("company")));
        QVERIFY(used.contains(QStringLiteral("company-5000")));
        QVERIFY2(probes < 3 * 5000, qPrintable(QString::number(probes)));
        // An id taken behind its back is skipped, not handed out twice.
        used.insert(QStringLiteral("company-5001"));
        QCOMPARE(freeId(QStringLiteral("company"), taken, next), QStringLiteral("company-5002"));
    }

    void nextIds()
    {
        Document doc;
        QCOMPARE(doc.nextDealId(), u"D001"_s);
        QCOMPARE(doc.nextValuationId(), u"V001"_s);
        QCOMPARE(doc.companyIdFor(u"OpenAI"_s), u"openai"_s);
        QVERIFY(doc.addCompany(CompanyBuilder(u"openai"_s).build()));
        QVERIFY(doc.addCompany(CompanyBuilder(u"openai-2"_s).build()));
        QCOMPARE(doc.companyIdFor(u"OpenAI"_s), u"openai-3"_s);
        QCOMPARE(doc.companyIdFor(u"Open AI"_s), u"open-ai"_s);
        QVERIFY(doc.addDeal(DealBuilder(u"D009"_s, u"openai"_s, u"openai-2"_s).build()));
        QVERIFY(doc.addDeal(DealBuilder(u"D080"_s, u"openai"_s, u"openai-2"_s).build()));
        QVERIFY(doc.addDeal(DealBuilder(u"X500"_s, u"openai"_s, u"openai-2"_s).build()));
        QCOMPARE(doc.nextDealId(), u"D081"_s);
        QVERIFY(doc.addDeal(DealBuilder(u"D1200"_s, u"openai"_s, u"openai-2"_s).build()));
        QCOMPARE(doc.nextDealId(), u"D1201"_s);
        Valuation v;
        v.id = u"V016"_s;
        v.company = u"openai"_s;
        QVERIFY(doc.addValuation(v));
        QCOMPARE(doc.nextValuationId(), u"V017"_s);
        QVERIFY(!doc.addDeal(DealBuilder(doc.nextDealId(), u"openai"_s, u"missing"_s).build()));
        QVERIFY(doc.addDeal(DealBuilder(doc.nextDealId(), u"openai"_s, u"openai"_s).build()));
        QVERIFY(doc.deal(u"D1201"_s));
    }

    void naturalOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("less");
        QTest::addRow("D9 < D10") << u"D9"_s << u"D10"_s << true;
        QTest::addRow("D10 !< D9") << u"D10"_s << u"D9"_s << false;
        QTest::addRow("padded") << u"D009"_s << u"D080"_s << true;
        QTest::addRow("padded vs plain") << u"D9"_s << u"D010"_s << true;
        QTest::addRow("equal") << u"D1"_s << u"D1"_s << false;
        QTest::addRow("prefix differs") << u"E1"_s << u"D20"_s << false;
        QTest::addRow("prefix differs 2") << u"D20"_s << u"E1"_s << true;
        QTest::addRow("no numbers") << u"alpha"_s << u"beta"_s << true;
        QTest::addRow("number vs none") << u"a"_s << u"a1"_s << true;
        QTest::addRow("big numbers") << u"V99999999999"_s << u"V100000000000"_s << true;
        QTest::addRow("beyond 64 bits") << u"V99999999999999999999"_s << u"V100000000000000000000"_s << true;
        QTest::addRow("same value, padded") << u"D01"_s << u"D1"_s << true; // then as text
        QTest::addRow("all digits") << u"9"_s << u"10"_s << true;
        QTest::addRow("number before text") << u"acme-2"_s << u"acme-10"_s << true;
        QTest::addRow("prefix first") << u"acme-10"_s << u"acme-15-capital"_s << true;
        QTest::addRow("prefix first 2") << u"acme-2"_s << u"acme-15-capital"_s << true;
    }

    // Sorting needs a strict weak ordering: irreflexive, asymmetric and transitive over a mix of
    // ids with and without numbers (the regular-expression version had cycles).
    void naturalOrderIsAStrictWeakOrdering()
    {
        const QStringList ids {u"acme-2"_s, u"acme-10"_s, u"acme-15-capital"_s, u"acme"_s, u"acme-"_s, u"D9"_s,
            u"D10"_s, u"D010"_s, u"D1"_s, u"D01"_s, u"E1"_s, u"9"_s, u"10"_s, u""_s, u"x2y3"_s, u"x2y"_s,
            u"V99999999999999999999"_s, u"V100000000000000000000"_s};
        for (const QString &a : ids) {
            QVERIFY(!naturalIdLess(a, a));
            for (const QString &b : ids) {
                if (naturalIdLess(a, b))
                    QVERIFY2(!naturalIdLess(b, a), qPrintable(a + u' ' + b));
                for (const QString &c : ids) {
                    if (naturalIdLess(a, b) && naturalIdLess(b, c))
                        QVERIFY2(naturalIdLess(a, c), qPrintable(a + u' ' + b + u' ' + c));
                }
            }
        }
    }

    void naturalOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, less);
        QCOMPARE(naturalIdLess(a, b), less);
        if (less)
            QVERIFY(!naturalIdLess(b, a)); // asymmetric
    }

    // The sort that makes each key once orders as std::sort with naturalIdLess does, keeps items
    // whole (the id moves with its deal), and leaves a list in order as it is.
    void sortNaturallyMatchesNaturalIdLess_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("empty") << QStringList {};
        QTest::addRow("one") << QStringList {u"D1"_s};
        QTest::addRow("in order") << QStringList {u"D1"_s, u"D2"_s, u"D10"_s};
        QTest::addRow("reversed") << QStringList {u"D10"_s, u"D2"_s, u"D1"_s};
        QTest::addRow("mixed") << QStringList {u"acme-15-capital"_s, u"D010"_s, u"9"_s, u"acme-2"_s, u""_s, u"D9"_s,
            u"acme"_s, u"D01"_s, u"V100000000000000000000"_s, u"D1"_s, u"10"_s, u"acme-10"_s, u"x2y"_s,
            u"V99999999999999999999"_s};
    }

    void sortNaturallyMatchesNaturalIdLess()
    {
        QFETCH(QStringList, ids);
        QStringList expected = ids;
        std::sort(expected.begin(), expected.end(), naturalIdLess);
        QStringList sorted = ids;
        sortNaturally(sorted);
        QCOMPARE(sorted, expected);

        struct Item
        {
            QString id;
            int original;
        };
        QList<Item> items;
        for (int i = 0; i < ids.size(); ++i)
            items.append({ids.at(i), i});
        sortByNaturalId(items, [](const Item &item) -> const QString & { return item.id; });
        QCOMPARE(items.size(), ids.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).id, expected.at(i));
            QCOMPARE(ids.at(items.at(i).original), items.at(i).id);
        }
    }

    void slug_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::addRow("parentheses") << u"Alphabet (Google)"_s << u"alphabet-google"_s;
        QTest::addRow("accents") << u"Société Générale"_s << u"societe-generale"_s;
        QTest::addRow("umlaut") << u"Zürich AI"_s << u"zurich-ai"_s;
        QTest::addRow("mixed case") << u"xAI"_s << u"xai"_s;
        QTest::addRow("punctuation runs") << u"AT&T -- Inc."_s << u"at-t-inc"_s;
        QTest::addRow("leading and trailing") << u"  (Mistral)  "_s << u"mistral"_s;
        QTest::addRow("digits") << u"01.AI"_s << u"01-ai"_s;
        QTest::addRow("nothing usable") << u"日本"_s << u"company"_s;
        QTest::addRow("empty") << QString() << u"company"_s;
    }

    void slug()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(slugify(name), slug);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
