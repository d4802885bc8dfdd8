#include "document/Document.h"
#include "itemmodels/ProposalTableModel.h"
#include "support/Builders.h"

#include <QLocale>
#include <QTest>

namespace {

ProposedCompany known(const QString &id)
{
    ProposedCompany c;
    c.companyId = id;
    return c;
}

ProposedCompany unknown(const QString &name)
{
    ProposedCompany c;
    c.newName = name;
    return c;
}

DealProposal dealProposal(
    const ProposedCompany &from, const ProposedCompany &to, std::optional<qint64> billions, AmountKind kind)
{
    DealProposal d;
    d.from = from;
    d.to = to;
    d.kind = DealKind::Equity;
    if (billions)
        d.amount = Money::fromUsd(*billions * 1'000'000'000);
    d.amountKind = kind;
    d.date = FuzzyDate(QDate(2025, 11, 18), DatePrecision::Day);
    d.evidence.sentence = QStringLiteral("A sentence.");
    d.evidence.sentenceSpan = {0, 11};
    return d;
}

// Nvidia → Anthropic up to $10bn; Acme AI (new) → Anthropic, undisclosed; Anthropic at $350bn.
ExtractionResult sample()
{
    ExtractionResult r;
    r.language = Language::English;
    r.deals << dealProposal(known(QStringLiteral("nvidia")), known(QStringLiteral("anthropic")), 10, AmountKind::UpTo);
    r.deals << dealProposal(unknown(QStringLiteral("Acme AI")), known(QStringLiteral("anthropic")), std::nullopt,
        AmountKind::Reported);
    r.deals.last().note = QStringLiteral("500 million euros");
    ValuationProposal v;
    v.company = known(QStringLiteral("anthropic"));
    v.value = Money::fromUsd(350'000'000'000);
    v.date = FuzzyDate(QDate(2025, 11, 1), DatePrecision::Month);
    r.valuations << v;
    return r;
}

} // namespace

class TestProposalTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_document = std::make_unique<Document>();
        DocumentData data;
        data.companies << CompanyBuilder(QStringLiteral("nvidia")).name(QStringLiteral("Nvidia"))
                       << CompanyBuilder(QStringLiteral("anthropic")).name(QStringLiteral("Anthropic"))
                       << CompanyBuilder(QStringLiteral("acme-ai")).name(QStringLiteral("Acme Robotics"));
        data.deals << DealBuilder(QStringLiteral("D041"), QStringLiteral("nvidia"), QStringLiteral("anthropic"));
        data.valuations << ValuationBuilder(QStringLiteral("V007"), QStringLiteral("anthropic"));
        m_document->setData(data);
        m_model = std::make_unique<ProposalTableModel>(m_document.get());
        m_model->setProposals(sample());
    }

