#include "format/AmountParser.h"

#include "format/Formatter.h"

#include <QRegularExpression>

int AmountParser::scale(Unit unit)
{
    switch (unit) {
    case Unit::Million: return 6;
    case Unit::Billion: return 9;
    case Unit::Trillion: return 12;
    }
    return 9;
}

AmountParser::Unit AmountParser::bestUnit(Money money)
{
    if (money.usd() >= 1'000'000'000'000LL)
        return Unit::Trillion;
    if (money.usd() >= 1'000'000'000LL)
        return Unit::Billion;
    return Unit::Million;
}

QString AmountParser::toText(Money money, Language language, Unit unit)
{
    QString text = Decimal::format(money.usd(), scale(unit));
    if (language == Language::German)
        text.replace(u'.', u',');
    return text;
}

namespace {
bool isGrouped(QStringView whole, QChar group)
{
    // "1.400" or "12.345.678": a first group of 1–3 digits, then groups of exactly three.
    const QStringList parts = whole.toString().split(group);
    if (parts.size() < 2 || parts.first().isEmpty() || parts.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() != 3)
            return false;
    }
    return true;
}
} // namespace

AmountParser::Result AmountParser::parse(const QString &input, Language language, Unit unit, bool undisclosedAllowed)
{
    Result result;
    QString text = input.trimmed();
    text.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(u' '); // spaces group thousands too
    const bool de = language == Language::German;
    const QChar decimal = de ? u',' : u'.';
    const QChar group = de ? u'.' : u',';
    if (text.isEmpty()) {
        result.error = undisclosedAllowed ? tr("Enter an amount, or choose “undisclosed”.") : tr("Enter an amount.");
        return result;
    }
    if (text.startsWith(u'-')) {
        result.error = tr("The amount cannot be negative.");
        return result;
    }
    static const QRegularExpression allowed(QStringLiteral("^[0-9.,]+$"));
    if (!allowed.match(text).hasMatch()) {
        result.error = tr("Only digits and the separators “%1” (decimals) and “%2” (thousands) are allowed; "
                          "choose the unit from the list.")
                           .arg(decimal, group);
        return result;
    }
    const qsizetype decimals = text.count(decimal);
    const qsizetype groups = text.count(group);
    QString whole = text;
    QString fraction;
    if (decimals > 1) {
        result.error = tr("“%1” appears more than once; it marks the decimals.").arg(decimal);
        return result;
    }
    if (decimals == 1) {
        const qsizetype at = text.indexOf(decimal);
        whole = text.left(at);
        fraction = text.mid(at + 1);
        if (fraction.contains(group)) {
            result.error = tr("“%1” separates thousands and cannot follow the decimal mark “%2”.").arg(group, decimal);
            return result;
        }
    }
    if (groups > 0) {
        if (isGrouped(whole, group)) {
            whole.remove(group);
            if (decimals == 0)
                result.note = tr("Read “%1” as a thousands separator.").arg(group);
        } else if (decimals == 0 && groups == 1) {
            // "2.5" in German: cannot be a thousands group, so it is a decimal point.
            const qsizetype at = text.indexOf(group);
            whole = text.left(at);
            fraction = text.mid(at + 1);
            result.note
                = tr("Read “%1” as a decimal mark; write “%2” for decimals in this language.").arg(group, decimal);
        } else {
            result.error
                = tr("“%1” separates thousands in groups of three digits; use “%2” for decimals.").arg(group, decimal);
            return result;
        }
    }
    if (whole.isEmpty() || (decimals + groups > 0 && text.endsWith(decimal)) || fraction.startsWith(u'.')
        || fraction.startsWith(u',')) {
        result.error = tr("A digit is missing before or after the separator.");
        return result;
    }
    const QString plain = fraction.isEmpty() ? whole : whole + u'.' + fraction;
    const std::optional<qint64> usd = Decimal::parse(plain, scale(unit));
    if (!usd) {
        result.note.clear();
        result.error = tr("The amount is too large or finer than one dollar.");
        return result;
    }
    if (*usd > Money::MaxUsd) {
        result.note.clear();
        result.error = tr("The amount is larger than CapFlow accepts (at most %1).")
                           .arg(Formatter(language).money(Money::fromUsd(Money::MaxUsd)));
        return result;
    }
    if (*usd == 0) {
        result.note.clear();
        result.error = undisclosedAllowed
            ? tr("The amount must be greater than zero; choose “undisclosed” when it is not known.")
            : tr("The amount must be greater than zero.");
        return result;
    }
    result.money = Money::fromUsd(*usd);
    return result;
}
