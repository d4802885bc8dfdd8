#pragma once

#include "model/Entities.h"

#include <QUndoCommand>

class Document;

// One undoable step: a set of entity changes, each from a state before to a state after
// (nullopt = absent). Redo and undo apply them in an order that keeps the graph consistent:
// deals and valuations leave before their companies, companies arrive before their deals.
class ChangeCommand : public QUndoCommand
{
public:
    template<typename T> struct Change
    {
        std::optional<T> before;
        std::optional<T> after;
    };

    ChangeCommand(Document *document, const QString &text, int mergeId = 0);

    QList<Change<Company>> companies;
    QList<Change<Deal>> deals;
    QList<Change<Valuation>> valuations;

    void redo() override { apply(true); }
    void undo() override { apply(false); }
    int id() const override { return m_mergeId ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(bool forward);

    Document *m_document;
    int m_mergeId;
};
