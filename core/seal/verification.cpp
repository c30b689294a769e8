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
    QSqlDatabase &db = file.db();
    // Checked whatever the status says: the status is part of what the final signature signs.
    auto final = Signatures::check(db, assessment.uuid, SignatureKind::Final,
                                   [&] { return ResultSeal::finalFingerprint(db, assessment); });
    if (!final)
        return final.error();
    result.finalSignature = final.value();
    auto appraisal = Signatures::check(db, assessment.uuid, SignatureKind::Appraisal,
                                       [&] { return ResultSeal::appraisalFingerprint(db, assessment); });
    if (!appraisal)
        return appraisal.error();
    result.appraisalSignature = appraisal.value();
    return result;
}

} // namespace ParScore
