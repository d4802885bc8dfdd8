#include "import/DealMerge.h"

#include "document/Document.h"

#include <QSet>
#include <QTranslator>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

namespace DealMerge {
namespace {

// A note in both languages, whatever language the program runs in: each from its own translator.
BilingualText bilingual(const char *source, const QString &argument)
{
    static const struct Translators
    {
        QTranslator en;
        QTranslator de;
        Translators()
        {
            (void)en.load(QStringLiteral("capflow_en"), QStringLiteral(":/i18n"));
            (void)de.load(QStringLiteral("capflow_de"), QStringLiteral(":/i18n"));
        }
    } translators;
    auto in = [&](const QTranslator &translator) {
        const QString translated = translator.translate("DealMerge", source);
        return (translated.isEmpty() ? QString::fromUtf8(source) : translated).arg(argument);
    };
    return {in(translators.en), in(translators.de)};
}

const QSet<QString> &legalForms()
{
    static const QSet<QString> forms = [] {
        QSet<QString> set;
        for (const char *form : {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
                 "llp", "lp", "plc", "pbc", "gmbh", "ag", "kg", "kgaa", "se", "sa", "sas", "sarl", "srl", "spa", "nv",
                 "bv", "ab", "oy", "oyj", "asa", "pte", "pty", "kk", "holding", "holdings"})
            set.insert(QString::fromLatin1(form));
        return set;
    }();
    return forms;
}

// Letters NFKD leaves alone but a reader takes for plain ones (after case folding).
QString plainLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x1E9E: return QStringLiteral("ss"); // ẞ
    case 0x00F8: return QStringLiteral("o"); // ø
    case 0x00E6: return QStringLiteral("ae"); // æ
    case 0x0153: return QStringLiteral("oe"); // œ
    case 0x0142: return QStringLiteral("l"); // ł
    case 0x0111: return QStringLiteral("d"); // đ
    case 0x00F0: return QStringLiteral("d"); // ð
    case 0x00FE: return QStringLiteral("th"); // þ
    case 0x0131: return QStringLiteral("i"); // ı
    case 0x0127: return QStringLiteral("h"); // ħ
    default: return QString(c);
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'`' || c == u'\u00B4';
}

// "s.a", "l.l.c", "s.p.a": single letters each followed by a dot, at least two letters (the last dot
// was trimmed with the rest of the punctuation around the word).
bool isDottedInitialism(QStringView word)
{
    if (word.size() < 3 || word.size() % 2 == 0)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (i % 2 == 0 ? !word[i].isLetter() : word[i] != u'.')
            return false;
    }
    return true;
}

struct DealKey
{
    QString from;
    QString to;
    DealKind kind;
    bool operator==(const DealKey &) const = default;
};

size_t qHash(const DealKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.from, key.to, int(key.kind));
}

DealKey keyOf(const Deal &d)
{
    return {d.from, d.to, d.kind};
}

// A deal's period as Julian days, both ends included. Invalid dates meet only each other.
struct Period
{
    qint64 start = 0;
    qint64 end = 0;
};

constexpr qint64 kInvalidDay = std::numeric_limits<qint64>::min() / 4;

Period periodOf(const FuzzyDate &date)
{
    if (!date.isValid())
        return {kInvalidDay, kInvalidDay};
    return {date.periodStart().toJulianDay(), date.periodEnd().toJulianDay()};
}

// 0 when the periods overlap, else the days from the end of the earlier to the start of the later.
qint64 gapBetween(Period a, Period b)
{
    return std::max<qint64>({0, a.start - b.end, b.start - a.end});
}

struct Entry
{
    qint64 start;
    qint64 end;
    int index;
};

