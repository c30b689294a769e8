#pragma once

#include "answers.h"
#include "criteriaset.h"

#include <QJsonObject>

namespace ParScore {

// The contract's JSON form of one answer (criteria-format.md §1), used to store answers,
// to show them and to compare them: equal answers give equal compact JSON.
QJsonObject answerToJson(const CriteriaNode &leaf, const Answer &answer);
QByteArray answerToCompactJson(const CriteriaNode &leaf, const Answer &answer);

// An answers file (§2) holding `answers`.
QJsonObject answerSetToJson(const CriteriaSet &set, const AnswerSet &answers);

} // namespace ParScore
