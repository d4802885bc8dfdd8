#pragma once

#include <QtGlobal>

#include <algorithm>

// The entry of a descriptor table (deal kinds, file formats) whose `member` equals `id`. Every
// table lists each of its enum's values once (their tests check it); an id missing by mistake
// gets the first entry rather than undefined behaviour.
template<typename Table, typename Id, typename Member>
const auto &descriptorFor(const Table &table, Id id, Member member)
{
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const auto &entry) { return entry.*member == id; });
    Q_ASSERT(it != table.cend());
    return it != table.cend() ? *it : table.first();
}
