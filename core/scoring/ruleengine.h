#pragma once

#include "answers.h"
#include "criteriaset.h"

#include <QCoreApplication>
#include <functional>

namespace ParScore {

enum class NodeState
{
    Complete,
    Incomplete,
    NotApplicable
};

// What one leaf scores for one answer, and how a person would have worked it out.
struct LeafResult
{
    Hundredths points = 0;    // rounded half away from zero, right after the rule
    Hundredths maxPoints = 0; // 0 when excluded as not applicable
    NodeState state = NodeState::Incomplete;
    QString explanation; // e.g. "9/10 = 90 % ≥ 80 % → 0,9 × 2 = 1,80", in the current language
};

// Whether a result carries its explanation: a view of thousands of layers (the province
// overview) keeps totals only, and writing out every leaf's working would cost it more
// than the scoring itself.
enum class Explanation
{
    Written,
    Skipped // LeafResult::explanation stays empty; points, maximum and state are the same
};

// The rule engine: pure functions from (leaf, answer) to points. The answer must have
// been validated against the leaf (AnswersParser); nullptr means unanswered.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::RuleEngine)

public:
    static LeafResult evaluate(const CriteriaNode &leaf, const Answer *answer,
                               Explanation explanation = Explanation::Written);

private:
    enum class Step
    {
        Decided,
        Computed
    }; // joins the working to the result with → or =
    // The working behind a result, written only when the explanation is.
    using Working = std::function<QString()>;

    static LeafResult notApplicable(const CriteriaNode &leaf, const Working &cause,
                                    Explanation explanation);
    static LeafResult scored(const CriteriaNode &leaf, const Fraction &exact,
                             Explanation explanation, const Working &working,
                             Step step = Step::Decided);
    static LeafResult ratio(const CriteriaNode &leaf, const Answer &answer,
                            Explanation explanation);
    static LeafResult tiers(const CriteriaNode &leaf, const Answer &answer,
                            Explanation explanation);
    static LeafResult checklist(const CriteriaNode &leaf, const Answer &answer,
                                Explanation explanation);
    static LeafResult deduction(const CriteriaNode &leaf, const Answer &answer,
                                Explanation explanation);
};

} // namespace ParScore
