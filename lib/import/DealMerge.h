#pragma once

#include "document/DocumentData.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// The rules for importing deals into an open document: which incoming companies are companies the
// document already has, which incoming deals it already has (skipped), which it has with another
// amount or date (the user chooses), and which are new. Pure logic, no widgets.
//
// Companies. An incoming company is the existing company of the same nameKey(); else the existing
// company whose key is the same after aliases (each side's key replaced by its alias's canonical
// key, once: incoming "Google" is existing "Alphabet (Google)", and incoming "Alphabet (Google)" is
// existing "Google"); else an earlier incoming company of the same key after aliases (the two become
// one new company); else a new company. Ids alone never match: an incoming company whose id the
// document uses for a company of another name is another company, and gets a free id. A new company
// keeps its incoming id when the document (and the new companies before it) leave it free, else it
// gets the first free "id-2", "id-3", … (freeId()). A company whose key is empty is always new.
//
// Deals. Incoming deals have their from and to mapped to the document's companies (an id that is
// not an incoming company is kept as it is). Two deals are the same deal when they have the same
// from, to and kind and:
//   - duplicate: their dates overlap at their precisions (the intervals periodStart..periodEnd
//     intersect: "2025-11" overlaps "2025-11-18") and their amounts are the same (two undisclosed
//     amounts are the same; undisclosed and disclosed are not);
//   - near-duplicate: their dates overlap but the amounts differ (one of them may be undisclosed), or
//     both amounts are disclosed and equal and the dates do not overlap but lie at most
//     NearDays days apart (from the end of the earlier period to the start of the later one).
// Amount kind, capacity, notes and sources are not compared. Each incoming deal, in order, is
//   1. a duplicate when the document has a duplicate of it,
//   2. else a duplicate when an earlier incoming deal (new or near-duplicate) is a duplicate of it,
//   3. else a near-duplicate of the closest existing deal (by the days between the dates, 0 when they
//      overlap, then by the distance of the periods' middles, then by document order) that is a
//      near-duplicate of it and not yet paired with an earlier incoming deal: an existing deal is
//      paired at most once, so that choices never conflict;
//   4. else a new deal.
// New deals keep their incoming id when neither the document nor an earlier new deal has it, else
// they get a fresh "D…" id numbered above every "D<number>" id of the document and of the import.
//
// Performance: existing deals are indexed by (from, to, kind) and sorted by date, so that an
// incoming deal looks only at the deals of its pair and kind whose dates can be near its own.
namespace DealMerge {

// Days between two non-overlapping dates within which equal amounts make a near-duplicate.
constexpr int NearDays = 31;

// "Google" is "Alphabet (Google)": an alias and the name of the company it stands for.
using Alias = CompanyAlias;

// The aliases a new document starts with, for the companies of the AI industry (the names are those
// of resources/dataset/ai-capital-flows.capflow where it has the company).
QList<Alias> defaultAliases();
// What an import into `document` matches names by: the document's own aliases, then the defaults
// (the first alias of a name wins).
QList<Alias> aliasesOf(const DocumentData &document);

// The key two names match by: compatibility-decomposed (NFKD) with combining marks dropped
// ("é" -> "e", "ﬁ" -> "fi"; also "ß" -> "ss", "ø" -> "o", "æ" -> "ae", "œ" -> "oe", "ł" -> "l",
// "đ"/"ð" -> "d", "þ" -> "th"), case folded; apostrophes dropped ("Moody's" = "Moodys");
// initialisms with dots joined ("S.A." = "SA", "L.L.C." = "LLC", not "X.AI"); every other run of
// punctuation and whitespace one space; then a leading "the" dropped and legal forms at the end
// dropped, repeatedly (Inc, Incorporated, Corp, Corporation, Co, Company, Ltd, Limited, LLC, LLP, LP,
// PLC, PBC, GmbH, AG, KG, KGaA, SE, SA, SAS, SARL, SRL, SpA, NV, BV, AB, Oy, Oyj, ASA, Pte, Pty, KK,
// Holding, Holdings), but never the last word. "Group" is kept: "SoftBank Group" is an alias instead.
// "Nvidia Corp." == "NVIDIA" == "nvidia corporation"; "Société Générale SA" == "societe generale".
// Empty for a name without letters or digits.
QString nameKey(const QString &name);

enum class Choice { KeepExisting, Replace, KeepBoth };

struct NearDuplicate
{
    Deal incoming; // from and to mapped, its incoming id
    QString existingId;
    QStringList differences; // "amount" when the amounts differ, "date" when the dates differ
    Deal existing; // the deal of the document it was paired with
};

struct Plan
{
    QHash<QString, QString> companyIds; // incoming company id -> id in the merged document
    QList<Company> newCompanies; // incoming companies without a match, with ids free in the document
    QList<Deal> newDeals; // incoming deals to add: from/to mapped, ids free in the document (kept when free)
    QList<Deal> duplicates; // incoming deals already in the document (skipped): from/to mapped, incoming ids
    QList<NearDuplicate> nearDuplicates; // the same deal with another amount or date: the user chooses
    // The number of the first fresh deal id ("D" + at least 3 digits): every "D<number>" of the
    // document and of the import is below it. changes() numbers KeepBoth deals from here.
    qint64 nextDealNumber = 1;
    // The incoming deals the plan accounts for: every one is in exactly one of newDeals,
    // duplicates and nearDuplicates.
    int count() const;
};

// incoming: companies (with their own ids and names) and deals between them, as an import read them.
Plan plan(const DocumentData &existing, const QList<Alias> &aliases, const DocumentData &incoming);

// The changes to make: for each near-duplicate (in order) its choice; a missing choice is
// KeepExisting. KeepExisting drops the incoming deal; Replace yields the existing deal replaced by
// the incoming one (existing id kept; sources merged: the existing ones first, then the incoming
// ones whose URL is not already there; a note language or capacity the incoming deal leaves empty
// keeps the existing one); KeepBoth adds the incoming deal as a new deal with a fresh id, its note
// (in English and German) ending with which deal it is another figure of.
struct Changes
{
    QList<Company> addedCompanies; // the plan's new companies
    QList<Deal> addedDeals; // the plan's new deals, then the KeepBoth ones
    QList<Deal> replacedDeals; // the deals after the change, with their existing ids
};
Changes changes(const Plan &plan, const QList<Choice> &choices);

} // namespace DealMerge
