#include "responseseal.h"

#include "assessmentstore.h"
#include "blobstream.h"
#include "clock.h"
#include "requestfile.h"
#include "sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ParScore {
namespace {

const QString sealKey = QStringLiteral("response_seal");
const QString sealedAtKey = QStringLiteral("response_sealed_at");
const QString sealedByKey = QStringLiteral("response_sealed_by");

Result<QString> fingerprintWith(ParxFile &file, Seal::Depth depth, const QString &sealedAt, const QString &sealedBy)
{
    auto responses = RequestFile::responses(file.db());
    if (!responses)
        return responses.error();
    QJsonArray parts;
    for (const ExplanationResponse &response : responses.value()) {
        QJsonArray documents;
        for (const ResponseDocument &document : response.documents) {
            QString sha256 = document.sha256;
            if (depth == Seal::Depth::Documents) {
                auto intact = BlobStream::intact(file.db(), document.sha256);
                if (!intact)
                    return intact.error();
                if (!intact.value())
                    sha256 = QStringLiteral("altered");
            }
            documents.append(QJsonArray{sha256, document.name, document.effectiveDate});
        }
        parts.append(QJsonArray{response.request, response.uuid, response.text, documents});
    }
    const QJsonObject canonical{{QStringLiteral("version"), 1},
                                {QStringLiteral("province"), file.info(QStringLiteral("province"))},
                                {QStringLiteral("responses"), parts},
                                {QStringLiteral("sealedAt"), sealedAt},
                                {QStringLiteral("sealedBy"), sealedBy}};
    return Sha256::hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QString> ResponseSeal::fingerprint(ParxFile &file, Seal::Depth depth)
{
    return fingerprintWith(file, depth, file.info(sealedAtKey), file.info(sealedByKey));
}

Result<QString> ResponseSeal::seal(ParxFile &file, const QString &author)
{
    auto held = RequestFile::assessment(file);
    if (!held)
        return held.error();
    if (!file.info(sealKey).isEmpty())
        return Error::invalid(tr("The response is already sealed"));
    auto responses = RequestFile::responses(file.db());
    if (!responses)
        return responses.error();
    if (responses.value().isEmpty())
        return Error::invalid(tr("There is no response to seal: answer a request with respond first"));
    const QString sealedAt = QString::number(Clock::nowMs());
    const QString sealedBy = AssessmentStore::recordedAuthor(author);
    auto fingerprinted = fingerprintWith(file, Seal::Depth::Documents, sealedAt, sealedBy);
    if (!fingerprinted)
        return fingerprinted;
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        for (const auto &[key, value] : {std::pair{sealKey, fingerprinted.value()}, std::pair{sealedAtKey, sealedAt},
                                         std::pair{sealedByKey, sealedBy}}) {
            auto set = ParxFile::setInfo(db, key, value);
            if (!set)
                return set;
        }
        return AssessmentStore::appendLog(db, {{}, held.value().uuid, sealedAt.toLongLong(), author,
                                               QStringLiteral("response-seal"), {}, {}, {}, fingerprinted.value()});
    });
    if (!written)
        return written.error();
    return fingerprinted;
}

Result<SealState> ResponseSeal::verify(ParxFile &file, Seal::Depth depth)
{
    const QString stored = file.info(sealKey);
    if (stored.isEmpty())
        return SealState::NotSealed;
    auto fingerprinted = fingerprint(file, depth);
    if (!fingerprinted)
        return fingerprinted.error();
    return fingerprinted.value() == stored ? SealState::Intact : SealState::Tampered;
}

} // namespace ParScore
