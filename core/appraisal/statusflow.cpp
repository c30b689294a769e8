#include "statusflow.h"

#include "answers.h"
#include "assessmentstore.h"
#include "clock.h"
#include "requeststore.h"
#include "resultseal.h"
#include "scorer.h"
#include "signatures.h"

namespace ParScore {

Result<QString> StatusFlow::refusal(ParxFile &file, QSqlDatabase &db, const AssessmentInfo &assessment)
{
    const auto status = AssessmentStore::currentStatus(db, assessment);
    if (!status)
        return status.error();
    if (status.value() == AssessmentStatus::Final)
        return tr("already final");
    if (status.value() == AssessmentStatus::Draft)
        return tr("not submitted");
    AssessmentStore store(file);
    auto set = store.criteria(assessment.criteriaSha256);
    if (!set)
        return set.error();
    AnswerSet layers[3];
    for (const Layer layer : allLayers) {
        auto answers = store.answers(assessment, set.value(), layer);
        if (!answers)
            return answers.error();
        layers[int(layer)] = std::move(answers).value();
    }
    const Scorecard card = scoreAnswers(set.value(), finalAnswers({&layers[0], &layers[1], &layers[2]}),
                                        Role::Appraiser, Explanation::Skipped);
    if (!card.complete)
        return tr("the final layer is not complete (%1 of %2 items answered)")
            .arg(QString::number(card.answeredLeaves), QString::number(card.leaves));
    return QString();
}

Result<int> StatusFlow::finalizeIn(QSqlDatabase &db, const AssessmentInfo &assessment,
                                   const QString &author, qint64 now, const KeyPair *signer)
{
    const auto status = AssessmentStore::currentStatus(db, assessment);
    if (!status)
        return status.error();
    auto closed = RequestStore::closeOpen(db, assessment, author, now);
    if (!closed)
        return closed;
    auto changed = AssessmentStore::changeStatus(db, assessment, status.value(), AssessmentStatus::Final, author, now);
    if (!changed)
        return changed.error();
    if (signer) {
        // Signed last, over the result as it now stands: final, its requests closed.
        auto fingerprint = ResultSeal::finalFingerprint(db, assessment);
        if (!fingerprint)
            return fingerprint.error();
        auto signature = Signatures::write(db, assessment.uuid, SignatureKind::Final, fingerprint.value(), *signer, now);
        if (!signature)
            return signature.error();
    }
    return closed;
}

Result<int> StatusFlow::finalize(ParxFile &file, const AssessmentInfo &assessment, const QString &author,
                                 const KeyPair *signer)
{
    auto inspectors = AssessmentStore::requireInspectorFile(file);
    if (!inspectors)
        return inspectors.error();
    int closed = 0;
    const qint64 now = Clock::nowMs();
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto why = refusal(file, db, assessment);
        if (!why)
            return why.error();
        if (!why.value().isEmpty())
            return Error::invalid(tr("%1 (%2) cannot be finalized: %3")
                                      .arg(assessment.agencyCode, QString::number(assessment.year), why.value()));
        auto finalized = finalizeIn(db, assessment, author, now, signer);
        if (!finalized)
            return finalized.error();
        closed = finalized.value();
        return true;
    });
    if (!written)
        return written.error();
    return closed;
}

Result<QList<FinalizeOutcome>> StatusFlow::finalizeGroup(ParxFile &file, const QString &group,
                                                         std::optional<int> year, const QString &author,
                                                         const KeyPair *signer)
{
    auto inspectors = AssessmentStore::requireInspectorFile(file);
    if (!inspectors)
        return inspectors.error();
    auto all = AssessmentStore(file).list();
    if (!all)
        return all.error();
    QList<FinalizeOutcome> outcomes;
    for (const AssessmentInfo &assessment : all.value()) {
        if (assessment.group == group && (!year || assessment.year == *year))
            outcomes.append({assessment, false, {}, 0});
    }
    if (outcomes.isEmpty())
        return Error::invalid(tr("The file holds no assessment of the group “%1”").arg(group));
    const qint64 now = Clock::nowMs();
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        for (FinalizeOutcome &outcome : outcomes) {
            auto why = refusal(file, db, outcome.assessment);
            if (!why)
                return why.error();
            outcome.reason = why.value();
            if (!outcome.reason.isEmpty())
                continue;
            auto finalized = finalizeIn(db, outcome.assessment, author, now, signer);
            if (!finalized)
                return finalized.error();
            outcome.finalized = true;
            outcome.closedRequests = finalized.value();
        }
        return true;
    });
    if (!written)
        return written.error();
    return outcomes;
}

Result<bool> StatusFlow::reopen(ParxFile &file, const AssessmentInfo &assessment, const QString &reason,
                                const QString &author)
{
    auto inspectors = AssessmentStore::requireInspectorFile(file);
    if (!inspectors)
        return inspectors;
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("Reopening a final result needs a reason"));
    if (trimmed.size() > maxReasonLength)
        return Error::invalid(tr("The reason holds at most %1 characters").arg(maxReasonLength));
    const qint64 now = Clock::nowMs();
    return file.write([&](QSqlDatabase &db) -> Result<bool> {
        const auto status = AssessmentStore::currentStatus(db, assessment);
        if (!status)
            return status.error();
        if (status.value() != AssessmentStatus::Final)
            return Error::invalid(tr("The assessment of %1 for %2 is not final: there is nothing to reopen")
                                      .arg(assessment.agencyCode, QString::number(assessment.year)));
        // The signature stood behind the final result; a reopened one is no longer that result.
        auto unsigned_ = Signatures::remove(db, assessment.uuid, SignatureKind::Final);
        if (!unsigned_)
            return unsigned_;
        return AssessmentStore::changeStatus(db, assessment, AssessmentStatus::Final, AssessmentStatus::InAppraisal,
                                             author, now, trimmed);
    });
}

} // namespace ParScore
