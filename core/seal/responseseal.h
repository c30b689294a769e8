#pragma once

#include "parxfile.h"
#include "seal.h"

#include <QCoreApplication>

namespace ParScore {

// The seal of the responses in a request file, a part of its own beside the submission's
// seal (which it leaves untouched): a SHA-256 over the province file's UUID, each response's
// request UUID, UUID and text, its documents' SHA-256, names and effective dates, and when
// and by whom the response was sealed. Kept in file_info ("response_seal",
// "response_sealed_at", "response_sealed_by"). docs/file-format.md, "Response seal".
class ResponseSeal
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ResponseSeal)

public:
    // The fingerprint of the responses as they are in the file.
    static Result<QString> fingerprint(ParxFile &file, Seal::Depth depth = Seal::Depth::Documents);
    // Seals the responses of a request file; refuses a file with none, or already sealed.
    // Returns the fingerprint.
    static Result<QString> seal(ParxFile &file, const QString &author);
    static Result<SealState> verify(ParxFile &file, Seal::Depth depth = Seal::Depth::Documents);
};

} // namespace ParScore
