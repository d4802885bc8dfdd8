#include "model/Sources.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

namespace Sources {

namespace {
// Domains rated in the 2026 update's source table (resources/dataset/source/source-tiers.csv),
// plus the companies' own sites as primary sources.
const QList<KnownDomain> table {
#include "model/SourceTiers.inc"
    {"anthropic.com", SourceTier::Primary, "Anthropic"},
    {"openai.com", SourceTier::Primary, "OpenAI"},
    {"nvidia.com", SourceTier::Primary, "Nvidia"},
    {"microsoft.com", SourceTier::Primary, "Microsoft"},
    {"aboutamazon.com", SourceTier::Primary, "Amazon"},
    {"blog.google", SourceTier::Primary, "Google"},
    {"x.ai", SourceTier::Primary, "xAI"},
    {"sec.gov", SourceTier::Primary, "U.S. SEC"},
};

const QHash<QString, const KnownDomain *> &byDomain()
{
    static const QHash<QString, const KnownDomain *> index = [] {
        QHash<QString, const KnownDomain *> result;
        for (const KnownDomain &d : table)
            result.insert(QString::fromUtf8(d.domain), &d);
        return result;
    }();
    return index;
}

// The entry for a domain or the nearest parent domain that has one.
template<typename Lookup> auto findFor(QString domain, Lookup lookup) -> decltype(lookup(domain))
{
    while (!domain.isEmpty()) {
        if (auto found = lookup(domain))
            return found;
        const qsizetype dot = domain.indexOf(u'.');
        if (dot < 0)
            break;
        domain = domain.mid(dot + 1);
    }
    return {};
}
} // namespace

const QList<KnownDomain> &knownDomains()
{
    return table;
}

QString domainOf(const QString &url)
{
    QString host = QUrl(url.trimmed()).host().toLower();
    if (host.endsWith(u'.')) // the fully qualified form, "markets.businessinsider.com."
        host.chop(1);
    for (const QString &prefix : {QStringLiteral("www."), QStringLiteral("amp."), QStringLiteral("m.")}) {
        if (host.startsWith(prefix) && host.count(u'.') > 1)
            host = host.mid(prefix.size());
    }
    return host;
}

QString publisherOf(const QString &url)
{
    const QString domain = domainOf(url);
    const KnownDomain *known = findFor(domain, [](const QString &d) { return byDomain().value(d); });
    return known ? QString::fromUtf8(known->publisher) : domain;
}

bool hasPlaceholderTitle(const Source &source)
{
    const QString title = source.title.trimmed();
    return title.isEmpty() || title.startsWith(QStringLiteral("[descriptive"))
        || title.startsWith(QStringLiteral("seed article"));
}

QString citableTitle(const Source &source)
{
    return hasPlaceholderTitle(source) ? QString() : source.title.trimmed();
}

TierTable::TierTable(const QList<SourceTierRule> &documentRules)
{
    for (const SourceTierRule &rule : documentRules)
        m_rules.insert(rule.domain.trimmed().toLower(), rule.tier);
}

SourceTier TierTable::tierOfDomain(const QString &domain) const
{
    const auto rule = findFor(domain, [this](const QString &d) -> std::optional<SourceTier> {
        if (const auto it = m_rules.constFind(d); it != m_rules.cend())
            return *it;
        if (const KnownDomain *known = byDomain().value(d))
            return known->tier;
        return std::nullopt;
    });
    return rule.value_or(SourceTier::Unrated);
}

SourceTier TierTable::tierOf(const Source &source) const
{
    return source.tier ? *source.tier : tierOfDomain(domainOf(source.url));
}

bool TierTable::isBackedByReputableSource(const QList<Source> &sources) const
{
    return std::any_of(sources.cbegin(), sources.cend(), [this](const Source &s) {
        const SourceTier tier = tierOf(s);
        return tier == SourceTier::Primary || tier == SourceTier::NewsOutlet;
    });
}

QList<Source> TierTable::byTier(const QList<Source> &sources) const
{
    QList<Source> result = sources;
    std::stable_sort(result.begin(), result.end(),
        [this](const Source &a, const Source &b) { return int(tierOf(a)) < int(tierOf(b)); });
    return result;
}

bool disagree(const std::optional<Money> &chosen, const QList<Source> &sources)
{
    std::optional<Money> first = chosen;
    for (const Source &s : sources) {
        if (!s.claimedAmount)
            continue;
        if (!first)
            first = s.claimedAmount;
        else if (*first != *s.claimedAmount)
            return true;
    }
    return false;
}

} // namespace Sources
