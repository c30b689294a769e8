#pragma once

#include "assessment.h"
#include "parxfile.h"
#include "requeststore.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace ParScore {

// A document attached to a response (table `response_evidence`, bytes in `blobs`).
struct ResponseDocument
{
    QString sha256;
    QString name;
    QString mimeType;
    QString effectiveDate; // YYYY-MM-DD or empty
    bool operator==(const ResponseDocument &) const = default;
};

// The agency's response to one explanation request (table `responses`): one per request.
struct ExplanationResponse
{
    QString uuid;
    QString request; // the request's UUID
    QString text;
    qint64 createdAt = 0;
    QString createdBy;
    QList<ResponseDocument> documents; // by SHA-256
    bool operator==(const ExplanationResponse &) const = default;
};

// The request file (role "request"): what the council sends one agency for explanation —
// that agency's one assessment, its sealed submission exactly as held, the round-1
// appraisal, its open requests and the province file's UUID (file_info "province") — and
// where the agency writes its responses, which it seals with a seal of their own
// (ResponseSeal). docs/file-format.md, "Request files".
class RequestFile
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::RequestFile)

public:
    static constexpr int maxResponseLength = 4000;

    static bool isRequestFile(ParxFile &file);
    // Writes a new request file at `path` (whole or not at all) for `assessment` of the
    // inspectors' `province` file, which must have open requests; logged in the province file
    // (action "request-export"). Without `withAppraisalNotes` the round-1 points travel
    // without the appraisers' notes.
    static Result<std::unique_ptr<ParxFile>> exportFor(ParxFile &province, const AssessmentInfo &assessment,
                                                       const QString &path, bool withAppraisalNotes,
                                                       const QString &author);
    // Records (or, before the response is sealed, replaces) the response to the open request
    // on `node` in a request file, with `files` attached (each dated `effectiveDate` when
    // given), logged (action "response"), in one transaction. Refused for an item no open
    // request is on, and once the response is sealed.
    static Result<ExplanationResponse> respond(ParxFile &file, const QString &node, const QString &text,
                                               const QStringList &files, const QString &effectiveDate,
                                               const QString &author);
    // Writes the response to the request `requestUuid` (open, in a request file) exactly as
    // `state` — its UUID, text, time, author and documents — or removes it with its documents
    // when nullopt: what undoing and redoing an edit of the response needs. Documents not in
    // `state` are removed, and their bytes when nothing else refers to them; the bytes of a
    // document of `state` the file no longer holds are read from the first of `sources` (files,
    // in order of preference) with its SHA-256; sources moved or unreadable are passed over.
    // Logged (action "response"), one transaction; refused once the response is sealed.
    static Result<bool> restoreResponse(ParxFile &file, const QString &requestUuid,
                                        const std::optional<ExplanationResponse> &state, const QString &author,
                                        const QStringList &sources = {});
    // The responses held in the file (of the requests in `requestUuids`; all when empty),
    // ordered by request UUID, each with its documents.
    static Result<QList<ExplanationResponse>> responses(QSqlDatabase &db, const QStringList &requestUuids = {});
    // The one assessment of a request file.
    static Result<AssessmentInfo> assessment(ParxFile &file);
};

} // namespace ParScore
