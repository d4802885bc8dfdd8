#include "editing/Editor.h"

#include "document/Document.h"
#include "editing/ChangeCommand.h"
#include "model/DealRelations.h"

#include <QUndoStack>

Editor::Editor(Document *document, QUndoStack *stack)
    : m_document(document)
    , m_stack(stack)
{
}

QString Editor::companyName(const QString &id) const
{
    const Company *c = m_document->company(id);
    return c ? c->name : id;
}

bool Editor::addCompany(const Company &company)
{
    if (company.id.isEmpty() || m_document->company(company.id))
        return false;
    auto *cmd = new ChangeCommand(m_document, tr("Add company %1").arg(company.name));
    cmd->companies << ChangeCommand::Change<Company> {std::nullopt, company};
    m_stack->push(cmd);
    return true;
}

bool Editor::updateCompany(const Company &company)
{
    const Company *old = m_document->company(company.id);
    if (!old)
        return false;
    if (*old == company)
        return true;
    auto *cmd = new ChangeCommand(m_document, tr("Edit company %1").arg(company.name));
    cmd->companies << ChangeCommand::Change<Company> {*old, company};
    m_stack->push(cmd);
    return true;
}

bool Editor::removeCompany(const QString &id)
{
    const Company *old = m_document->company(id);
    if (!old)
        return false;
    auto *cmd = new ChangeCommand(m_document, tr("Delete company %1").arg(old->name));
    const DealGraph &graph = m_document->graph();
    QList<const Deal *> deals = graph.dealsOut(id) + graph.dealsIn(id);
    QSet<QString> seen;
    for (const Deal *d : deals) {
        if (!seen.contains(d->id)) // self-loops are listed twice
            cmd->deals << ChangeCommand::Change<Deal> {*d, std::nullopt};
        seen.insert(d->id);
    }
    dropReferences(cmd, seen);
    for (const Valuation *v : m_document->valuationsOf(id))
        cmd->valuations << ChangeCommand::Change<Valuation> {*v, std::nullopt};
    cmd->companies << ChangeCommand::Change<Company> {*old, std::nullopt};
    m_stack->push(cmd);
    return true;
}

bool Editor::addDeal(const Deal &deal)
{
    return addDealWithCompanies(deal, {});
}

bool Editor::addDealWithCompanies(const Deal &deal, const QList<Company> &newCompanies)
{
    if (deal.id.isEmpty() || m_document->deal(deal.id))
        return false;
    return pushDealWithCompanies(nullptr, deal, newCompanies);
}

// One step that adds the new companies a deal names and adds (old == nullptr) or edits the deal.
bool Editor::pushDealWithCompanies(const Deal *old, const Deal &deal, const QList<Company> &newCompanies)
{
    QSet<QString> ids;
    for (const Company &c : newCompanies) {
        if (c.id.isEmpty() || m_document->company(c.id) || ids.contains(c.id))
            return false;
        ids.insert(c.id);
    }
    auto known = [&](const QString &id) { return ids.contains(id) || m_document->company(id); };
    if (!known(deal.from) || !known(deal.to) || !relationsAreValid(deal))
        return false;
    auto name = [&](const QString &id) {
        for (const Company &c : newCompanies) {
            if (c.id == id)
                return c.name;
        }
        return companyName(id);
    };
    const QString text = old ? tr("Edit deal %1 → %2").arg(name(deal.from), name(deal.to))
                             : tr("Add deal %1 → %2").arg(name(deal.from), name(deal.to));
    auto *cmd = new ChangeCommand(m_document, text);
    for (const Company &c : newCompanies)
        cmd->companies << ChangeCommand::Change<Company> {std::nullopt, c};
    cmd->deals << ChangeCommand::Change<Deal> {old ? std::optional<Deal>(*old) : std::nullopt, deal};
    m_stack->push(cmd);
    return true;
}

bool Editor::updateDeal(const Deal &deal)
{
    const Deal *old = m_document->deal(deal.id);
    if (!old || !m_document->company(deal.from) || !m_document->company(deal.to) || !relationsAreValid(deal))
        return false;
    if (*old == deal)
        return true;
    auto *cmd
        = new ChangeCommand(m_document, tr("Edit deal %1 → %2").arg(companyName(deal.from), companyName(deal.to)));
    cmd->deals << ChangeCommand::Change<Deal> {*old, deal};
    m_stack->push(cmd);
    return true;
}

