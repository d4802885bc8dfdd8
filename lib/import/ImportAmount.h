#pragma once

#include "model/Money.h"

#include <QCoreApplication>
#include <QStringList>

// Amounts as spreadsheets and news exports write them: "2.5", "2,5", "2.500,5", "1,234.5",
// "$2.5bn", "2,5 Mrd.", "US$ 500 million", "1.2B". The number style says which mark is the
// decimal one; a unit word in the text ("bn", "Mrd.", "million", "Mio.", "k", "trillion") wins
// over the column's unit. Money stays exact: the text is read as decimal, never as a double.
namespace ImportAmount {

enum class Style {
    Point, // 1,234.5 (English)
    Comma, // 1.234,5 (German)
};
enum class Unit { Usd, Thousands, Millions, Billions };

int scale(Unit unit); // 0, 3, 6, 9

struct Result
{
    std::optional<Money> money; // nullopt: undisclosed (empty text, "undisclosed", "n/a", "–", …)
    QString error; // why the text is not an amount; empty when it is one or is undisclosed
    bool ok() const { return error.isEmpty(); }
};

// numberCell: a spreadsheet number, whose text is in C-locale form whatever the style.
Result parse(const QString &text, Style style, Unit unit, bool numberCell = false);

// The style the texts are written in: a mark that can only be a decimal one decides ("2,5",
// "2.500,5", "0.415", "1,234.5"); when none does (only "2.500" or "1,000" or whole numbers) the
// style is the fallback and `ambiguous` is set when a text could be read both ways.
struct Detection
{
    Style style = Style::Point;
    bool ambiguous = false;
};
Detection detect(const QStringList &texts, Style fallback);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportAmount)
};

} // namespace ImportAmount
