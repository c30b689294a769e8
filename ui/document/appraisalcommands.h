#pragma once

#include "assessmentstore.h"
#include "requeststore.h"

#include <QUndoCommand>

namespace ParScore {

class ProvinceDocument;

// Undo commands of the inspectors' edits, each written through the province document at
// once. A command whose write is refused (its first, or its undo) is marked obsolete and
// dropped by the stack: the history never points past what the file holds.

// What every appraisal edit says of itself: the agency and the item it changed (the first of
// a pasted block), so that an undo made elsewhere can be shown where it happened.
class AppraisalEdit : public QUndoCommand
{
public:
    virtual QString assessmentUuid() const = 0;
    virtual QString nodeId() const = 0;
};

// Answers of one appraisal layer: one item of one agency (the appraisal view) or a block of
// many agencies and items (a pasted survey grid), undone and redone whole. Undo writes the
// answers before back only where nobody changed them since; otherwise it refuses, whole.
class AppraisalAnswersCommand : public AppraisalEdit
{
public:
    AppraisalAnswersCommand(ProvinceDocument *document, Layer layer, QList<AnswerChange> changes, const QString &text);
    void redo() override;
    void undo() override;
    QString assessmentUuid() const override { return m_changes.value(0).assessment.uuid; }
    QString nodeId() const override { return m_changes.value(0).nodeId; }

private:
    ProvinceDocument *m_document;
    Layer m_layer;
    QList<AnswerChange> m_changes;
};

// An appraisal note on one item of one agency.
class AppraisalNoteCommand : public AppraisalEdit
{
public:
    AppraisalNoteCommand(ProvinceDocument *document, AssessmentInfo assessment, CriteriaSet set, Layer layer,
                         QString nodeId, QString before, QString after);
    void redo() override;
    void undo() override;
    QString assessmentUuid() const override { return m_assessment.uuid; }
    QString nodeId() const override { return m_nodeId; }

private:
    ProvinceDocument *m_document;
    AssessmentInfo m_assessment;
    CriteriaSet m_set;
    Layer m_layer;
    QString m_nodeId;
    QString m_before;
    QString m_after;
};

// How many times a bonus or penalty item applies, in the council's view for one round; none:
// the round says nothing of it (the agency's count, or an earlier round's, stands).
class AppraisalExtraCommand : public AppraisalEdit
{
public:
    AppraisalExtraCommand(ProvinceDocument *document, AssessmentInfo assessment, CriteriaSet set, Layer layer,
                          ExtraKind kind, QString itemId, std::optional<qint64> before, std::optional<qint64> after);
    void redo() override;
    void undo() override;
    QString assessmentUuid() const override { return m_assessment.uuid; }
    QString nodeId() const override { return {}; } // a section, not a node

private:
    ProvinceDocument *m_document;
    AssessmentInfo m_assessment;
    CriteriaSet m_set;
    Layer m_layer;
    ExtraKind m_kind;
    QString m_itemId;
    std::optional<qint64> m_before;
    std::optional<qint64> m_after;
};

// A request for explanation on one item of one agency; undone, it is withdrawn (refused
// once a request file carried it to the agency). Redone, it is asked again.
class ExplanationRequestCommand : public AppraisalEdit
{
public:
    ExplanationRequestCommand(ProvinceDocument *document, AssessmentInfo assessment, CriteriaSet set, QString nodeId,
                              QString text);
    void redo() override;
    void undo() override;
    QString assessmentUuid() const override { return m_assessment.uuid; }
    QString nodeId() const override { return m_nodeId; }

private:
    ProvinceDocument *m_document;
    AssessmentInfo m_assessment;
    CriteriaSet m_set;
    QString m_nodeId;
    QString m_text;
    QString m_requestUuid; // of the request as last written
};

} // namespace ParScore
