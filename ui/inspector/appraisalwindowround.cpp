// The appraisal window's part in the explanation round and the final result: the round-1
// result beside a request, and the round's steps (RoundActions) for this agency.
#include "appraisaltreemodel.h"
#include "appraisalwindow.h"
#include "language.h"
#include "provincedocument.h"
#include "roundactions.h"

#include <QLabel>

namespace ParScore {

QString AppraisalWindow::roundOneText(const CriteriaNode &node) const
{
    // Beside a request, and in the second round: what the council gave the first time.
    const AgencyAppraisal &agency = m_model->agency();
    if (m_round != Layer::Appraisal2 && agency.requestsOn(node.id).isEmpty())
        return {};
    const AnswerSet &roundOne = agency.layer(Layer::Appraisal1);
    const bool answered = node.isLeaf() ? roundOne.answers.contains(node.id) : !roundOne.answers.isEmpty();
    if (!answered)
        return tr("Round 1: not appraised.");
    const NodeScore &score = m_model->layerCard(Layer::Appraisal1).nodes[node.index];
    QString text = tr("Round 1: %1 of %2 points.").arg(formatPoints(score.points), formatPoints(score.maxPoints));
    const QString note = agency.notes[int(Layer::Appraisal1)].value(node.id);
    if (!note.isEmpty())
        text += u' ' + tr("Round-1 note: %1").arg(note);
    return text;
}

void AppraisalWindow::say(const QString &what)
{
    if (what.isEmpty())
        return;
    m_notice->setText(what);
    m_notice->show();
}

QString AppraisalWindow::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void AppraisalWindow::requestExplanation()
{
    commitNote();
    say(RoundActions::requestExplanation(this, m_document, m_model->agency(), m_shownNode));
}

void AppraisalWindow::sendForExplanation()
{
    commitNote();
    say(RoundActions::sendForExplanation(this, m_document, m_model->agency().info));
}

void AppraisalWindow::finalize()
{
    commitNote();
    const AgencyAppraisal &agency = m_model->agency();
    const auto open = std::count_if(agency.requests.cbegin(), agency.requests.cend(),
                                    [](const ExplanationRequest &request) { return request.isOpen(); });
    say(RoundActions::finalize(this, m_document, agency.info, int(open)));
}

void AppraisalWindow::reopen()
{
    say(RoundActions::reopen(this, m_document, m_model->agency().info));
}

} // namespace ParScore
