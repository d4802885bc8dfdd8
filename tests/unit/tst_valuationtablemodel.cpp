#include "document/Document.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "itemmodels/ValuationTableModel.h"
#include "support/Builders.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

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

    // A value its sources disagree about is marked; the sources column names each publisher with
    // its tier, and follows the document's ratings.
    void sourcesAndDisagreement_data()
    {
        QTest::addColumn<QList<qint64>>("claims"); // billions per source; 0: no claim
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("disagree");
        QTest::addRow("no claims") << QList<qint64> {0, 0} << u"$965bn"_s << false;
        QTest::addRow("claims agree") << QList<qint64> {965, 965} << u"$965bn"_s << false;
        QTest::addRow("one claim differs") << QList<qint64> {965, 900} << u"⚠ $965bn"_s << true;
        QTest::addRow("claims differ from the value") << QList<qint64> {900, 1000} << u"⚠ $965bn"_s << true;
    }
    void sourcesAndDisagreement()
    {
        QFETCH(QList<qint64>, claims);
        QFETCH(QString, value);
        QFETCH(bool, disagree);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DocumentData data;
        data.companies << CompanyBuilder(u"anthropic"_s).name(u"Anthropic"_s).build();
        Valuation v {u"V1"_s, u"anthropic"_s, FuzzyDate(QDate(2026, 5, 1), DatePrecision::Month),
            Money::fromUsd(965'000'000'000), ValuationKind::PostMoney,
            {Source(u"https://www.ft.com/content/a"_s, u"[descriptive; FT] Anthropic valuation"_s),
                Source(u"https://www.anthropic.com/news/series-h"_s, u"Series H"_s)}};
        for (int i = 0; i < claims.size(); ++i) {
            if (claims.at(i))
                v.sources[i].claimedAmount = Money::fromUsd(claims.at(i) * 1'000'000'000);
        }
        data.valuations << v;
        Document document;
        document.setData(data);
        ValuationTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex valueCell = model.index(0, ValuationTableModel::ValueColumn);
        QCOMPARE(valueCell.data().toString(), value);
        QCOMPARE(valueCell.data(ValuationTableModel::SourcesDisagreeRole).toBool(), disagree);
        const QString tip = valueCell.data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.contains(u"Sources disagree"_s), disagree);
        if (disagree) {
            QVERIFY2(tip.contains(u"Financial Times (news outlet): $%1bn"_s.arg(claims.at(0))), qPrintable(tip));
            QVERIFY2(tip.contains(u"Shown: $965bn"_s), qPrintable(tip));
        }

        // Sources: primary first, each publisher with its tier; a placeholder title is never shown.
        const QModelIndex sources = model.index(0, ValuationTableModel::SourceColumn);
        QCOMPARE(model.headerData(ValuationTableModel::SourceColumn, Qt::Horizontal).toString(), u"Sources"_s);
        QCOMPARE(sources.data().toString(), u"Anthropic (primary source), Financial Times (news outlet)"_s);
        const QString list = sources.data(Qt::ToolTipRole).toString();
        QVERIFY2(list.contains(u"Series H"_s) && list.contains(u"https://www.ft.com/content/a"_s), qPrintable(list));
        QVERIFY2(!list.contains(u"descriptive"_s), qPrintable(list));

        // The document's own rating of a domain shows at once.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        document.setSourceTiers({SourceTierRule {u"ft.com"_s, SourceTier::TradePress}});
        QVERIFY(changed.count() >= 1);
        QCOMPARE(sources.data().toString(), u"Anthropic (primary source), Financial Times (trade press)"_s);
    }
};

QTEST_GUILESS_MAIN(TestValuationTableModel)
#include "tst_valuationtablemodel.moc"
