#pragma once

#include "assessment.h"
#include "keypair.h"
#include "parxfile.h"
#include "signatures.h"

#include <QCoreApplication>

namespace ParScore {

enum class SealState
{
    NotSealed,
    Intact,
    Tampered
};

// Submitting an assessment seals its self layer: a SHA-256 over the canonical content of
// the agency's identity, the self-layer answers, notes and evidence (names, dates, links
// and bytes) and, since version 3, when and by whom it was sealed. A change made behind
// the program's back no longer matches the stored fingerprint. Each seal records the
// version of the definition that made it, and is verified by that definition
// (docs/file-format.md, "Seal").
// A seal's state as a person reads it, in the current language: "intact", "BROKEN", "not sealed".
QString sealStateName(SealState state);

class Seal
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Seal)

public:
    static constexpr int currentVersion = 3;
    enum class Depth
    {
        Records,  // the rows alone, each document standing for its recorded SHA-256: fast,
                  // nothing read of the documents (show, overview)
        Documents // also every document's bytes against its SHA-256 and size (verify, merge)
    };
    // The fingerprint of `assessment` as it is in the file, by definition `version`.
    static Result<QString> fingerprint(ParxFile &file, const AssessmentInfo &assessment, int version,
                                       Depth depth = Depth::Documents);
    // Seals and sets the status to submitted; refuses an already sealed assessment. With a
    // `signer`, the seal is signed in the same transaction (the public key kept beside it).
    static Result<AssessmentInfo> seal(ParxFile &file, const AssessmentInfo &assessment,
                                       const QString &author, const KeyPair *signer = nullptr);
    static Result<SealState> verify(ParxFile &file, const AssessmentInfo &assessment,
                                    Depth depth = Depth::Documents);
    // The seal's signature: whether it is signed, by which key, and whether the signature
    // holds for the seal the file records (an altered content is Seal::verify's to find).
    static Result<SignatureCheck> signature(ParxFile &file, const AssessmentInfo &assessment);
};

} // namespace ParScore
