#include "document/Document.h"
#include "graph/DealGraphStorage.h"
#include "editing/Editor.h"
#include "files/DocumentFiles.h"
#include "support/Builders.h"

#include <QTest>
#include <QUndoStack>

namespace {
// What the graph itself holds, read through Boost: every edge with its endpoints' ids.
QStringList graphEdges(const Document &document)
{
    const DealGraph::Storage::Graph &g = document.graph().storage().graph;
    QStringList edges;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const Deal &deal = g[*it];
        edges << deal.id + u':' + g[boost::source(*it, g)].id + u'>' + g[boost::target(*it, g)].id;
    }
    edges.sort();
    return edges;
}

// An up-to $5bn equity deal of the seed article's day.
Deal makeDeal(const QString &id, const QString &from, const QString &to)
{
    return DealBuilder(id, from, to)
        .on(QDate(2025, 11, 18))
        .billions(5)
        .amountKind(AmountKind::UpTo)
        .sources({Source {QStringLiteral("https://example.com/a"), QStringLiteral("A")}});
}
} // namespace

class TestEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>();
        m_document->setData(DocumentFiles::bundled());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(m_document.get(), m_stack.get());
        QVERIFY(m_document->graph().dealCount() > 10);
    }

    void entitiesFromAnArticleAreOneUndoStep()
    {
        const auto counts = [this] {
            const DocumentData d = m_document->data();
            return QList<qsizetype> {d.companies.size(), d.deals.size(), d.valuations.size()};
        };
        const QList<qsizetype> before = counts();
        const QString dealId = m_document->nextDealId();
        const QString valuationId = m_document->nextValuationId();
        const Company acme = CompanyBuilder(QStringLiteral("acme-ai")).name(QStringLiteral("Acme AI"));
        const Deal deal = makeDeal(dealId, QStringLiteral("acme-ai"), QStringLiteral("anthropic"));
        Valuation valuation = ValuationBuilder(valuationId, QStringLiteral("acme-ai")).billions(2);
        QVERIFY(m_editor->addEntities({acme}, {deal}, {valuation}, QStringLiteral("Add 2 entries from article X")));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->text(0), QStringLiteral("Add 2 entries from article X"));
        QVERIFY(m_document->company(QStringLiteral("acme-ai")));
        QCOMPARE(*m_document->deal(dealId), deal);
        QCOMPARE(*m_document->valuation(valuationId), valuation);
        m_stack->undo();
        QCOMPARE(counts(), before);
        QVERIFY(!m_document->company(QStringLiteral("acme-ai")));
        m_stack->redo();
        QCOMPARE(*m_document->valuation(valuationId), valuation);

        // Refused as a whole, nothing pushed: a taken id, an unknown company.
        m_stack->clear();
        QVERIFY(!m_editor->addEntities({}, {deal}, {}, QString()));
        Valuation orphan = ValuationBuilder(QStringLiteral("V999"), QStringLiteral("nobody"));
        QVERIFY(!m_editor->addEntities({}, {}, {orphan}, QString()));
        QVERIFY(!m_editor->addEntities({}, {}, {valuation}, QString()));
        QCOMPARE(m_stack->count(), 0);
    }

    void aliasesAreOneUndoStep()
    {
        const QList<CompanyAlias> aliases {{QStringLiteral("Claude maker"), QStringLiteral("Anthropic")}};
        m_editor->setAliases(aliases);
        QCOMPARE(m_document->aliases(), aliases);
        QCOMPARE(m_document->data().aliases, aliases);
        QCOMPARE(m_stack->count(), 1);
        m_editor->setAliases(aliases); // no change, no step
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QVERIFY(m_document->aliases().isEmpty());
        m_stack->redo();
        QCOMPARE(m_document->aliases(), aliases);
    }

    // Every kind of edit: redo gives the edited state, undo the exact prior state (data and graph).
    void undoRedoRestoresState_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addRow("add deal") << 0;
        QTest::addRow("add deal with new company") << 1;
        QTest::addRow("update deal") << 2;
        QTest::addRow("remove deal") << 3;
        QTest::addRow("add company") << 4;
        QTest::addRow("update company") << 5;
        QTest::addRow("remove company with deals") << 6;
        QTest::addRow("add valuation") << 7;
        QTest::addRow("remove valuation") << 8;
        QTest::addRow("duplicate deal") << 9;
    }
    void undoRedoRestoresState()
    {
        QFETCH(int, edit);
        const DocumentData before = m_document->data();
        const QStringList edgesBefore = graphEdges(*m_document);
        const QString newId = m_document->nextDealId();
        bool ok = false;
        switch (edit) {
        case 0:
            ok = m_editor->addDeal(makeDeal(newId, QStringLiteral("microsoft"), QStringLiteral("anthropic")));
            break;
        case 1: {
            Company fresh {
                QStringLiteral("acme-ai"), QStringLiteral("Acme AI"), CompanyKind::AiLab, QStringLiteral("DE"), {}, {}};
            ok = m_editor->addDealWithCompanies(makeDeal(newId, QStringLiteral("nvidia"), fresh.id), {fresh});
            QCOMPARE(m_stack->count(), 1);
            break;
        }
        case 2: {
            Deal d = *m_document->deal(QStringLiteral("D001"));
            d.amount = Money::fromUsd(2);
            d.note.de = QStringLiteral("geändert");
            ok = m_editor->updateDeal(d);
            break;
        }
        case 3: ok = m_editor->removeDeal(QStringLiteral("D001")); break;
        case 4:
            ok = m_editor->addCompany({QStringLiteral("x"), QStringLiteral("X"), CompanyKind::Chips, {}, {}, {}});
            break;
        case 5: {
            Company c = *m_document->company(QStringLiteral("nvidia"));
            c.name = QStringLiteral("NVIDIA Corp.");
            ok = m_editor->updateCompany(c);
            break;
        }
        case 6: ok = m_editor->removeCompany(QStringLiteral("microsoft")); break;
        case 7: {
            Valuation v {m_document->nextValuationId(), QStringLiteral("anthropic"),
                FuzzyDate(QDate(2025, 10, 1), DatePrecision::Month), Money::fromUsd(350'000'000'000),
                ValuationKind::PostMoney, {}};
            ok = m_editor->addValuation(v);
            break;
        }
        case 8: ok = m_editor->removeValuation(m_document->valuations().first().id); break;
        case 9: ok = !m_editor->duplicateDeal(QStringLiteral("D001")).isEmpty(); break;
        }
        QVERIFY(ok);
        QCOMPARE(m_stack->count(), 1);
        const DocumentData after = m_document->data();
        const QStringList edgesAfter = graphEdges(*m_document);
        QVERIFY(!(after.companies == before.companies && after.deals == before.deals
            && after.valuations == before.valuations));
        m_stack->undo();
        const DocumentData undone = m_document->data();
        QCOMPARE(undone.companies, before.companies);
        QCOMPARE(undone.deals, before.deals);
        QCOMPARE(undone.valuations, before.valuations);
        QCOMPARE(graphEdges(*m_document), edgesBefore);
        m_stack->redo();
        const DocumentData redone = m_document->data();
        QCOMPARE(redone.companies, after.companies);
        QCOMPARE(redone.deals, after.deals);
        QCOMPARE(redone.valuations, after.valuations);
        QCOMPARE(graphEdges(*m_document), edgesAfter);
    }

    void removeCompanyTakesItsDeals()
    {
        const QString id = QStringLiteral("anthropic");
        const int dealsOfIt = int(m_document->graph().dealsIn(id).size() + m_document->graph().dealsOut(id).size());
        const int valuationsOfIt = int(m_document->valuationsOf(id).size());
        QVERIFY(dealsOfIt > 0);
        const int deals = m_document->graph().dealCount();
        const int valuations = int(m_document->valuations().size());
        QVERIFY(m_editor->removeCompany(id));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(!m_document->company(id));
        QCOMPARE(m_document->graph().dealCount(), deals - dealsOfIt);
        QCOMPARE(int(m_document->valuations().size()), valuations - valuationsOfIt);
        QVERIFY(m_stack->undoText().contains(QStringLiteral("Anthropic")));
        m_stack->undo();
        QVERIFY(m_document->company(id));
        QCOMPARE(m_document->graph().dealCount(), deals);
        QCOMPARE(int(m_document->valuations().size()), valuations);
    }

    // Deleting a deal that others name drops those relations in the same step; undo restores them.
    void removeDealDropsRelationsToIt()
    {
        const QString whole = QStringLiteral("D100");
        QVERIFY(m_document->deal(whole));
        QVERIFY(m_document->deal(QStringLiteral("D075"))->partOf.contains(whole));
        QVERIFY(m_editor->removeDeal(whole));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_document->deal(QStringLiteral("D075"))->partOf.isEmpty());
        QVERIFY(m_document->deal(QStringLiteral("D076"))->partOf.isEmpty());
        m_stack->undo();
        QVERIFY(m_document->deal(QStringLiteral("D075"))->partOf.contains(whole));
    }

    void invalidRelationsPushNothing_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("other");
        QTest::addRow("unknown deal") << QStringLiteral("supersedes") << QStringLiteral("D9999");
        QTest::addRow("itself") << QStringLiteral("part_of") << QStringLiteral("D999");
        QTest::addRow("circle") << QStringLiteral("supersedes") << QStringLiteral("D107"); // D107 supersedes D059
    }

    void invalidRelationsPushNothing()
    {
        QFETCH(QString, relation);
        QFETCH(QString, other);
        Deal d = makeDeal(QStringLiteral("D999"), QStringLiteral("microsoft"), QStringLiteral("nvidia"));
        d.related(*enumFromKey<DealRelation>(relation)) << other;
        if (other == QStringLiteral("D107")) { // make D999 = D059's stand-in: D059 part of D999 part of …
            Deal old = *m_document->deal(QStringLiteral("D059"));
            QVERIFY(m_editor->addDeal(
                makeDeal(QStringLiteral("D999"), QStringLiteral("microsoft"), QStringLiteral("nvidia"))));
            old.overlaps << QStringLiteral("D999");
            QVERIFY(m_editor->updateDeal(old));
            d.id = QStringLiteral("D999");
            QVERIFY(!m_editor->updateDeal(d)); // D999 supersedes D107, which supersedes D059, which may overlap D999
            return;
        }
        QVERIFY(!m_editor->addDeal(d));
        QCOMPARE(m_stack->count(), 0);
    }

    void invalidEditsPushNothing()
    {
        QVERIFY(!m_editor->addDeal(
            makeDeal(QStringLiteral("D001"), QStringLiteral("microsoft"), QStringLiteral("nvidia"))));
        QVERIFY(
            !m_editor->addDeal(makeDeal(QStringLiteral("D999"), QStringLiteral("nobody"), QStringLiteral("nvidia"))));
        QVERIFY(!m_editor->removeCompany(QStringLiteral("nobody")));
        QVERIFY(
            !m_editor->addCompany({QStringLiteral("nvidia"), QStringLiteral("Dup"), CompanyKind::Chips, {}, {}, {}}));
        QCOMPARE(m_stack->count(), 0);
    }

    void undoTextNamesTheDeal()
    {
        QVERIFY(m_editor->addDeal(
            makeDeal(m_document->nextDealId(), QStringLiteral("microsoft"), QStringLiteral("anthropic"))));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add deal Microsoft → Anthropic"));
    }

    void moveCompaniesMergesByDragId()
    {
        const Company before = *m_document->company(QStringLiteral("nvidia"));
        const int drag = m_editor->newDragId();
        for (int i = 1; i <= 5; ++i)
            m_editor->moveCompanies({{QStringLiteral("nvidia"), QPointF(i * 10, i)}}, drag);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_document->company(QStringLiteral("nvidia"))->position, std::optional<QPointF>(QPointF(50, 5)));
        // Another drag is its own step.
        m_editor->moveCompanies({{QStringLiteral("nvidia"), QPointF(1, 1)}}, m_editor->newDragId());
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(*m_document->company(QStringLiteral("nvidia")), before);
        // Steps without a drag id never merge.
        m_editor->moveCompanies({{QStringLiteral("nvidia"), QPointF(2, 2)}});
        m_editor->moveCompanies({{QStringLiteral("nvidia"), QPointF(3, 3)}});
        QCOMPARE(m_stack->count(), 2);
    }

    void cleanStateFollowsUndo()
    {
        QVERIFY(m_stack->isClean());
        QVERIFY(m_editor->removeDeal(QStringLiteral("D001")));
        QVERIFY(!m_stack->isClean());
        m_stack->undo();
        QVERIFY(m_stack->isClean());
    }

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
};

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
