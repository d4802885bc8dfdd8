#pragma once

#include "model/Entities.h"

#include <QHash>
#include <QSet>

// How deals' money relates, so that every total counts each dollar once.
//
// A deal may *supersede* others (Nvidia's $30bn stake replaced its unsigned "up to $100bn"
// letter), be *part of* others (Microsoft's pledge is inside Anthropic's Series G) or *overlap*
// them (it may be inside, the split is unknown). The relations are stored on the deal that
// supersedes, or that is the part. Within any set of deals a total is taken over — a view, a
// company's deals, a date range — a deal is left out of the sums when a deal of the same set
// supersedes it or contains it (part of, overlaps). Outside that set it counts: as of 2025,
// before the stake existed, the letter was what there was.
namespace DealRelations {

struct Status
{
    QString supersededBy; // the id of a deal in the set that supersedes this one
    QString countedIn; // the id of a deal in the set whose money includes this one's
    bool isCounted() const { return supersededBy.isEmpty() && countedIn.isEmpty(); }
};

// The deals of the set whose money is not counted, with the reason; deals that count are absent.
// `contains` says whether a deal id belongs to the set.
template<typename Deals, typename Contains> QHash<QString, Status> uncounted(const Deals &deals, Contains contains)
{
    QHash<QString, Status> result;
    for (const auto &item : deals) {
        const Deal &d = *item;
        for (const QString &old : d.supersedes) {
            if (old != d.id && contains(old))
                result[old].supersededBy = d.id;
        }
        for (const QStringList *wholes : {&d.partOf, &d.overlaps}) {
            for (const QString &whole : *wholes) {
                if (whole != d.id && contains(whole)) {
                    result[d.id].countedIn = whole;
                    break;
                }
            }
        }
    }
    return result;
}

// The same for a list of deals, which is the set.
QHash<QString, Status> uncounted(const QList<const Deal *> &deals);
QHash<QString, Status> uncounted(const QList<Deal> &deals);
// The deals of the list whose money counts.
QList<const Deal *> counted(const QList<const Deal *> &deals);

// What is wrong with a deal's relations, given the document's other deals: a relation to an
// unknown deal or to itself, a cycle of relations, a part larger than its whole. Each problem
// names the relation and the other deal's id. Empty when all is well.
struct RelationProblem
{
    DealRelation relation;
    int index = 0; // position in the deal's list of that relation
    QString message;
};
QList<RelationProblem> problemsOf(const Deal &deal, const QHash<QString, const Deal *> &dealsById);

// Removes references to the deal with the id from the others; returns the deals changed.
QList<Deal> withoutReferencesTo(const QList<Deal> &deals, const QString &id);

} // namespace DealRelations
