#pragma once

#include "i18n/Language.h"
#include "model/FuzzyDate.h"

#include <QCoreApplication>
#include <QString>

// Dates as people type them, in German or English, at each precision:
//   day      18.11.2025, 18.11.25, 2025-11-18, 18. November 2025, Nov 18, 2025, 18 Nov 2025,
//            11/18/2025 (English: month first), 18/11/2025 (German: day first)
//   month    11.2025, 11/2025, 2025-11, November 2025, Nov. 2025
//   quarter  Q4 2025, Q4/2025, 4. Quartal 2025, 4th quarter 2025
//   year     2025
// Month names are taken in both languages ("März" and "March"), with or without a dot after an
// abbreviation; two-digit years are 20xx. The precision follows from what was typed.
class DateInput
{
    Q_DECLARE_TR_FUNCTIONS(DateInput)
public:
    struct Result
    {
        FuzzyDate date; // valid when the text is a date
        QString error; // why it is not; empty for a date and for empty text
        bool isEmpty() const { return !date.isValid() && error.isEmpty(); }
    };

    static Result parse(const QString &text, Language language);
    // How the date is best typed back in the language ("18.11.2025", "Nov 18, 2025", "11.2025",
    // "Nov 2025", "Q4 2025", "2025"); parse() reads it back to the same date.
    static QString text(const FuzzyDate &date, Language language);
    // The forms to mention in a hint or an error: "18.11.2025, 11.2025, Q4 2025 or 2025".
    static QString examples(Language language);
};
