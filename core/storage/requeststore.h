#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"

#include <QCoreApplication>
#include <QHash>

namespace ParScore {

// One explanation request (yêu cầu giải trình): the council asks the agency to explain an
// item. Its UUID is stable, so that a response can refer to it.
struct ExplanationRequest
{
    QString uuid;
    QString assessment;
    QString node; // any node of the assessment's set, leaf or not
    QString text;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 closedAt = 0; // 0 while open
    QString closedAs;    // empty while open; "unanswered" when closed at finalizing
    QString response;    // the agency's response, once imported (table `responses`)
    bool responded = false;

    // Awaiting a response: neither responded nor closed.
    bool isOpen() const { return closedAs.isEmpty() && !responded; }
};

// The explanation requests of an inspectors' province file (docs/file-format.md, table
// `requests`). They are the inspectors' data: no seal covers them.
class RequestStore
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::RequestStore)

public:
    static constexpr int maxTextLength = 2000;

    explicit RequestStore(ParxFile &file)
        : m_file(file)
    {}

    // Adds a request on `nodeId` (trimmed text, required, at most maxTextLength), logged
    // (action "request"), in one transaction. Only in the inspectors' file; never on a draft
    // or a final assessment. A submitted or in-appraisal assessment becomes "explanation
    // requested" (logged) at its first request.
    Result<ExplanationRequest> add(const AssessmentInfo &assessment, const CriteriaSet &set, const QString &nodeId,
                                   const QString &text, const QString &author);
    // Takes back a request (the undo of add): only while it awaits a response and no request
    // file was exported since it was made; logged (action "request-withdrawn"). When it was the
    // assessment's last request and its status is still the "explanation requested" its first
    // request set, the status goes back to the one before (a logged transition).
    Result<bool> withdraw(const AssessmentInfo &assessment, const QString &requestUuid, const QString &author);
    // The requests of one assessment, oldest first.
    Result<QList<ExplanationRequest>> list(const AssessmentInfo &assessment);
    // Assessment UUID → how many of its requests await a response (assessments with none left out).
    Result<QHash<QString, int>> openCounts();
    // Closes every request of the assessment still awaiting a response as "unanswered", each logged (action
    // "request-closed"), inside the caller's transaction. Returns how many were closed.
    static Result<int> closeOpen(QSqlDatabase &db, const AssessmentInfo &assessment, const QString &author,
                                 qint64 now);

private:
    ParxFile &m_file;
};

} // namespace ParScore
