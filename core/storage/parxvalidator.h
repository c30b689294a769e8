#pragma once

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
    enum class Depth {
        Rows,      // every row; evidence bytes are checked only when read (fast opening)
        Everything // also SQLite's full integrity_check and every document against its SHA-256
    };
    static Result<bool> validate(ParxFile &file, Depth depth = Depth::Everything);
};

} // namespace ParScore