    void cells()
    {
        QCOMPARE(m_model->rowCount(), 3);
        auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(text(0, ProposalTableModel::WhatColumn), QStringLiteral("Deal"));
        QCOMPARE(text(2, ProposalTableModel::WhatColumn), QStringLiteral("Valuation"));
        QCOMPARE(text(0, ProposalTableModel::FromColumn), QStringLiteral("Nvidia"));
        QCOMPARE(text(1, ProposalTableModel::FromColumn), QStringLiteral("Acme AI (new)"));
        QCOMPARE(text(0, ProposalTableModel::AmountColumn), QStringLiteral("up to $10bn"));
        QCOMPARE(text(1, ProposalTableModel::AmountColumn), QStringLiteral("undisclosed"));
        QCOMPARE(text(2, ProposalTableModel::AmountColumn), QStringLiteral("$350bn"));
        QCOMPARE(text(2, ProposalTableModel::ToColumn), QString());
        QCOMPARE(text(2, ProposalTableModel::PrecisionColumn), enumDisplayName(DatePrecision::Month));
        QVERIFY(m_model->index(1, ProposalTableModel::WhatColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("500 million euros")));
        // Every row starts accepted; a valuation has no receiver and no amount kind to edit.
        QCOMPARE(m_model->acceptedCount(), 3);
        QVERIFY(!(m_model->flags(m_model->index(2, ProposalTableModel::ToColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(m_model->flags(m_model->index(2, ProposalTableModel::AmountKindColumn)) & Qt::ItemIsEditable));
        QVERIFY(m_model->flags(m_model->index(0, ProposalTableModel::AcceptColumn)) & Qt::ItemIsUserCheckable);
        // A deal offers deal kinds, a valuation valuation kinds.
        QCOMPARE(m_model->index(0, ProposalTableModel::KindColumn).data(ProposalTableModel::ChoicesRole).toList().size(),
            enumValues<DealKind>().size());
        QCOMPARE(m_model->index(2, ProposalTableModel::KindColumn).data(ProposalTableModel::ChoicesRole).toList().size(),
            enumValues<ValuationKind>().size());
    }

    void edit_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("display"); // after the edit; the old text when refused

        const int from = ProposalTableModel::FromColumn;
        const int amount = ProposalTableModel::AmountColumn;
        const int date = ProposalTableModel::DateColumn;
        const int precision = ProposalTableModel::PrecisionColumn;
        QTest::newRow("amount in billions") << 0 << amount << QVariant(QStringLiteral("2.5")) << true
                                            << QStringLiteral("up to $2.5bn");
        QTest::newRow("amount emptied: undisclosed")
            << 0 << amount << QVariant(QString()) << true << QStringLiteral("undisclosed");
        QTest::newRow("amount not a number") << 0 << amount << QVariant(QStringLiteral("ten")) << false
                                             << QStringLiteral("up to $10bn");
        QTest::newRow("valuation value emptied") << 2 << amount << QVariant(QString()) << false
                                                 << QStringLiteral("$350bn");
        QTest::newRow("known company, any case")
            << 1 << from << QVariant(QStringLiteral("acme robotics")) << true << QStringLiteral("Acme Robotics");
        QTest::newRow("unknown company: new")
            << 0 << from << QVariant(QStringLiteral("  Thinking   Machines ")) << true
            << QStringLiteral("Thinking Machines (new)");
        QTest::newRow("date as a quarter") << 0 << date << QVariant(QStringLiteral("Q4 2025")) << true
                                           << QStringLiteral("Q4 2025");
        QTest::newRow("date that is none") << 0 << date << QVariant(QStringLiteral("31.02.2025")) << false
                                           << QStringLiteral("November 18, 2025");
        QTest::newRow("precision coarser: the period's start")
            << 0 << precision << QVariant(int(DatePrecision::Year)) << true << enumDisplayName(DatePrecision::Year);
        QTest::newRow("precision not one") << 0 << precision << QVariant(17) << false
                                           << enumDisplayName(DatePrecision::Day);
    }

    void edit()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QString, display);
        const QModelIndex index = m_model->index(row, column);
        QCOMPARE(m_model->setData(index, value), accepted);
        QCOMPARE(m_model->lastEditError().isEmpty(), accepted);
        QCOMPARE(index.data().toString(), display);
    }

    void precisionKeepsThePeriodThatHoldsTheDate()
    {
        QVERIFY(m_model->setData(m_model->index(0, ProposalTableModel::PrecisionColumn), int(DatePrecision::Quarter)));
        QCOMPARE(m_model->rows().at(0).deal.date, FuzzyDate(QDate(2025, 10, 1), DatePrecision::Quarter));
        QVERIFY(m_model->setData(m_model->index(0, ProposalTableModel::DateColumn), QStringLiteral("18.11.2025")));
        QCOMPARE(m_model->rows().at(0).deal.date, FuzzyDate(QDate(2025, 11, 18), DatePrecision::Day));
    }

