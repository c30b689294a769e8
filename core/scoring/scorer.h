#pragma once

#include "answers.h"
#include "criteriaset.h"
#include "ruleengine.h"

#include <optional>

namespace ParScore {

struct NodeScore
{
    bool included = true; // false for items outside the role (appraiser items, as the agency)
    Hundredths points = 0;
    Hundredths maxPoints = 0;
    NodeState state = NodeState::Incomplete;
    QString explanation; // leaves only
};

// The totals of a scored layer without its nodes (the `total` object of
// criteria-format.md §5): what a view of many assessments keeps of each, since a whole
// Scorecard per layer would cost thousands of nodes and explanations per agency.
struct ScoreSummary
{
    Hundredths maxPoints = 0; // Σ top-level maxima
    Hundredths bonus = 0;
    Hundredths penalty = 0;
    Hundredths total = 0;          // Σ top-level points + bonus − penalty
    std::optional<qint64> percent; // hundredths of a percent; none when maxPoints is 0
    std::optional<QString> grade;
    bool complete = false; // no leaf in the role left unanswered
    int answeredLeaves = 0;
    int leaves = 0; // leaves in the role
};

// A whole set scored for one layer of answers and one role (criteria-format.md §3–§4).
struct Scorecard : ScoreSummary
{
    Role role = Role::Agency;
    QList<NodeScore> nodes;    // aligned with CriteriaSet::nodes()
    Hundredths areaPoints = 0; // Σ top-level points, before bonus and penalty

    // The percent of one node, in hundredths of a percent; none when its maximum is 0.
    std::optional<qint64> nodePercent(int index) const;
};

// With Explanation::Skipped the leaves' explanations stay empty (everything else is the same).
Scorecard scoreAnswers(const CriteriaSet &set, const AnswerSet &answers, Role role,
                       Explanation explanation = Explanation::Written);
// A layer as `show` and `overview` report it: none when the layer is empty (no answer and
// no bonus or penalty item: JSON null, "(empty)"), else its scorecard.
std::optional<Scorecard> scoreLayer(const CriteriaSet &set, const AnswerSet &answers, Role role,
                                    Explanation explanation = Explanation::Written);

// A bonus or penalty section's points (§3): min(Σ points × count, maxPoints), rounded to
// hundredths; 0 without a section. Ids the section does not hold are left out.
Hundredths extraPoints(const std::optional<ExtraSection> &section,
                       const QMap<QString, qint64> &counts);

// The label of the grade with the highest minPercent not above the rounded percent.
std::optional<QString> gradeFor(const QList<Grade> &grades, std::optional<qint64> percent);

} // namespace ParScore
