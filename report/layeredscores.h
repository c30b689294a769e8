#pragma once

#include "assessmentstore.h"
#include "scorer.h"

namespace ParScore {

// One assessment's every layer read and scored, for the documents that show them side by
// side (the final scorecard, the workbook's detail): self as the agency, each appraisal
// round and the final result (the latest answer of each item) as the appraisers.
struct LayeredScores
{
    AnswerSet answers[3]; // by Layer
    QMap<QString, QString> notes[3];
    Scorecard cards[3];
    Scorecard final;
    QList<bool> says[3]; // by node index: the layer answers the node or an item below it

    static Result<LayeredScores> read(AssessmentStore &store, const AssessmentInfo &assessment,
                                      const CriteriaSet &set);
    // The latest word on an item: round 2's note, else round 1's, else the agency's.
    QString latestNote(const QString &nodeId) const;
    // Whether a layer holds anything at all (an answer, a bonus or a penalty count).
    bool holds(Layer layer) const;
};

} // namespace ParScore
