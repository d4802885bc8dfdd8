#include "extract/ArticleExtractor.h"

#include "import/DealMerge.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, kOptions);
}

bool contains(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

// ---------------------------------------------------------------------------------------------
// Sentences

struct Sentence
{
    qsizetype start = 0;
    qsizetype end = 0;
};

const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *a : {"mio", "mrd", "bio", "nr", "dr", "ca", "bzw", "inc", "corp", "co", "ltd", "mr", "mrs",
                 "ms", "st", "vs", "etc", "jan", "feb", "aug", "sept", "sep", "oct", "okt", "nov", "dec", "dez", "z",
                 "b", "u", "a", "bn", "mn", "tn", "prof", "jr", "sr", "no", "vgl", "usw", "evtl", "ggf"})
            s.insert(QString::fromLatin1(a));
        return s;
    }();
    return set;
}

const QRegularExpression &monthStart()
{
    static const QRegularExpression re = ci(
        u"^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|"
        u"May|June|July|October|December|Quartal)\\b"_s);
    return re;
}

QList<Sentence> splitSentences(const QString &text)
{
    QList<Sentence> sentences;
    qsizetype start = 0;
    auto push = [&](qsizetype end) {
        qsizetype s = start;
        qsizetype e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            sentences << Sentence {s, e};
        start = end;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            push(i + 1);
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        qsizetype j = i + 1;
        while (j < text.size()
            && (text.at(j) == u'"' || text.at(j) == u'\u201C' || text.at(j) == u'\u201D' || text.at(j) == u'\u00BB'
                || text.at(j) == u')' || text.at(j) == u'\''))
            ++j;
        if (j < text.size() && !text.at(j).isSpace())
            continue; // "1.4", "X.AI", "Character.AI"
        if (c == u'.') {
            qsizetype w = i;
            while (w > start && text.at(w - 1).isLetterOrNumber())
                --w;
            const QString word = text.mid(w, i - w);
            if (abbreviations().contains(word.toLower()))
                continue;
            if (word.size() == 1 && word.at(0).isUpper())
                continue; // an initial
            bool digits = !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar d) { return d.isDigit(); });
            if (digits) {
                qsizetype k = j;
                while (k < text.size() && text.at(k).isSpace() && text.at(k) != u'\n')
                    ++k;
                if (contains(monthStart(), QStringView(text).mid(k, 12)))
                    continue; // "am 18. November"
            }
        }
        push(j);
        i = j - 1;
    }
    push(text.size());
    return sentences;
}

// ---------------------------------------------------------------------------------------------
// Numbers and money

std::optional<qint64> decimalValue(QString number, Language language, int scale)
{
    number.remove(u' ');
    if (language == Language::German) {
        // "1.400,5": dots group, the comma is the decimal mark; "2.5" (English habit) is a decimal.
        if (number.contains(u','))
            number = number.remove(u'.').replace(u',', u'.');
        else if (static_cast<const QString &>(number).count(u'.') == 1 && number.section(u'.', 1).size() != 3)
            ; // "2.5"
        else
            number.remove(u'.');
    } else {
        if (number.contains(u'.'))
            number.remove(u',');
        else if (static_cast<const QString &>(number).count(u',') == 1 && number.section(u',', 1).size() != 3)
            number.replace(u',', u'.');
        else
            number.remove(u',');
    }
    return Decimal::parse(number, scale);
}

// German "Billion" is a million million; written after a dollar sign ("$1.4 billion") it is English.
int unitScale(const QString &unitText, Language language, bool currencyFirst)
{
    const QString u = unitText.toLower().remove(u'.');
    if (u.startsWith(u"milliard"_s) || u == u"mrd"_s || u == u"bn"_s || u == u"b"_s || u == u"bln"_s)
        return 9;
    if (u.startsWith(u"billion"_s))
        return u == u"billionen"_s || (language == Language::German && !currencyFirst) ? 12 : 9;
    if (u.startsWith(u"million"_s) || u == u"mio"_s || u == u"mn"_s || u == u"m"_s || u == u"mln"_s)
        return 6;
    if (u.startsWith(u"trillion"_s) || u == u"tn"_s || u == u"trn"_s || u == u"bio"_s)
        return 12;
    return 0;
}

QString currencyOf(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(u"eur"_s) || t.contains(u'€'))
        return u"EUR"_s;
    if (t.contains(u"pfund"_s) || t.contains(u"pound"_s) || t.contains(u"gbp"_s) || t.contains(u'£'))
        return u"GBP"_s;
    return u"USD"_s;
}

const QString kNumber = u"(?<num>\\d{1,3}(?:[.,]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)"_s;

const QRegularExpression &figureAfterNumber()
{
    // "15 Milliarden US-Dollar", "38-Milliarden-Dollar", "500 Mio. Euro", "10 billion dollars"
    static const QRegularExpression re = ci(kNumber
        + u"[\\s\\x{00A0}-]*(?<unit>Milliarden?|Mrd\\.?|Millionen|Mio\\.?|Billionen|Bio\\.?|billions?|bn|millions?|mn|"
          u"trillions?|tn)(?![\\w])[\\s\\x{00A0}-]*(?<cur>US-Dollar|US-\\$|US\\$|US dollars?|Dollars?|USD|\\$|Euros?|"
          u"EUR|€|Pfund|pounds?|GBP|£)(?![\\w])"_s);
    return re;
}

const QRegularExpression &figureAfterCurrency()
{
    // "$38bn", "$1.4 trillion", "US$ 500 million", "€500m", "USD 5bn"
    static const QRegularExpression re = ci(u"(?<cur>US\\$|\\$|€|£|USD\\s|EUR\\s)\\s?"_s + kNumber
        + u"(?:[\\s\\x{00A0}-]?(?<unit>billions?|bn|b|millions?|mn|m|trillions?|tn|trn|Milliarden|Mrd\\.?|Millionen|"
          u"Mio\\.?|Billionen)(?![\\w]))?"_s);
    return re;
}

const QRegularExpression &qualifierBefore()
{
    static const QRegularExpression re
        = ci(u"(?<q>bis zu|up to|as much as|höchstens|maximal|rund|etwa|ungefähr|circa|ca\\.|knapp|mehr als|über|"
             u"about|around|roughly|approximately|nearly|almost|some|more than|over|reportedly|a reported|"
             u"reported|geschätzte[nmrs]?|"
             u"geschätzt|schätzungsweise|an estimated|estimated at|estimated|insgesamt|in total|total of|totaling|"
             u"totalling|a combined|combined|zusammen|gemeinsam)\\s+(?:(?:einen?|an?|the|of)\\s+)?$"_s);
    return re;
}

AmountKind qualifierKind(const QString &q, bool *total)
{
    const QString l = q.toLower();
    *total = l == u"insgesamt"_s || l == u"in total"_s || l == u"total of"_s || l.startsWith(u"total"_s)
        || l.contains(u"combined"_s) || l == u"zusammen"_s || l == u"gemeinsam"_s;
    if (l == u"bis zu"_s || l == u"up to"_s || l == u"as much as"_s || l == u"höchstens"_s || l == u"maximal"_s)
        return AmountKind::UpTo;
    if (l.contains(u"schätz"_s) || l.contains(u"estimated"_s))
        return AmountKind::Estimated;
    if (*total || l == u"über"_s || l == u"over"_s)
        return AmountKind::Committed;
    return AmountKind::Reported;
}

// ---------------------------------------------------------------------------------------------
// Words that decide kinds and roles

