#pragma once

#include "assessment.h"
#include "parxfile.h"

#include <QCoreApplication>

namespace ParScore {

enum class SealState
{
    NotSealed,
    Intact,
    Tampered
};

// Submitting an assessment seals its self layer: a SHA-256 over the canonical content of
// the self-layer answers, notes and evidence (names, dates, links and bytes). A change
// made behind the program's back no longer matches the stored fingerprint.
class Seal
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Seal)

public:
    static Result<QString> fingerprint(ParxFile &file, const AssessmentInfo &assessment);
    // Seals and sets the status to submitted; refuses an already sealed assessment.
    static Result<AssessmentInfo> seal(ParxFile &file, const AssessmentInfo &assessment,
                                       const QString &author);
    static Result<SealState> verify(ParxFile &file, const AssessmentInfo &assessment);
};

} // namespace ParScore
