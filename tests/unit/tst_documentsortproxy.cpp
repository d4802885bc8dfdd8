#include "document/Document.h"
#include "itemmodels/CompanyTableModel.h"
#include "itemmodels/DocumentSortProxy.h"
#include "support/Builders.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Names that sort differently with and without case, with ties on every column but the id.
DocumentData companies()
{
    DocumentData data;
    const struct
    {
        const char16_t *id, *name;
        CompanyKind kind;
        const char16_t *country;
    } rows[] = {
        {u"c1", u"beta", CompanyKind::Investor, u"US"},
        {u"c2", u"Alpha", CompanyKind::AiLab, u"FR"},
        {u"c3", u"alpha", CompanyKind::Investor, u"US"},
        {u"c4", u"Gamma", CompanyKind::Cloud, u""},
        {u"c5", u"Beta", CompanyKind::AiLab, u"DE"},
        {u"c6", u"delta", CompanyKind::Cloud, u"US"},
        {u"c10", u"Äpfel", CompanyKind::Investor, u"DE"},
    };
    for (const auto &r : rows)
        data.companies << CompanyBuilder(QString::fromUtf16(r.id))
                              .name(QString::fromUtf16(r.name))
                              .kind(r.kind)
                              .country(QString::fromUtf16(r.country));
    // Deal counts 3, 1, 1, 0, …: ties in the deals column.
    data.deals << DealBuilder(u"D1"_s, u"c1"_s, u"c2"_s) << DealBuilder(u"D2"_s, u"c1"_s, u"c3"_s)
               << DealBuilder(u"D3"_s, u"c1"_s, u"c5"_s) << DealBuilder(u"D4"_s, u"c6"_s, u"c5"_s);
    return data;
}

QStringList idsOf(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(DocumentTableModel::IdRole).toString();
    return ids;
}
} // namespace

class TestDocumentSortProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The same order as QSortFilterProxyModel's own sort by the SortRole values, in every column,
    // both directions and both case sensitivities (the keys are made once per row instead).
    void sortsAsQSortFilterProxyModel_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<Qt::CaseSensitivity>("cs");
        for (int column = 0; column < CompanyTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
                    QTest::addRow("column %d, %s, %s", column, order == Qt::AscendingOrder ? "up" : "down",
                        cs == Qt::CaseSensitive ? "case" : "no case")
                        << column << order << cs;
            }
        }
    }
    void sortsAsQSortFilterProxyModel()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(Qt::CaseSensitivity, cs);
        Document doc;
        doc.setData(companies());
        CompanyTableModel model(&doc);
        DocumentSortProxy proxy;
        QSortFilterProxyModel plain;
        for (QSortFilterProxyModel *p : {static_cast<QSortFilterProxyModel *>(&proxy), &plain}) {
            p->setSourceModel(&model);
            p->setSortRole(DocumentTableModel::SortRole);
            p->setSortCaseSensitivity(cs);
            p->sort(column, order);
        }
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(idsOf(proxy), idsOf(plain));
        QCOMPARE(proxy.rowCount(), 7);
    }

    // The kept keys are dropped whenever rows or cells change: a renamed, added or removed
    // company moves to its place.
    void followsEdits()
    {
        Document doc;
        doc.setData(companies());
        CompanyTableModel model(&doc);
        DocumentSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DocumentTableModel::SortRole);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(CompanyTableModel::NameColumn);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(idsOf(proxy).first(), u"c2"_s); // Alpha (c2 and c3 tie; the source order decides)

        Company renamed = *doc.company(u"c6"_s);
        renamed.name = u"aardvark"_s;
        QVERIFY(doc.updateCompany(renamed));
        QCOMPARE(idsOf(proxy).first(), u"c6"_s);

        QVERIFY(doc.addCompany(CompanyBuilder(u"c7"_s).name(u"zeta"_s)));
        QCOMPARE(idsOf(proxy).last(2), QStringList({u"c7"_s, u"c10"_s})); // not locale-aware: Ä after z
        QVERIFY(doc.addCompany(CompanyBuilder(u"c8"_s).name(u"AAA"_s)));
        QCOMPARE(idsOf(proxy).first(), u"c8"_s);
        QVERIFY(doc.removeCompany(u"c8"_s));
        QCOMPARE(idsOf(proxy).first(), u"c6"_s);

        // The deals column: counts as numbers (10 after 9), following new deals.
        proxy.sort(CompanyTableModel::DealsColumn, Qt::DescendingOrder);
        QCOMPARE(idsOf(proxy).first(), u"c1"_s);
        for (int i = 0; i < 10; ++i)
            QVERIFY(doc.addDeal(DealBuilder(u"N"_s + QString::number(i), u"c7"_s, u"c4"_s)));
        QCOMPARE(idsOf(proxy).mid(0, 2), QStringList({u"c4"_s, u"c7"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDocumentSortProxy)
#include "tst_documentsortproxy.moc"