// Existing deals: sorted by start within each (from, to, kind).
class ExistingIndex
{
public:
    explicit ExistingIndex(const QList<Deal> &deals)
    {
        for (int i = 0; i < deals.size(); ++i) {
            const Period p = periodOf(deals.at(i).date);
            m_longest = std::max(m_longest, p.end - p.start);
            m_groups[keyOf(deals.at(i))].push_back({p.start, p.end, i});
        }
        for (auto it = m_groups.begin(); it != m_groups.end(); ++it)
            std::stable_sort(it->begin(), it->end(), [](const Entry &a, const Entry &b) { return a.start < b.start; });
    }
    // Calls f(entry) for the entries whose periods can be at most `slack` days from p, by start;
    // stops when f returns false.
    template<typename F> void near(const DealKey &key, Period p, qint64 slack, F f) const
    {
        const auto group = m_groups.constFind(key);
        if (group == m_groups.cend())
            return;
        const qint64 low = p.start - slack - m_longest;
        const qint64 high = p.end + slack;
        auto it = std::lower_bound(
            group->begin(), group->end(), low, [](const Entry &e, qint64 start) { return e.start < start; });
        for (; it != group->end() && it->start <= high; ++it) {
            if (!f(*it))
                return;
        }
    }

private:
    QHash<DealKey, std::vector<Entry>> m_groups;
    qint64 m_longest = 0;
};

// Incoming deals taken so far (new or near-duplicates), for duplicates within the import.
class IncomingIndex
{
public:
    void add(const Deal &d)
    {
        const Period p = periodOf(d.date);
        m_longest = std::max(m_longest, p.end - p.start);
        m_groups[keyOf(d)].insert({p.start, Entry {p.start, p.end, int(m_deals.size())}});
        m_deals.push_back(d);
    }
    bool hasDuplicateOf(const Deal &d) const
    {
        const auto group = m_groups.constFind(keyOf(d));
        if (group == m_groups.cend())
            return false;
        const Period p = periodOf(d.date);
        for (auto it = group->lower_bound(p.start - m_longest); it != group->end() && it->first <= p.end; ++it) {
            if (gapBetween(p, {it->second.start, it->second.end}) == 0
                && m_deals.at(it->second.index).amount == d.amount)
                return true;
        }
        return false;
    }

private:
    QHash<DealKey, std::multimap<qint64, Entry>> m_groups;
    std::vector<Deal> m_deals;
    qint64 m_longest = 0;
};

// The number of a "D<digits>" id, or -1.
qint64 dealNumber(const QString &id)
{
    if (id.size() < 2 || id.size() > 19 || id.front() != u'D')
        return -1;
    qint64 n = 0;
    for (qsizetype i = 1; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

QString numberedDealId(qint64 number)
{
    return u'D' + QStringLiteral("%1").arg(number, 3, 10, QChar(u'0'));
}

QList<Source> mergedSources(const QList<Source> &existing, const QList<Source> &incoming)
{
    QList<Source> sources = existing;
    QSet<QString> urls;
    for (const Source &s : existing)
        urls.insert(s.url);
    for (const Source &s : incoming) {
        const bool known = s.url.isEmpty() ? sources.contains(s) : urls.contains(s.url);
        if (!known) {
            sources << s;
            urls.insert(s.url);
        }
    }
    return sources;
}
} // namespace

QList<Alias> defaultAliases()
{
    static const char *const pairs[][2] = {
        {"Google", "Alphabet (Google)"},
        {"Alphabet", "Alphabet (Google)"},
        {"Google Cloud", "Alphabet (Google)"},
        {"Google DeepMind", "Alphabet (Google)"},
        {"AWS", "Amazon"},
        {"Amazon Web Services", "Amazon"},
        {"Amazon.com", "Amazon"},
        {"Advanced Micro Devices", "AMD"},
        {"Meta Platforms", "Meta"},
        {"Facebook", "Meta"},
        {"X.AI", "xAI"},
        {"Twitter", "X Corp"},
        {"Microsoft Azure", "Microsoft"},
        {"Azure", "Microsoft"},
        {"Oracle Cloud Infrastructure", "Oracle"},
        {"OCI", "Oracle"},
        {"SoftBank Group", "SoftBank"},
        {"SoftBank Vision Fund", "SoftBank"},
        {"Open AI", "OpenAI"},
        {"Mistral", "Mistral AI"},
        {"Inflection", "Inflection AI"},
        {"Character Technologies", "Character.AI"},
        {"Codeium", "Windsurf"},
        {"Nebius Group", "Nebius"},
        {"Iris Energy", "IREN"},
        {"Group 42", "G42"},
        {"Blue Owl", "Blue Owl Capital"},
        {"Space Exploration Technologies", "SpaceX"},
        {"Taiwan Semiconductor Manufacturing", "TSMC"},
    };
    QList<Alias> aliases;
    for (const auto &pair : pairs)
        aliases << Alias {QString::fromUtf8(pair[0]), QString::fromUtf8(pair[1])};
    return aliases;
}

QString nameKey(const QString &name)
{
    QString plain;
    plain.reserve(name.size());
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing || isApostrophe(c))
            continue;
        plain += plainLetter(c);
    }

    QStringList words;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= plain.size(); ++i) {
        if (i < plain.size() && !plain[i].isSpace())
            continue;
        QStringView word = QStringView(plain).sliced(begin, i - begin);
        begin = i + 1;
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word = word.sliced(1);
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        if (isDottedInitialism(word)) {
            QString joined;
            for (qsizetype j = 0; j < word.size(); j += 2)
                joined += word[j];
            words << joined;
            continue;
        }
        QString current;
        for (QChar c : word) {
            if (c.isLetterOrNumber()) {
                current += c;
            } else if (!current.isEmpty()) {
                words << current;
                current.clear();
            }
        }
        if (!current.isEmpty())
            words << current;
    }

    if (words.size() > 1 && words.front() == u"the")
        words.removeFirst();
    while (words.size() > 1 && legalForms().contains(words.back()))
        words.removeLast();
    return words.join(u' ');
}

