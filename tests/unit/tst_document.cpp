// Document: the one holder of a document's state, its change signals and its reset.
#include "document/Document.h"
#include "support/Builders.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentSignals()
    {
        Document doc;
        QSignalSpy changed(&doc, &Document::changed);
        QStringList events;
        auto record = [&events](const char *name) {
            return [&events, name](const QString &id) { events << QString::fromLatin1(name) + u':' + id; };
        };
        connect(&doc, &Document::companyAdded, this, record("companyAdded"));
        connect(&doc, &Document::companyChanged, this, record("companyChanged"));
        connect(&doc, &Document::companyAboutToBeRemoved, this, [&](const QString &id) {
            QVERIFY(doc.company(id)); // still there while views prepare
            events << u"companyAboutToBeRemoved:"_s + id;
        });
        connect(&doc, &Document::companyRemoved, this, [&](const QString &id) {
            QVERIFY(!doc.company(id));
            events << u"companyRemoved:"_s + id;
        });
        connect(&doc, &Document::dealAdded, this, record("dealAdded"));
        connect(&doc, &Document::dealChanged, this, record("dealChanged"));
        connect(&doc, &Document::dealAboutToBeRemoved, this, [&](const QString &id) {
            QVERIFY(doc.deal(id));
            events << u"dealAboutToBeRemoved:"_s + id;
        });
        connect(&doc, &Document::dealRemoved, this, [&](const QString &id) {
            QVERIFY(!doc.deal(id));
            events << u"dealRemoved:"_s + id;
        });
        connect(&doc, &Document::valuationAdded, this, record("valuationAdded"));
        connect(&doc, &Document::valuationRemoved, this, record("valuationRemoved"));

        QVERIFY(doc.addCompany(CompanyBuilder(u"a"_s).build()));
        QVERIFY(doc.addCompany(CompanyBuilder(u"b"_s).build()));
        QVERIFY(!doc.addCompany(CompanyBuilder(u"a"_s).build()));
        Company renamed = CompanyBuilder(u"b"_s).build();
        renamed.name = u"Bee"_s;
        QVERIFY(doc.updateCompany(renamed));
        QVERIFY(!doc.updateCompany(CompanyBuilder(u"zz"_s).build()));
        QVERIFY(doc.addDeal(DealBuilder(u"D1"_s, u"a"_s, u"b"_s).build()));
        QVERIFY(!doc.addDeal(DealBuilder(u"D2"_s, u"a"_s, u"zz"_s).build()));
        Deal d1 = *doc.deal(u"D1"_s);
        d1.to = u"a"_s;
        QVERIFY(doc.updateDeal(d1));
        QVERIFY(!doc.removeDeal(u"D2"_s));

        Valuation v;
        v.id = u"V1"_s;
        v.company = u"b"_s;
        v.date = {QDate(2025, 3, 1), DatePrecision::Month};
        v.value = Money::fromUsd(61'500'000'000);
        QVERIFY(doc.addValuation(v));
        QVERIFY(!doc.addValuation(v));
        // b has a valuation, a has a deal: neither may go.
        QVERIFY(!doc.removeCompany(u"b"_s));
        QVERIFY(!doc.removeCompany(u"a"_s));
        QVERIFY(doc.company(u"a"_s) && doc.company(u"b"_s));
        QVERIFY(doc.removeValuation(u"V1"_s));
        QVERIFY(doc.removeCompany(u"b"_s));
        QVERIFY(!doc.removeCompany(u"a"_s)); // its self-loop deal keeps it
        QVERIFY(doc.removeDeal(u"D1"_s));
        QVERIFY(doc.removeCompany(u"a"_s));
        QVERIFY(!doc.removeCompany(u"a"_s));

        const QStringList expected {u"companyAdded:a"_s, u"companyAdded:b"_s, u"companyChanged:b"_s, u"dealAdded:D1"_s,
            u"dealChanged:D1"_s, u"valuationAdded:V1"_s, u"valuationRemoved:V1"_s, u"companyAboutToBeRemoved:b"_s,
            u"companyRemoved:b"_s, u"dealAboutToBeRemoved:D1"_s, u"dealRemoved:D1"_s, u"companyAboutToBeRemoved:a"_s,
            u"companyRemoved:a"_s};
        QCOMPARE(events, expected);
        QCOMPARE(changed.count(), 10); // one per successful edit
        QCOMPARE(doc.graph().companyCount(), 0);
    }

    // Moving companies changes only where they stand: positionsChanged and changed (the window's
    // "modified"), never contentChanged, so that a drag recomputes no analysis, overview or table.
    // Every other edit comes with contentChanged, just before changed.
    void positionsAreNotContent()
    {
        Document doc;
        QVERIFY(doc.addCompany(CompanyBuilder(u"a"_s).build()));
        QVERIFY(doc.addCompany(CompanyBuilder(u"b"_s).build()));
        QStringList events;
        connect(&doc, &Document::positionsChanged, this, [&](const QStringList &ids) { events << u"positions:"_s + ids.join(u','); });
        connect(&doc, &Document::contentChanged, this, [&] { events << u"content"_s; });
        connect(&doc, &Document::changed, this, [&] { events << u"changed"_s; });
        doc.setPositions({{u"a"_s, QPointF(1, 2)}});
        QCOMPARE(events, QStringList({u"positions:a"_s, u"changed"_s}));
        events.clear();
        doc.setPositions({{u"a"_s, QPointF(1, 2)}}); // where it already is: nothing
        QVERIFY(events.isEmpty());
        doc.setPositions({{u"a"_s, std::nullopt}});
        QCOMPARE(events, QStringList({u"positions:a"_s, u"changed"_s}));
        events.clear();
        QVERIFY(doc.addDeal(DealBuilder(u"D1"_s, u"a"_s, u"b"_s).build()));
        QCOMPARE(events, QStringList({u"content"_s, u"changed"_s}));
        events.clear();
        doc.setSourceTiers({SourceTierRule {u"example.com"_s, SourceTier::NewsOutlet}});
        QCOMPARE(events, QStringList({u"content"_s, u"changed"_s}));
        events.clear();
        doc.setData({});
        QCOMPARE(events, QStringList({u"content"_s, u"changed"_s}));
    }

    void documentReset()
    {
        Document doc;
        QVERIFY(doc.addCompany(CompanyBuilder(u"old"_s).build()));
        QStringList events;
        connect(&doc, &Document::aboutToReset, this, [&] {
            events << u"aboutToReset"_s;
            QVERIFY(doc.company(u"old"_s));
        });
        connect(&doc, &Document::reset, this, [&] {
            events << u"reset"_s;
            QVERIFY(!doc.company(u"old"_s));
            QVERIFY(doc.company(u"b"_s));
        });
        connect(&doc, &Document::changed, this, [&] { events << u"changed"_s; });

        DocumentData data;
        data.title = u"Title"_s;
        data.companies << CompanyBuilder(u"b"_s).build() << CompanyBuilder(u"a"_s).build();
        data.deals << DealBuilder(u"D10"_s, u"a"_s, u"b"_s).build() << DealBuilder(u"D9"_s, u"b"_s, u"a"_s).build();
        Valuation v;
        v.id = u"V2"_s;
        v.company = u"a"_s;
        v.value = Money::fromUsd(5);
        data.valuations << v;
        v.id = u"V1"_s;
        data.valuations << v;
        doc.setData(data);
        QCOMPARE(events, QStringList({u"aboutToReset"_s, u"reset"_s, u"changed"_s}));
        QCOMPARE(doc.title(), u"Title"_s);

        // data() comes back in natural id order.
        const DocumentData out = doc.data();
        QCOMPARE(out.title, u"Title"_s);
        QCOMPARE(out.companies.size(), 2);
        QCOMPARE(out.companies.at(0).id, u"a"_s);
        QCOMPARE(out.deals.size(), 2);
        QCOMPARE(out.deals.at(0), data.deals.at(1));
        QCOMPARE(out.deals.at(1), data.deals.at(0));
        QCOMPARE(out.valuations.at(0).id, u"V1"_s);
        QCOMPARE(doc.valuationsOf(u"a"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
