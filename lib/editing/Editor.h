#pragma once

#include "model/Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class ChangeCommand;
class Document;
class QUndoStack;

// The undo facade: every edit of a document goes through these plain functions, which push one
// undoable step each. Widgets never construct QUndoCommands. The Document outlives the stack's
// commands only as long as both belong to the same window; the Editor owns neither.
class Editor
{
    Q_DECLARE_TR_FUNCTIONS(Editor)
public:
    Editor(Document *document, QUndoStack *stack);

    Document *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_stack; }

    // Each returns false, pushing nothing, when the edit is invalid (unknown or clashing ids).
    bool addCompany(const Company &company);
    bool updateCompany(const Company &company);
    // Removes the company with all its deals and valuations, as one step.
    bool removeCompany(const QString &id);
    bool addDeal(const Deal &deal);
    // Adds a deal together with companies it names that are new, as one step.
    bool addDealWithCompanies(const Deal &deal, const QList<Company> &newCompanies);
    bool updateDeal(const Deal &deal);
    // Changes a deal so that it names companies that are new, adding them in the same step.
    bool updateDealWithCompanies(const Deal &deal, const QList<Company> &newCompanies);
    // Copies a deal under a fresh id; returns the new id, or an empty string for an unknown deal.
    QString duplicateDeal(const QString &id);
    // Replaces the document's aliases, as one undo step.
    void setAliases(const QList<CompanyAlias> &aliases);
    // Replaces the document's ratings of publisher domains, as one undo step.
    void setSourceTiers(const QList<SourceTierRule> &rules);
    // An import as one undo step: new companies, new deals and deals replaced by imported
    // figures (same ids). False, and nothing changes, when an id is taken or unknown.
    bool importDeals(const QList<Company> &newCompanies, const QList<Deal> &newDeals, const QList<Deal> &replacedDeals,
        const QString &fileName);
    // New companies, deals and valuations as one undo step (deals proposed from an article).
    // False, and nothing changes, when an id is taken or a reference unknown.
    bool addEntities(const QList<Company> &companies, const QList<Deal> &deals, const QList<Valuation> &valuations,
        const QString &text);
    bool removeDeal(const QString &id);
    bool addValuation(const Valuation &valuation);
    bool updateValuation(const Valuation &valuation);
    bool removeValuation(const QString &id);

    // Moves companies (nullopt clears a saved position). Steps with the same non-zero dragId
    // merge into one undo step, so a whole mouse drag undoes at once.
    void moveCompanies(
        const QHash<QString, std::optional<QPointF>> &positions, int dragId = 0, const QString &text = QString());
    // A fresh id for moveCompanies() drags.
    int newDragId() { return ++m_lastDragId; }

private:
    QString companyName(const QString &id) const;
    bool pushDealWithCompanies(const Deal *old, const Deal &deal, const QList<Company> &newCompanies);
    void dropReferences(ChangeCommand *cmd, const QSet<QString> &removedIds) const;
    bool relationsAreValid(const Deal &deal) const;
    bool entitiesAreValid(
        const QList<Company> &newCompanies, const QList<Deal> &newDeals, const QList<Deal> &replacedDeals) const;

    Document *m_document;
    QUndoStack *m_stack;
    int m_lastDragId = 0;
};
