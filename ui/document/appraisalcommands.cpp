#include "appraisalcommands.h"

#include "provincedocument.h"

namespace ParScore {

AppraisalAnswersCommand::AppraisalAnswersCommand(ProvinceDocument *document, Layer layer, QList<AnswerChange> changes,
                                                 const QString &text)
    : m_document(document)
    , m_layer(layer)
    , m_changes(std::move(changes))
{
    setText(text);
}

void AppraisalAnswersCommand::redo()
{
    if (!m_document->writeAnswers(m_layer, m_changes, ProvinceDocument::Direction::Forward))
        setObsolete(true);
}

void AppraisalAnswersCommand::undo()
{
    // Refused (changed since by another hand): the step goes, what the file holds stays.
    if (!m_document->writeAnswers(m_layer, m_changes, ProvinceDocument::Direction::Back))
        setObsolete(true);
}

AppraisalNoteCommand::AppraisalNoteCommand(ProvinceDocument *document, AssessmentInfo assessment, CriteriaSet set,
                                           Layer layer, QString nodeId, QString before, QString after)
    : m_document(document)
    , m_assessment(std::move(assessment))
    , m_set(std::move(set))
    , m_layer(layer)
    , m_nodeId(std::move(nodeId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(ProvinceDocument::tr("Appraisal note on item %1 of %2").arg(m_nodeId, m_assessment.agencyCode));
}

void AppraisalNoteCommand::redo()
{
    if (!m_document->writeNote(m_assessment, m_set, m_layer, m_nodeId, m_after))
        setObsolete(true);
}

void AppraisalNoteCommand::undo()
{
    if (!m_document->writeNote(m_assessment, m_set, m_layer, m_nodeId, m_before))
        setObsolete(true);
}

AppraisalExtraCommand::AppraisalExtraCommand(ProvinceDocument *document, AssessmentInfo assessment, CriteriaSet set,
                                             Layer layer, ExtraKind kind, QString itemId, std::optional<qint64> before,
                                             std::optional<qint64> after)
    : m_document(document)
    , m_assessment(std::move(assessment))
    , m_set(std::move(set))
    , m_layer(layer)
    , m_kind(kind)
    , m_itemId(std::move(itemId))
    , m_before(before)
    , m_after(after)
{
    setText(kind == ExtraKind::Bonus
                ? ProvinceDocument::tr("Appraise bonus item %1 of %2").arg(m_itemId, m_assessment.agencyCode)
                : ProvinceDocument::tr("Appraise penalty item %1 of %2").arg(m_itemId, m_assessment.agencyCode));
}

void AppraisalExtraCommand::redo()
{
    if (!m_document->writeExtra(m_assessment, m_set, m_layer, m_kind, m_itemId, m_after))
        setObsolete(true);
}

void AppraisalExtraCommand::undo()
{
    if (!m_document->writeExtra(m_assessment, m_set, m_layer, m_kind, m_itemId, m_before))
        setObsolete(true);
}

ExplanationRequestCommand::ExplanationRequestCommand(ProvinceDocument *document, AssessmentInfo assessment,
                                                     CriteriaSet set, QString nodeId, QString text)
    : m_document(document)
    , m_assessment(std::move(assessment))
    , m_set(std::move(set))
    , m_nodeId(std::move(nodeId))
    , m_text(std::move(text))
{
    setText(ProvinceDocument::tr("Explanation request on item %1 of %2").arg(m_nodeId, m_assessment.agencyCode));
}

void ExplanationRequestCommand::redo()
{
    const auto written = m_document->writeRequest(m_assessment, m_set, m_nodeId, m_text);
    if (written)
        m_requestUuid = written->uuid;
    else
        setObsolete(true);
}

void ExplanationRequestCommand::undo()
{
    // Refused (the request has travelled, or was answered): the step goes, the request stays.
    if (!m_document->withdrawRequest(m_assessment, m_requestUuid))
        setObsolete(true);
}

} // namespace ParScore
