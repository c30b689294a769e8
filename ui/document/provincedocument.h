#pragma once

#include "assessmentstore.h"
#include "overview.h"
#include "statusflow.h"
#include "provincefile.h"
#include "requestfile.h"
#include "requeststore.h"
#include "signatures.h"
#include "result.h"
#include "windowfile.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace ParScore {

// One agency's assessment as the appraisal view shows it: every stored layer's answers and
// notes, and its evidence.
struct AgencyAppraisal
{
    AssessmentInfo info;
    CriteriaSet set;
    AnswerSet answers[3]; // by Layer: self, appraisal1, appraisal2
    QMap<QString, QString> notes[3];
    QList<EvidenceInfo> evidence;
    QList<ExplanationRequest> requests; // oldest first
    QList<ExplanationResponse> responses; // to those requests, as imported
    SignatureCheck sealSignature;  // the agency's signature of its submission
    SignatureCheck finalSignature; // the inspector's of the final result (unsigned until final)
    QList<ExplanationRequest> requestsOn(const QString &nodeId) const;
    const ExplanationResponse *responseTo(const QString &requestUuid) const;
    const AnswerSet &layer(Layer which) const { return answers[int(which)]; }
};

// The inspectors' open province file: what it says of itself (title, year, expected
// agencies), its overview, and the undo stack of the workspace's edits. Like the officer's
// document, every edit writes through at once; an import is written by a worker thread on
// its own connection (ImportJob), after which imported() reads the file again.
class ProvinceDocument : public QObject
{
    Q_OBJECT

public:
    using Access = WindowFile::Access;
    static Result<std::unique_ptr<ProvinceDocument>> open(const QString &path, const QString &author,
                                                          Access access = Access::Edit);
    ~ProvinceDocument() override;

    const QString &path() const { return m_path; }
    const QString &author() const { return m_author; }
    const ProvinceInfo &info() const { return m_info; }
    const Overview &overview() const { return m_overview; }
    bool isReadOnly() const { return m_readOnly; }
    const QString &readOnlyOnDisk() const { return m_readOnlyOnDisk; }
    QUndoStack *undoStack() { return &m_undoStack; }
    ParxFile &file() { return *m_file; }

    // One agency's assessment, read from the file now.
    Result<AgencyAppraisal> agency(const QString &assessmentUuid);

    // Edits, each an undo command written at once; false (and errorOccurred) when refused.
    // The agency's self layer is never written here.
    bool setAppraisalAnswer(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                            const QString &nodeId, const std::optional<Answer> &answer);
    bool setAppraisalNote(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                          const QString &nodeId, const QString &before, const QString &after);
    // How many times a bonus or penalty item applies in the round (0 included: the council
    // says it does not); none: the round says nothing of it.
    bool setAppraisalExtra(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer, ExtraKind kind,
                           const QString &itemId, std::optional<qint64> count);
    // A block of survey scores pasted from a spreadsheet (the survey grid's syntax, with its
    // header line): one undo step, refused whole with every bad cell named.
    Result<int> pasteSurvey(Layer layer, const QString &text);

    // Asks the agency to explain an item (an undo step: undone, the request is withdrawn,
    // which the file allows until a request file carried it away).
    bool requestExplanation(const AssessmentInfo &assessment, const CriteriaSet &set, const QString &nodeId,
                            const QString &text);

    // The steps of the explanation round that are decisions, not edits: each confirmed by the
    // inspector and logged in the file. They are no undo steps, and they close the undo
    // history: the steps before them could only be refused (a request that has travelled,
    // a final result) or would undo the decision behind the inspector's back.
    Result<bool> exportRequest(const AssessmentInfo &assessment, const QString &path, bool withAppraisalNotes);
    // Finalizing signs each final result with `signer` (the inspector's key) in its transaction.
    Result<int> finalize(const AssessmentInfo &assessment, const KeyPair &signer); // how many open requests were closed
    Result<QList<FinalizeOutcome>> finalizeGroup(const QString &group, const KeyPair &signer);
    Result<bool> reopen(const AssessmentInfo &assessment, const QString &reason);

    // Used by the undo commands only: write and tell the views.
    std::optional<ExplanationRequest> writeRequest(const AssessmentInfo &assessment, const CriteriaSet &set,
                                                   const QString &nodeId, const QString &text);
    bool withdrawRequest(const AssessmentInfo &assessment, const QString &requestUuid);
    enum class Direction { Forward, Back };
    bool writeAnswers(Layer layer, const QList<AnswerChange> &changes, Direction direction);
    bool writeNote(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer, const QString &nodeId,
                   const QString &text);
    bool writeExtra(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer, ExtraKind kind,
                    const QString &itemId, std::optional<qint64> count);

    // Submissions were merged into the file by another connection: reads it again. An
    // import is not an undo step (the preview is its safeguard), and the steps before it
    // could only write back values the import replaced: the undo history starts again.
    Result<bool> imported();

signals:
    void overviewChanged();
    void assessmentChanged(const QString &assessmentUuid); // after an edit of its answers or notes
    void reloaded(); // the whole file read again (an import): every view reads what it shows again
    void errorOccurred(const QString &message);

private:
    ProvinceDocument(QString path, QString author, WindowFile opened);
    Result<bool> reload();
    void refreshRows(const QStringList &assessmentUuids); // their overview rows, after an edit

    QString m_path;
    QString m_author;
    std::unique_ptr<QLockFile> m_lock; // released last
    std::unique_ptr<ParxFile> m_file;
    bool m_readOnly = false;
    QString m_readOnlyOnDisk;
    ProvinceInfo m_info;
    Overview m_overview;
    QUndoStack m_undoStack;
};

} // namespace ParScore
