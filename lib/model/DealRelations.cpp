#include "model/DealRelations.h"

#include <QCoreApplication>

#include <algorithm>

namespace DealRelations {
namespace {
class DealRelationMessages
{
    Q_DECLARE_TR_FUNCTIONS(DealRelationMessages)
};

// True when following relations from `start` (supersedes, part of, overlaps, as stored) comes
// back to `target`. `find` looks a deal up by id.
template<typename Find> bool reaches(const QString &start, const QString &target, Find find)
{
    QSet<QString> seen;
    QList<QString> todo {start};
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (id == target)
            return true;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (const Deal *d = find(id)) {
            for (DealRelation r : enumValues<DealRelation>())
                todo << d->related(r);
        }
    }
    return false;
}
} // namespace

QHash<QString, Status> uncounted(const QList<const Deal *> &deals)
{
    // Most documents have no relations at all: then no set of every id (a second at a million).
    if (std::none_of(deals.cbegin(), deals.cend(), [](const Deal *d) { return d->hasRelations(); }))
        return {};
    QSet<QString> ids;
    ids.reserve(deals.size());
    for (const Deal *d : deals)
        ids.insert(d->id);
    return uncounted(deals, [&ids](const QString &id) { return ids.contains(id); });
}

QHash<QString, Status> uncounted(const QList<Deal> &deals)
{
    QList<const Deal *> pointers;
    pointers.reserve(deals.size());
    for (const Deal &d : deals)
        pointers << &d;
    return uncounted(pointers);
}

QList<const Deal *> counted(const QList<const Deal *> &deals)
{
    const QHash<QString, Status> left = uncounted(deals);
    if (left.isEmpty())
        return deals;
    QList<const Deal *> result;
    for (const Deal *d : deals) {
        if (!left.contains(d->id))
            result << d;
    }
    return result;
}

QList<RelationProblem> problemsOf(const Deal &deal, const QHash<QString, const Deal *> &dealsById)
{
    using M = DealRelationMessages;
    QList<RelationProblem> result;
    // The deal as it would be, with its relations, among the others.
    auto find = [&](const QString &id) { return id == deal.id ? &deal : dealsById.value(id); };
    for (DealRelation relation : enumValues<DealRelation>()) {
        const QStringList &ids = deal.related(relation);
        for (int i = 0; i < ids.size(); ++i) {
            const QString &other = ids.at(i);
            const QString name = enumDisplayName(relation);
            if (other == deal.id) {
                result << RelationProblem {
                    relation, i, M::tr("a deal cannot be related to itself (%1 %2)").arg(name, other)};
                continue;
            }
            const Deal *target = dealsById.value(other);
            if (!target) {
                result << RelationProblem {relation, i, M::tr("unknown deal \"%1\" (%2)").arg(other, name)};
                continue;
            }
            if (ids.indexOf(other) < i) {
                result << RelationProblem {relation, i, M::tr("deal %1 is named twice (%2)").arg(other, name)};
                continue;
            }
            if (reaches(other, deal.id, find)) {
                result << RelationProblem {relation, i,
                    M::tr("%1 %2 %3 makes a circle: %3 already leads back to %1").arg(deal.id, name, other)};
                continue;
            }
            if (relation == DealRelation::PartOf && deal.amount && target->amount && *deal.amount > *target->amount) {
                result << RelationProblem {relation, i,
                    M::tr("a part cannot be larger than its whole: %1 is larger than %2").arg(deal.id, other)};
            }
        }
    }
    return result;
}

QList<Deal> withoutReferencesTo(const QList<Deal> &deals, const QString &id)
{
    QList<Deal> changed;
    for (const Deal &d : deals) {
        Deal copy = d;
        bool any = false;
        for (DealRelation r : enumValues<DealRelation>())
            any = copy.related(r).removeAll(id) > 0 || any;
        if (any)
            changed << copy;
    }
    return changed;
}

} // namespace DealRelations
