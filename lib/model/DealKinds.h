#pragma once

#include "model/Entities.h"

#include <QList>
#include <QRgb>
#include <QString>

#include <utility>

// Everything CapFlow knows about a kind of deal, in one table: its key in files, its name, which
// way its money goes, whether it is an investment or a purchase, and its colour. Totals, flows,
// cycles, the network, the timeline and the files all ask this table, so adding a kind is one
// entry here (plus the enum value in Enums.h and the name's translations).
namespace DealKinds {

// Which way the money of a deal goes.
enum class Money {
    PayerToReceiver, // `from` pays `to`
    ToSeller, // `from` sells shares of `to` and is paid by buyers outside the graph; `to` gets nothing
};
// What the money buys, for vendor financing and circular flows.
enum class Role { Investment, Purchase, Other };

struct Traits
{
    DealKind kind;
    const char *key; // in .capflow and CSV files
    const char *name; // untranslated; translated in the context "KindNames"
    Money money;
    Role role;
    QRgb colour; // Okabe-Ito colours, safe for colour-blind readers
};

const QList<Traits> &all();
const Traits &of(DealKind kind);
QString displayName(DealKind kind);

// The deal's payer and receiver of money: (from, to), or (to, from) when the seller is paid.
std::pair<QString, QString> payerAndReceiver(const Deal &deal);

} // namespace DealKinds
