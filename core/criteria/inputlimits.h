#pragma once

#include "jsonfields.h"

#include <QtGlobal>

// Bounds on untrusted input. They keep every intermediate product of the rule engine
// inside 128-bit integers and refuse absurd files before they cost memory or time.
// The caps on sizes and counts are far above any real set (a province's set has 40–100
// leaves, a few options per rule, a handful of bonus items) and low enough that the
// largest file they admit parses in well under a second; docs/criteria-format-notes.md
// lists them. Going over one is invalid input (exit 1) with a message naming the cap.
namespace ParScore::Limits {

inline constexpr int formatVersion = 1;
// A criteria set or answers file, and a criteria set embedded in a .parx: at most 4 MiB
// (a province's set is some 50 KB). The byte cap bounds everything else: a set at every
// count cap would not fit in it, and the largest set it admits parses in about 0.2 s.
inline constexpr qint64 maxJsonFileBytes = 4 * 1024 * 1024;
// Whole numbers in answers (counts, numerators, denominators): exact in a double.
inline constexpr double maxWholeNumber = 1e15;

// Nodes in one criteria set, areas and sub-criteria together.
inline constexpr int maxNodes = 10000;
// Levels of nodes: an area is level 1, its children level 2, …
inline constexpr int maxDepth = 300;
// Options of a choice rule, items of a checklist rule.
inline constexpr int maxOptionsPerRule = 1000;
// Tiers of a tiers rule.
inline constexpr int maxTiersPerRule = 1000;
// Items of the bonus section, and of the penalty section (each).
inline constexpr int maxExtraItems = 1000;
// Grades, and unit kinds (agency groups), of a set (each).
inline constexpr int maxGrades = 100;
inline constexpr int maxUnitKinds = 100;
// Characters of an id: set id and version, node, option, item ids, unit kinds.
inline constexpr int maxIdLength = 200;
// Characters of a title or label: set title and issuer, node titles, option labels, grade
// labels, bonus/penalty titles.
inline constexpr int maxTitleLength = 2000;
// Characters of a long text: legalBasis, guidance, evidence.
inline constexpr int maxLongTextLength = 100000;

// Answers file: answers (node ids) in one file — no set has more nodes.
inline constexpr int maxAnswers = maxNodes;
// Answers file: bonus and penalty entries (each) — no set has more items.
inline constexpr int maxExtraAnswers = maxExtraItems;
// Answers file: ids in one checklist answer — no checklist has more items.
inline constexpr int maxCheckedIds = maxOptionsPerRule;
// Answers file: characters of a not-applicable reason.
inline constexpr int maxReasonLength = 10000;

// A province's list of expected agencies (CSV/TSV, core/province/agencylist.h): at most
// 4 MiB and 20,000 agencies. A province has a few hundred; the whole country some 3,400
// communes and wards and its departments, some 300 KB.
inline constexpr qint64 maxAgencyListBytes = 4 * 1024 * 1024;
inline constexpr int maxAgencyListRows = 20000;

// Problems listed for one file; more are counted ("… and N more") but not spelled out.
inline constexpr int maxListedProblems = 1000;

inline const NumberSpec maxPointsSpec{2, 0, 1e6};
inline const NumberSpec nonNegativeSpec{6, 0, 1e6};
inline const NumberSpec percentSpec{6, 0, 100};
inline const NumberSpec anySpec{6, -1e6, 1e6};

} // namespace ParScore::Limits
