#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <type_traits>
#include <utility>
#include <vector>

// Orders ids such as "D9" before "D10".
bool naturalIdLess(const QString &a, const QString &b);

// What naturalIdLess compares, field by field: the text before a trailing number, whether there
// is one, the number by its digits (without leading zeros, so any length works), then the whole
// id. Made once per id when many are sorted (sorting a million deals compares tens of millions of
// times). The views point into the id, which must outlive the key.
struct NaturalIdKey
{
    QStringView prefix;
    QStringView number; // empty when there is none
    QStringView whole;
    bool hasNumber = false;

    static NaturalIdKey of(const QString &id);
    friend bool operator<(const NaturalIdKey &a, const NaturalIdKey &b);
};

// Sorts items by their ids in natural order (idOf gives a reference to an item's id), each id's key
// made once. Items already in that order (as files are written) cost the keys and one pass.
template<typename T, typename IdOf>
void sortByNaturalId(QList<T> &items, IdOf idOf)
{
    static_assert(std::is_reference_v<std::invoke_result_t<IdOf, const T &>>,
        "the keys point into the ids: idOf must give a reference to the item's own id");
    std::vector<std::pair<NaturalIdKey, qsizetype>> keyed;
    keyed.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i)
        keyed.emplace_back(NaturalIdKey::of(idOf(std::as_const(items).at(i))), i);
    const auto byKey = [](const auto &a, const auto &b) { return a.first < b.first; };
    if (std::is_sorted(keyed.cbegin(), keyed.cend(), byKey))
        return;
    std::sort(keyed.begin(), keyed.end(), byKey);
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const auto &k : keyed)
        sorted.push_back(std::move(items[k.second]));
    items = std::move(sorted);
}

inline void sortNaturally(QList<QString> &ids)
{
    sortByNaturalId(ids, [](const QString &id) -> const QString & { return id; });
}
