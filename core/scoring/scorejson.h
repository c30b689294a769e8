#pragma once

#include "criteriaset.h"
#include "scorer.h"

#include <QJsonObject>
#include <QJsonValue>

namespace ParScore {

// The JSON shapes of criteria-format.md §5, shared by the CLI and the file commands.
QJsonValue pointsJson(Hundredths points); // 68.25, 70, -0.13
QJsonObject criteriaIdentityJson(const CriteriaSet &set);
QJsonObject totalJson(const ScoreSummary &card); // a Scorecard's too
QJsonObject nodesJson(const CriteriaSet &set, const Scorecard &card);
// {"criteria": …, "total": …, "nodes": …}
QJsonObject scoreJson(const CriteriaSet &set, const Scorecard &card);

QString nodeStateKey(NodeState state); // "complete", "incomplete", "notApplicable"

} // namespace ParScore
