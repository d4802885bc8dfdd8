#pragma once

// The article fixtures of tests/data/articles/: NAME.txt, an article as published, and
// NAME.expected.json, the deals and valuations it states (and only those). Shared by
// tst_articlefixtures (each article's exact set) and tests/bench/extract_bench (precision and recall).
//
// NAME.expected.json: {"language": "de", "date": "2025-11-18",
//   "deals": [{"from": "nvidia", "to": "anthropic", "kind": "equity", "amount_usd": "10000000000",
//              "amount_kind": "up_to", "capacity_gw": "1", "date": "2025-11-01", "date_precision": "month"}],
//   "valuations": [{"company": "anthropic", "value_usd": "61500000000", "date": "2025-03-01"}]}
// A party is a company id of the bundled dataset, "new:Name" for a company it does not have, or ""
// when the article names none. amount_usd null: undisclosed. capacity_gw and the dates are checked
// only where given.

#include "extract/ArticleExtractor.h"
#include "model/Money.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ArticleFixtures {

struct Fixture
{
    QString name;
    QString text;
    ArticleExtractor::Options options;
    QStringList expectedDeals; // keys, see dealKey()
    QStringList expectedValuations;
    QString error; // why the fixture could not be read
};

inline QString partyKey(const ProposedCompany &c)
{
    return c.isKnown() ? c.companyId : c.isNew() ? QStringLiteral("new:") + c.newName : QString();
}

inline QString dealKey(const QString &from, const QString &to, const QString &kind, const QString &amount,
    const QString &amountKind, const QString &capacity, const QString &date)
{
    QStringList parts {from, to, kind, amount.isEmpty() ? QStringLiteral("undisclosed") : amount, amountKind};
    if (!capacity.isEmpty())
        parts << capacity + QStringLiteral("GW");
    if (!date.isEmpty())
        parts << date;
    return parts.join(QStringLiteral(" | "));
}

inline QString dateText(const FuzzyDate &d)
{
    return d.isValid() ? d.periodStart().toString(Qt::ISODate) + u'/' + enumKey(d.precision()) : QString();
}

// The key of an extracted deal, with the optional fields the expected key has.
inline QString dealKey(const DealProposal &d, const QString &expectedLike)
{
    const bool withCapacity = expectedLike.contains(QStringLiteral("GW"));
    const bool withDate = expectedLike.contains(u'/');
    return dealKey(partyKey(d.from), partyKey(d.to), enumKey(d.kind), d.amount ? d.amount->toUsdString() : QString(),
        enumKey(d.amountKind),
        withCapacity ? (d.capacityMw ? Decimal::format(*d.capacityMw, 3) : QStringLiteral("none")) : QString(),
        withDate ? dateText(d.date) : QString());
}

inline QString valuationKey(const QString &company, const QString &value, const QString &date)
{
    QStringList parts {company, value};
    if (!date.isEmpty())
        parts << date;
    return parts.join(QStringLiteral(" | "));
}

inline QString valuationKey(const ValuationProposal &v, const QString &expectedLike)
{
    return valuationKey(partyKey(v.company), v.value.toUsdString(),
        expectedLike.count(QStringLiteral(" | ")) == 2 ? dateText(v.date) : QString());
}

inline Fixture read(const QString &textPath)
{
    Fixture f;
    f.name = QFileInfo(textPath).completeBaseName();
    QFile textFile(textPath);
    if (!textFile.open(QIODevice::ReadOnly)) {
        f.error = textPath + QStringLiteral(": cannot read");
        return f;
    }
    f.text = QString::fromUtf8(textFile.readAll());
    const QString expectedPath = textPath.chopped(4) + QStringLiteral(".expected.json");
    QFile expectedFile(expectedPath);
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        f.error = expectedPath + QStringLiteral(": cannot read");
        return f;
    }
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(expectedFile.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        f.error = expectedPath + QStringLiteral(": ") + parseError.errorString();
        return f;
    }
    f.options.language = languageFromCode(o[QStringLiteral("language")].toString());
    f.options.articleDate = FuzzyDate::parseIsoDate(o[QStringLiteral("date")].toString());
    for (const QJsonValue &v : o[QStringLiteral("deals")].toArray()) {
        const QJsonObject d = v.toObject();
        const QString date = d[QStringLiteral("date")].toString();
        f.expectedDeals << dealKey(d[QStringLiteral("from")].toString(), d[QStringLiteral("to")].toString(),
            d[QStringLiteral("kind")].toString(), d[QStringLiteral("amount_usd")].toString(),
            d[QStringLiteral("amount_kind")].toString(), d[QStringLiteral("capacity_gw")].toString(),
            date.isEmpty() ? QString() : date + u'/' + d[QStringLiteral("date_precision")].toString());
    }
    for (const QJsonValue &v : o[QStringLiteral("valuations")].toArray()) {
        const QJsonObject d = v.toObject();
        const QString date = d[QStringLiteral("date")].toString();
        f.expectedValuations << valuationKey(d[QStringLiteral("company")].toString(),
            d[QStringLiteral("value_usd")].toString(),
            date.isEmpty() ? QString() : date + u'/' + d[QStringLiteral("date_precision")].toString());
    }
    return f;
}

inline QList<Fixture> readAll(const QString &folder)
{
    QList<Fixture> fixtures;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        fixtures << read(dir.filePath(name));
    return fixtures;
}

// The extracted keys, each written like the expected key it may match (which optional fields it has).
struct Keys
{
    QStringList deals;
    QStringList valuations;
};

inline Keys extractedKeys(const Fixture &f, const ExtractionResult &r)
{
    Keys keys;
    for (const DealProposal &d : r.deals) {
        QString key = dealKey(d, QString());
        for (const QString &e : f.expectedDeals) {
            if (e.startsWith(key)) {
                key = dealKey(d, e);
                break;
            }
        }
        keys.deals << key;
    }
    for (const ValuationProposal &v : r.valuations) {
        QString key = valuationKey(v, QString());
        for (const QString &e : f.expectedValuations) {
            if (e.startsWith(key)) {
                key = valuationKey(v, e);
                break;
            }
        }
        keys.valuations << key;
    }
    return keys;
}

struct Score
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    QStringList missing;
    QStringList extra;
    void add(const Score &o)
    {
        truePositives += o.truePositives;
        falsePositives += o.falsePositives;
        falseNegatives += o.falseNegatives;
    }
    double precision() const
    {
        return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const
    {
        return truePositives + falseNegatives == 0 ? 1.0 : double(truePositives) / (truePositives + falseNegatives);
    }
};

// Multiset comparison: each expected key matches at most one extracted key.
inline Score score(QStringList expected, const QStringList &extracted)
{
    Score s;
    for (const QString &key : extracted) {
        const qsizetype at = expected.indexOf(key);
        if (at >= 0) {
            ++s.truePositives;
            expected.removeAt(at);
        } else {
            ++s.falsePositives;
            s.extra << key;
        }
    }
    s.falseNegatives = int(expected.size());
    s.missing = expected;
    return s;
}

} // namespace ArticleFixtures
