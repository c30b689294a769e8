#pragma once

#include "fraction.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace ParScore {

// Who is scoring (criteria-format.md §4): the agency scores its own self layer and
// cannot see or answer `appraiser` items; inspectors score everything.
enum class Role
{
    Agency,
    Appraiser
};

// One leaf's answer. Which fields are meaningful depends on the leaf's rule kind:
// manual → number (points); boolean → yes; choice → option; checklist → checked;
// ratio and percent tiers → numerator/denominator; number tiers → value;
// deduction → count; percent → number (the percentage).
struct Answer
{
    bool notApplicable = false;
    QString reason; // why it is not applicable
    Fraction number;
    bool yes = false;
    QString option;
    QStringList checked;
    qint64 numerator = 0;
    qint64 denominator = 0;
    double value = 0;
    qint64 count = 0;

    friend bool operator==(const Answer &, const Answer &) = default;
};

// One layer of answers (self, appraisal1, appraisal2, or the final merge of them):
// answers by leaf id, and how many times each bonus and penalty item applies.
struct AnswerSet
{
    QMap<QString, Answer> answers;
    QMap<QString, qint64> bonus;
    QMap<QString, qint64> penalty;

    bool isEmpty() const { return answers.isEmpty() && bonus.isEmpty() && penalty.isEmpty(); }
};

// The final answers (§4): per leaf and per bonus/penalty item, the latest layer that
// answers it. `layers` are ordered oldest first (self, appraisal1, appraisal2).
AnswerSet finalAnswers(const QList<const AnswerSet *> &layers);

} // namespace ParScore