struct Words
{
    QRegularExpression sell = ci(u"\\b(verkauf\\w*|veräußer\\w*|abgestoßen|stößt\\b|stieß\\w*|sold|sells?|selling|"
                                 u"divest\\w*|offload\\w*|dumped|exited)"_s);
    QRegularExpression stake = ci(u"(Beteiligung\\w*|Anteile?\\w*|Aktien\\w*|Aktienpaket\\w*|Bestände?\\w*|Position\\b|"
                                  u"\\bstakes?\\b|\\bshares\\b|\\bholdings?\\b|\\bposition\\b)"_s);
    QRegularExpression acquire = ci(u"\\b(übernimmt|übernahm|übernehmen|übernommen|Übernahme\\w*|acquir\\w*|"
                                    u"acquisition|takeover|buyout)\\b"_s);
    QRegularExpression buyVerb = ci(u"\\b(kauf\\w*|kaufen|erwerben|erwirbt|erwarb|bestellt\\w*|beziehen|bezieht|"
                                    u"buy|buys|bought|buying|purchas\\w*|order\\w*)\\b"_s);
    QRegularExpression supplyVerb = ci(u"\\b(supply|supplies|supplied|liefert\\w*|liefern|deliver\\w*)\\b"_s);
    QRegularExpression loan = ci(u"(Kredit\\w*|Darlehen\\w*|Anleihe\\w*|Schuldschein\\w*|\\bloans?\\b|credit facility|"
                                 u"credit line|\\bbonds?\\b|\\bdebt\\b|Fremdkapital)"_s);
    QRegularExpression chips
        = ci(u"(Chips?\\b|Grafikprozessor\\w*|\\bGPUs?\\b|Prozessor\\w*|Beschleuniger\\w*|"
             u"\\baccelerators?\\b|\\bprocessors?\\b|\\bTPUs?\\b|Halbleiter\\w*|semiconductors?)"_s);
    QRegularExpression compute = ci(u"(Rechenkapazität\\w*|Rechenleistung\\w*|Rechenzentr\\w*|Cloud\\w*|"
                                    u"Kapazität\\w*|\\bcompute\\b|\\bcomputing\\b|\\bcapacity\\b|data cent\\w*|"
                                    u"Azure|\\bAWS\\b|Gigawatt|\\bGW\\b|\\bservers?\\b|Server\\w*|infrastructure|"
                                    u"Infrastruktur\\w*)"_s);
    QRegularExpression equity
        = ci(u"(investier\\w*|Investition\\w*|Beteiligung\\w*|beteilig\\w*|Finanzierungsrunde\\w*|"
             u"\\bsteck\\w*|gesteckt|zugesagt|\\bput\\b|\\bpump\\w*|Kapitalspritze\\w*|\\binvest\\w*|\\bstakes?\\b|"
             u"funding|financing round|\\bround\\b|\\braise[sd]?\\b|\\braising\\b|Series [A-Z]\\b|"
             u"Serie [A-Z]\\b|\\bequity\\b|Eigenkapital\\w*|Anteile?\\b|Finanzierung\\w*|backs?\\b|backed)"_s);
    QRegularExpression partnership = ci(u"(Partnerschaft\\w*|partnership)"_s);
    // The subject receives the money: a round it raised, a loan it took.
    QRegularExpression receive
        = ci(u"\\b(erhält|erhielt|erhalten|sammelt\\w*|sammelte\\w*|eingesammelt|bekommt|bekam|nimmt|nahm|aufgenommen|"
             u"Finanzierungsrunde\\w*|raise[sd]?|raising|receive[sd]?|secure[sd]?|securing|obtain\\w*|borrow\\w*|"
             u"takes out|took out|landed|lands|platziert\\w*|begibt|begeben|issue[sd]?|issuing)\\b"_s);
    QRegularExpression passive
        = ci(u"(\\b(wird|wurde|werden|wurden|worden)\\b.*\\bvon\\b.*\\b(übernommen|gekauft|finanziert|unterstützt)\\b|"
             u"\\b(is|was|were|be|been|being)\\s+(acquired|bought|funded|financed|backed)\\s+by\\b)"_s);
    QRegularExpression valuationBefore = ci(u"(Bewertung|bewertet|valuation|valued|Unternehmenswert|Börsenwert|"
                                            u"market value|market cap\\w*)\\b[^.;]{0,50}$"_s);
    QRegularExpression valuationAfter = ci(u"^[^.;,]{0,25}\\b(bewertet|Bewertung|valuation|valued)\\b"_s);
    QRegularExpression marketCap = ci(u"(Börsenwert|Marktwert|Marktkapitalisierung|market value|market cap\\w*)"_s);
    QRegularExpression secondary = ci(u"(secondary|Sekundär\\w*|tender offer|Mitarbeiteraktien|employee shares)"_s);
    QRegularExpression capacity = ci(u"(?<num>\\d+(?:[.,]\\d+)?|einem|einen|ein|eine|one|a)\\s*(?<unit>Gigawatts?|GW|"
                                     u"Megawatts?|MW)\\b"_s);
    // "Nvidia beteiligt sich an der Runde": the round of the deal before.
    QRegularExpression round = ci(u"\\b(an der|in der|an dieser|in the|in this|to the)\\s+(?:(?:jüngsten|neuen|latest|"
                                  u"new|same)\\s+)?(Finanzierungsrunde|Runde|round|funding round)\\b"_s);
    // The end of the main clause: what follows speaks of something else.
    QRegularExpression subordinate = ci(u"(,\\s*(obwohl|weil|während|nachdem|wobei|although|because|while|after|"
                                        u"which|who)\\b|;)"_s);
    QRegularExpression marker
        = ci(u"\\b(?<m>in|an|von|vom|bei|beim|mit|auf|into|from|with|by|of|at)\\s+(?<art>(?:das|dem|den|"
             u"der|die|des|the|a|an|its|seine[nmrs]?|ihre[nmrs]?)\\s+)?(?<words>(?:[\\w-]+\\s+){0,2})$"_s);
    // "in das SoftBank und OpenAI … stecken": a relative pronoun, not an article.
    QRegularExpression relative = ci(u"\\b(in|an)\\s+(das|die|den|dem)\\s+$|\\b(into|in) which\\s+$"_s);
    QRegularExpression each = ci(u"\\b(jeweils|je|each|apiece)\\b"_s);
    QRegularExpression joiner = ci(u"^\\s*(,|und|and|sowie|as well as|&|,\\s*und|,\\s*and)\\s*$"_s);
    QRegularExpression descriptor
        = ci(u"\\b(?<art>das|dem|den|der|die|des|the)\\s+(?:(?:KI|AI|Tech|US|französische\\w*|chinesische\\w*|"
             u"amerikanische\\w*|kalifornische\\w*|deutsche\\w*|britische\\w*|japanische\\w*|French|Chinese|American|"
             u"British|Japanese|German|Californian)[\\s-]+)?(?<head>Start-?ups?|Unternehmens?|Konzerns?|Firma|"
             u"Chipentwickler\\w*|Chiphersteller\\w*|Cloud-Anbieter\\w*|Softwarekonzern\\w*|Technologiekonzern\\w*|"
             u"startup|start-up|company|firm|group|lab|chipmaker|cloud provider|provider|(?<pre>[\\w.]+)[\\s-]"
             u"(?<rel>Konkurrent\\w*|Rivale\\w*|Herausforderer\\w*|Entwickler\\w*|Hersteller\\w*|rival|maker|developer|"
             u"creator))\\b"_s);
    QRegularExpression productCompanies = ci(u"^(ChatGPT|GPT|Claude|Gemini|Grok|Llama|Copilot|Mistral)$"_s);
};

const Words &words()
{
    static const Words w;
    return w;
}

int monthNumber(const QString &name)
{
    static const char *const keys[] = {"jan", "feb", "mar", "apr", "ma", "jun", "jul", "aug", "sep", "o", "nov", "de"};
    QString l = name.toLower();
    l.replace(u'ä', u'a');
    if (l.startsWith(u"mai"_s) || l.startsWith(u"may"_s))
        return 5;
    if (l.startsWith(u"mar"_s))
        return 3;
    for (int i = 0; i < 12; ++i) {
        if (i != 2 && i != 4 && l.startsWith(QString::fromLatin1(keys[i])))
            return i + 1;
    }
    return 0;
}

bool isPseudoCompany(const QString &name)
{
    static const QRegularExpression re
        = ci(u"(investors|lenders|syndicate|buyers|consortium|aggregate|co-investors|\\bJV\\b|\\(\\d{4}\\))"_s);
    return contains(re, name);
}

const QSet<QString> &commonFirstWords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"General", "Various", "Bank", "Blue", "Scale", "Thinking", "Open", "Google", "Alphabet",
                 "Mistral", "Anthropic", "OpenAI", "SoftBank", "Cerebras", "Nscale", "Skild", "Inflection"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// ---------------------------------------------------------------------------------------------
// Mentions of companies in the text

enum class Role { Plain, Marked };

struct Mention
{
    QString companyId;
    QString newName; // a name the document does not know
    qsizetype start = 0;
    qsizetype end = 0;
    Role role = Role::Plain;
    QString marker; // "von", "in", "from", …
    bool descriptor = false; // "das Startup", resolved from what came before
    qsizetype relativeAt = -1; // after "in das" (a relative pronoun): where it stands
    bool isParty() const { return !companyId.isEmpty() || !newName.isEmpty(); }
    QString key() const { return companyId.isEmpty() ? u"new:"_s + newName : companyId; }
};

enum class Compound { None, Person, Other, Referential };