    void problemsOfAcceptedRowsOnly()
    {
        QVERIFY(m_model->problems().isEmpty());
        QVERIFY(m_model->setData(m_model->index(1, ProposalTableModel::ToColumn), QString()));
        QCOMPARE(m_model->problems(), QStringList {QStringLiteral("Row 2: Who receives (To) is missing.")});
        QVERIFY(m_model->accepted(Source(QStringLiteral("https://example.com/a"))).isEmpty());
        QVERIFY(m_model->setData(m_model->index(1, ProposalTableModel::AcceptColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(m_model->problems().isEmpty());
        QCOMPARE(m_model->acceptedCount(), 2);
        QVERIFY(m_model->setData(m_model->index(0, ProposalTableModel::ToColumn), QStringLiteral("Nvidia")));
        QCOMPARE(m_model->problems(), QStringList {QStringLiteral("Row 1: From and To are the same company.")});
    }

    void acceptedBecomeEntitiesCitingTheArticle()
    {
        // A second row naming the same new company, in another case: one company.
        QVERIFY(m_model->setData(m_model->index(0, ProposalTableModel::FromColumn), QStringLiteral("ACME AI")));
        const Source source(QStringLiteral("https://www.reuters.com/x"), QStringLiteral("Headline"));
        const ProposalTableModel::Additions a = m_model->accepted(source);
        QCOMPARE(a.companies.size(), 1);
        QCOMPARE(a.companies.at(0).name, QStringLiteral("ACME AI"));
        // The slug "acme-ai" is the document's already.
        QCOMPARE(a.companies.at(0).id, QStringLiteral("acme-ai-2"));
        QCOMPARE(a.deals.size(), 2);
        QCOMPARE(a.deals.at(0).id, QStringLiteral("D042"));
        QCOMPARE(a.deals.at(1).id, QStringLiteral("D043"));
        QCOMPARE(a.deals.at(0).from, QStringLiteral("acme-ai-2"));
        QCOMPARE(a.deals.at(1).from, QStringLiteral("acme-ai-2"));
        QCOMPARE(a.deals.at(0).amount, std::optional(Money::fromUsd(10'000'000'000)));
        QCOMPARE(a.deals.at(0).amountKind, AmountKind::UpTo);
        QVERIFY(!a.deals.at(1).amount);
        QCOMPARE(a.deals.at(1).note.en, QStringLiteral("500 million euros"));
        QCOMPARE(a.deals.at(0).sources, QList<Source> {source});
        QCOMPARE(a.valuations.size(), 1);
        QCOMPARE(a.valuations.at(0).id, QStringLiteral("V008"));
        QCOMPARE(a.valuations.at(0).sources, QList<Source> {source});

        // Rejected rows are left out.
        m_model->setAllAccepted(false);
        QVERIFY(m_model->setData(m_model->index(2, ProposalTableModel::AcceptColumn), Qt::Checked, Qt::CheckStateRole));
        const ProposalTableModel::Additions only = m_model->accepted(source);
        QVERIFY(only.companies.isEmpty());
        QVERIFY(only.deals.isEmpty());
        QCOMPARE(only.valuations.size(), 1);
    }

    void fromTheExtractor()
    {
        const QString text = QStringLiteral(
            "Nvidia will invest up to $10 billion in Anthropic, the company said on Tuesday. Anthropic is now "
            "valued at $350 billion.");
        ArticleExtractor::Options options;
        options.articleDate = QDate(2025, 11, 18);
        m_model->setProposals(ArticleExtractor(m_document->data()).extract(text, options));
        QVERIFY(m_model->rowCount() >= 2);
        const ProposalTableModel::Row &first = m_model->rows().at(0);
        QVERIFY(!first.isValuation);
        QCOMPARE(first.deal.from.companyId, QStringLiteral("nvidia"));
        QCOMPARE(first.deal.to.companyId, QStringLiteral("anthropic"));
        // The evidence points into the text.
        QVERIFY(first.evidence().sentenceSpan.isValid());
        QVERIFY(text.mid(first.evidence().figureSpan.start, first.evidence().figureSpan.length())
                    .contains(QStringLiteral("10 billion")));
        QVERIFY(std::any_of(m_model->rows().cbegin(), m_model->rows().cend(),
            [](const ProposalTableModel::Row &r) { return r.isValuation; }));
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ProposalTableModel> m_model;
};

QTEST_GUILESS_MAIN(TestProposalTableModel)
#include "tst_proposaltablemodel.moc"
