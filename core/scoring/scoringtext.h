#pragma once

#include "criteriaset.h"
#include "ruleengine.h"

#include <QString>

namespace ParScore {

// Words for scoring results, in the current language, shared by every output (the CLI's
// tables, the workbooks).
QString nodeStateName(NodeState state); // "complete", "incomplete", "not applicable"
// The warning every result of a set that is not official carries; empty for an official set.
QString criteriaStatusWarning(SetStatus status);

} // namespace ParScore
