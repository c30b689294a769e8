#include "verification.h"

#include "resultseal.h"

namespace ParScore {

bool Verification::holds() const
{
    const auto holdsIfSigned = [](const SignatureCheck &check) { return !check.isSigned || check.valid; };
    return seal == SealState::Intact && holdsIfSigned(sealSignature) && holdsIfSigned(finalSignature)
           && holdsIfSigned(appraisalSignature);
}

Result<Verification> Verification::of(ParxFile &file, const AssessmentInfo &assessment, Seal::Depth depth)
{
    Verification result;
    result.assessment = assessment;
    auto seal = Seal::verify(file, assessment, depth);
    if (!seal)
        return seal.error();
    result.seal = seal.value();
    auto sealSignature = Seal::signature(file, assessment);
    if (!sealSignature)
        return sealSignature.error();
    result.sealSignature = sealSignature.value();
    if (!assessment.isSealed())
        return result;
    auto finalSignature = ResultSeal::finalSignature(file.db(), assessment);
    if (!finalSignature)
        return finalSignature.error();
    result.finalSignature = finalSignature.value();
    auto appraisal = ResultSeal::appraisalFingerprint(file.db(), assessment);
    if (!appraisal)
        return appraisal.error();
    auto check = Signatures::check(file.db(), assessment.uuid, SignatureKind::Appraisal, appraisal.value());
    if (!check)
        return check.error();
    result.appraisalSignature = check.value();
    return result;
}

} // namespace ParScore
