#include "extract/ExtractionJson.h"

#include "analysis/AmountTotals.h"

#include <QJsonArray>

namespace {

QJsonValue usd(const std::optional<Money> &amount)
{
    return amount ? QJsonValue(amount->toUsdString()) : QJsonValue(QJsonValue::Null);
}

void party(QJsonObject &o, const ProposedCompany &company, const QHash<QString, QString> &names, const QString &prefix)
{
    o.insert(prefix + QStringLiteral("_id"), company.isKnown() ? QJsonValue(company.companyId) : QJsonValue());
    o.insert(prefix + QStringLiteral("_name"),
        company.isKnown()     ? QJsonValue(names.value(company.companyId))
            : company.isNew() ? QJsonValue(company.newName)
                              : QJsonValue());
    if (company.isNew())
        o.insert(prefix + QStringLiteral("_new_company"), true);
}

void date(QJsonObject &o, const FuzzyDate &d)
{
    o.insert(QStringLiteral("date"), d.isValid() ? QJsonValue(d.periodStart().toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("date_precision"), d.isValid() ? QJsonValue(enumKey(d.precision())) : QJsonValue());
}

void evidence(QJsonObject &o, const ArticleEvidence &e)
{
    o.insert(QStringLiteral("sentence"), e.sentence);
    o.insert(QStringLiteral("sentence_start"), e.sentenceSpan.start);
    o.insert(QStringLiteral("sentence_end"), e.sentenceSpan.end);
    o.insert(QStringLiteral("figure_start"), e.figureSpan.isValid() ? QJsonValue(e.figureSpan.start) : QJsonValue());
    o.insert(QStringLiteral("figure_end"), e.figureSpan.isValid() ? QJsonValue(e.figureSpan.end) : QJsonValue());
}

} // namespace

QJsonObject extractionToJson(const ExtractionResult &result, const DocumentData &document)
{
    QHash<QString, QString> names;
    for (const Company &c : document.companies)
        names.insert(c.id, c.name);
    QJsonArray deals;
    for (const DealProposal &d : result.deals) {
        QJsonObject o;
        date(o, d.date);
        o.insert(QStringLiteral("kind"), enumKey(d.kind));
        o.insert(QStringLiteral("amount_usd"), usd(d.amount));
        o.insert(QStringLiteral("amount_kind"), enumKey(d.amountKind));
        Deal asDeal;
        asDeal.amount = d.amount;
        asDeal.amountKind = d.amountKind;
        o.insert(QStringLiteral("certainty"), certaintyKey(certaintyOf(asDeal)));
        o.insert(QStringLiteral("capacity_gw"),
            d.capacityMw ? QJsonValue(Decimal::format(*d.capacityMw, 3)) : QJsonValue(QJsonValue::Null));
        party(o, d.from, names, QStringLiteral("from"));
        party(o, d.to, names, QStringLiteral("to"));
        o.insert(QStringLiteral("note"), d.note);
        o.insert(QStringLiteral("part_of_total"), d.totalIndex >= 0 ? QJsonValue(d.totalIndex) : QJsonValue());
        evidence(o, d.evidence);
        deals << o;
    }
    QJsonArray totals;
    for (const TotalProposal &t : result.totals) {
        QJsonObject o;
        o.insert(QStringLiteral("amount_usd"), t.amount.toUsdString());
        o.insert(QStringLiteral("amount_kind"), enumKey(t.amountKind));
        QJsonArray parts;
        for (int p : t.parts)
            parts << p;
        o.insert(QStringLiteral("parts"), parts);
        evidence(o, t.evidence);
        totals << o;
    }
    QJsonArray valuations;
    for (const ValuationProposal &v : result.valuations) {
        QJsonObject o;
        party(o, v.company, names, QStringLiteral("company"));
        o.insert(QStringLiteral("value_usd"), v.value.toUsdString());
        o.insert(QStringLiteral("kind"), enumKey(v.kind));
        date(o, v.date);
        evidence(o, v.evidence);
        valuations << o;
    }
    QJsonArray unused;
    for (const UnusedFigure &u : result.unused) {
        QJsonObject o;
        o.insert(QStringLiteral("text"), u.text);
        o.insert(QStringLiteral("reason"), u.reason);
        evidence(o, u.evidence);
        unused << o;
    }
    return QJsonObject {{QStringLiteral("language"), languageCode(result.language)}, {QStringLiteral("deals"), deals},
        {QStringLiteral("totals"), totals}, {QStringLiteral("valuations"), valuations},
        {QStringLiteral("unused_figures"), unused}};
}