Compound compoundKind(const QString &text, qsizetype end)
{
    if (end >= text.size() || text.at(end) != u'-')
        return Compound::None;
    qsizetype e = end + 1;
    while (e < text.size() && text.at(e).isLetter())
        ++e;
    const QString suffix = text.mid(end + 1, e - end - 1).toLower();
    if (suffix.isEmpty())
        return Compound::None;
    static const QRegularExpression referential
        = ci(u"^(konkurrent\\w*|rivale\\w*|herausforderer\\w*|mutter\\w*|tochter\\w*|rival\\w*|parent|konkurrenz)$"_s);
    static const QRegularExpression person
        = ci(u"^(chef\\w*|ceo|gründer\\w*|mitgründer\\w*|geschäftsführer\\w*|manager\\w*|sprecher\\w*|vorstand\\w*|"
             u"chief|founder|boss|spokes\\w*|finanzchef\\w*|konzernchef\\w*)$"_s);
    if (contains(referential, suffix))
        return Compound::Referential;
    if (contains(person, suffix))
        return Compound::Person;
    return Compound::Other;
}

} // namespace

// ---------------------------------------------------------------------------------------------

ArticleExtractor::ArticleExtractor(const DocumentData &document)
{
    QHash<QString, QString> idByKey;
    QSet<QString> pseudo;
    for (const Company &c : document.companies) {
        idByKey.insert(DealMerge::nameKey(c.name), c.id);
        m_kinds.insert(c.id, c.kind);
        m_names.insert(c.id, c.name);
        if (isPseudoCompany(c.name))
            pseudo.insert(c.id);
    }
    QSet<QString> seen;
    auto add = [&](const QString &text, const QString &id) {
        const QString t = text.trimmed();
        if (t.size() < 2 || seen.contains(t.toCaseFolded()))
            return;
        seen.insert(t.toCaseFolded());
        m_forms << Form {t, id, t.size() < 5};
    };
    static const QRegularExpression paren(u"\\s*\\(([^)]*)\\)\\s*"_s);
    static const QRegularExpression legal = ci(u"\\s+(LLC|Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|AG|SE|plc|GmbH)$"_s);
    for (const Company &c : document.companies) {
        add(c.name, c.id);
        if (pseudo.contains(c.id))
            continue;
        const QRegularExpressionMatch m = paren.match(c.name);
        if (m.hasMatch()) {
            add(QString(c.name).remove(paren), c.id);
            add(m.captured(1), c.id);
        }
        QString stripped = c.name;
        stripped.remove(legal);
        if (stripped.size() >= 3)
            add(stripped, c.id);
    }
    for (const CompanyAlias &a : DealMerge::aliasesOf(document)) {
        const QString id = idByKey.value(DealMerge::nameKey(a.name));
        if (!id.isEmpty())
            add(a.alias, id);
    }
    // A distinctive first word: "Thiel" for "Thiel Macro", when no other company starts with it.
    QHash<QString, int> firstWords;
    for (const Company &c : document.companies) {
        const QString first = c.name.section(u' ', 0, 0);
        if (c.name.contains(u' '))
            firstWords[first] += pseudo.contains(c.id) ? 0 : 1;
    }
    for (const Company &c : document.companies) {
        const QString first = c.name.section(u' ', 0, 0);
        if (!c.name.contains(u' ') || pseudo.contains(c.id) || first.size() < 4 || firstWords.value(first) != 1
            || commonFirstWords().contains(first) || !first.at(0).isUpper()
            || !std::all_of(first.begin(), first.end(), [](QChar ch) { return ch.isLetter(); }))
            continue;
        if (!seen.contains(first.toCaseFolded())) {
            seen.insert(first.toCaseFolded());
            m_forms << Form {first, c.id, true};
        }
    }
    std::stable_sort(
        m_forms.begin(), m_forms.end(), [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });
}

QList<ArticleExtractor::CompanyMention> ArticleExtractor::findCompanies(const QString &text) const
{
    QList<CompanyMention> result;
    QList<bool> taken(text.size(), false);
    struct Found
    {
        QString id;
        qsizetype start;
        qsizetype end;
    };
    QList<Found> found;
    for (const Form &form : m_forms) {
        const Qt::CaseSensitivity sensitivity = form.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        qsizetype from = 0;
        while (true) {
            const qsizetype pos = text.indexOf(form.text, from, sensitivity);
            if (pos < 0)
                break;
            from = pos + 1;
            qsizetype end = pos + form.text.size();
            if (pos > 0 && (text.at(pos - 1).isLetterOrNumber() || text.at(pos - 1) == u'.'))
                continue;
            if (end < text.size() && text.at(end).isLetterOrNumber()) {
                // A German genitive: "Microsofts".
                if (!(text.at(end) == u's' && (end + 1 == text.size() || !text.at(end + 1).isLetterOrNumber())))
                    continue;
            }
            if (std::any_of(taken.begin() + pos, taken.begin() + end, [](bool t) { return t; }))
                continue;
            for (qsizetype i = pos; i < end; ++i)
                taken[i] = true;
            if (compoundKind(text, end) == Compound::Referential)
                continue;
            found << Found {form.companyId, pos, end};
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.start < b.start; });
    for (const Found &f : found)
        result << CompanyMention {f.id, TextSpan {f.start, f.end}};
    return result;
}

QList<ArticleExtractor::MoneyFigure> ArticleExtractor::findFigures(const QString &text, Language language)
{
    QList<MoneyFigure> figures;
    QList<bool> taken(text.size(), false);
    auto scan = [&](const QRegularExpression &re) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart();
            const qsizetype end = m.capturedEnd();
            if (start > 0 && text.at(start - 1).isLetterOrNumber() && m.captured(u"cur"_s).isEmpty())
                continue;
            if (start > 0 && text.at(start - 1).isDigit())
                continue;
            if (std::any_of(taken.begin() + start, taken.begin() + end, [](bool t) { return t; }))
                continue;
            const int scale
                = unitScale(m.captured(u"unit"_s), language, m.capturedStart(u"cur"_s) < m.capturedStart(u"num"_s));
            const auto value = decimalValue(m.captured(u"num"_s), language, scale);
            if (!value || *value <= 0)
                continue;
            for (qsizetype i = start; i < end; ++i)
                taken[i] = true;
            MoneyFigure f;
            f.amount = Money::fromUsd(*value);
            f.currency = currencyOf(m.captured(u"cur"_s));
            f.span = TextSpan {start, end};
            const qsizetype from = std::max<qsizetype>(0, start - 30);
            const QRegularExpressionMatch q = qualifierBefore().match(QStringView(text).mid(from, start - from));
            if (q.hasMatch()) {
                f.amountKind = qualifierKind(q.captured(u"q"_s), &f.statedAsTotal);
                f.span.start = from + q.capturedStart(u"q"_s);
                // "insgesamt bis zu 15 Milliarden": both.
                const qsizetype before = std::max<qsizetype>(0, f.span.start - 30);
                const QRegularExpressionMatch q2
                    = qualifierBefore().match(QStringView(text).mid(before, f.span.start - before));
                if (q2.hasMatch()) {
                    bool total = false;
                    const AmountKind kind = qualifierKind(q2.captured(u"q"_s), &total);
                    if (total)
                        f.statedAsTotal = true;
                    else if (f.statedAsTotal)
                        f.amountKind = kind;
                    f.span.start = before + q2.capturedStart(u"q"_s);
                }
            }
            figures << f;
        }
    };
    scan(figureAfterNumber());
    scan(figureAfterCurrency());
    std::sort(figures.begin(), figures.end(),
        [](const MoneyFigure &a, const MoneyFigure &b) { return a.span.start < b.span.start; });
    return figures;
}

