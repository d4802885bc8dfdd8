#pragma once

#include "model/Entities.h"

// What CapFlow knows about the pages figures rest on: the publisher a URL belongs to, how far it
// can be trusted (its tier), whether its title is a real headline, and whether the sources of a
// figure disagree about it.
namespace Sources {

// The publisher's domain of a URL: its host in lower case without "www.", "amp." or "m.";
// empty when the URL has no host.
QString domainOf(const QString &url);
// The publisher's name for a known domain ("Financial Times" for ft.com), else the domain itself.
QString publisherOf(const QString &url);

// True for titles that are not the page's headline: empty, CapFlow's bracketed descriptions
// ("[descriptive; …] …") and the seed article's placeholder ("seed article (German news, …)").
bool hasPlaceholderTitle(const Source &source);
// The title to print as the page's headline, or empty when the page has no usable title.
QString citableTitle(const Source &source);

// The built-in table of domains with their tier and publisher name.
struct KnownDomain
{
    const char *domain;
    SourceTier tier;
    const char *publisher;
};
const QList<KnownDomain> &knownDomains();

// Tiers by domain: the document's own ratings first, then the built-in table. A rule for
// "reuters.com" also rates "uk.reuters.com". A source's own rating wins over both.
class TierTable
{
public:
    TierTable() = default;
    explicit TierTable(const QList<SourceTierRule> &documentRules);

    SourceTier tierOfDomain(const QString &domain) const;
    SourceTier tierOf(const Source &source) const;
    // True when a source of the figure is a primary source or a news outlet.
    bool isBackedByReputableSource(const QList<Source> &sources) const;
    // The sources ordered by tier (primary first), otherwise in their order.
    QList<Source> byTier(const QList<Source> &sources) const;

private:
    QHash<QString, SourceTier> m_rules;
};

// True when the sources report different figures: a claimed amount that differs from the
// figure chosen or from another source's claim.
bool disagree(const std::optional<Money> &chosen, const QList<Source> &sources);

} // namespace Sources
