#pragma once

#include "document/DocumentData.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Deals and valuations proposed from the text of a news article (German or English), by rules: no
// network, no machine learning. The proposals are for a person to check, edit and accept; nothing
// the text states is dropped silently: every money figure that did not become a proposal is listed
// with the reason.
//
// Offsets are positions in the article's QString (UTF-16 code units), `end` exclusive.
struct TextSpan
{
    qsizetype start = -1;
    qsizetype end = -1;
    bool isValid() const { return start >= 0 && end >= start; }
    qsizetype length() const { return end - start; }
    bool operator==(const TextSpan &) const = default;
};

// A party of a proposal: a company of the document (its id), or a name the document does not know
// (proposed as a new company), or nobody (the text names no one; the user fills it in).
struct ProposedCompany
{
    QString companyId;
    QString newName;
    bool isKnown() const { return !companyId.isEmpty(); }
    bool isNew() const { return companyId.isEmpty() && !newName.isEmpty(); }
    bool isEmpty() const { return companyId.isEmpty() && newName.isEmpty(); }
    bool operator==(const ProposedCompany &) const = default;
};

// Where in the article a proposal rests: its sentence, and the amount's own words in it.
struct ArticleEvidence
{
    QString sentence;
    TextSpan sentenceSpan;
    TextSpan figureSpan; // the amount as written ("bis zu 10 Milliarden US-Dollar"); invalid when undisclosed
};

struct DealProposal
{
    ProposedCompany from; // who pays, invests or (divestment) sells
    ProposedCompany to; // who receives, or whose shares were sold
    DealKind kind = DealKind::Equity;
    std::optional<Money> amount; // absent when undisclosed, or stated in another currency (see note)
    AmountKind amountKind = AmountKind::Reported;
    std::optional<qint64> capacityMw;
    FuzzyDate date; // invalid when neither the text nor the article's date gives one
    QString note; // e.g. an amount in euros, kept as stated
    ArticleEvidence evidence;
    int totalIndex = -1; // this deal is a part of ExtractionResult::totals[totalIndex]
};

// A total the text states for several deals ("insgesamt bis zu 15 Milliarden"): the sum of its
// parts, not a deal of its own.
struct TotalProposal
{
    Money amount;
    AmountKind amountKind = AmountKind::Reported;
    QList<int> parts; // indices into ExtractionResult::deals
    ArticleEvidence evidence;
};

struct ValuationProposal
{
    ProposedCompany company;
    Money value;
    ValuationKind kind = ValuationKind::PostMoney;
    FuzzyDate date;
    ArticleEvidence evidence;
};

// A figure the text states that did not become a proposal, and why.
struct UnusedFigure
{
    QString text; // the figure as written
    QString reason; // translated, e.g. "no counterparty found"
    ArticleEvidence evidence;
};

struct ExtractionResult
{
    Language language = Language::English;
    QList<DealProposal> deals;
    QList<TotalProposal> totals;
    QList<ValuationProposal> valuations;
    QList<UnusedFigure> unused;
};

class ArticleExtractor
{
    Q_DECLARE_TR_FUNCTIONS(ArticleExtractor)
public:
    struct Options
    {
        std::optional<Language> language; // nullopt: detected from the text
        QDate articleDate; // dates like "im März" are read relative to it; invalid: unknown
    };

    // The document's companies and aliases (and CapFlow's default aliases) are what names are
    // matched against.
    explicit ArticleExtractor(const DocumentData &document);

    ExtractionResult extract(const QString &article, const Options &options) const;

    // German or English, by the share of each language's most common words.
    static Language detectLanguage(const QString &text);

    // The building blocks, for tests and for the dialog's highlighting.

    // A company named in the text: by name, alias or a distinctive first word ("Thiel" for "Thiel
    // Macro"), including compounds ("Microsoft-Chef", "Nvidia-Aktien") and German genitives
    // ("Microsofts"). A compound that names someone else ("OpenAI-Konkurrent", "Google-Mutter")
    // is not a mention of that company.
    struct CompanyMention
    {
        QString companyId;
        TextSpan span;
    };
    QList<CompanyMention> findCompanies(const QString &text) const;

    // A money figure: "15 Milliarden US-Dollar", "$1.4 trillion", "38-Milliarden-Dollar-Deal".
    struct MoneyFigure
    {
        Money amount; // in the stated currency, exact
        QString currency; // "USD", "EUR", "GBP"
        AmountKind amountKind = AmountKind::Committed; // from "bis zu", "rund", "geschätzt", …
        bool statedAsTotal = false; // "insgesamt", "in total", "combined"
        TextSpan span; // the figure and its qualifier
    };
    static QList<MoneyFigure> findFigures(const QString &text, Language language);

    // A date the text gives ("im März", "im dritten Quartal", "am 18. November 2025", "in 2024"),
    // relative to the article's date; invalid when it gives none.
    static FuzzyDate findDate(const QString &text, Language language, QDate articleDate);

private:
    friend class ArticleExtractorRun;
    QString companyIdForName(const QString &name) const; // a form's company, or empty
    struct Form
    {
        QString text;
        QString companyId;
        bool caseSensitive = true;
    };
    QList<Form> m_forms; // longest first
    QHash<QString, CompanyKind> m_kinds;
    QHash<QString, QString> m_names;
};
