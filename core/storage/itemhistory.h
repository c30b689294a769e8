#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"

#include <QCoreApplication>

namespace ParScore {

// One change of an item, from the change log.
struct ItemChange
{
    enum class Kind
    {
        Answer, // an answer, or how many times a bonus/penalty item applies
        Note    // the note or explanation of the item in a layer
    };
    qint64 at = 0;  // ms since the epoch, UTC, as logged
    QString author; // who, as logged
    // "answer" (entered), "merge" (brought by a merge), "merge-conflict" (a merge found both
    // sides changed: old is the value not kept, new the value kept), "note".
    QString action;
    Kind kind = Kind::Answer;
    QString layer; // "self", "appraisal1", "appraisal2" (layerKey)
    QString item;  // the node id, or "bonus:ID" / "penalty:ID"
    // As logged (an answer's compact JSON, a count, a note's text); empty: none (the item
    // was not answered before, or was cleared).
    QString oldValue;
    QString newValue;
    // As a person reads them (AnswerText: "12/20", "Yes", "NA: reason"; a note as it is);
    // empty: none. A logged value the item's rule does not accept (written by another
    // program) is shown as logged.
    QString oldText;
    QString newText;
};

// The history of one item of an assessment: who changed what when, in every layer, with
// its notes (issue 10, "History of an item").
class ItemHistory
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ItemHistory)

public:
    // Every logged change of `item` (a node id of `set`, or "bonus:ID" / "penalty:ID"),
    // oldest first. Invalid when `set` has no such item.
    static Result<QList<ItemChange>> read(ParxFile &file, const AssessmentInfo &assessment,
                                          const CriteriaSet &set, const QString &item);
};

} // namespace ParScore
