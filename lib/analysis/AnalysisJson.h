#pragma once

#include "analysis/CapitalFlowAnalysis.h"
#include "analysis/NetworkChanges.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

// The pieces of the --analyze output: stable snake_case field names, amounts as exact decimal
// strings of USD, ids with names. When the set of companies is not empty, only entries that
// involve one of those company ids are written (the analysis itself always runs on the whole date
// range, so that cycles through other companies are still found). The list of analyses
// (itemmodels/Analyses.h) puts one part per analysis into the document; each part is written by
// one of the functions below, or by a function of the analysis' own file built on the helpers.
class AnalysisJsonWriter
{
public:
    AnalysisJsonWriter(const DealGraph &graph, const QSet<QString> &onlyCompanies);

    const DealGraph &graph() const { return m_graph; }
    bool wanted(const QString &companyId) const;
    bool wantedAny(const QStringList &companyIds) const;
    QString name(const QString &companyId) const;
    QJsonArray names(const QStringList &companyIds) const;
    // Adds PREFIX_id and PREFIX_name.
    void company(QJsonObject &o, const QString &id, const QString &prefix = QStringLiteral("company")) const;
    QJsonObject deal(const Deal &d) const;
    static QJsonValue usd(const std::optional<Money> &amount);
    static QJsonValue number(const std::optional<double> &value);
    static QJsonValue date(const std::optional<QDate> &d);
    static QJsonObject totals(const AmountTotals &t);
    static QJsonObject byKind(const QMap<DealKind, AmountTotals> &map);

    // The parts of the analyses CapFlow has.
    QJsonValue flows(const CapitalFlowAnalysis &analysis) const;
    QJsonValue cycles(const CapitalFlowAnalysis &analysis) const;
    QJsonValue vendorFinancing(const CapitalFlowAnalysis &analysis) const;
    QJsonValue importance(const CapitalFlowAnalysis &analysis) const;
    QJsonValue whatIf(const CapitalFlowAnalysis &analysis) const;

    // --paths: the money paths from one company to another, ranked.
    QJsonObject paths(const PathSearchResult &result, const QString &fromId, const QString &toId) const;

    // --compare: what changed between two dates (NetworkChanges).
    QJsonObject changes(const NetworkChanges &changes) const;
    QJsonObject valuation(const Valuation &v) const;

    // The document's head: format, version, date range, companies and the conventions.
    QJsonObject header(const CapitalFlowAnalysis &analysis) const;

private:
    const DealGraph &m_graph;
    QSet<QString> m_only;
};
