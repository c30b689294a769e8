#include "editcommands.h"

#include "assessmentdocument.h"
#include "clock.h"

#include <QCoreApplication>

namespace ParScore {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::EditCommands)
};

} // namespace

namespace {
constexpr qint64 mergeWindowMs = 2000;
} // namespace

EditCommand::EditCommand(QString nodeId, QUndoCommand *parent, int visit)
    : QUndoCommand(parent)
    , m_nodeId(std::move(nodeId))
    , m_visit(visit)
    , m_lastAt(Clock::nowMs())
{
}

bool EditCommand::continues(const EditCommand &next) const
{
    return !next.isObsolete() && next.m_nodeId == m_nodeId && next.m_visit == m_visit
           && next.m_lastAt - m_lastAt <= mergeWindowMs;
}

void EditCommand::retranslate()
{
    setText(describe());
    for (int i = 0; i < childCount(); ++i) {
        // Children are made by this file only, all of them edit commands.
        if (auto *command = dynamic_cast<EditCommand *>(const_cast<QUndoCommand *>(child(i))))
            command->retranslate();
    }
}

SetAnswerCommand::SetAnswerCommand(AssessmentDocument *document, QString nodeId,
                                   std::optional<Answer> before, std::optional<Answer> after, int visit)
    : EditCommand(std::move(nodeId), nullptr, visit)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(describe());
}

QString SetAnswerCommand::describe() const
{
    return Text::tr("Score item %1").arg(m_nodeId);
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
    if (!continues(*next))
        return false;
    absorb(*next);
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

SetNoteCommand::SetNoteCommand(AssessmentDocument *document, QString nodeId, QString before, QString after,
                               int visit)
    : EditCommand(std::move(nodeId), nullptr, visit)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(describe());
}

QString SetNoteCommand::describe() const
{
    return Text::tr("Note on item %1").arg(m_nodeId);
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
    if (!continues(*next))
        return false;
    absorb(*next);
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

SetEvidenceLinkCommand::SetEvidenceLinkCommand(AssessmentDocument *document, QString nodeId, QString sha256,
                                               std::optional<QString> before, std::optional<QString> after,
                                               QUndoCommand *parent)
    : EditCommand(std::move(nodeId), parent)
    , m_document(document)
    , m_sha256(std::move(sha256))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(describe());
}

QString SetEvidenceLinkCommand::describe() const
{
    if (!m_after)
        return Text::tr("Remove %1 from item %2").arg(m_before.value_or(QString()), m_nodeId);
    if (!m_before)
        return Text::tr("Attach %1 to item %2").arg(*m_after, m_nodeId);
    return Text::tr("Rename %1 to %2 on item %3").arg(*m_before, *m_after, m_nodeId);
}

void SetEvidenceLinkCommand::redo()
{
    if (!m_document->writeEvidenceLink(m_nodeId, m_sha256, m_after))
        setObsolete(true);
}

void SetEvidenceLinkCommand::undo()
{
    m_document->writeEvidenceLink(m_nodeId, m_sha256, m_before);
}

SetExtraCountCommand::SetExtraCountCommand(AssessmentDocument *document, ExtraKind kind, QString itemId,
                                           qint64 before, qint64 after, int visit)
    : EditCommand(std::move(itemId), nullptr, visit)
    , m_document(document)
    , m_kind(kind)
    , m_before(before)
    , m_after(after)
{
    setText(describe());
}

QString SetExtraCountCommand::describe() const
{
    return m_kind == ExtraKind::Bonus ? Text::tr("Bonus item %1").arg(m_nodeId)
                                      : Text::tr("Penalty item %1").arg(m_nodeId);
}

void SetExtraCountCommand::redo()
{
    if (!m_document->writeExtraCount(m_kind, m_nodeId, m_after))
        setObsolete(true);
}

void SetExtraCountCommand::undo()
{
    m_document->writeExtraCount(m_kind, m_nodeId, m_before);
}

bool SetExtraCountCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetExtraCountCommand *>(other);
    if (next->m_kind != m_kind || !continues(*next))
        return false;
    absorb(*next);
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

SetEvidenceDateCommand::SetEvidenceDateCommand(AssessmentDocument *document, QString nodeId, QString sha256,
                                               QString name, QString before, QString after)
    : EditCommand(std::move(nodeId))
    , m_document(document)
    , m_sha256(std::move(sha256))
    , m_name(std::move(name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(describe());
}

QString SetEvidenceDateCommand::describe() const
{
    return Text::tr("Effective date of %1").arg(m_name);
}

void SetEvidenceDateCommand::redo()
{
    if (!m_document->writeEvidenceDate(m_nodeId, m_sha256, m_after))
        setObsolete(true);
}

void SetEvidenceDateCommand::undo()
{
    m_document->writeEvidenceDate(m_nodeId, m_sha256, m_before);
}

AttachEvidenceCommand::AttachEvidenceCommand(QString nodeId)
    : EditCommand(std::move(nodeId))
{
    setText(describe());
}

QString AttachEvidenceCommand::describe() const
{
    return Text::tr("Attach evidence to item %1").arg(m_nodeId);
}

} // namespace ParScore
