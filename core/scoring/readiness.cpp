#include "readiness.h"

#include "ruleengine.h"

namespace ParScore {

QList<ReadinessItem> readinessProblems(const CriteriaSet &set, const AnswerSet &self,
                                       const QSet<QString> &nodesWithEvidence,
                                       const QMap<QString, QString> &notes)
{
    QList<ReadinessItem> problems;
    for (const CriteriaNode &node : set.nodes()) {
        if (!node.isLeaf() || node.scoredBy != ScoredBy::Agency)
            continue;
        const auto answer = self.answers.constFind(node.id);
        if (answer == self.answers.cend()) {
            problems.append({node.id, ReadinessProblem::Unanswered});
            continue;
        }
        if (answer->notApplicable)
            continue; // its reason is its explanation
        const bool claims = RuleEngine::evaluate(node, &*answer).points > 0;
        const bool supported = nodesWithEvidence.contains(node.id)
                               || !notes.value(node.id).trimmed().isEmpty();
        if (claims && !supported)
            problems.append({node.id, ReadinessProblem::ClaimedWithoutSupport});
    }
    return problems;
}

} // namespace ParScore
