#pragma once

#include "answers.h"
#include "criteriaset.h"

#include <QUndoCommand>

#include <optional>

namespace ParScore {

class AssessmentDocument;

// Undo commands of the officer's edits. Each writes through the document; a command
// whose first write fails is marked obsolete and dropped by the stack. Their texts (shown
// in the Undo and Redo menu items) are made again when the language changes.
class EditCommand : public QUndoCommand
{
public:
    // `visit` counts the officer's visits to items (AssessmentDocument::visit()).
    explicit EditCommand(QString nodeId, QUndoCommand *parent = nullptr, int visit = 0);
    // The item it edits: a criteria node, or a bonus/penalty item when section() is set.
    const QString &nodeId() const { return m_nodeId; }
    virtual std::optional<ExtraKind> section() const { return std::nullopt; }
    void retranslate(); // this command's text and its children's, in the current language

protected:
    virtual QString describe() const = 0;
    // Quick changes to one value in one visit are one step to undo (the arrows of a spin
    // box, a note typed in bursts); a later change, or one after leaving the item, is not.
    // Nor is a change the file refused: QUndoStack offers it for merging although its redo
    // made it obsolete, and merged its undo step would claim what was never written.
    bool continues(const EditCommand &next) const;
    void absorb(const EditCommand &next) { m_lastAt = next.m_lastAt; }
    QString m_nodeId;

private:
    int m_visit;
    qint64 m_lastAt; // when the last change merged into this command was made
};

class SetAnswerCommand : public EditCommand
{
public:
    SetAnswerCommand(AssessmentDocument *document, QString nodeId, std::optional<Answer> before,
                     std::optional<Answer> after, int visit);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    // Typing 1, 2, 3 into one item's field is one step to undo, not three.
    bool mergeWith(const QUndoCommand *other) override;

protected:
    QString describe() const override;

private:
    AssessmentDocument *m_document;
    std::optional<Answer> m_before;
    std::optional<Answer> m_after;
};

class SetNoteCommand : public EditCommand
{
public:
    SetNoteCommand(AssessmentDocument *document, QString nodeId, QString before, QString after, int visit);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    QString describe() const override;

private:
    AssessmentDocument *m_document;
    QString m_before;
    QString m_after;
};

// A document's link to an item under a name (nullopt: not linked): attached, renamed or
// removed there, and nowhere else.
class SetEvidenceLinkCommand : public EditCommand
{
public:
    SetEvidenceLinkCommand(AssessmentDocument *document, QString nodeId, QString sha256,
                           std::optional<QString> before, std::optional<QString> after,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

protected:
    QString describe() const override;

private:
    AssessmentDocument *m_document;
    QString m_sha256;
    std::optional<QString> m_before;
    std::optional<QString> m_after;
};

// How many times a bonus or penalty item applies.
class SetExtraCountCommand : public EditCommand
{
public:
    SetExtraCountCommand(AssessmentDocument *document, ExtraKind kind, QString itemId, qint64 before, qint64 after,
                         int visit);
    void redo() override;
    void undo() override;
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;
    std::optional<ExtraKind> section() const override { return m_kind; }

protected:
    QString describe() const override;

private:
    AssessmentDocument *m_document;
    ExtraKind m_kind;
    qint64 m_before;
    qint64 m_after;
};

// The date a document takes effect (empty: none), as shown for one item.
class SetEvidenceDateCommand : public EditCommand
{
public:
    SetEvidenceDateCommand(AssessmentDocument *document, QString nodeId, QString sha256, QString name,
                           QString before, QString after);
    void redo() override;
    void undo() override;

protected:
    QString describe() const override;

private:
    AssessmentDocument *m_document;
    QString m_sha256;
    QString m_name;
    QString m_before;
    QString m_after;
};

// Links the documents just attached to an item, as one step: its children are the links.
class AttachEvidenceCommand : public EditCommand
{
public:
    explicit AttachEvidenceCommand(QString nodeId);

protected:
    QString describe() const override;
};

} // namespace ParScore
