#pragma once

#include "assessmentstore.h"
#include "parxfile.h"

#include <QCoreApplication>

namespace ParScore {

// Checks every row of an opened .parx against what ParScore itself would write: types,
// keys, references between tables, criteria sets against their fingerprints, answers
// against their criteria set and layer, items against the tree. A file that fails is
// refused whole (Unreadable), so no command ever works from half-valid content.
class ParxValidator
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ParxValidator)

public:
    enum class Depth
    {
        // Every row but the answers, for a caller that reads every layer of every assessment
        // itself, and so validates them all before showing anything (the overview of a
        // province: thousands of layers, not parsed twice).
        RowsButAnswers,
        Rows,      // every row; evidence bytes are checked only when read (fast opening)
        Everything // also SQLite's full integrity_check and every document against its SHA-256
    };
    static Result<bool> validate(ParxFile &file, Depth depth = Depth::Everything);

private:
    static Result<bool> checkAssessments(ParxFile &file, bool withAnswers);
    static Result<CriteriaSet> checkedCriteria(ParxFile &file, AssessmentStore &store,
                                               const AssessmentInfo &info);
    static Result<bool> checkNamedItems(ParxFile &file,
                                        const QHash<QString, const CriteriaSet *> &setOf);
};

} // namespace ParScore
