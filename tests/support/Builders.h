#pragma once

#include "document/DocumentData.h"

#include <optional>

// Entities for tests: the fields a test cares about are named, the rest keep defaults that every
// test may rely on. A deal is an equity deal of 15 January 2025 (day precision), undisclosed,
// "reported", with one source https://example.com/ID titled ID; a company's name is its id.
//     Deal d = DealBuilder(u"D1"_s, u"a"_s, u"b"_s).kind(DealKind::Compute).billions(10);
class DealBuilder
{
public:
    DealBuilder(const QString &id, const QString &from, const QString &to)
    {
        m_deal.id = id;
        m_deal.from = from;
        m_deal.to = to;
        m_deal.date = FuzzyDate(QDate(2025, 1, 15), DatePrecision::Day);
        m_deal.sources = {Source {QStringLiteral("https://example.com/") + id, id}};
    }
    DealBuilder &kind(DealKind kind)
    {
        m_deal.kind = kind;
        return *this;
    }
    DealBuilder &amount(std::optional<Money> amount)
    {
        m_deal.amount = amount;
        return *this;
    }
    DealBuilder &usd(std::optional<qint64> usd)
    {
        return amount(usd ? std::optional(Money::fromUsd(*usd)) : std::nullopt);
    }
    DealBuilder &billions(std::optional<qint64> billions)
    {
        return usd(billions ? std::optional(*billions * 1'000'000'000) : std::nullopt);
    }
    DealBuilder &amountKind(AmountKind kind)
    {
        m_deal.amountKind = kind;
        return *this;
    }
    DealBuilder &date(const FuzzyDate &date)
    {
        m_deal.date = date;
        return *this;
    }
    DealBuilder &on(QDate day, DatePrecision precision = DatePrecision::Day) { return date(FuzzyDate(day, precision)); }
    DealBuilder &sources(const QList<Source> &sources)
    {
        m_deal.sources = sources;
        return *this;
    }
    DealBuilder &note(const QString &english)
    {
        m_deal.note.en = english;
        return *this;
    }
    DealBuilder &supersedes(const QStringList &ids)
    {
        m_deal.supersedes = ids;
        return *this;
    }
    DealBuilder &partOf(const QStringList &ids)
    {
        m_deal.partOf = ids;
        return *this;
    }
    DealBuilder &overlaps(const QStringList &ids)
    {
        m_deal.overlaps = ids;
        return *this;
    }
    operator Deal() const { return m_deal; }
    Deal build() const { return m_deal; }

private:
    Deal m_deal;
};

// A deal as formats without source claims and relations (CSV, xlsx, GraphML, GEXF) keep it: each
// source's address and title only, no relations.
inline Deal asInPlainFormats(Deal deal)
{
    for (Source &s : deal.sources)
        s = Source(s.url, s.title);
    for (DealRelation r : enumValues<DealRelation>())
        deal.related(r).clear();
    return deal;
}

class CompanyBuilder
{
public:
    explicit CompanyBuilder(const QString &id)
    {
        m_company.id = id;
        m_company.name = id;
    }
    CompanyBuilder &name(const QString &name)
    {
        m_company.name = name;
        return *this;
    }
    CompanyBuilder &kind(CompanyKind kind)
    {
        m_company.kind = kind;
        return *this;
    }
    CompanyBuilder &country(const QString &country)
    {
        m_company.country = country;
        return *this;
    }
    operator Company() const { return m_company; }
    Company build() const { return m_company; }

private:
    Company m_company;
};

// A valuation of $1bn post-money on 15 January 2025, without sources.
class ValuationBuilder
{
public:
    ValuationBuilder(const QString &id, const QString &companyId)
    {
        m_valuation.id = id;
        m_valuation.company = companyId;
        m_valuation.date = FuzzyDate(QDate(2025, 1, 15), DatePrecision::Day);
        m_valuation.value = Money::fromUsd(1'000'000'000);
    }
    ValuationBuilder &on(QDate day, DatePrecision precision = DatePrecision::Day)
    {
        m_valuation.date = FuzzyDate(day, precision);
        return *this;
    }
    ValuationBuilder &billions(qint64 billions)
    {
        m_valuation.value = Money::fromUsd(billions * 1'000'000'000);
        return *this;
    }
    operator Valuation() const { return m_valuation; }

private:
    Valuation m_valuation;
};
