#pragma once

#include "parxfile.h"

#include <QCoreApplication>

namespace ParScore {

// Checks every row of an opened .parx against what ParScore itself would write: types,
// keys, references between tables, criteria sets against their fingerprints, answers
// against their criteria set and layer, items against the tree. A file that fails is
// refused whole (Unreadable), so no command ever works from half-valid content.
// Evidence bytes are not read here; they are checked against their SHA-256 when read.
class ParxValidator
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ParxValidator)

public:
    static Result<bool> validate(ParxFile &file);
};

} // namespace ParScore
