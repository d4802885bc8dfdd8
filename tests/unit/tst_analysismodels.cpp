#include "analysis/CapitalFlowAnalysis.h"
#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "itemmodels/Analyses.h"
#include "itemmodels/CycleTableModel.h"
#include "itemmodels/FlowTableModel.h"
#include "itemmodels/ImportanceModel.h"
#include "itemmodels/VendorFinancingModel.h"
#include "itemmodels/WhatIfModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

// The Analysis dock's item models on the bundled dataset, each under QAbstractItemModelTester.
class TestAnalysisModels : public QObject
{
    Q_OBJECT
    Document m_document;
    std::shared_ptr<const CapitalFlowAnalysis> m_analysis;

    // The model of the list's entry for the JSON key NAME; what-if shows OpenAI failing.
    std::unique_ptr<AnalysisTableModel> make(const QString &name)
    {
        for (const AnalysisEntry &entry : Analyses::all()) {
            if (name != QLatin1String(entry.jsonKey))
                continue;
            std::unique_ptr<AnalysisTableModel> model(entry.createModel(&m_document, nullptr));
            if (auto *whatIf = qobject_cast<WhatIfModel *>(model.get()))
                whatIf->setCompany(u"openai"_s);
            return model;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_document.setData(DocumentFiles::bundled());
        m_analysis = std::make_shared<const CapitalFlowAnalysis>(CapitalFlowAnalysis::run(m_document.graph(), {}));
    }

    void models_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<QString>("companyOfTopRow"); // after sorting the column descending
        QTest::addRow("flows") << u"flows"_s << int(FlowTableModel::OutFirmColumn) << u"openai"_s;
        QTest::addRow("cycles") << u"cycles"_s << int(CycleTableModel::RankColumn) << QString();
        QTest::addRow("vendor financing")
            << u"vendor_financing"_s << int(VendorFinancingModel::RatioFirmColumn) << u"anthropic"_s;
        QTest::addRow("importance") << u"importance"_s << int(ImportanceModel::BetweennessColumn) << u"openai"_s;
        QTest::addRow("what-if") << u"what_if"_s << int(WhatIfModel::AmountColumn)
                                 << u"various-compute-providers-aggregate"_s;
    }
    void models()
    {
        QFETCH(QString, name);
        QFETCH(int, sortColumn);
        QFETCH(QString, companyOfTopRow);
        const auto model = make(name);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        model->setAnalysis(m_analysis);
        QVERIFY(model->rowCount() > 0);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model.get());
        proxy.setSortRole(AnalysisTableModel::SortRole);
        proxy.sort(sortColumn, Qt::DescendingOrder);
        if (!companyOfTopRow.isEmpty())
            QCOMPARE(proxy.index(0, 0).data(AnalysisTableModel::CompanyIdRole).toString(), companyOfTopRow);
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
        model->retranslate();
        model->setAnalysis(m_analysis); // a second reset keeps the tester happy
        model->setAnalysis(nullptr);
        QCOMPARE(model->rowCount(), 0);
    }

    void cycleRows_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("dealIds");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("roundTrip");
        // Firm round trips first: Amazon's $35bn in OpenAI (D106) is up to, so its cycle is "at most".
        QTest::addRow("first") << 0 << QStringList {u"D105"_s, u"D078"_s} << u"Amazon → OpenAI → Amazon"_s
                               << u"$15bn"_s;
        // Microsoft's $10bn of January 2023 and OpenAI's Azure contract of October 2025 are 33 months
        // apart: not in time order within 24 months, so that cycle comes after those that are.
        QTest::addRow("third") << 2 << QStringList {u"D128"_s, u"D132"_s}
                               << u"Alphabet (Google) → Anthropic → Alphabet (Google)"_s << u"$10bn"_s;
    }

    void cycleTimeOrder()
    {
        CycleTableModel model(&m_document);
        model.setAnalysis(m_analysis);
        // Amazon's compute contract with OpenAI (November 2025) came before its stake (February 2026).
        QCOMPARE(model.index(0, CycleTableModel::TimeOrderColumn).data().toString(),
            u"in time order, purchase before investment"_s);
        QCOMPARE(model.index(0, CycleTableModel::DatesColumn).data().toString(), u"November 3, 2025 → February 27, 2026"_s);
        bool late = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(AnalysisTableModel::DealIdsRole).toStringList()
                == QStringList {u"D005"_s, u"D071"_s}) {
                late = true;
                QVERIFY(model.index(row, CycleTableModel::TimeOrderColumn)
                            .data()
                            .toString()
                            .startsWith(u"not in time order ("_s));
                QVERIFY(row >= m_analysis->cycles.inTimeOrder);
            }
        }
        QVERIFY(late);
    }
    void cycleRows()
    {
        QFETCH(int, row);
        QFETCH(QStringList, dealIds);
        QFETCH(QString, path);
        QFETCH(QString, roundTrip);
        CycleTableModel model(&m_document);
        model.setAnalysis(m_analysis);
        QCOMPARE(model.index(row, 0).data(AnalysisTableModel::DealIdsRole).toStringList(), dealIds);
        QCOMPARE(model.index(row, CycleTableModel::PathColumn).data().toString(), path);
        QCOMPARE(model.index(row, CycleTableModel::RoundTripColumn).data().toString(), roundTrip);
        QCOMPARE(model.index(row, CycleTableModel::PatternColumn).data().toString(), u"Vendor financing"_s);
    }

    void boundedRoundTripSaysSo()
    {
        CycleTableModel model(&m_document);
        model.setAnalysis(m_analysis);
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(AnalysisTableModel::DealIdsRole).toStringList()
                == QStringList {u"D076"_s, u"D074"_s}) {
                QCOMPARE(model.index(r, CycleTableModel::RoundTripColumn).data().toString(), u"at most $10bn"_s);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void whatIfFollowsCompany()
    {
        WhatIfModel model(&m_document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(m_analysis);
        QCOMPARE(model.rowCount(), 0); // no company picked
        model.setCompany(u"anthropic"_s);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.result().companyId, u"anthropic"_s);
        QCOMPARE(model.index(0, WhatIfModel::StepColumn).data().toString(), u"directly"_s);
        model.setCompany(QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisModels)
#include "tst_analysismodels.moc"