int Plan::count() const
{
    return int(newDeals.size() + duplicates.size() + nearDuplicates.size());
}

QList<Alias> aliasesOf(const DocumentData &document)
{
    return document.aliases + defaultAliases();
}

Plan plan(const DocumentData &existing, const QList<Alias> &aliases, const DocumentData &incoming)
{
    Plan result;

    // Companies.
    QHash<QString, QString> canonical; // alias key -> key of the name it stands for
    for (const Alias &a : aliases) {
        const QString from = nameKey(a.alias);
        const QString to = nameKey(a.name);
        if (!from.isEmpty() && !to.isEmpty() && !canonical.contains(from))
            canonical.insert(from, to);
    }
    auto canonicalOf = [&](const QString &key) { return canonical.value(key, key); };

    QHash<QString, QString> existingByKey;
    QHash<QString, QString> existingByCanonical;
    QSet<QString> companyIdsTaken;
    for (const Company &c : existing.companies) {
        companyIdsTaken.insert(c.id);
        const QString key = nameKey(c.name);
        if (key.isEmpty())
            continue;
        if (!existingByKey.contains(key))
            existingByKey.insert(key, c.id);
        const QString canon = canonicalOf(key);
        if (!existingByCanonical.contains(canon))
            existingByCanonical.insert(canon, c.id);
    }
    QHash<QString, QString> newByCanonical;
    QHash<QString, int> nextSuffix;
    for (const Company &c : incoming.companies) {
        if (result.companyIds.contains(c.id))
            continue; // the same id twice in the import: the first one counts
        const QString key = nameKey(c.name);
        const QString canon = canonicalOf(key);
        QString id;
        if (!key.isEmpty()) {
            id = existingByKey.value(key);
            if (id.isEmpty())
                id = existingByCanonical.value(canon);
            if (id.isEmpty())
                id = newByCanonical.value(canon);
        }
        if (id.isEmpty()) {
            Company added = c;
            added.id = freeId(
                c.id.isEmpty() ? slugify(c.name) : c.id,
                [&](const QString &candidate) { return companyIdsTaken.contains(candidate); }, nextSuffix);
            companyIdsTaken.insert(added.id);
            if (!key.isEmpty())
                newByCanonical.insert(canon, added.id);
            id = added.id;
            result.newCompanies << added;
        }
        result.companyIds.insert(c.id, id);
    }

    // Deals.
    QSet<QString> dealIdsTaken;
    dealIdsTaken.reserve(existing.deals.size() + incoming.deals.size());
    qint64 highest = 0;
    for (const Deal &d : existing.deals) {
        dealIdsTaken.insert(d.id);
        highest = std::max(highest, dealNumber(d.id));
    }
    for (const Deal &d : incoming.deals)
        highest = std::max(highest, dealNumber(d.id));
    qint64 next = highest + 1;

    const ExistingIndex index(existing.deals);
    IncomingIndex taken;
    QSet<int> paired; // existing deals paired with a near-duplicate
    for (const Deal &original : incoming.deals) {
        Deal d = original;
        d.from = result.companyIds.value(d.from, d.from);
        d.to = result.companyIds.value(d.to, d.to);
        const Period p = periodOf(d.date);

        bool duplicate = false;
        int best = -1;
        qint64 bestGap = 0;
        qint64 bestMiddles = 0;
        index.near(keyOf(d), p, NearDays, [&](const Entry &e) {
            const Deal &other = existing.deals.at(e.index);
            const qint64 gap = gapBetween(p, {e.start, e.end});
            const bool sameAmount = other.amount == d.amount;
            if (gap == 0 && sameAmount) {
                duplicate = true;
                return false;
            }
            const bool near = gap == 0 || (sameAmount && d.amount && gap <= NearDays);
            if (!near || paired.contains(e.index))
                return true;
            const qint64 middles = qAbs((e.start + e.end) - (p.start + p.end));
            if (best < 0 || gap < bestGap || (gap == bestGap && middles < bestMiddles)) {
                best = e.index;
                bestGap = gap;
                bestMiddles = middles;
            }
            return true;
        });

        if (duplicate || taken.hasDuplicateOf(d)) {
            result.duplicates << d;
            continue;
        }
        taken.add(d);
        if (best >= 0) {
            const Deal &other = existing.deals.at(best);
            QStringList differences;
            if (other.amount != d.amount)
                differences << QStringLiteral("amount");
            if (other.date != d.date)
                differences << QStringLiteral("date");
            paired.insert(best);
            result.nearDuplicates << NearDuplicate {d, other.id, differences, other};
            continue;
        }
        if (d.id.isEmpty() || dealIdsTaken.contains(d.id))
            d.id = numberedDealId(next++);
        dealIdsTaken.insert(d.id);
        result.newDeals << d;
    }
    result.nextDealNumber = next;
    return result;
}

