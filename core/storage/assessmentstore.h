#pragma once

#include "answers.h"
#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"

#include <QCoreApplication>

namespace ParScore {

// One stored row of a layer of answers, as the file holds it.
struct AnswerRow
{
    QString kind; // "node", "bonus" or "penalty"
    QString item; // the node or bonus/penalty item id
    QByteArray json;
};

// One leaf's answer in a layer of one assessment, to set or (nullopt) to clear: an edit of
// a batch that is written whole or not at all (survey grids, their undo).
struct AnswerEdit
{
    AssessmentInfo assessment;
    CriteriaSet set; // the assessment's set (implicitly shared: cheap to copy)
    QString nodeId;
    std::optional<Answer> answer;
    // When set, the edit (and with it the whole batch) is refused unless the item's stored
    // answer is still this one (nullopt inside: no answer): an undo never overwrites a
    // change made since.
    std::optional<std::optional<Answer>> expected;
};

// What one edit changed: the answer before and after (nullopt: none), enough to undo it.
struct AnswerChange
{
    AssessmentInfo assessment;
    CriteriaSet set;
    QString nodeId;
    std::optional<Answer> before;
    std::optional<Answer> after;
};

struct NewAssessment
{
    QString agencyCode;
    QString agencyName;
    QString group;
    int year = 0;
};

// The assessments of one .parx file: metadata, embedded criteria sets, layers of
// answers and the change log. Everything read back is validated again, because the file
// may come from anywhere; everything written is one transaction with its log entries.
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::AssessmentStore)

public:
    explicit AssessmentStore(ParxFile &file)
        : m_file(file)
    {}

    Result<AssessmentInfo> create(const CriteriaSet &set, const NewAssessment &info,
                                  const QString &author);
    Result<QList<AssessmentInfo>> list();
    // The assessment with this UUID or agency code; with an empty key, the only one.
    Result<AssessmentInfo> find(const QString &uuidOrAgencyCode);
    Result<CriteriaSet> criteria(const QString &sha256);
    Result<AnswerSet> answers(const AssessmentInfo &assessment, const CriteriaSet &set,
                              Layer layer);
    // A layer's stored rows as answers, validated as an answers file is (and in ParScore's
    // canonical form): every read of answers goes through here, one layer at a time or in
    // bulk (AnswersScan).
    static Result<AnswerSet> answersFromRows(const CriteriaSet &set, Layer layer,
                                             const QList<AnswerRow> &rows);
    // Stores every answer of `answers` into `layer` (an upsert per item) with a log entry
    // per changed item, all in one transaction. Returns how many items changed.
    Result<int> applyAnswers(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                             const AnswerSet &answers, const QString &author);
    Result<QList<LogEntry>> log(const QString &assessmentUuid = {});
    // Sets or (with nullopt) clears one leaf's answer in a layer: the unit of an edit in
    // the desktop app, where every change is written at once and can be undone.
    Result<bool> setAnswer(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                           const QString &nodeId, const std::optional<Answer> &answer,
                           const QString &author);

    // How many times one bonus or penalty item applies in a layer; 0 removes the item.
    Result<bool> setExtraCount(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                               ExtraKind kind, const QString &itemId, qint64 count, const QString &author);

    // The officer's note or explanation for an item in a layer; an empty text removes it.
    Result<bool> setNote(const AssessmentInfo &assessment, Layer layer, const CriteriaSet &set,
                         const QString &nodeId, const QString &text, const QString &author);
    Result<QMap<QString, QString>> notes(const AssessmentInfo &assessment,
                                         Layer layer); // node → text
    Result<Comment> addComment(const AssessmentInfo &assessment, const CriteriaSet &set,
                               const QString &nodeId, const QString &text, const QString &author);
    Result<QList<Comment>> comments(const AssessmentInfo &assessment); // oldest first

    // Sets or clears the answers of `edits` (any assessments of the file) in one appraisal or
    // self layer, in one transaction, each changed item with its log entry; returns what
    // changed (edits that changed nothing are left out), in the order of `edits`. With
    // `commit` false nothing is kept (a dry run that still runs every check).
    Result<QList<AnswerChange>> setAnswers(Layer layer, const QList<AnswerEdit> &edits,
                                           const QString &author, bool commit = true);

    // Helpers for the other stores, inside their own transactions.
    static Result<bool> appendLog(QSqlDatabase &db, const LogEntry &entry);
    static bool isValidUuid(const QString &text);
    // Fails when the assessment is sealed in the file now (inside a write transaction).
    static Result<bool> requireUnsealed(QSqlDatabase &db, const AssessmentInfo &assessment);
    // Fails when `layer` of the assessment cannot be written now (inside a write
    // transaction): a sealed self layer, or any layer of an assessment whose status is final.
    static Result<bool> requireWritable(QSqlDatabase &db, const AssessmentInfo &assessment, Layer layer);
    // The status of an assessment as the file holds it now (inside a transaction).
    static Result<AssessmentStatus> currentStatus(QSqlDatabase &db, const AssessmentInfo &assessment);
    // Moves an assessment from `from` to `to` with its log entry (action "status": who, when,
    // old_value → new_value, the reason in `item`), inside the caller's transaction.
    static Result<bool> changeStatus(QSqlDatabase &db, const AssessmentInfo &assessment, AssessmentStatus from,
                                     AssessmentStatus to, const QString &author, qint64 now,
                                     const QString &reason = {});
    // Fails unless the file is the inspectors' (role "inspector"): appraisal actions.
    static Result<bool> requireInspectorFile(ParxFile &file);
    // The name recorded for a change: never empty (and never NULL in the file).
    static QString recordedAuthor(const QString &author);

private:
    Result<QList<AssessmentInfo>> select(const QString &condition, const QVariantList &values);
    // Removes one stored answer ("node", "bonus" or "penalty" item) with a log entry.
    Result<bool> clearItem(const AssessmentInfo &assessment, Layer layer, const QString &kind, const QString &item,
                           const QString &author);
    // Refuses appraisal answers in an agency's own file.
    Result<bool> requireAppraisalHome(Layer layer);

    ParxFile &m_file;
};

// The role that answers a layer: the agency answers `self`, inspectors the others.
Role roleOf(Layer layer);

} // namespace ParScore
