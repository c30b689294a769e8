#include "editcommands.h"

#include "assessmentdocument.h"

#include <QCoreApplication>

namespace ParScore {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::EditCommands)
};

} // namespace

SetAnswerCommand::SetAnswerCommand(AssessmentDocument *document, QString nodeId,
                                   std::optional<Answer> before, std::optional<Answer> after)
    : m_document(document)
    , m_nodeId(std::move(nodeId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Text::tr("Score item %1").arg(m_nodeId));
}

void SetAnswerCommand::redo()
{
    if (!m_document->writeAnswer(m_nodeId, m_after))
        setObsolete(true);
}

void SetAnswerCommand::undo()
{
    m_document->writeAnswer(m_nodeId, m_before);
}

bool SetAnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAnswerCommand *>(other);
    if (next->m_nodeId != m_nodeId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

SetNoteCommand::SetNoteCommand(AssessmentDocument *document, QString nodeId, QString before, QString after)
    : m_document(document)
    , m_nodeId(std::move(nodeId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Text::tr("Note on item %1").arg(m_nodeId));
}

void SetNoteCommand::redo()
{
    if (!m_document->writeNote(m_nodeId, m_after))
        setObsolete(true);
}

void SetNoteCommand::undo()
{
    m_document->writeNote(m_nodeId, m_before);
}

bool SetNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetNoteCommand *>(other);
    if (next->m_nodeId != m_nodeId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

SetEvidenceLinkCommand::SetEvidenceLinkCommand(AssessmentDocument *document, QString nodeId, QString sha256,
                                               bool linked, const QString &name)
    : m_document(document)
    , m_nodeId(std::move(nodeId))
    , m_sha256(std::move(sha256))
    , m_linked(linked)
{
    setText(linked ? Text::tr("Attach %1 to item %2").arg(name, m_nodeId)
                   : Text::tr("Remove %1 from item %2").arg(name, m_nodeId));
}

void SetEvidenceLinkCommand::redo()
{
    if (!m_document->writeEvidenceLink(m_nodeId, m_sha256, m_linked))
        setObsolete(true);
}

void SetEvidenceLinkCommand::undo()
{
    m_document->writeEvidenceLink(m_nodeId, m_sha256, !m_linked);
}

} // namespace ParScore