Changes changes(const Plan &plan, const QList<Choice> &choices)
{
    Changes result;
    result.addedCompanies = plan.newCompanies;
    result.addedDeals = plan.newDeals;
    qint64 next = plan.nextDealNumber;
    for (qsizetype i = 0; i < plan.nearDuplicates.size(); ++i) {
        const NearDuplicate &near = plan.nearDuplicates.at(i);
        switch (choices.value(i, Choice::KeepExisting)) {
        case Choice::KeepExisting: break;
        case Choice::Replace: {
            Deal d = near.incoming;
            d.id = near.existingId;
            d.sources = mergedSources(near.existing.sources, near.incoming.sources);
            if (d.note.en.isEmpty())
                d.note.en = near.existing.note.en;
            if (d.note.de.isEmpty())
                d.note.de = near.existing.note.de;
            if (!d.capacityMw)
                d.capacityMw = near.existing.capacityMw;
            result.replacedDeals << d;
            break;
        }
        case Choice::KeepBoth: {
            Deal d = near.incoming;
            d.id = numberedDealId(next++);
            const BilingualText remark
                = bilingual(QT_TRANSLATE_NOOP("DealMerge", "Another figure for deal %1."), near.existingId);
            d.note.en = d.note.en.isEmpty() ? remark.en : d.note.en + u' ' + remark.en;
            d.note.de = d.note.de.isEmpty() ? remark.de : d.note.de + u' ' + remark.de;
            result.addedDeals << d;
            break;
        }
        }
    }
    return result;
}

} // namespace DealMerge