FuzzyDate ArticleExtractor::findDate(const QString &text, Language language, QDate articleDate)
{
    Q_UNUSED(language);
    auto yearFor = [&](const QString &yearText, int month) -> int {
        if (!yearText.isEmpty())
            return yearText.toInt();
        if (!articleDate.isValid())
            return 0;
        const int year = articleDate.year();
        return QDate(year, month, 1) > articleDate ? year - 1 : year;
    };
    static const QString months = u"(?<month>Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|"
                                  u"Oktober|November|Dezember|January|February|March|May|June|July|October|"
                                  u"December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|"
                                  u"Oct\\.?|Okt\\.?|Nov\\.?|Dec\\.?|Dez\\.?)"_s;
    static const QRegularExpression iso(u"\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b"_s);
    static const QRegularExpression dayDe = ci(u"\\b(?<d>\\d{1,2})\\.\\s*"_s + months + u"(?:\\s+(?<y>\\d{4}))?"_s);
    static const QRegularExpression dayEn
        = ci(months + u"\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y>\\d{4}))?"_s);
    static const QRegularExpression quarter
        = ci(u"\\b(?<q>ersten|zweiten|dritten|vierten|1\\.|2\\.|3\\.|4\\.|first|second|third|fourth)\\s+(?:Quartal\\w*|"
             u"quarter)(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?|\\bQ(?<n>[1-4])(?:[\\s/]+(?<y2>\\d{4}))?\\b"_s);
    static const QRegularExpression month
        = ci(u"\\b(?:im|in|seit|bis|Anfang|Ende|Mitte|early|late|mid-?|since|until|by)\\s+"_s + months
            + u"(?![\\w])(?:\\s+(?<y>\\d{4}))?"_s);
    static const QRegularExpression year = ci(u"\\b(?:im Jahr|in|seit|since|Jahr)\\s+(?<y>(?:19|20)\\d{2})\\b"_s);

    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(u"y"_s).toInt(), m.captured(u"m"_s).toInt(), m.captured(u"d"_s).toInt());
        if (d.isValid())
            return FuzzyDate(d, DatePrecision::Day);
    }
    for (const QRegularExpression *re : {&dayDe, &dayEn}) {
        m = re->match(text);
        if (m.hasMatch()) {
            const int mo = monthNumber(m.captured(u"month"_s));
            const int y = yearFor(m.captured(u"y"_s), mo);
            const QDate d(y, mo, m.captured(u"d"_s).toInt());
            if (mo > 0 && d.isValid())
                return FuzzyDate(d, DatePrecision::Day);
        }
    }
    m = quarter.match(text);
    if (m.hasMatch()) {
        int q = m.captured(u"n"_s).toInt();
        const QString word = m.captured(u"q"_s).toLower();
        if (q == 0) {
            static const QStringList names {u"ersten"_s, u"zweiten"_s, u"dritten"_s, u"vierten"_s, u"first"_s,
                u"second"_s, u"third"_s, u"fourth"_s};
            const int index = names.indexOf(word);
            q = index >= 0 ? index % 4 + 1 : word.left(1).toInt();
        }
        const QString yearText = m.captured(u"y"_s).isEmpty() ? m.captured(u"y2"_s) : m.captured(u"y"_s);
        const int y = yearFor(yearText, (q - 1) * 3 + 1);
        const QDate d(y, (q - 1) * 3 + 1, 1);
        if (q >= 1 && q <= 4 && d.isValid())
            return FuzzyDate(d, DatePrecision::Quarter);
    }
    m = month.match(text);
    if (m.hasMatch()) {
        const int mo = monthNumber(m.captured(u"month"_s));
        const QDate d(yearFor(m.captured(u"y"_s), mo), mo, 1);
        if (mo > 0 && d.isValid())
            return FuzzyDate(d, DatePrecision::Month);
    }
    m = year.match(text);
    if (m.hasMatch())
        return FuzzyDate(QDate(m.captured(u"y"_s).toInt(), 1, 1), DatePrecision::Year);
    if (articleDate.isValid()) {
        static const QRegularExpression lastYear
            = ci(u"\\b(last year|vergangenen Jahr|im Vorjahr|letzten Jahr|vorigen Jahr)\\b"_s);
        static const QRegularExpression thisYear = ci(u"\\b(this year|dieses Jahr|diesem Jahr)\\b"_s);
        static const QRegularExpression thisMonth = ci(u"\\b(this month|diesen Monat|dieses Monats|diesem Monat)\\b"_s);
        if (contains(lastYear, text))
            return FuzzyDate(QDate(articleDate.year() - 1, 1, 1), DatePrecision::Year);
        if (contains(thisMonth, text))
            return FuzzyDate(QDate(articleDate.year(), articleDate.month(), 1), DatePrecision::Month);
        if (contains(thisYear, text))
            return FuzzyDate(QDate(articleDate.year(), 1, 1), DatePrecision::Year);
    }
    return {};
}

Language ArticleExtractor::detectLanguage(const QString &text)
{
    static const QRegularExpression de
        = ci(u"\\b(der|die|das|und|ist|nicht|mit|von|für|wird|sich|auch|ein|eine|dem|den|zu|bei|hat|sind)\\b"_s);
    static const QRegularExpression en
        = ci(u"\\b(the|and|is|not|with|from|for|will|has|its|of|to|a|an|that|are|was|by|on)\\b"_s);
    auto count = [&](const QRegularExpression &re) {
        int n = 0;
        for (auto it = re.globalMatch(text); it.hasNext(); it.next())
            ++n;
        return n;
    };
    return count(de) > count(en) ? Language::German : Language::English;
}