bool Editor::updateDealWithCompanies(const Deal &deal, const QList<Company> &newCompanies)
{
    if (newCompanies.isEmpty())
        return updateDeal(deal);
    const Deal *old = m_document->deal(deal.id);
    return old && pushDealWithCompanies(old, deal, newCompanies);
}

namespace {
// A document-wide list (aliases, tier ratings) replaced as one undo step.
template<typename T> class ListCommand : public QUndoCommand
{
public:
    using Get = const QList<T> &(Document::*)() const;
    using Set = void (Document::*)(const QList<T> &);
    ListCommand(const QString &text, Document *document, Get get, Set set, const QList<T> &after)
        : QUndoCommand(text)
        , m_document(document)
        , m_set(set)
        , m_before((document->*get)())
        , m_after(after)
    {
    }
    void redo() override { (m_document->*m_set)(m_after); }
    void undo() override { (m_document->*m_set)(m_before); }

private:
    Document *m_document;
    Set m_set;
    QList<T> m_before;
    QList<T> m_after;
};
} // namespace

void Editor::setAliases(const QList<CompanyAlias> &aliases)
{
    if (aliases != m_document->aliases())
        m_stack->push(new ListCommand<CompanyAlias>(
            tr("Edit company aliases"), m_document, &Document::aliases, &Document::setAliases, aliases));
}

void Editor::setSourceTiers(const QList<SourceTierRule> &rules)
{
    if (rules != m_document->sourceTiers())
        m_stack->push(new ListCommand<SourceTierRule>(
            tr("Edit source ratings"), m_document, &Document::sourceTiers, &Document::setSourceTiers, rules));
}

bool Editor::entitiesAreValid(
    const QList<Company> &newCompanies, const QList<Deal> &newDeals, const QList<Deal> &replacedDeals) const
{
    QSet<QString> companyIds;
    for (const Company &c : newCompanies) {
        if (c.id.isEmpty() || m_document->company(c.id) || companyIds.contains(c.id))
            return false;
        companyIds.insert(c.id);
    }
    auto known = [&](const QString &id) { return companyIds.contains(id) || m_document->company(id); };
    QSet<QString> dealIds;
    for (const Deal &d : newDeals) {
        if (d.id.isEmpty() || m_document->deal(d.id) || dealIds.contains(d.id) || !known(d.from) || !known(d.to))
            return false;
        dealIds.insert(d.id);
    }
    for (const Deal &d : replacedDeals) {
        if (!m_document->deal(d.id) || dealIds.contains(d.id) || !known(d.from) || !known(d.to))
            return false;
        dealIds.insert(d.id);
    }
    return true;
}

bool Editor::importDeals(const QList<Company> &newCompanies, const QList<Deal> &newDeals,
    const QList<Deal> &replacedDeals, const QString &fileName)
{
    if (!entitiesAreValid(newCompanies, newDeals, replacedDeals))
        return false;
    if (newCompanies.isEmpty() && newDeals.isEmpty() && replacedDeals.isEmpty())
        return true;
    auto *cmd = new ChangeCommand(m_document,
        tr("Import %n deal(s) from %1", nullptr, int(newDeals.size() + replacedDeals.size())).arg(fileName));
    for (const Company &c : newCompanies)
        cmd->companies << ChangeCommand::Change<Company> {std::nullopt, c};
    for (const Deal &d : newDeals)
        cmd->deals << ChangeCommand::Change<Deal> {std::nullopt, d};
    for (const Deal &d : replacedDeals)
        cmd->deals << ChangeCommand::Change<Deal> {*m_document->deal(d.id), d};
    m_stack->push(cmd);
    return true;
}

bool Editor::addEntities(const QList<Company> &companies, const QList<Deal> &deals,
    const QList<Valuation> &valuations, const QString &text)
{
    if (!entitiesAreValid(companies, deals, {}))
        return false;
    QSet<QString> companyIds;
    for (const Company &c : companies)
        companyIds.insert(c.id);
    QSet<QString> valuationIds;
    for (const Valuation &v : valuations) {
        if (v.id.isEmpty() || m_document->valuation(v.id) || valuationIds.contains(v.id)
            || !(companyIds.contains(v.company) || m_document->company(v.company)))
            return false;
        valuationIds.insert(v.id);
    }
    if (companies.isEmpty() && deals.isEmpty() && valuations.isEmpty())
        return true;
    auto *cmd = new ChangeCommand(m_document, text);
    for (const Company &c : companies)
        cmd->companies << ChangeCommand::Change<Company> {std::nullopt, c};
    for (const Deal &d : deals)
        cmd->deals << ChangeCommand::Change<Deal> {std::nullopt, d};
    for (const Valuation &v : valuations)
        cmd->valuations << ChangeCommand::Change<Valuation> {std::nullopt, v};
    m_stack->push(cmd);
    return true;
}

