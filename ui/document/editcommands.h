#pragma once

#include "answers.h"

#include <QUndoCommand>

#include <optional>

namespace ParScore {

class AssessmentDocument;

// Undo commands of the officer's edits. Each writes through the document; a command
// whose first write fails is marked obsolete and dropped by the stack.
class SetAnswerCommand : public QUndoCommand
{
public:
    SetAnswerCommand(AssessmentDocument *document, QString nodeId, std::optional<Answer> before,
                     std::optional<Answer> after);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    // Typing 1, 2, 3 into one item's field is one step to undo, not three.
    bool mergeWith(const QUndoCommand *other) override;

private:
    AssessmentDocument *m_document;
    QString m_nodeId;
    std::optional<Answer> m_before;
    std::optional<Answer> m_after;
};

class SetNoteCommand : public QUndoCommand
{
public:
    SetNoteCommand(AssessmentDocument *document, QString nodeId, QString before, QString after);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    AssessmentDocument *m_document;
    QString m_nodeId;
    QString m_before;
    QString m_after;
};

class SetEvidenceLinkCommand : public QUndoCommand
{
public:
    SetEvidenceLinkCommand(AssessmentDocument *document, QString nodeId, QString sha256, bool linked,
                           const QString &name);
    void redo() override;
    void undo() override;

private:
    AssessmentDocument *m_document;
    QString m_nodeId;
    QString m_sha256;
    bool m_linked;
};

} // namespace ParScore
