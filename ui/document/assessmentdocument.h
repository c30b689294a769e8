#pragma once

#include "answers.h"
#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"
#include "result.h"
#include "scorecardhtml.h"
#include "scorer.h"
#include "signatures.h"
#include "windowfile.h"

#include <QHash>
#include <QLockFile>
#include <QMap>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace ParScore {

class RequestPart;

// The agency officer's open assessment: its .parx, criteria set, self layer, notes and
// evidence, and the undo stack. Every edit goes through an undo command that writes to
// the file at once (one transaction each), so nothing is ever unsaved and a crash loses
// nothing. Views read from here and listen to its signals.
class AssessmentDocument : public QObject
{
    Q_OBJECT

public:
    using Access = WindowFile::Access;
    static Result<std::unique_ptr<AssessmentDocument>> open(const QString &path, const QString &author,
                                                            Access access = Access::Edit);
    ~AssessmentDocument() override;

    const QString &path() const { return m_path; }
    const AssessmentInfo &info() const { return m_info; }
    const CriteriaSet &set() const { return m_set; }
    const AnswerSet &answers() const { return m_answers; }
    const Scorecard &scorecard() const { return m_card; }
    QString note(const QString &nodeId) const { return m_notes.value(nodeId); }
    const QMap<QString, QString> &notes() const { return m_notes; }
    QList<EvidenceInfo> evidenceFor(const QString &nodeId) const;
    bool hasEvidence(const QString &nodeId) const;
    // The name a document has on an item; nullopt when it is not linked there.
    std::optional<QString> linkName(const QString &nodeId, const QString &sha256) const;
    bool isSealed() const { return m_info.isSealed(); }
    // The seal's signature as the file records it (unsigned before submitting, and in files
    // made before signatures).
    const SignatureCheck &sealSignature() const { return m_sealSignature; }
    bool isReadOnlyCopy() const { return m_readOnlyCopy; } // opened to look only
    // Why the file was opened to look only although editing was asked for: it cannot be
    // changed where it is (empty otherwise).
    const QString &readOnlyOnDisk() const { return m_readOnlyOnDisk; }
    bool isReadOnly() const { return isSealed() || isReadOnlyCopy(); }
    QUndoStack *undoStack() { return &m_undoStack; }
    // The council's requests and the agency's response when the file is a request file
    // (role "request"); nullptr otherwise.
    RequestPart *requestPart() const { return m_request.get(); }
    int visits() const { return m_visit; } // for undo commands made elsewhere
    // What the printed scorecard shows, from the file as it is now.
    Result<ScorecardContent> scorecardContent();

    // Edits, each an undoable command. They return false (and report errorOccurred) when
    // the file refused the change.
    bool setAnswer(const QString &nodeId, const std::optional<Answer> &answer);
    bool setNote(const QString &nodeId, const QString &text);
    bool attachEvidence(const QString &nodeId, const QStringList &files, const QString &effectiveDate);
    bool setEvidenceLinked(const QString &nodeId, const QString &sha256, bool linked);
    // The date a document takes effect (YYYY-MM-DD, empty for none), edited from item nodeId.
    bool setEvidenceDate(const QString &nodeId, const QString &sha256, const QString &effectiveDate);
    // How many times a bonus or penalty item applies (0: it does not).
    bool setExtraCount(ExtraKind kind, const QString &itemId, qint64 count);
    qint64 extraCount(ExtraKind kind, const QString &itemId) const;
    // Submits: seals the self layer, signed with `signer` in the same transaction.
    bool seal(const KeyPair &signer);
    // The officer moved to another item: later changes are new steps to undo, not part
    // of the last one.
    void visit() { ++m_visit; }
    // Makes the undo history's texts again in the current language.
    void retranslate();

    // Used by the undo commands only: write the state and tell the views.
    Result<bool> writeAnswer(const QString &nodeId, const std::optional<Answer> &answer);
    Result<bool> writeNote(const QString &nodeId, const QString &text);
    Result<bool> writeEvidenceLink(const QString &nodeId, const QString &sha256, const std::optional<QString> &name);
    Result<bool> writeEvidenceDate(const QString &nodeId, const QString &sha256, const QString &effectiveDate);
    Result<bool> writeExtraCount(ExtraKind kind, const QString &itemId, qint64 count);

signals:
    void nodeChanged(const QString &nodeId);
    void scoresChanged();
    void sealed();
    void errorOccurred(const QString &message);

private:
    AssessmentDocument(QString path, QString author, std::unique_ptr<ParxFile> file);
    Result<bool> reload();
    void rescore();
    bool accepted(const Result<bool> &written); // false, and errorOccurred, when the file refused
    void reloadEvidence();

    QString m_path;
    QString m_author;
    std::unique_ptr<QLockFile> m_lock; // held while the file is open for editing (released last)
    std::unique_ptr<ParxFile> m_file;
    bool m_readOnlyCopy = false;
    QString m_readOnlyOnDisk;
    int m_visit = 0;
    AssessmentInfo m_info;
    SignatureCheck m_sealSignature;
    CriteriaSet m_set;
    AnswerSet m_answers;
    QMap<QString, QString> m_notes;
    QList<EvidenceInfo> m_evidence;
    Scorecard m_card;
    std::unique_ptr<RequestPart> m_request;
    QUndoStack m_undoStack; // destroyed first: its commands refer to the request part
};

} // namespace ParScore
