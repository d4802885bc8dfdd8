#include "import/ImportAmount.h"

#include <QRegularExpression>

namespace ImportAmount {
namespace {
struct Word
{
    const char16_t *text;
    int scale;
};
// Unit words, longest first within a prefix, matched case-insensitively at the end of the text.
constexpr Word kUnitWords[]
    = {{u"trillion", 12}, {u"trillions", 12}, {u"billionen", 12}, {u"bio.", 12}, {u"bio", 12}, {u"tn", 12}, {u"t", 12},
        {u"billion", 9}, {u"billions", 9}, {u"milliarden", 9}, {u"milliarde", 9}, {u"mrd.", 9}, {u"mrd", 9}, {u"bn", 9},
        {u"b", 9}, {u"million", 6}, {u"millions", 6}, {u"millionen", 6}, {u"million.", 6}, {u"mio.", 6}, {u"mio", 6},
        {u"mn", 6}, {u"mm", 6}, {u"m", 6}, {u"thousand", 3}, {u"tsd.", 3}, {u"tsd", 3}, {u"k", 3}};

const QStringList &undisclosedWords()
{
    static const QStringList words {QStringLiteral("undisclosed"), QStringLiteral("n/a"), QStringLiteral("na"),
        QStringLiteral("-"), QStringLiteral("–"), QStringLiteral("—"), QStringLiteral("?"), QStringLiteral("k.a."),
        QStringLiteral("k. a."), QStringLiteral("nicht genannt"), QStringLiteral("unbekannt"),
        QStringLiteral("unknown"), QStringLiteral("not disclosed")};
    return words;
}

// "1.400" or "12.345.678": a first group of 1–3 digits (not a lone 0), then groups of three.
bool isGrouped(const QString &whole, QChar group)
{
    const QStringList parts = whole.split(group);
    if (parts.size() < 2 || parts.first().isEmpty() || parts.first().size() > 3 || parts.first() == QStringLiteral("0"))
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() != 3)
            return false;
    }
    return true;
}

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

int scale(Unit unit)
{
    switch (unit) {
    case Unit::Usd: return 0;
    case Unit::Thousands: return 3;
    case Unit::Millions: return 6;
    case Unit::Billions: return 9;
    }
    return 0;
}

Result parse(const QString &input, Style style, Unit unit, bool numberCell)
{
    Result result;
    QString text = input.trimmed();
    if (text.isEmpty() || undisclosedWords().contains(text.toCaseFolded()))
        return result;
    int unitScale = scale(unit);
    if (numberCell) {
        style = Style::Point;
    } else {
        // Currency marks before or after the number; other currencies are refused.
        thread_local const QRegularExpression currency(
            QStringLiteral("^(US\\$|USD|U\\.S\\.\\s*\\$|\\$)\\s*|\\s*(US\\$|USD|\\$)$"),
            QRegularExpression::CaseInsensitiveOption);
        text.remove(currency);
        thread_local const QRegularExpression otherCurrency(
            QStringLiteral("[€£¥]|\\b(EUR|GBP|JPY|CNY|CHF)\\b"), QRegularExpression::CaseInsensitiveOption);
        if (otherCurrency.match(text).hasMatch()) {
            result.error = Texts::tr("“%1” is not in US dollars; CapFlow keeps amounts in USD").arg(input.trimmed());
            return result;
        }
        const QString folded = text.toCaseFolded();
        for (const Word &w : kUnitWords) {
            const QString word = QString::fromUtf16(w.text);
            if (folded.endsWith(word)) {
                const QString number = text.left(text.size() - word.size()).trimmed();
                if (!number.isEmpty() && (number.back().isDigit())) {
                    text = number;
                    unitScale = w.scale;
                    break;
                }
            }
        }
        text.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(u' ').remove(u'\'');
    }
    if (text.startsWith(u'-')) {
        result.error = Texts::tr("“%1” is negative; amounts are never negative").arg(input.trimmed());
        return result;
    }
    const QChar decimal = style == Style::Comma ? u',' : u'.';
    const QChar group = style == Style::Comma ? u'.' : u',';
    QString whole = text;
    QString fraction;
    if (const qsizetype at = text.indexOf(decimal); at >= 0) {
        whole = text.left(at);
        fraction = text.mid(at + 1);
    }
    if (whole.contains(group)) {
        if (!isGrouped(whole, group)) {
            result.error = style == Style::Comma
                ? Texts::tr("“%1” is not a number in the German style (1.234,5)").arg(input.trimmed())
                : Texts::tr("“%1” is not a number in the English style (1,234.5)").arg(input.trimmed());
            return result;
        }
        whole.remove(group);
    }
    if (!allDigits(whole) || (!fraction.isEmpty() && !allDigits(fraction)) || text.endsWith(decimal)) {
        result.error = Texts::tr("“%1” is not an amount").arg(input.trimmed());
        return result;
    }
    const std::optional<qint64> usd = Decimal::parse(fraction.isEmpty() ? whole : whole + u'.' + fraction, unitScale);
    if (!usd || *usd > Money::MaxUsd) {
        result.error = Texts::tr("“%1” is too large or finer than one dollar").arg(input.trimmed());
        return result;
    }
    result.money = Money::fromUsd(*usd);
    return result;
}

Detection detect(const QStringList &texts, Style fallback)
{
    // Marks that can only be decimal ones: "2,5" "0,415" "2.500,5" → comma; "2.5" "0.415" "1,234.5" → point.
    thread_local const QRegularExpression commaDecimal(
        QStringLiteral("(^|[^0-9.,])[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+|[0-9]{4,},[0-9]+|(^|[^0-9.,])0,[0-9]+|[0-9],[0-9]{"
                       "1,2}(?![0-9])|[0-9],[0-9]{4,}"));
    thread_local const QRegularExpression pointDecimal(
        QStringLiteral("(^|[^0-9.,])[0-9]{1,3}(,[0-9]{3})+\\.[0-9]+|[0-9]{4,}\\.[0-9]+|(^|[^0-9.,])0\\.[0-9]+|[0-9]\\.["
                       "0-9]{1,2}(?![0-9])|[0-9]\\.[0-9]{4,}"));
    thread_local const QRegularExpression ambiguousMark(
        QStringLiteral("^[^0-9]*[1-9][0-9]{0,2}([.,][0-9]{3})+[^0-9.,]*$"));
    int comma = 0;
    int point = 0;
    bool ambiguous = false;
    for (const QString &raw : texts) {
        const QString t = raw.trimmed();
        // Two commas (and no point) group thousands in English; two points in German.
        const bool c = commaDecimal.match(t).hasMatch() || (t.count(u'.') >= 2 && !t.contains(u','));
        const bool p = pointDecimal.match(t).hasMatch() || (t.count(u',') >= 2 && !t.contains(u'.'));
        if (c && !p)
            ++comma;
        else if (p && !c)
            ++point;
        else if (ambiguousMark.match(t).hasMatch())
            ambiguous = true;
    }
    Detection d;
    if (comma > point)
        d.style = Style::Comma;
    else if (point > comma)
        d.style = Style::Point;
    else {
        d.style = fallback;
        d.ambiguous = ambiguous || comma > 0;
    }
    return d;
}

} // namespace ImportAmount
