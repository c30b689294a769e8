#pragma once

#include "answers.h"
#include "criteriaset.h"

#include <QCoreApplication>

namespace ParScore {

// An answer as a person reads it, in the current language (the item's history, lists of
// changes): "12/20", "Yes", "“On time”", "45,5 %", "×2", "NA: reason". JSON keeps the
// contract's form (answerjson.h), not these.
class AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::AnswerText)

public:
    static QString of(const CriteriaNode &leaf, const Answer &answer);
    // How many times a bonus or penalty item (or a deduction) applies: "×2".
    static QString count(qint64 times);
};

} // namespace ParScore