QString ArticleExtractor::companyIdForName(const QString &name) const
{
    for (const Form &f : m_forms) {
        if (name.compare(f.text, f.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
            return f.companyId;
    }
    return {};
}

// One run over one article: sentence by sentence, with what came before (for "das Startup").
class ArticleExtractorRun
{
public:
    ArticleExtractorRun(const ArticleExtractor &extractor, const QString &text, Language language, QDate date)
        : x(extractor)
        , text(text)
        , language(language)
        , articleDate(date)
    {
    }

    ExtractionResult run();

private:
    struct Candidate
    {
        int sentence = 0;
        qsizetype order = 0;
        bool hasFigure = false;
        ArticleExtractor::MoneyFigure figure;
        bool valuation = false;
        ValuationProposal valuationProposal;
        QList<Mention> payers;
        std::optional<Mention> receiver;
        DealKind kind = DealKind::Equity;
        bool kindFound = false;
        std::optional<qint64> capacityMw;
        FuzzyDate date;
        ArticleEvidence evidence;
        QString unusedReason;
        bool totalCandidate = false;
        qsizetype totalOrder = -1; // for a part: the position of its total's figure
        bool isTotal = false;
    };

    QList<Mention> sentenceMentions(const Sentence &s);
    std::optional<Mention> resolveDescriptor(const QRegularExpressionMatch &m, qsizetype offset);
    void roleOf(Mention &m, const Sentence &s) const;
    std::optional<CompanyKind> kindOf(const Mention &m) const
    {
        if (m.companyId.isEmpty() || !x.m_kinds.contains(m.companyId))
            return std::nullopt;
        return x.m_kinds.value(m.companyId);
    }
    // The kind from the words right around the figure, else its part of the sentence, else the sentence.
    std::optional<DealKind> kindOfScope(
        QStringView near, QStringView scope, QStringView sentence, bool investTarget) const;
    FuzzyDate dateOf(const QString &sentenceText) const;
    void figureCandidates(int index, const Sentence &s, const QList<Mention> &mentions, bool headline);
    void figurelessCandidates(int index, const Sentence &s, const QList<Mention> &mentions);
    void providerOrder(Candidate &c) const;
    std::optional<qsizetype> boughtCompanyAt(const Sentence &s, const QList<Mention> &mentions) const;
    void matchTotals();
    ArticleEvidence evidenceOf(const Sentence &s, TextSpan figure) const
    {
        return ArticleEvidence {text.mid(s.start, s.end - s.start), TextSpan {s.start, s.end}, figure};
    }
    static ProposedCompany party(const Mention &m) { return ProposedCompany {m.companyId, m.newName}; }

    const ArticleExtractor &x;
    const QString &text;
    Language language;
    QDate articleDate;
    QList<ArticleExtractor::CompanyMention> known;
    QString masked; // the text with the known companies' names blanked out
    QList<Mention> recent; // every mention so far, resolved, in text order
    std::optional<Mention> lastValued;
    QList<Candidate> candidates;
    ExtractionResult result;
};

void ArticleExtractorRun::roleOf(Mention &m, const Sentence &s) const
{
    const Compound compound = compoundKind(text, m.end);
    if (compound == Compound::Other) {
        m.role = Role::Marked;
        m.marker = u"-"_s;
        return;
    }
    const qsizetype from = std::max(s.start, m.start - 60);
    const QStringView window = QStringView(text).mid(from, m.start - from);
    const QRegularExpressionMatch relative = words().relative.match(window);
    if (relative.hasMatch() && !m.descriptor) {
        m.relativeAt = from + relative.capturedStart();
        return;
    }
    static const QRegularExpression paid = ci(u"\\b(pay|pays|paid|paying|zahlt|zahlte|zahlen|bezahlt\\w*)\\s+$"_s);
    if (contains(paid, window)) {
        m.role = Role::Marked;
        m.marker = u"pay"_s;
        return;
    }
    const QRegularExpressionMatch match = words().marker.match(window);
    if (match.hasMatch() && compound != Compound::Person) {
        m.role = Role::Marked;
        m.marker = match.captured(u"m"_s).toLower();
    }
}

std::optional<Mention> ArticleExtractorRun::resolveDescriptor(const QRegularExpressionMatch &m, qsizetype offset)
{
    const QString head = m.captured(u"head"_s).toLower();
    const QString pre = m.captured(u"pre"_s);
    const QString rel = m.captured(u"rel"_s).toLower();
    Mention d;
    d.start = offset + m.capturedStart();
    d.end = offset + m.capturedEnd();
    d.descriptor = true;
    QString excluded;
    std::optional<CompanyKind> wanted;
    std::optional<CompanyKind> unwanted;
    if (!pre.isEmpty()) {
        const bool maker = rel.startsWith(u"entwickler"_s) || rel.startsWith(u"hersteller"_s) || rel == u"maker"_s
            || rel == u"developer"_s || rel == u"creator"_s;
        static const QHash<QString, QString> products {{u"chatgpt"_s, u"OpenAI"_s}, {u"gpt"_s, u"OpenAI"_s},
            {u"claude"_s, u"Anthropic"_s}, {u"gemini"_s, u"Google"_s}, {u"grok"_s, u"xAI"_s}, {u"llama"_s, u"Meta"_s},
            {u"copilot"_s, u"Microsoft"_s}};
        const QString product = products.value(pre.toLower());
        if (maker && !product.isEmpty()) {
            d.companyId = x.companyIdForName(product);
            return d.companyId.isEmpty() ? std::nullopt : std::optional<Mention>(d);
        }
        excluded = x.companyIdForName(pre);
        if (excluded.isEmpty() && !maker)
            return std::nullopt; // "der Tech-Konkurrent": nobody in particular
        if (!excluded.isEmpty())
            wanted = x.m_kinds.value(excluded);
    } else if (head.contains(u"start"_s) || head == u"lab"_s) {
        wanted = CompanyKind::AiLab;
    } else if (head.contains(u"konzern"_s) || head == u"group"_s) {
        unwanted = CompanyKind::AiLab;
    } else if (head.startsWith(u"chip"_s)) {
        wanted = CompanyKind::Chips;
    } else if (head.contains(u"cloud"_s) || head == u"provider"_s) {
        wanted = CompanyKind::Cloud;
    }
    for (qsizetype i = recent.size() - 1; i >= 0; --i) {
        const Mention &r = recent.at(i);
        if (!r.isParty() || r.companyId == excluded)
            continue;
        const std::optional<CompanyKind> kind = kindOf(r);
        if (wanted && kind != wanted)
            continue;
        if (unwanted && kind == unwanted)
            continue;
        d.companyId = r.companyId;
        d.newName = r.newName;
        return d;
    }
    return std::nullopt;
}

QList<Mention> ArticleExtractorRun::sentenceMentions(const Sentence &s)
{
    QList<Mention> mentions;
    for (const ArticleExtractor::CompanyMention &k : std::as_const(known)) {
        if (k.span.start >= s.start && k.span.end <= s.end) {
            Mention m;
            m.companyId = k.companyId;
            m.start = k.span.start;
            m.end = k.span.end;
            mentions << m;
        }
    }
    const QString sentence = text.mid(s.start, s.end - s.start);
    // Descriptors, and the names the document does not know that follow one ("das Start-up Enfabrica").
    static const QRegularExpression newName(
        u"^\\s+(?<name>\\p{Lu}[\\w.&]*(?:\\s+\\p{Lu}[\\w.&]*){0,2})"_s, QRegularExpression::UseUnicodePropertiesOption);
    QList<QRegularExpressionMatch> descriptors;
    for (auto it = words().descriptor.globalMatch(sentence); it.hasNext();)
        descriptors << it.next();
    for (const QRegularExpressionMatch &m : std::as_const(descriptors)) {
        const qsizetype end = s.start + m.capturedEnd();
        const bool apposition = std::any_of(mentions.begin(), mentions.end(),
            [&](const Mention &k) { return !k.descriptor && k.start >= end && k.start <= end + 2; });
        if (apposition)
            continue;
        const QRegularExpressionMatch n = newName.match(QStringView(text).mid(end, s.end - end));
        const QString head = m.captured(u"head"_s).toLower();
        const bool namingHead = m.captured(u"pre"_s).isEmpty() && !head.startsWith(u"unternehmen"_s)
            && !head.startsWith(u"konzern"_s) && head != u"firma"_s;
        if (n.hasMatch() && namingHead) {
            QString name = n.captured(u"name"_s);
            if (language == Language::German)
                name = name.section(u' ', 0, 0);
            while (name.endsWith(u'.'))
                name.chop(1);
            Mention m2;
            m2.newName = name;
            m2.start = end + n.capturedStart(u"name"_s);
            m2.end = m2.start + name.size();
            mentions << m2;
            continue;
        }
        Mention d;
        d.start = s.start + m.capturedStart();
        d.end = end;
        d.descriptor = true;
        mentions << d; // resolved below, in order
    }
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    QList<Mention> resolved;
    for (Mention m : mentions) {
        const Mention *previous = resolved.isEmpty() ? nullptr : &resolved.last();
        if (m.descriptor) {
            const QRegularExpressionMatch again
                = words().descriptor.match(QStringView(text).mid(m.start, m.end - m.start));
            const std::optional<Mention> r = again.hasMatch() ? resolveDescriptor(again, m.start) : std::nullopt;
            if (!r)
                continue;
            m.companyId = r->companyId;
            m.newName = r->newName;
        }
        // "von Microsoft und Nvidia", "in das SoftBank und OpenAI": joined names share their role.
        if (previous && previous->end <= m.start
            && contains(words().joiner, QStringView(text).mid(previous->end, m.start - previous->end))) {
            m.role = previous->role;
            m.marker = previous->marker;
            m.relativeAt = previous->relativeAt;
        } else {
            roleOf(m, s);
        }
        resolved << m;
        recent << m;
    }
    return resolved;
}

std::optional<DealKind> ArticleExtractorRun::kindOfScope(
    QStringView near, QStringView scope, QStringView sentence, bool investTarget) const
{
    const Words &w = words();
    // The words that name the deal's form first, anywhere in its part of the sentence.
    for (QStringView part : {scope, sentence}) {
        if (contains(w.sell, part) && contains(w.stake, part))
            return DealKind::Divestment;
        if (contains(w.acquire, part))
            return DealKind::Acquisition;
        if (contains(w.loan, part))
            return DealKind::Loan;
    }
    // Then what the money buys, nearest first.
    for (QStringView part : {near, scope, sentence}) {
        if (investTarget && contains(w.equity, part))
            return DealKind::Equity;
        if (contains(w.chips, part))
            return DealKind::Chips;
        if (contains(w.compute, part))
            return DealKind::Compute;
        if (contains(w.equity, part))
            return DealKind::Equity;
        if (contains(w.partnership, part))
            return DealKind::Partnership;
    }
    return std::nullopt;
}

FuzzyDate ArticleExtractorRun::dateOf(const QString &sentenceText) const
{
    const FuzzyDate stated = ArticleExtractor::findDate(sentenceText, language, articleDate);
    if (stated.isValid())
        return stated;
    if (articleDate.isValid())
        return FuzzyDate(QDate(articleDate.year(), articleDate.month(), 1), DatePrecision::Month);
    return {};
}

// "kauft das Start-up X", "AMD bought server maker ZT Systems": a company bought (not "buys Nvidia chips").
// Where the buying verb stands, or nullopt.
std::optional<qsizetype> ArticleExtractorRun::boughtCompanyAt(const Sentence &s, const QList<Mention> &mentions) const
{
    const Words &w = words();
    const QString sentence = text.mid(s.start, s.end - s.start);
    for (auto it = w.buyVerb.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch verb = it.next();
        if (verb.captured().startsWith(u"Kauf"_s))
            continue; // the noun: "zum Kauf von Cloud-Diensten"
        const qsizetype at = s.start + verb.capturedEnd();
        for (const Mention &m : mentions) {
            if (m.start < at || !m.isParty())
                continue;
            static const QRegularExpression clauseBreak(u"[,:;.]"_s);
            if (m.start - at > 25 || contains(clauseBreak, QStringView(text).mid(at, m.start - at)))
                break;
            if (m.marker == u"-"_s)
                break;
            if (contains(w.stake, QStringView(text).mid(m.end, 15)))
                break; // "bought Nvidia shares"
            qsizetype e = m.end;
            while (e < s.end && (text.at(e) == u'\'' || text.at(e) == u'\u2019' || text.at(e) == u's'))
                ++e;
            const QStringView next = QStringView(text).mid(e, std::min<qsizetype>(20, s.end - e));
            if (contains(w.chips, next) || contains(w.compute, next))
                break;
            if (QStringView(text).mid(at, m.start - at).trimmed().isEmpty() || m.role == Role::Plain)
                return s.start + verb.capturedStart();
            break; // "kauft bei Microsoft ein": a purchase from a company, not of it
        }
    }
    return std::nullopt;
}

// A purchase's provider is the company that sells compute or chips: "AMD will supply OpenAI".
void ArticleExtractorRun::providerOrder(Candidate &c) const
{
    if (c.payers.size() != 1 || !c.receiver)
        return;
    const std::optional<CompanyKind> provider = c.kind == DealKind::Compute ? std::optional(CompanyKind::Cloud)
        : c.kind == DealKind::Chips                                         ? std::optional(CompanyKind::Chips)
                                                                            : std::nullopt;
    if (!provider)
        return;
    const auto from = kindOf(c.payers.first());
    const auto to = kindOf(*c.receiver);
    if (from == provider && to && to != provider) {
        const Mention payer = c.payers.first();
        c.payers = {*c.receiver};
        c.receiver = payer;
    }
}

namespace {
bool hasKey(const QList<Mention> &list, const Mention &m)
{
    return std::any_of(list.begin(), list.end(), [&](const Mention &o) { return o.key() == m.key(); });
}

void addUnique(QList<Mention> &list, const Mention &m)
{
    if (m.isParty() && !hasKey(list, m))
        list << m;
}

bool isSourceMarker(const QString &marker)
{
    return marker == u"von"_s || marker == u"vom"_s || marker == u"from"_s || marker == u"by"_s || marker == u"bei"_s
        || marker == u"beim"_s;
}

// The plain names right before `end` and those joined to them by "und", "and" or a comma.
QList<Mention> subjectGroup(const QList<Mention> &mentions, qsizetype start, qsizetype end, const QString &text)
{
    QList<Mention> group;
    qsizetype groupStart = -1;
    for (qsizetype i = mentions.size() - 1; i >= 0; --i) {
        const Mention &m = mentions.at(i);
        if (m.start < start || m.start >= end || !m.isParty())
            continue;
        if (m.role != Role::Plain) {
            if (groupStart >= 0)
                break;
            continue;
        }
        if (groupStart >= 0 && !contains(words().joiner, QStringView(text).mid(m.end, groupStart - m.end)))
            break;
        if (!hasKey(group, m))
            group.prepend(m);
        groupStart = m.start;
    }
    return group;
}
} // namespace

void ArticleExtractorRun::figureCandidates(int index, const Sentence &s, const QList<Mention> &mentions, bool headline)
{
    const Words &w = words();
    const QString sentenceText = text.mid(s.start, s.end - s.start);
    QList<ArticleExtractor::MoneyFigure> figures = ArticleExtractor::findFigures(sentenceText, language);
    for (ArticleExtractor::MoneyFigure &f : figures) {
        f.span.start += s.start;
        f.span.end += s.start;
    }
    for (qsizetype fi = 0; fi < figures.size(); ++fi) {
        const ArticleExtractor::MoneyFigure &f = figures.at(fi);
        const qsizetype scopeStart = fi > 0 ? figures.at(fi - 1).span.end : s.start;
        const qsizetype scopeEnd = fi + 1 < figures.size() ? figures.at(fi + 1).span.start : s.end;
        const QStringView before = QStringView(text).mid(scopeStart, f.span.start - scopeStart);
        const QStringView after = QStringView(text).mid(f.span.end, scopeEnd - f.span.end);
        const QStringView scope = QStringView(text).mid(scopeStart, scopeEnd - scopeStart);
        Candidate c;
        c.sentence = index;
        c.order = f.span.start;
        c.hasFigure = true;
        c.figure = f;
        c.evidence = evidenceOf(s, f.span);
        c.date = dateOf(sentenceText);
        if (headline) {
            c.unusedReason = ArticleExtractor::tr("in the headline; the proposals come from the article's sentences");
            candidates << c;
            continue;
        }

        if (contains(w.valuationBefore, before) || contains(w.valuationAfter, after)) {
            c.valuation = true;
            // The company named nearest before the valuation's word ("Scale AI …, which valued") or
            // before the figure ("Anthropic wurde … mit 183 Milliarden Dollar bewertet").
            const QRegularExpressionMatch word = w.valuationBefore.match(before);
            const qsizetype until = word.hasMatch() ? scopeStart + word.capturedStart() : f.span.start;
            std::optional<Mention> company;
            for (const Mention &m : mentions) {
                if (m.isParty() && m.start < until)
                    company = m;
            }
            if (!company) {
                for (const Mention &m : mentions) {
                    if (m.isParty()) {
                        company = m;
                        break;
                    }
                }
            }
            if (!company)
                company = lastValued;
            if (!company) {
                c.unusedReason = ArticleExtractor::tr("no company found");
            } else if (f.currency != u"USD"_s) {
                c.unusedReason = ArticleExtractor::tr("the valuation is not in US dollars");
            } else {
                lastValued = company;
                c.valuationProposal.company = party(*company);
                c.valuationProposal.value = f.amount;
                c.valuationProposal.kind = contains(w.marketCap, sentenceText) ? ValuationKind::MarketCap
                    : contains(w.secondary, sentenceText)                      ? ValuationKind::Secondary
                                                                               : ValuationKind::PostMoney;
                c.valuationProposal.date = c.date;
                c.valuationProposal.evidence = c.evidence;
            }
            candidates << c;
            continue;
        }

        // Who: the plain names nearest before the figure ("Microsoft und Nvidia") are its subject,
        // in its part of the sentence if it has one there.
        QList<Mention> subjects = subjectGroup(mentions, scopeStart, f.span.start, text);
        if (subjects.isEmpty())
            subjects = subjectGroup(mentions, s.start, f.span.start, text);
        // "Rund 25 Millionen … will Anthropic": a subject only after the figure.
        if (subjects.isEmpty()) {
            for (const Mention &m : mentions) {
                if (m.role == Role::Plain && m.start >= f.span.end && m.start < scopeEnd) {
                    addUnique(subjects, m);
                    break;
                }
            }
        }
        // And with whom.
        QList<Mention> others;
        // "Nvidia … $10 billion and Microsoft up to $5 billion": Microsoft is the next figure's subject.
        const QList<Mention> nextSubjects = fi + 1 < figures.size()
            ? subjectGroup(mentions, f.span.end, figures.at(fi + 1).span.start, text)
            : QList<Mention>();
        auto collect = [&](qsizetype from, qsizetype to, Role role) {
            for (const Mention &m : mentions) {
                if (m.role == role && m.start >= from && m.start < to && !hasKey(subjects, m)
                    && !(role == Role::Plain && hasKey(nextSubjects, m)))
                    addUnique(others, m);
            }
        };
        collect(f.span.end, scopeEnd, Role::Marked);
        collect(scopeEnd, s.end, Role::Marked);
        // Before the figure, the nearest first: "with Google, and … agreed to pay CoreWeave up to $14.2 billion".
        for (qsizetype i = mentions.size() - 1; i >= 0; --i) {
            const Mention &m = mentions.at(i);
            if (m.role == Role::Marked && m.start >= scopeStart && m.start < f.span.start && !hasKey(subjects, m))
                addUnique(others, m);
        }
        collect(f.span.end, scopeEnd, Role::Plain);
        const bool investTarget = std::any_of(others.begin(), others.end(),
            [](const Mention &m) { return m.marker == u"in"_s || m.marker == u"into"_s || m.marker == u"an"_s; });
        const qsizetype nearStart = std::max(scopeStart, f.span.start - 25);
        const qsizetype nearEnd = std::min(scopeEnd, f.span.end + 25);

        // Kinds from the words around, with the companies' own names blanked out ("Ampere Computing").
        auto blank = [&](qsizetype from, qsizetype to) { return QStringView(masked).mid(from, to - from); };
        std::optional<DealKind> kind
            = kindOfScope(blank(nearStart, nearEnd), blank(scopeStart, scopeEnd), blank(s.start, s.end), investTarget);
        if (kind != DealKind::Divestment && boughtCompanyAt(s, mentions))
            kind = DealKind::Acquisition;
        c.kindFound = kind.has_value();
        c.kind = kind.value_or(DealKind::Equity);
        std::optional<Mention> counterpart;
        for (const Mention &m : std::as_const(others)) {
            const bool preferred = m.marker == u"pay"_s
                || (c.kind == DealKind::Equity ? (m.marker == u"in"_s || m.marker == u"into"_s || m.marker == u"an"_s)
                        : (c.kind == DealKind::Compute || c.kind == DealKind::Chips)
                        ? (isSourceMarker(m.marker) || m.marker == u"with"_s || m.marker == u"mit"_s)
                        : false);
            if (preferred) {
                counterpart = m;
                break;
            }
        }
        if (!counterpart && !others.isEmpty())
            counterpart = others.first();
        // "xAI is raising more capital, with Nvidia set to invest …": the company raising the round earlier
        // in the sentence receives it.
        if (!counterpart && c.kind == DealKind::Equity && !subjects.isEmpty()) {
            const Mention &subject = subjects.first();
            for (const Mention &m : mentions) {
                if (m.isParty() && m.start >= s.start && m.end <= subject.start && !hasKey(subjects, m)
                    && contains(w.receive, QStringView(text).mid(m.end, subject.start - m.end))) {
                    counterpart = m;
                    break;
                }
            }
            // "Zum Start des Projekts Stargate hatten SoftBank und OpenAI jeweils 19 Milliarden zugesagt": a
            // project or company named before the investors, in their clause, is what they invest in.
            for (const Mention &m : mentions) {
                if (counterpart)
                    break;
                if (m.isParty() && m.start >= scopeStart && m.end <= subject.start && !hasKey(subjects, m))
                    counterpart = m;
            }
        }
        // "das Gemeinschaftsunternehmen Stargate, in das SoftBank und OpenAI … stecken": the name the
        // relative clause speaks of, unless the figure's own part of the sentence names another.
        if ((!counterpart || counterpart->start < f.span.start) && !subjects.isEmpty()
            && subjects.first().relativeAt >= 0) {
            for (const Mention &m : mentions) {
                if (m.isParty() && m.end <= subjects.first().relativeAt && !hasKey(subjects, m))
                    counterpart = m;
            }
        }

        // The receiving verb is the subject's own ("Anthropic raised … from"), not an earlier company's ("xAI is
        // raising more capital, and SpaceX will invest …").
        const QStringView afterSubject = !subjects.isEmpty() && subjects.first().end <= f.span.start
            ? QStringView(text).mid(subjects.first().end, f.span.start - subjects.first().end)
            : before;
        const bool received
            = (c.kind == DealKind::Equity || c.kind == DealKind::Loan) && contains(w.receive, afterSubject);
        const bool passive = contains(w.passive, sentenceText);
        if (c.kind == DealKind::Acquisition) {
            // "Nvidia übernimmt Groq für 20 Milliarden": the acquirer before the verb, the target after it.
            const QRegularExpressionMatch verb = w.acquire.match(sentenceText);
            const qsizetype at
                = verb.hasMatch() ? s.start + verb.capturedStart() : boughtCompanyAt(s, mentions).value_or(s.start);
            QList<Mention> acquirers;
            std::optional<Mention> target;
            for (const Mention &m : mentions) {
                if (m.start < at && m.role == Role::Plain)
                    addUnique(acquirers, m);
                else if (m.start >= at && !target && m.isParty())
                    target = m;
            }
            if (passive) {
                std::optional<Mention> by;
                for (const Mention &m : mentions) {
                    if (isSourceMarker(m.marker)) {
                        by = m;
                        break;
                    }
                }
                if (by && !acquirers.isEmpty()) {
                    target = acquirers.first();
                    acquirers = {*by};
                }
            }
            if (acquirers.isEmpty() && target) {
                for (const Mention &m : mentions) {
                    if (m.start > target->start && m.isParty() && m.key() != target->key()) {
                        acquirers = {*target};
                        target = m;
                        break;
                    }
                }
            }
            if (!acquirers.isEmpty() || target) {
                subjects = acquirers;
                counterpart = target;
            }
        } else if (received || passive) {
            std::optional<Mention> payer;
            for (const Mention &m : std::as_const(others)) {
                if (isSourceMarker(m.marker)) {
                    payer = m;
                    break;
                }
            }
            counterpart = subjects.isEmpty() ? std::nullopt : std::optional<Mention>(subjects.first());
            subjects.clear();
            if (payer)
                subjects << *payer;
        }
        // "für 17,4 Milliarden Dollar gebucht, der Wert kann auf bis zu 19,4 Milliarden Dollar steigen": a
        // later figure of the sentence that names no one of its own is another figure of the deal before.
        const bool ownParty = std::any_of(mentions.begin(), mentions.end(),
            [&](const Mention &m) { return m.isParty() && m.start >= scopeStart && m.start < scopeEnd; });
        if (fi > 0 && !ownParty && !f.statedAsTotal) {
            c.unusedReason = ArticleExtractor::tr("another figure for the deal stated before it");
            candidates << c;
            continue;
        }
        c.payers = subjects;
        c.receiver = counterpart;
        if (c.receiver && hasKey(c.payers, *c.receiver))
            c.receiver.reset();
        providerOrder(c);
        c.totalCandidate = f.statedAsTotal || c.payers.size() >= 2;
        // "SoftBank und OpenAI stecken jeweils 19 Milliarden": the amount for each of them.
        if (c.payers.size() >= 2 && contains(w.each, scope)) {
            const QList<Mention> payers = c.payers;
            for (const Mention &payer : payers) {
                Candidate one = c;
                one.payers = {payer};
                one.totalCandidate = false;
                one.order = payer.start < f.span.start ? f.span.start : payer.start;
                candidates << one;
            }
            continue;
        }

        const QRegularExpressionMatch cap = w.capacity.match(scope);
        const QRegularExpressionMatch capSentence = w.capacity.match(sentenceText);
        const QRegularExpressionMatch &capacity = cap.hasMatch() || figures.size() > 1 ? cap : capSentence;
        if (capacity.hasMatch()) {
            const QString unit = capacity.captured(u"unit"_s).toLower();
            QString number = capacity.captured(u"num"_s);
            if (!number.at(0).isDigit())
                number = u"1"_s;
            const auto mw = decimalValue(number, language, unit.startsWith(u'g') ? 3 : 0);
            if (mw && *mw > 0)
                c.capacityMw = *mw;
        }
        candidates << c;
    }
}

void ArticleExtractorRun::figurelessCandidates(int index, const Sentence &s, const QList<Mention> &mentions)
{
    const Words &w = words();
    qsizetype clauseEnd = s.end;
    const QRegularExpressionMatch sub = w.subordinate.match(QStringView(text).mid(s.start, s.end - s.start));
    if (sub.hasMatch())
        clauseEnd = s.start + sub.capturedStart();
    const QString clause = text.mid(s.start, clauseEnd - s.start);
    QList<Mention> inClause;
    for (const Mention &m : mentions) {
        if (m.isParty() && m.start < clauseEnd)
            inClause << m;
    }
    Candidate base;
    base.sentence = index;
    base.order = s.start;
    base.evidence = evidenceOf(s, TextSpan {});
    base.date = dateOf(text.mid(s.start, s.end - s.start));
    base.kindFound = true;

    const QRegularExpressionMatch round = w.round.match(clause);
    if (round.hasMatch() && contains(w.equity, clause)) {
        // The round of the last equity deal, in this or the two sentences before.
        std::optional<Mention> receiver;
        for (qsizetype i = candidates.size() - 1; i >= 0 && !receiver; --i) {
            const Candidate &o = candidates.at(i);
            if (o.sentence < index - 2)
                break;
            if (!o.valuation && o.kind == DealKind::Equity && o.receiver)
                receiver = o.receiver;
        }
        const QList<Mention> payers = subjectGroup(mentions, s.start, s.start + round.capturedStart(), text);
        for (const Mention &payer : payers) {
            if (!receiver || payer.key() == receiver->key())
                continue;
            Candidate c = base;
            c.kind = DealKind::Equity;
            c.payers = {payer};
            c.receiver = receiver;
            candidates << c;
        }
        return;
    }
    if (inClause.size() < 2)
        return;

    const QRegularExpressionMatch stake = w.stake.match(clause);
    if (contains(w.sell, clause) && stake.hasMatch()) {
        // "verkaufte seine Beteiligung an Nvidia, ebenso wie SoftBank": every seller of the same shares.
        const qsizetype stakeAt = s.start + stake.capturedStart();
        std::optional<Mention> target;
        for (const Mention &m : std::as_const(inClause)) {
            const bool after = m.start >= stakeAt
                && (m.marker == u"an"_s || m.marker == u"in"_s || m.marker == u"of"_s || m.marker == u"von"_s);
            const bool compound = m.marker == u"-"_s && m.end + 1 < text.size()
                && contains(w.stake, QStringView(text).mid(m.end + 1, 12));
            const bool before = m.end <= stakeAt && stakeAt - m.end <= 2;
            if (after || compound || before) {
                target = m;
                break;
            }
        }
        if (!target)
            return;
        for (const Mention &m : std::as_const(inClause)) {
            if (m.role != Role::Plain || m.key() == target->key())
                continue;
            Candidate c = base;
            c.kind = DealKind::Divestment;
            c.payers = {m};
            c.receiver = target;
            c.order = m.start;
            if (std::none_of(candidates.begin(), candidates.end(), [&](const Candidate &o) {
                    return o.sentence == index && o.payers.size() == 1 && o.payers.first().key() == m.key();
                }))
                candidates << c;
        }
        return;
    }
    const QRegularExpressionMatch acquire = w.acquire.match(clause);
    const QRegularExpressionMatch buy = w.buyVerb.match(clause);
    const bool chips = contains(w.chips, clause);
    std::optional<qsizetype> verbAt;
    if (acquire.hasMatch())
        verbAt = s.start + acquire.capturedStart();
    else
        verbAt = boughtCompanyAt(s, mentions);
    if (verbAt) {
        Candidate c = base;
        c.kind = DealKind::Acquisition;
        std::optional<Mention> target;
        for (const Mention &m : std::as_const(inClause)) {
            if (m.start < *verbAt && m.role == Role::Plain)
                addUnique(c.payers, m);
            else if (m.start >= *verbAt && !target && !hasKey(c.payers, m))
                target = m;
        }
        if (contains(w.passive, clause)) {
            for (const Mention &m : std::as_const(inClause)) {
                if (isSourceMarker(m.marker) && !c.payers.isEmpty()) {
                    target = c.payers.first();
                    c.payers = {m};
                    break;
                }
            }
        }
        if (c.payers.isEmpty() && target) {
            for (const Mention &m : std::as_const(inClause)) {
                if (m.start > target->start && m.key() != target->key()) {
                    c.payers = {*target};
                    target = m;
                    break;
                }
            }
        }
        if (c.payers.size() == 1 && target) {
            c.receiver = target;
            candidates << c;
        }
        return;
    }
    if (chips && (buy.hasMatch() || contains(w.supplyVerb, clause))) {
        Candidate c = base;
        c.kind = DealKind::Chips;
        for (const Mention &m : std::as_const(inClause)) {
            if (m.role == Role::Plain && c.payers.isEmpty())
                c.payers << m;
            else if (!c.receiver && !hasKey(c.payers, m))
                c.receiver = m;
        }
        if (contains(w.supplyVerb, clause) && !buy.hasMatch() && c.receiver) {
            // "AMD will supply chips to OpenAI": the supplier is paid.
            const Mention supplier = c.payers.first();
            c.payers = {*c.receiver};
            c.receiver = supplier;
        }
        providerOrder(c);
        if (c.payers.size() == 1 && c.receiver)
            candidates << c;
    }
}

void ArticleExtractorRun::matchTotals()
{
    // Stated totals first ("insgesamt"), then amounts several companies share.
    QList<int> order;
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).totalCandidate && candidates.at(i).figure.statedAsTotal)
            order << i;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).totalCandidate && !candidates.at(i).figure.statedAsTotal)
            order << i;
    }
    for (int t : std::as_const(order)) {
        Candidate &total = candidates[t];
        if (!total.unusedReason.isEmpty() || total.valuation)
            continue;
        QList<int> pool;
        for (int i = 0; i < candidates.size(); ++i) {
            const Candidate &p = candidates.at(i);
            if (i == t || p.valuation || !p.hasFigure || p.totalCandidate || p.isTotal || p.payers.size() != 1
                || p.figure.currency != total.figure.currency || std::abs(p.sentence - total.sentence) > 5)
                continue;
            pool << i;
        }
        if (pool.size() > 12)
            pool.resize(12);
        QList<int> parts;
        for (quint32 mask = 1; mask < (1u << pool.size()) && parts.isEmpty(); ++mask) {
            if (std::popcount(mask) < 2)
                continue;
            Money sum;
            QList<int> chosen;
            for (int b = 0; b < pool.size(); ++b) {
                if (mask & (1u << b)) {
                    sum += candidates.at(pool.at(b)).figure.amount;
                    chosen << pool.at(b);
                }
            }
            if (sum == total.figure.amount)
                parts = chosen;
        }
        if (parts.isEmpty()) {
            if (total.payers.size() >= 2)
                total.unusedReason = ArticleExtractor::tr("shared by several companies; the split is not stated");
            continue;
        }
        if (candidates.at(parts.first()).totalOrder >= 0) {
            total.unusedReason = ArticleExtractor::tr("the same total as in another sentence");
            continue;
        }
        total.isTotal = true;
        for (int p : std::as_const(parts)) {
            Candidate &part = candidates[p];
            part.totalOrder = total.order;
            // "Nvidia will invest up to $10 billion and Microsoft up to $5 billion": in the total's company.
            if (!part.receiver && total.receiver && !hasKey(part.payers, *total.receiver))
                part.receiver = total.receiver;
            if (!part.kindFound && total.kindFound) {
                part.kind = total.kind;
                part.kindFound = true;
            }
        }
    }
}

