#pragma once

#include "document/DocumentData.h"
#include "document/NaturalOrder.h"
#include "graph/DealGraph.h"
#include "model/Sources.h"

#include <QHash>
#include <QObject>

#include <functional>

// The open document: the deal graph plus valuations. It is the one change notifier every view
// subscribes to; its signals carry the id of what changed. Edits go through the undo facade
// (app code never calls the mutators directly once undo exists), which keeps them reversible.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const DealGraph &graph() const { return m_graph; }
    const QList<Valuation> &valuations() const { return m_valuations; }
    const Valuation *valuation(const QString &id) const;
    QList<const Valuation *> valuationsOf(const QString &companyId) const;
    const Company *company(const QString &id) const { return m_graph.company(id); }
    const Deal *deal(const QString &id) const { return m_graph.deal(id); }
    QString title() const { return m_title; }
    // The document's aliases, which the import uses beside the built-in ones; emits changed().
    const QList<CompanyAlias> &aliases() const { return m_aliases; }
    void setAliases(const QList<CompanyAlias> &aliases);
    // The document's ratings of publisher domains, and the tiers they give with the built-in
    // table; setting them emits changed().
    const QList<SourceTierRule> &sourceTiers() const { return m_sourceTiers; }
    void setSourceTiers(const QList<SourceTierRule> &rules);
    const Sources::TierTable &tiers() const { return m_tierTable; }
    // How far the data reaches, when the document says so.
    FuzzyDate dataThrough() const { return m_dataThrough; }

    // Replaces everything; emits reset(). Data must be valid (the loaders check it).
    void setData(const DocumentData &data);
    // Everything, in the stable order files are written in (ids in natural order).
    DocumentData data() const;

    bool addCompany(const Company &company);
    bool updateCompany(const Company &company);
    bool removeCompany(const QString &id); // fails while the company has deals or valuations
    // Saved layout positions only (nullopt clears one); emits positionsChanged, not companyChanged.
    void setPositions(const QHash<QString, std::optional<QPointF>> &positions);
    bool addDeal(const Deal &deal);
    bool updateDeal(const Deal &deal);
    bool removeDeal(const QString &id);
    bool addValuation(const Valuation &valuation);
    bool updateValuation(const Valuation &valuation);
    bool removeValuation(const QString &id);

    // Fresh ids in the style of the bundled data ("D081", "V017", a slug of the name).
    QString nextDealId() const;
    QString nextValuationId() const;
    QString companyIdFor(const QString &name) const;

Q_SIGNALS:
    // After any change at all, for views that simply redraw (and the window's "modified").
    void changed();
    // After any change but one of saved positions only (a drag, an arrangement): for what depends
    // on the companies, deals and valuations and not on where companies stand (analysis, overview,
    // tables, the flow diagram), so that dragging a company recomputes none of it. Comes just
    // before changed().
    void contentChanged();
    void aboutToReset();
    void reset();
    void companyAdded(const QString &id);
    void companyChanged(const QString &id);
    void positionsChanged(const QStringList &ids);
    void companyAboutToBeRemoved(const QString &id);
    void companyRemoved(const QString &id);
    void dealAdded(const QString &id);
    void dealChanged(const QString &id);
    void dealAboutToBeRemoved(const QString &id);
    void dealRemoved(const QString &id);
    void valuationAdded(const QString &id);
    void valuationChanged(const QString &id);
    void valuationAboutToBeRemoved(const QString &id);
    void valuationRemoved(const QString &id);

private:
    DealGraph m_graph;
    QList<Valuation> m_valuations;
    QList<CompanyAlias> m_aliases;
    QList<SourceTierRule> m_sourceTiers;
    Sources::TierTable m_tierTable;
    FuzzyDate m_dataThrough;
    QString m_title;
    mutable QHash<QString, int> m_nextIdSuffix; // see freeId()
};

// A lower-case ASCII slug of a name ("Alphabet (Google)" -> "alphabet-google").
QString slugify(const QString &name);
// The first of "base", "base-2", "base-3", … that is not taken. The count for each base resumes
// where it stopped last time (nextSuffix), so that many names with one slug (names in scripts
// without ASCII letters all become "company") take constant time each, not time growing with
// their number.
QString freeId(const QString &base, const std::function<bool(const QString &)> &taken, QHash<QString, int> &nextSuffix);
