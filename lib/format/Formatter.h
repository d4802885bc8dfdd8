#pragma once

#include "i18n/Language.h"
#include "model/Entities.h"

// Numbers, money and dates in a language's own form: "183 Mrd. $" / "$183bn", "61,5" / "61.5",
// "März 2025" / "March 2025", "Q3 2025", "2023" for a year-precise date.
class Formatter
{
public:
    explicit Formatter(Language language);

    Language language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    // Up to maxDecimals decimals, trailing zeros dropped, with the language's separators.
    QString number(double value, int maxDecimals = 2) const;
    QString money(Money amount) const;
    // For tables: a dash instead of zero money or a zero count, so that empty cells read as such.
    QString moneyOrDash(Money amount) const;
    QString amountOrDash(Money amount, AmountKind kind) const; // marked: "up to $10bn", "~$3bn"
    QString countOrDash(int count) const;
    // The amount with its kind: "up to $10bn", "~$3bn", "undisclosed".
    QString dealAmount(const std::optional<Money> &amount, AmountKind kind) const;
    QString gigawatts(qint64 megawatts) const;
    QString date(const FuzzyDate &date) const;
    QString date(QDate date) const;
    QString monthYear(QDate date) const;
    // "billion USD" / "Mrd. USD": unit title for an axis in billions.
    QString billionsUnit() const;
    QString billions(double value) const; // axis tick text: "61.5" / "61,5"

    struct Note
    {
        QString text;
        bool fallback = false; // only the other language had a note
    };
    // A note in this formatter's language, falling back to the other language.
    Note note(const BilingualText &text) const;
    // The note as display text; a fallback is marked subtly with the language it is in ("[EN] …").
    QString noteText(const BilingualText &text) const;

private:
    Language m_language;
    QLocale m_locale;
};