ExtractionResult ArticleExtractorRun::run()
{
    result.language = language;
    known = x.findCompanies(text);
    masked = text;
    // Cloud services named like their companies ("Azure", "AWS") still say what was bought.
    static const QRegularExpression service
        = ci(u"^(Microsoft Azure|Azure|AWS|Amazon Web Services|Google Cloud|Oracle Cloud Infrastructure|OCI)$"_s);
    for (const ArticleExtractor::CompanyMention &m : std::as_const(known)) {
        if (!contains(service, QStringView(text).mid(m.span.start, m.span.length())))
            masked.replace(m.span.start, m.span.length(), QString(m.span.length(), u' '));
    }
    const QList<Sentence> sentences = splitSentences(text);
    for (int i = 0; i < sentences.size(); ++i) {
        const Sentence &s = sentences.at(i);
        const QList<Mention> mentions = sentenceMentions(s);
        // A headline: the first line, without a full stop, above the article.
        const QChar last = text.at(s.end - 1);
        const bool headline = i == 0 && sentences.size() > 1 && s.end < text.size() && text.at(s.end) == u'\n'
            && last != u'.' && last != u'!' && last != u'?' && last != u'"';
        const qsizetype before = candidates.size();
        figureCandidates(i, s, mentions, headline);
        if (candidates.size() == before && !headline)
            figurelessCandidates(i, s, mentions);
    }
    matchTotals();
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.order < b.order; });

    QHash<qsizetype, int> totalByOrder; // a total's figure position -> its index in result.totals
    QList<std::pair<int, qsizetype>> partsOf; // deal index, its total's figure position
    for (const Candidate &c : std::as_const(candidates)) {
        const QString figureText = c.hasFigure ? text.mid(c.figure.span.start, c.figure.span.length()) : QString();
        auto unused = [&](const QString &reason) { result.unused << UnusedFigure {figureText, reason, c.evidence}; };
        if (!c.unusedReason.isEmpty()) {
            unused(c.unusedReason);
            continue;
        }
        if (c.valuation) {
            result.valuations << c.valuationProposal;
            continue;
        }
        if (c.isTotal) {
            totalByOrder.insert(c.order, int(result.totals.size()));
            result.totals << TotalProposal {c.figure.amount, c.figure.amountKind, {}, c.evidence};
            continue;
        }
        if (!c.kindFound) {
            unused(ArticleExtractor::tr("no deal kind recognised"));
            continue;
        }
        if (c.payers.isEmpty() && !c.receiver) {
            unused(ArticleExtractor::tr("no company found"));
            continue;
        }
        // A purchase whose provider the text does not name is still the buyer's commitment.
        const bool purchase = c.kind == DealKind::Compute || c.kind == DealKind::Chips;
        if (c.payers.isEmpty() || (!c.receiver && !purchase)) {
            unused(ArticleExtractor::tr("no counterparty found"));
            continue;
        }
        DealProposal d;
        d.from = party(c.payers.first());
        if (c.receiver)
            d.to = party(*c.receiver);
        d.kind = c.kind;
        d.capacityMw = c.capacityMw;
        d.date = c.date;
        d.evidence = c.evidence;
        if (c.hasFigure) {
            d.amountKind = c.figure.amountKind;
            if (c.figure.currency == u"USD"_s)
                d.amount = c.figure.amount;
            else
                d.note = ArticleExtractor::tr("The article states %1; not converted to US dollars.").arg(figureText);
        } else {
            d.amountKind = AmountKind::Reported;
        }
        if (!c.receiver)
            d.note = ArticleExtractor::tr("The article names no provider.");
        const bool repeated = std::any_of(result.deals.begin(), result.deals.end(), [&](const DealProposal &o) {
            return o.from == d.from && o.to == d.to && o.kind == d.kind && o.amount == d.amount;
        });
        if (repeated) {
            if (c.hasFigure)
                unused(ArticleExtractor::tr("repeats a deal stated before"));
            continue;
        }
        if (c.totalOrder >= 0)
            partsOf << std::pair<int, qsizetype>(int(result.deals.size()), c.totalOrder);
        result.deals << d;
    }
    // The parts name their total by its figure's position; map that to the totals' indices.
    for (const auto &entry : std::as_const(partsOf)) {
        const int total = totalByOrder.value(entry.second, -1);
        if (total < 0)
            continue;
        result.deals[entry.first].totalIndex = total;
        result.totals[total].parts << entry.first;
    }
    return result;
}

ExtractionResult ArticleExtractor::extract(const QString &article, const Options &options) const
{
    const Language language = options.language.value_or(detectLanguage(article));
    ArticleExtractorRun run(*this, article, language, options.articleDate);
    return run.run();
}
