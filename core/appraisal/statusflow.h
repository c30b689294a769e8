#pragma once

#include "assessment.h"
#include "keypair.h"
#include "parxfile.h"

#include <QCoreApplication>

namespace ParScore {

// What finalizing one agency of a group came to.
struct FinalizeOutcome
{
    AssessmentInfo assessment;
    bool finalized = false; // false: `reason` says why not (already final, not complete, …)
    QString reason;
    int closedRequests = 0; // open requests closed as unanswered
};

// The end of the appraisal cycle in the inspectors' file: finalizing locks an agency's result,
// reopening (with a reason) moves it back to "in appraisal". Every transition is logged
// (action "status": who, when, from, to, reason) in the same transaction as the change.
class StatusFlow
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::StatusFlow)

public:
    static constexpr int maxReasonLength = 2000;

    // Finalizes a submitted, in-appraisal or explanation-requested assessment whose final
    // layer (the latest answer of each item across the layers) is complete as scored by the
    // appraisers; its open requests are closed as unanswered, each logged. Returns how many
    // requests were closed. With a `signer` (the inspector's key), the final fingerprint
    // (ResultSeal) is signed in the same transaction.
    static Result<int> finalize(ParxFile &file, const AssessmentInfo &assessment, const QString &author,
                                const KeyPair *signer = nullptr);
    // Every assessment of `group` (of `year`, when set): those that can be are finalized in one
    // transaction, the others listed with the reason. Refused when the group has none.
    static Result<QList<FinalizeOutcome>> finalizeGroup(ParxFile &file, const QString &group,
                                                        std::optional<int> year, const QString &author,
                                                        const KeyPair *signer = nullptr);
    // Moves a final assessment back to "in appraisal"; the reason (trimmed, required) is
    // logged with the transition; the final result's signature goes with it.
    static Result<bool> reopen(ParxFile &file, const AssessmentInfo &assessment, const QString &reason,
                               const QString &author);

private:
    // Why the assessment cannot be finalized now (empty: it can), read inside the transaction.
    static Result<QString> refusal(ParxFile &file, QSqlDatabase &db, const AssessmentInfo &assessment);
    static Result<int> finalizeIn(QSqlDatabase &db, const AssessmentInfo &assessment, const QString &author,
                                  qint64 now, const KeyPair *signer);
};

} // namespace ParScore
