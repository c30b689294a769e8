#include "scorer.h"

namespace ParScore {

// Points and counts are never negative, so the sum only grows: it stops at the cap, which keeps every partial sum small. (Summed whole, some
// 170,000 items of 999,999.999999 points counted 999,999,999,999,999 times overflow the
// 128-bit cross-multiplications of adding fractions; the cap on items keeps sets far below
// that, and stopping at the cap keeps the sum safe whatever the number of items.)
Hundredths extraPoints(const std::optional<ExtraSection> &section,
                       const QMap<QString, qint64> &counts)
{
    if (!section)
        return 0;
    const Fraction cap = Fraction::fromHundredths(section->maxPoints);
    Fraction sum;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const ExtraItem *item = section->item(it.key());
        if (!item)
            continue;
        // ≤ 10^6 points (six decimals) × ≤ 10^15: a numerator below 10^28, no overflow.
        const Fraction term = item->points * Fraction::fromInteger(it.value());
        if (term >= cap)
            return cap.roundToHundredths();
        // Both sides at most the cap (≤ 10^6, denominators dividing 10^6): no overflow.
        sum = sum + term;
        if (sum >= cap)
            return cap.roundToHundredths();
    }
    return sum.roundToHundredths();
}

std::optional<qint64> Scorecard::nodePercent(int index) const
{
    const NodeScore &node = nodes.at(index);
    return percentInHundredths(node.points, node.maxPoints);
}

std::optional<QString> gradeFor(const QList<Grade> &grades, std::optional<qint64> percent)
{
    if (!percent)
        return std::nullopt;
    const Fraction value(*percent, 100);
    const Grade *best = nullptr;
    for (const Grade &grade : grades) {
        if (grade.minPercent <= value && (!best || grade.minPercent > best->minPercent))
            best = &grade;
    }
    return best ? std::optional(best->label) : std::nullopt;
}

Scorecard scoreAnswers(const CriteriaSet &set, const AnswerSet &answers, Role role,
                       Explanation explanation)
{
    const QList<CriteriaNode> &nodes = set.nodes();
    Scorecard card;
    card.role = role;
    card.nodes.resize(nodes.size());

    // Children follow their parent in pre-order, so a backward walk meets every child
    // before its parent and each parent only sums finished children.
    for (auto i = nodes.size() - 1; i >= 0; --i) {
        const CriteriaNode &node = nodes[i];
        NodeScore &score = card.nodes[i];
        score.included = role == Role::Appraiser || node.agencyScorable;
        if (!score.included)
            continue;
        if (node.isLeaf()) {
            const auto it = answers.answers.constFind(node.id);
            LeafResult result = RuleEngine::evaluate(
                node, it == answers.answers.cend() ? nullptr : &*it, explanation);
            score.points = result.points;
            score.maxPoints = result.maxPoints;
            score.state = result.state;
            score.explanation = std::move(result.explanation);
            ++card.leaves;
            if (score.state != NodeState::Incomplete)
                ++card.answeredLeaves;
            continue;
        }
        bool anyIncomplete = false;
        bool allNotApplicable = true;
        for (const int child : node.children) {
            const NodeScore &childScore = card.nodes[child];
            if (!childScore.included)
                continue;
            score.points += childScore.points;
            score.maxPoints += childScore.maxPoints;
            anyIncomplete = anyIncomplete || childScore.state == NodeState::Incomplete;
            allNotApplicable = allNotApplicable && childScore.state == NodeState::NotApplicable;
        }
        score.state = anyIncomplete      ? NodeState::Incomplete
                      : allNotApplicable ? NodeState::NotApplicable
                                         : NodeState::Complete;
    }

    for (const int root : set.roots()) {
        if (!card.nodes[root].included)
            continue;
        card.areaPoints += card.nodes[root].points;
        card.maxPoints += card.nodes[root].maxPoints;
    }
    card.bonus = extraPoints(set.bonus(), answers.bonus);
    card.penalty = extraPoints(set.penalty(), answers.penalty);
    card.total = card.areaPoints + card.bonus - card.penalty;
    card.percent = percentInHundredths(card.total, card.maxPoints);
    card.grade = gradeFor(set.grades(), card.percent);
    card.complete = card.answeredLeaves == card.leaves;
    return card;
}

std::optional<Scorecard> scoreLayer(const CriteriaSet &set, const AnswerSet &answers, Role role,
                                    Explanation explanation)
{
    if (answers.isEmpty())
        return std::nullopt;
    return scoreAnswers(set, answers, role, explanation);
}

} // namespace ParScore
