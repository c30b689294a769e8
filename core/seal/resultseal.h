#pragma once

#include "assessment.h"
#include "keypair.h"
#include "parxfile.h"
#include "result.h"
#include "signatures.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ParScore {

// The fingerprints the inspectors sign (docs/signatures.md): SHA-256 over canonical JSON of
// the assessment's identity and seal with
// - final: every layer's answers and notes, the explanation requests with the agency's
//   responses and their documents, and the status — the whole published result;
// - appraisal: the appraisal layers' answers and notes — what an inspector sends a colleague.
class ResultSeal
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ResultSeal)

public:
    static Result<QString> finalFingerprint(QSqlDatabase &db, const AssessmentInfo &assessment);
    static Result<QString> appraisalFingerprint(QSqlDatabase &db, const AssessmentInfo &assessment);
    // The final result's signature, checked against the final fingerprint the content gives
    // now; unsigned while the result is not final.
    static Result<SignatureCheck> finalSignature(QSqlDatabase &db, const AssessmentInfo &assessment);
    // `sign`: signs the appraisal of every assessment of an inspectors' file that has one (an
    // answer or a note outside the self layer), in one transaction; returns how many. Refused
    // for another kind of file, or when no assessment has an appraisal.
    static Result<int> signAppraisals(ParxFile &file, const KeyPair &signer);
};

} // namespace ParScore
