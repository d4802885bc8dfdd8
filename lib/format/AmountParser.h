#pragma once

#include "i18n/Language.h"
#include "model/Money.h"

#include <QCoreApplication>

// Reads an amount as a user types it in their language ("2,5", "1.400", "1,400") together with a
// unit (million, billion, trillion USD) into exact Money, or says why it cannot.
// Rules: the language's decimal separator always means decimals and its grouping separator groups
// thousands (groups of exactly three digits). The other language's decimal mark is accepted too
// when it cannot be a grouping separator ("2.5" in German, "2,5" in English); the reading is then
// reported in `note`, so the user sees how the text was understood.
class AmountParser
{
    Q_DECLARE_TR_FUNCTIONS(AmountParser)
public:
    enum class Unit { Million, Billion, Trillion };

    struct Result
    {
        std::optional<Money> money;
        QString error; // why the text is not an amount (empty when money is set)
        QString note; // how an unusual spelling was read, for the user to check
        bool ok() const { return money.has_value(); }
    };

    // Where no "undisclosed" choice is offered (a valuation), the messages do not mention one.
    static Result parse(const QString &text, Language language, Unit unit, bool undisclosedAllowed = true);
    // The plain decimal text of a value in a unit ("2.5" for 2.5 billion), for editing.
    static QString toText(Money money, Language language, Unit unit);
    // The largest unit in which the amount is at least 1.
    static Unit bestUnit(Money money);
    static int scale(Unit unit);
};
