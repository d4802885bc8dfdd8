#pragma once

#include "import/ImportAmount.h"
#include "model/Entities.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

// Which column of a table to import holds which fact of a deal, and how to read it. Any field may
// be left out; a deal then gets the mapping's default (kind, amount kind, source) or is refused
// with the reason (a deal needs a payer, a receiver and a date).
namespace ImportMapping {

enum class Field {
    Id,
    Date,
    DatePrecision,
    From,
    To,
    Kind,
    Amount,
    AmountKind,
    NoteEn,
    NoteDe,
    SourceUrl,
    SourceTitle
};
QList<Field> fields();
QString fieldKey(Field field); // "from": the key in a saved mapping, and CapFlow's CSV column
std::optional<Field> fieldFromKey(const QString &key);
QString fieldName(Field field); // "From (payer)", translated

// How a list of investors in the payer column ("Nvidia, SoftBank") becomes deals.
enum class Investors {
    Single, // the column names one payer
    Syndicate, // one deal with the whole amount from "<receiver> <round> investors", the names in its note
    PerInvestor, // one deal per investor; the amount only when there is one investor
};

enum class Preset { Capflow, Crunchbase };
QString presetKey(Preset preset); // "capflow", "crunchbase"
std::optional<Preset> presetFromKey(const QString &key);
QString presetName(Preset preset); // translated

struct Mapping
{
    QMap<Field, QString> columns; // the header text of the column for each mapped field
    ImportAmount::Unit unit = ImportAmount::Unit::Billions;
    std::optional<ImportAmount::Style> style; // nullopt: detected from the file
    Investors investors = Investors::Single;
    DealKind defaultKind = DealKind::Equity;
    AmountKind defaultAmountKind = AmountKind::Reported;
    Source defaultSource; // for rows without a source of their own; empty url: none
    bool operator==(const Mapping &) const = default;

    QString column(Field field) const { return columns.value(field); }
    QJsonObject toJson() const;
    // A mapping saved by toJson(), or the reason it is not one.
    static std::optional<Mapping> fromJson(const QJsonObject &json, QString *error);
};

// A preset fitted to a header: each field takes the first column whose name is one of the
// preset's names for it (ignoring case, spaces and underscores).
Mapping preset(Preset preset, const QStringList &header);
// The preset that maps the most columns of the header (CapFlow's on a tie).
Preset bestPreset(const QStringList &header);

// Deal kinds and amount kinds from the words exports use: CapFlow's keys, or "Series B",
// "Seed", "Venture" (equity), "Debt Financing", "Convertible Note" (loan), "Acquisition", …
std::optional<DealKind> dealKindFromText(const QString &text);
std::optional<AmountKind> amountKindFromText(const QString &text);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
};

} // namespace ImportMapping
