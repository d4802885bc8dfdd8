#include "support/DealGraphFixture.h"
#include "analysis/MoneyPaths.h"
#include "document/Document.h"
#include "graph/FilteredDealGraph.h"
#include "itemmodels/PathTableModel.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPathTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void cells()
    {
        Document document;
        DocumentData data;
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
            data.companies << CompanyBuilder(id).name(id.toUpper() + u" Corp"_s);
        data.deals << DealBuilder(u"D1"_s, u"a"_s, u"b"_s).billions(10).on(QDate(2025, 3, 4));
        data.deals << DealBuilder(u"D2"_s, u"b"_s, u"c"_s).kind(DealKind::Compute).billions(4).on(QDate(2025, 9, 1));
        data.deals << DealBuilder(u"D3"_s, u"a"_s, u"c"_s).billions(6).amountKind(AmountKind::UpTo);
        data.deals << DealBuilder(u"D4"_s, u"a"_s, u"c"_s).amount(std::nullopt);
        document.setData(data);
        const FilteredDealGraph view(document.graph(), {});
        PathTableModel model(&document);
        model.setResult(MoneyPaths::find(view, u"a"_s, u"c"_s));
        QCOMPARE(model.rowCount(), 3);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, PathTableModel::PathColumn), u"A Corp → B Corp → C Corp"_s);
        QCOMPARE(text(0, PathTableModel::AmountColumn), u"$4bn"_s);
        QCOMPARE(text(0, PathTableModel::DealsColumn), u"2"_s);
        QCOMPARE(text(0, PathTableModel::DatesColumn), u"March 2025 – September 2025"_s);
        QCOMPARE(text(0, PathTableModel::LegsColumn), u"$10bn → $4bn"_s);
        QCOMPARE(text(1, PathTableModel::AmountColumn), u"at most $6bn"_s);
        QCOMPARE(text(1, PathTableModel::LegsColumn), u"up to $6bn"_s);
        QCOMPARE(text(2, PathTableModel::AmountColumn), u"unknown"_s);
        QCOMPARE(text(2, PathTableModel::RankColumn), u"3"_s);
        QCOMPARE(model.index(0, 0).data(PathTableModel::DealIdsRole).toStringList(), (QStringList {u"D1"_s, u"D2"_s}));
        QCOMPARE(model.index(0, 0).data(PathTableModel::CompanyIdsRole).toStringList(),
            (QStringList {u"a"_s, u"b"_s, u"c"_s}));
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"B Corp → C Corp: Compute, $4bn"_s), qPrintable(tip));
        QCOMPARE(model.headerData(PathTableModel::AmountColumn, Qt::Horizontal).toString(), u"Can pass"_s);
    }
};

QTEST_GUILESS_MAIN(TestPathTableModel)
#include "tst_pathtablemodel.moc"
