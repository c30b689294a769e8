#pragma once

#include "answers.h"
#include "requestfile.h"
#include "requeststore.h"
#include "scorer.h"

#include <QMap>
#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ParScore {

class AssessmentDocument;

// What a request file adds to the open assessment (docs/file-format.md, "Request files"):
// the council's requests, its round-1 points and notes, and the agency's response to each
// flagged item — the only part of the file the officer may still change, until the
// response is sealed. Every edit is an undo command on the document's stack, written at once.
class RequestPart : public QObject
{
    Q_OBJECT

public:
    // The part of the document's file, or nullptr when it is not a request file.
    static Result<std::unique_ptr<RequestPart>> load(AssessmentDocument *document, ParxFile &file,
                                                     const QString &author);

    // The open requests on an item, oldest first (empty: the item is not flagged).
    QList<ExplanationRequest> requestsOn(const QString &nodeId) const;
    bool isFlagged(const QString &nodeId) const { return m_requests.contains(nodeId); }
    QStringList flaggedNodes() const; // in the set's order
    // The response on an item: to its oldest request, as `parscore-cli respond` writes it.
    std::optional<ExplanationResponse> responseOn(const QString &nodeId) const;
    QStringList unexplained() const; // flagged items without an explanation, in the set's order
    // The council's round-1 points (layer appraisal1, scored as the appraisers).
    const Scorecard &round1() const { return m_round1; }
    bool round1Scored(const CriteriaNode &node) const; // the layer answers the node or an item below it
    QString round1Note(const QString &nodeId) const { return m_round1Notes.value(nodeId); }
    bool isSealed() const { return !m_sealFingerprint.isEmpty(); }
    const QString &sealFingerprint() const { return m_sealFingerprint; }
    bool isReadOnly() const;

    // Edits, each an undo command; false (and errorOccurred or refused) when not written.
    // An empty text removes the response, refused while documents are attached to it.
    bool setExplanation(const QString &nodeId, const QString &text);
    bool attachDocuments(const QString &nodeId, const QStringList &files, const QString &effectiveDate);
    bool removeDocument(const QString &nodeId, const QString &sha256);
    bool setDocumentDate(const QString &nodeId, const QString &sha256, const QString &effectiveDate);
    // Seals the response (ResponseSeal): from then on nothing in the file changes.
    bool seal();

    // Used by the undo command only: writes `to` over `from` and tells the views.
    Result<bool> write(const QString &nodeId, const std::optional<ExplanationResponse> &from,
                       const std::optional<ExplanationResponse> &to, const QStringList &sources);

signals:
    void responseChanged(const QString &nodeId);
    void sealed();
    void errorOccurred(const QString &message);
    // An edit not made, with why (shown where it was asked).
    void refused(const QString &nodeId, const QString &why);

private:
    RequestPart(AssessmentDocument *document, ParxFile &file, QString author);
    bool change(const QString &nodeId, const std::optional<ExplanationResponse> &after, const QStringList &sources = {});
    Result<bool> rereadResponses();
    // Keeps a copy of a document's bytes that a write removes, for the undo that brings it back.
    Result<bool> keepCopy(const QString &sha256);

    AssessmentDocument *m_document;
    ParxFile &m_file;
    QString m_author;
    QMap<QString, QList<ExplanationRequest>> m_requests; // by node
    QMap<QString, ExplanationResponse> m_responses;      // by request UUID
    AnswerSet m_round1Answers;
    Scorecard m_round1;
    QMap<QString, QString> m_round1Notes;
    QString m_sealFingerprint;
    QTemporaryDir m_copies; // documents' bytes an undo may need again, by SHA-256
};

} // namespace ParScore
