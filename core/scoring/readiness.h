#pragma once

#include "answers.h"
#include "criteriaset.h"

#include <QMap>
#include <QSet>

namespace ParScore {

// Why an item keeps a self-assessment from being submitted.
enum class ReadinessProblem {
    Unanswered,               // the agency has not scored it
    ClaimedWithoutSupport,    // points claimed with neither evidence nor an explanation
};

struct ReadinessItem
{
    QString nodeId;
    ReadinessProblem problem;
};

// What an agency's self layer still needs before it can be sealed, in display order.
// Appraiser items are not the agency's to answer and never block. A leaf "claims
// points" when it scores more than 0 and is not marked not applicable; it is supported
// by at least one evidence document linked to it, or by a note explaining it.
QList<ReadinessItem> readinessProblems(const CriteriaSet &set, const AnswerSet &self,
                                       const QSet<QString> &nodesWithEvidence,
                                       const QMap<QString, QString> &notes);

} // namespace ParScore
