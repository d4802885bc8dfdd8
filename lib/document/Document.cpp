#include "document/Document.h"

#include <algorithm>

Document::Document(QObject *parent)
    : QObject(parent)
{
}

const Valuation *Document::valuation(const QString &id) const
{
    const auto it
        = std::find_if(m_valuations.cbegin(), m_valuations.cend(), [&id](const Valuation &v) { return v.id == id; });
    return it == m_valuations.cend() ? nullptr : &*it;
}

QList<const Valuation *> Document::valuationsOf(const QString &companyId) const
{
    QList<const Valuation *> result;
    for (const Valuation &v : m_valuations) {
        if (v.company == companyId)
            result << &v;
    }
    std::sort(result.begin(), result.end(), [](const Valuation *a, const Valuation *b) { return a->date < b->date; });
    return result;
}

void Document::setData(const DocumentData &data)
{
    Q_EMIT aboutToReset();
    m_graph.clear();
    m_graph.reserve(int(data.companies.size()), int(data.deals.size()));
    m_title = data.title;
    for (const Company &c : data.companies)
        m_graph.addCompany(c);
    for (const Deal &d : data.deals)
        m_graph.addDeal(d);
    m_valuations = data.valuations;
    m_aliases = data.aliases;
    m_sourceTiers = data.sourceTiers;
    m_tierTable = Sources::TierTable(m_sourceTiers);
    m_dataThrough = data.dataThrough;
    Q_EMIT reset();
    Q_EMIT contentChanged();
    Q_EMIT changed();
}

DocumentData Document::data() const
{
    DocumentData result;
    result.title = m_title;
    for (const Company *c : m_graph.companies())
        result.companies << *c;
    for (const Deal *d : m_graph.deals())
        result.deals << *d;
    result.valuations = m_valuations;
    result.aliases = m_aliases;
    result.sourceTiers = m_sourceTiers;
    result.dataThrough = m_dataThrough;
    const auto idOf = [](const auto &item) -> const QString & { return item.id; };
    sortByNaturalId(result.companies, idOf);
    sortByNaturalId(result.deals, idOf);
    sortByNaturalId(result.valuations, idOf);
    return result;
}

void Document::setAliases(const QList<CompanyAlias> &aliases)
{
    if (aliases == m_aliases)
        return;
    m_aliases = aliases;
    Q_EMIT contentChanged();
    Q_EMIT changed();
}

void Document::setSourceTiers(const QList<SourceTierRule> &rules)
{
    if (rules == m_sourceTiers)
        return;
    m_sourceTiers = rules;
    m_tierTable = Sources::TierTable(m_sourceTiers);
    Q_EMIT contentChanged();
    Q_EMIT changed();
}

bool Document::addCompany(const Company &company)
{
    if (!m_graph.addCompany(company))
        return false;
    Q_EMIT companyAdded(company.id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

bool Document::updateCompany(const Company &company)
{
    if (!m_graph.updateCompany(company))
        return false;
    Q_EMIT companyChanged(company.id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

void Document::setPositions(const QHash<QString, std::optional<QPointF>> &positions)
{
    QStringList moved;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Company *old = m_graph.company(it.key());
        if (!old || old->position == it.value())
            continue;
        Company c = *old;
        c.position = it.value();
        m_graph.updateCompany(c);
        moved << it.key();
    }
    if (moved.isEmpty())
        return;
    Q_EMIT positionsChanged(moved);
    Q_EMIT changed();
}

bool Document::removeCompany(const QString &id)
{
    if (!m_graph.company(id) || !m_graph.dealsOut(id).isEmpty() || !m_graph.dealsIn(id).isEmpty()
        || !valuationsOf(id).isEmpty())
        return false;
    Q_EMIT companyAboutToBeRemoved(id);
    m_graph.removeCompany(id);
    Q_EMIT companyRemoved(id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

bool Document::addDeal(const Deal &deal)
{
    if (!m_graph.addDeal(deal))
        return false;
    Q_EMIT dealAdded(deal.id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

bool Document::updateDeal(const Deal &deal)
{
    if (!m_graph.updateDeal(deal))
        return false;
    Q_EMIT dealChanged(deal.id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

bool Document::removeDeal(const QString &id)
{
    if (!m_graph.deal(id))
        return false;
    Q_EMIT dealAboutToBeRemoved(id);
    m_graph.removeDeal(id);
    Q_EMIT dealRemoved(id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

bool Document::addValuation(const Valuation &valuation)
{
    if (valuation.id.isEmpty() || this->valuation(valuation.id) || !m_graph.company(valuation.company))
        return false;
    m_valuations << valuation;
    Q_EMIT valuationAdded(valuation.id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

bool Document::updateValuation(const Valuation &valuation)
{
    if (!m_graph.company(valuation.company))
        return false;
    for (Valuation &v : m_valuations) {
        if (v.id == valuation.id) {
            v = valuation;
            Q_EMIT valuationChanged(valuation.id);
            Q_EMIT contentChanged();
            Q_EMIT changed();
            return true;
        }
    }
    return false;
}

bool Document::removeValuation(const QString &id)
{
    const auto it
        = std::find_if(m_valuations.begin(), m_valuations.end(), [&id](const Valuation &v) { return v.id == id; });
    if (it == m_valuations.end())
        return false;
    Q_EMIT valuationAboutToBeRemoved(id);
    m_valuations.erase(it);
    Q_EMIT valuationRemoved(id);
    Q_EMIT contentChanged();
    Q_EMIT changed();
    return true;
}

namespace {
QString nextNumberedId(const QStringList &ids, QChar prefix)
{
    int highest = 0;
    for (const QString &id : ids) {
        if (id.startsWith(prefix)) {
            bool ok = false;
            const int n = QStringView(id).mid(1).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QChar(u'0'));
}
} // namespace

QString Document::nextDealId() const
{
    QStringList ids;
    for (const Deal *d : m_graph.deals())
        ids << d->id;
    return nextNumberedId(ids, u'D');
}

QString Document::nextValuationId() const
{
    QStringList ids;
    for (const Valuation &v : m_valuations)
        ids << v.id;
    return nextNumberedId(ids, u'V');
}

QString Document::companyIdFor(const QString &name) const
{
    return freeId(
        slugify(name), [this](const QString &id) { return m_graph.company(id) != nullptr; }, m_nextIdSuffix);
}

QString freeId(const QString &base, const std::function<bool(const QString &)> &taken, QHash<QString, int> &nextSuffix)
{
    if (!taken(base))
        return base;
    int &n = nextSuffix[base];
    n = std::max(n, 2);
    QString id = base + u'-' + QString::number(n);
    while (taken(id))
        id = base + u'-' + QString::number(++n);
    return id; // n stays: the next call starts here, and finds this id taken once it is used
}

QString slugify(const QString &name)
{
    QString slug;
    bool dash = false;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c.toLower();
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    return slug.isEmpty() ? QStringLiteral("company") : slug;
}
