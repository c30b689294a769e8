#pragma once

#include "criteriaset.h"
#include "result.h"

#include <QJsonObject>

namespace ParScore {

// Why an answer entered for `node` was not taken, as a sentence in the words of the inputs
// used (the answers parser speaks of the fields of an answers file).
QString answerRefusal(const CriteriaNode &node, const QJsonObject &entered, const Error &error);

} // namespace ParScore
