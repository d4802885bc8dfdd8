#include "editing/ChangeCommand.h"

#include "document/Document.h"

ChangeCommand::ChangeCommand(Document *document, const QString &text, int mergeId)
    : QUndoCommand(text)
    , m_document(document)
    , m_mergeId(mergeId)
{
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    if (!m_mergeId || next->m_mergeId != m_mergeId || !next->deals.isEmpty() || !next->valuations.isEmpty())
        return false;
    for (const Change<Company> &change : next->companies) {
        auto it = std::find_if(companies.begin(), companies.end(), [&change](const Change<Company> &mine) {
            return mine.after && change.before && mine.after->id == change.before->id;
        });
        if (it != companies.end())
            it->after = change.after; // keep our before, take their latest after
        else
            companies << change;
    }
    return true;
}

namespace {
template<typename T, typename AddFn, typename UpdateFn, typename RemoveFn>
void applyOne(const std::optional<T> &from, const std::optional<T> &to, AddFn add, UpdateFn update, RemoveFn remove)
{
    if (!from && to)
        add(*to);
    else if (from && to)
        update(*to);
    else if (from && !to)
        remove(from->id);
}
} // namespace

void ChangeCommand::apply(bool forward)
{
    Document *doc = m_document;
    auto from = [forward](const auto &change) { return forward ? change.before : change.after; };
    auto to = [forward](const auto &change) { return forward ? change.after : change.before; };
    auto removesEntity = [&](const auto &change) { return from(change) && !to(change); };

    auto applyDeals = [&](bool removals) {
        for (const auto &change : deals) {
            if (removesEntity(change) == removals)
                applyOne<Deal>(
                    from(change), to(change), [doc](const Deal &d) { doc->addDeal(d); },
                    [doc](const Deal &d) { doc->updateDeal(d); }, [doc](const QString &id) { doc->removeDeal(id); });
        }
        for (const auto &change : valuations) {
            if (removesEntity(change) == removals)
                applyOne<Valuation>(
                    from(change), to(change), [doc](const Valuation &v) { doc->addValuation(v); },
                    [doc](const Valuation &v) { doc->updateValuation(v); },
                    [doc](const QString &id) { doc->removeValuation(id); });
        }
    };
    auto applyCompanies = [&](bool removals) {
        QHash<QString, std::optional<QPointF>> moves;
        for (const auto &change : companies) {
            if (removesEntity(change) != removals)
                continue;
            const auto a = from(change);
            const auto b = to(change);
            if (a && b && a->position != b->position && [&] {
                    Company withOldPosition = *b;
                    withOldPosition.position = a->position;
                    return withOldPosition == *a;
                }()) {
                moves.insert(b->id, b->position); // only the position changed
                continue;
            }
            applyOne<Company>(
                a, b, [doc](const Company &c) { doc->addCompany(c); },
                [doc](const Company &c) { doc->updateCompany(c); },
                [doc](const QString &id) { doc->removeCompany(id); });
        }
        if (!moves.isEmpty())
            doc->setPositions(moves);
    };

    applyDeals(true);
    applyCompanies(false);
    applyDeals(false);
    applyCompanies(true);
}
