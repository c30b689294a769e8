#pragma once

#include "seal.h"
#include "signatures.h"

namespace ParScore {

// Everything `verify` says of one assessment: its seal, the seal's signature and, once the
// result is final, the final result's signature (and an inspector's appraisal signature when
// there is one). Whether a signer is the one expected is the province file's to decide
// (trust), not the file's.
struct Verification
{
    AssessmentInfo assessment;
    SealState seal = SealState::NotSealed;
    SignatureCheck sealSignature;
    SignatureCheck finalSignature;     // a final result's, or one left behind by a status changed by hand
    SignatureCheck appraisalSignature; // when an inspector signed the appraisal

    bool isFinal() const { return assessment.status == AssessmentStatus::Final; }
    // A final result to report: the status is final, or a final signature stands for one
    // (a status moved away from final behind ParScore's back: reopening removes it).
    bool hasFinal() const { return isFinal() || finalSignature.isSigned; }
    // Sealed and intact, and every signature present holds; an unsigned seal holds.
    bool holds() const;

    static Result<Verification> of(ParxFile &file, const AssessmentInfo &assessment,
                                   Seal::Depth depth = Seal::Depth::Documents);
};

} // namespace ParScore