QString Editor::duplicateDeal(const QString &id)
{
    const Deal *old = m_document->deal(id);
    if (!old)
        return {};
    Deal copy = *old;
    copy.id = m_document->nextDealId();
    auto *cmd
        = new ChangeCommand(m_document, tr("Duplicate deal %1 → %2").arg(companyName(copy.from), companyName(copy.to)));
    cmd->deals << ChangeCommand::Change<Deal> {std::nullopt, copy};
    m_stack->push(cmd);
    return copy.id;
}

bool Editor::removeDeal(const QString &id)
{
    const Deal *old = m_document->deal(id);
    if (!old)
        return false;
    auto *cmd
        = new ChangeCommand(m_document, tr("Delete deal %1 → %2").arg(companyName(old->from), companyName(old->to)));
    cmd->deals << ChangeCommand::Change<Deal> {*old, std::nullopt};
    dropReferences(cmd, {id});
    m_stack->push(cmd);
    return true;
}

// Deals that name a removed deal in their relations lose that relation in the same step.
void Editor::dropReferences(ChangeCommand *cmd, const QSet<QString> &removedIds) const
{
    for (const Deal *d : m_document->graph().deals()) {
        if (!d->hasRelations() || removedIds.contains(d->id))
            continue;
        Deal copy = *d;
        for (DealRelation r : enumValues<DealRelation>()) {
            copy.related(r).removeIf([&](const QString &other) { return removedIds.contains(other); });
        }
        if (copy != *d)
            cmd->deals << ChangeCommand::Change<Deal> {*d, copy};
    }
}

bool Editor::relationsAreValid(const Deal &deal) const
{
    if (!deal.hasRelations())
        return true;
    QHash<QString, const Deal *> byId;
    for (const Deal *d : m_document->graph().deals())
        byId.insert(d->id, d);
    return DealRelations::problemsOf(deal, byId).isEmpty();
}

bool Editor::addValuation(const Valuation &valuation)
{
    if (valuation.id.isEmpty() || m_document->valuation(valuation.id) || !m_document->company(valuation.company))
        return false;
    auto *cmd = new ChangeCommand(m_document, tr("Add valuation of %1").arg(companyName(valuation.company)));
    cmd->valuations << ChangeCommand::Change<Valuation> {std::nullopt, valuation};
    m_stack->push(cmd);
    return true;
}

bool Editor::updateValuation(const Valuation &valuation)
{
    const Valuation *old = m_document->valuation(valuation.id);
    if (!old || !m_document->company(valuation.company))
        return false;
    if (*old == valuation)
        return true;
    auto *cmd = new ChangeCommand(m_document, tr("Edit valuation of %1").arg(companyName(valuation.company)));
    cmd->valuations << ChangeCommand::Change<Valuation> {*old, valuation};
    m_stack->push(cmd);
    return true;
}

bool Editor::removeValuation(const QString &id)
{
    const Valuation *old = m_document->valuation(id);
    if (!old)
        return false;
    auto *cmd = new ChangeCommand(m_document, tr("Delete valuation of %1").arg(companyName(old->company)));
    cmd->valuations << ChangeCommand::Change<Valuation> {*old, std::nullopt};
    m_stack->push(cmd);
    return true;
}

void Editor::moveCompanies(const QHash<QString, std::optional<QPointF>> &positions, int dragId, const QString &text)
{
    auto *cmd = new ChangeCommand(
        m_document, text.isEmpty() ? tr("Move %n company(s)", nullptr, int(positions.size())) : text, dragId);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Company *old = m_document->company(it.key());
        if (!old || old->position == it.value())
            continue;
        Company moved = *old;
        moved.position = it.value();
        cmd->companies << ChangeCommand::Change<Company> {*old, moved};
    }
    if (cmd->companies.isEmpty()) {
        delete cmd;
        return;
    }
    m_stack->push(cmd);
}
