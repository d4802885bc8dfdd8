#pragma once

#include "i18n/Language.h"
#include "model/DealRelations.h"
#include "model/Sources.h"

#include <QCoreApplication>

#include <functional>

class Document;
class Formatter;
class NetworkPicture;

// The texts about deals that the network's tool tips and its details panel share: whether a
// deal's money counts among the deals shown (superseded, counted in another deal), its relations,
// its sources with their publisher, tier and claim, and the mark of sources that disagree.
class NetworkDealText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkDealText)
public:
    // "superseded by D107" or "counted in D100"; empty when the deal's money counts.
    static QString status(const DealRelations::Status &status);
    // For a list with totals: "superseded by D107", "part of D100 – not added" or "may overlap
    // D087 – not added"; empty when the deal's money counts. ids: how a deal id is written
    // (a link in HTML); the result is escaped by the same function as the text around it.
    static QString statusInTotals(const Deal &deal, const DealRelations::Status &status,
        const std::function<QString(const QString &)> &id, const std::function<QString(const QString &)> &text);
    static QString statusInTotals(const Deal &deal, const DealRelations::Status &status);
    // The relations other deals of the document have to each deal, by that deal's id and relation
    // (ids in natural order); deals nothing refers to are absent.
    using Incoming = QHash<QString, QHash<DealRelation, QStringList>>;
    static Incoming incoming(const Document &document);
    // Every relation of the deal to the document's other deals, both ways: "supersedes D059",
    // "superseded by D107", "part of D100", "includes D075, D076", "may overlap D087", "may
    // include D063". Written the same way as statusInTotals.
    static QStringList relations(const Deal &deal, const Incoming &incoming,
        const std::function<QString(const QString &)> &id, const std::function<QString(const QString &)> &text);

    // The mark of a figure its sources disagree about (Sources::disagree): "⚠ sources disagree";
    // empty when they agree.
    static QString disagreement(const std::optional<Money> &chosen, const QList<Source> &sources);
    static QString marked(const QString &figure) { return QStringLiteral("\u26A0 %1").arg(figure); }

    // The source's publisher ("Financial Times" for ft.com, else the domain; the URL without one).
    static QString publisher(const Source &source);
    // What the source reports: "$65bn (May 28, 2026)", "$65bn", "dated May 28, 2026"; empty
    // when it reports nothing of its own.
    static QString claim(const Source &source, const Formatter &format);
    // "Financial Times, news outlet: $65bn (May 28, 2026)" or "pjfp.com, unrated".
    static QString source(const Source &source, const Sources::TierTable &tiers, const Formatter &format);
    // All sources, primary first, joined by " · ".
    static QString sources(const QList<Source> &sources, const Sources::TierTable &tiers, const Formatter &format);

    // The tool tip (rich text) of an edge of the picture: its deals (at most six), each with
    // companies, kind, amount and date, whether its money counts, a disagreement and the note.
    static QString edgeToolTip(const Document &document, const NetworkPicture &picture, int edge, Language language);
    // The tool tip (rich text) of a company of the picture: name and kind, the money it received
    // and paid in the deals shown (committed or reported money apart from up-to ceilings and
    // estimates), how many deals, and its size measure ("no valuation in the data" when it has none).
    static QString companyToolTip(const NetworkPicture &picture, int node, Language language);
};
