#include "provincedocument.h"

#include "appraisalcommands.h"
#include "evidencestore.h"
#include "resultseal.h"
#include "seal.h"
#include "surveygrid.h"

#include <QFileInfo>
#include <QSet>

namespace ParScore {

ProvinceDocument::ProvinceDocument(QString path, QString author, WindowFile opened)
    : m_path(std::move(path))
    , m_author(std::move(author))
    , m_lock(std::move(opened.lock))
    , m_file(std::move(opened.file))
    , m_readOnly(opened.readOnly)
    , m_readOnlyOnDisk(std::move(opened.readOnlyOnDisk))
{
}

ProvinceDocument::~ProvinceDocument()
{
    m_file.reset(); // before the lock goes
}

Result<std::unique_ptr<ProvinceDocument>> ProvinceDocument::open(const QString &path, const QString &author,
                                                                 Access access)
{
    // Held (the lock taken) first; then every row is checked on a second connection and
    // thread while the overview is read, which opens a province of thousands at once.
    auto opened = WindowFile::open(path, access, WindowFile::Checks::Deferred);
    if (!opened)
        return opened.error();
    auto overview = Overview::open(path);
    if (!overview)
        return overview.error();
    std::unique_ptr<ProvinceDocument> document(
        new ProvinceDocument(QFileInfo(path).absoluteFilePath(), author, std::move(opened).value()));
    auto info = ProvinceFile::read(*document->m_file);
    if (!info)
        return info.error();
    document->m_info = std::move(info).value();
    document->m_overview = std::move(overview).value();
    return document;
}

Result<bool> ProvinceDocument::reload()
{
    auto info = ProvinceFile::read(*m_file);
    if (!info)
        return info.error();
    auto overview = Overview::load(*m_file);
    if (!overview)
        return overview.error();
    m_info = std::move(info).value();
    m_overview = std::move(overview).value();
    emit overviewChanged();
    return true;
}

Result<AgencyAppraisal> ProvinceDocument::agency(const QString &assessmentUuid)
{
    AssessmentStore store(*m_file);
    auto info = store.find(assessmentUuid);
    if (!info)
        return info.error();
    auto set = store.criteria(info.value().criteriaSha256);
    if (!set)
        return set.error();
    AgencyAppraisal agency;
    agency.info = info.value();
    agency.set = set.value();
    for (const Layer layer : allLayers) {
        auto answers = store.answers(agency.info, agency.set, layer);
        if (!answers)
            return answers.error();
        auto notes = store.notes(agency.info, layer);
        if (!notes)
            return notes.error();
        agency.answers[int(layer)] = answers.value();
        agency.notes[int(layer)] = notes.value();
    }
    auto evidence = EvidenceStore(*m_file).list(agency.info.uuid);
    if (!evidence)
        return evidence.error();
    agency.evidence = evidence.value();
    auto requests = RequestStore(*m_file).list(agency.info);
    if (!requests)
        return requests.error();
    agency.requests = requests.value();
    QStringList requestUuids;
    for (const ExplanationRequest &request : agency.requests)
        requestUuids.append(request.uuid);
    if (!requestUuids.isEmpty()) {
        auto responses = RequestFile::responses(m_file->db(), requestUuids);
        if (!responses)
            return responses.error();
        agency.responses = responses.value();
    }
    auto sealSignature = Seal::signature(*m_file, agency.info);
    if (!sealSignature)
        return sealSignature.error();
    agency.sealSignature = sealSignature.value();
    auto finalSignature = ResultSeal::finalSignature(m_file->db(), agency.info);
    if (!finalSignature)
        return finalSignature.error();
    agency.finalSignature = finalSignature.value();
    return agency;
}

QList<ExplanationRequest> AgencyAppraisal::requestsOn(const QString &nodeId) const
{
    QList<ExplanationRequest> found;
    for (const ExplanationRequest &request : requests) {
        if (request.node == nodeId)
            found.append(request);
    }
    return found;
}

const ExplanationResponse *AgencyAppraisal::responseTo(const QString &requestUuid) const
{
    for (const ExplanationResponse &response : responses) {
        if (response.request == requestUuid)
            return &response;
    }
    return nullptr;
}

bool ProvinceDocument::setAppraisalAnswer(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                                          const QString &nodeId, const std::optional<Answer> &answer)
{
    if (layer == Layer::Self)
        return false;
    // What the item holds now, from the file: the change and its undo are exact.
    const AnswerEdit edit{assessment, set, nodeId, answer, std::nullopt};
    auto planned = AssessmentStore(*m_file).setAnswers(layer, {edit}, m_author, false);
    if (!planned) {
        emit errorOccurred(planned.error().message);
        return false;
    }
    if (planned.value().isEmpty())
        return true; // the same answer: nothing to do
    const int before = m_undoStack.count();
    m_undoStack.push(new AppraisalAnswersCommand(
        this, layer, planned.value(), tr("Appraise item %1 of %2").arg(nodeId, assessment.agencyCode)));
    return m_undoStack.count() > before;
}

bool ProvinceDocument::setAppraisalNote(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                                        const QString &nodeId, const QString &before, const QString &after)
{
    if (layer == Layer::Self || before == after)
        return layer != Layer::Self;
    const int count = m_undoStack.count();
    m_undoStack.push(new AppraisalNoteCommand(this, assessment, set, layer, nodeId, before, after));
    return m_undoStack.count() > count;
}

bool ProvinceDocument::setAppraisalExtra(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                                         ExtraKind kind, const QString &itemId, std::optional<qint64> count)
{
    if (layer == Layer::Self)
        return false;
    // What the round holds now, from the file: the step and its undo are exact.
    AssessmentStore store(*m_file);
    auto answers = store.answers(assessment, set, layer);
    if (!answers) {
        emit errorOccurred(answers.error().message);
        return false;
    }
    const QMap<QString, qint64> &counts = kind == ExtraKind::Bonus ? answers.value().bonus : answers.value().penalty;
    const std::optional<qint64> before = counts.contains(itemId) ? std::optional(counts.value(itemId)) : std::nullopt;
    if (before == count)
        return true;
    const int steps = m_undoStack.count();
    m_undoStack.push(new AppraisalExtraCommand(this, assessment, set, layer, kind, itemId, before, count));
    return m_undoStack.count() > steps;
}

Result<int> ProvinceDocument::pasteSurvey(Layer layer, const QString &text)
{
    if (auto target = SurveyGrid::checkTarget(*m_file, layer); !target)
        return target.error();
    QList<SurveyProblem> problems;
    auto grid = SurveyGrid::read(*m_file, text, m_info.year > 0 ? std::optional(m_info.year) : std::nullopt, problems);
    if (!grid)
        return grid.error();
    if (!problems.isEmpty())
        return SurveyGrid::refusal(problems);
    auto planned = grid.value().apply(*m_file, layer, m_author, false);
    if (!planned)
        return planned.error();
    if (planned.value().isEmpty())
        return 0;
    const int count = m_undoStack.count();
    m_undoStack.push(new AppraisalAnswersCommand(
        this, layer, planned.value(),
        tr("Paste %n survey score(s)", nullptr, int(planned.value().size()))));
    if (m_undoStack.count() == count)
        return Error::invalid(tr("The survey scores could not be written; nothing was changed"));
    return int(planned.value().size());
}

bool ProvinceDocument::writeAnswers(Layer layer, const QList<AnswerChange> &changes, Direction direction)
{
    // Each edit is written only where the item still holds what this step expects: an undo
    // never overwrites a change made since (by a merge, another paste).
    QList<AnswerEdit> edits;
    edits.reserve(changes.size());
    for (const AnswerChange &change : changes) {
        const bool forward = direction == Direction::Forward;
        edits.append({change.assessment, change.set, change.nodeId, forward ? change.after : change.before,
                      std::optional(forward ? change.before : change.after)});
    }
    auto written = AssessmentStore(*m_file).setAnswers(layer, edits, m_author);
    if (!written) {
        emit errorOccurred(written.error().message);
        return false;
    }
    QStringList uuids;
    for (const AnswerChange &change : changes) {
        if (!uuids.contains(change.assessment.uuid))
            uuids.append(change.assessment.uuid);
    }
    refreshRows(uuids);
    return true;
}

bool ProvinceDocument::writeNote(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                                 const QString &nodeId, const QString &text)
{
    auto written = AssessmentStore(*m_file).setNote(assessment, layer, set, nodeId, text, m_author);
    if (!written) {
        emit errorOccurred(written.error().message);
        return false;
    }
    refreshRows({assessment.uuid});
    return true;
}

bool ProvinceDocument::writeExtra(const AssessmentInfo &assessment, const CriteriaSet &set, Layer layer,
                                  ExtraKind kind, const QString &itemId, std::optional<qint64> count)
{
    AssessmentStore store(*m_file);
    Result<bool> written = true;
    if (count) {
        // A count of 0 is the council's answer ("does not apply"), stored as such: clearing
        // it would let the agency's own count stand in the final result.
        AnswerSet one;
        (kind == ExtraKind::Bonus ? one.bonus : one.penalty).insert(itemId, *count);
        auto applied = store.applyAnswers(assessment, set, layer, one, m_author);
        written = applied ? Result<bool>(true) : Result<bool>(applied.error());
    } else {
        written = store.setExtraCount(assessment, set, layer, kind, itemId, 0, m_author); // 0 clears the item
    }
    if (!written) {
        emit errorOccurred(written.error().message);
        return false;
    }
    refreshRows({assessment.uuid});
    return true;
}

bool ProvinceDocument::requestExplanation(const AssessmentInfo &assessment, const CriteriaSet &set,
                                          const QString &nodeId, const QString &text)
{
    const int before = m_undoStack.count();
    m_undoStack.push(new ExplanationRequestCommand(this, assessment, set, nodeId, text));
    return m_undoStack.count() > before;
}

std::optional<ExplanationRequest> ProvinceDocument::writeRequest(const AssessmentInfo &assessment,
                                                                 const CriteriaSet &set, const QString &nodeId,
                                                                 const QString &text)
{
    auto added = RequestStore(*m_file).add(assessment, set, nodeId, text, m_author);
    if (!added) {
        emit errorOccurred(added.error().message);
        return std::nullopt;
    }
    refreshRows({assessment.uuid});
    return added.value();
}

bool ProvinceDocument::withdrawRequest(const AssessmentInfo &assessment, const QString &requestUuid)
{
    auto withdrawn = RequestStore(*m_file).withdraw(assessment, requestUuid, m_author);
    if (!withdrawn) {
        emit errorOccurred(withdrawn.error().message);
        return false;
    }
    refreshRows({assessment.uuid});
    return true;
}

Result<bool> ProvinceDocument::exportRequest(const AssessmentInfo &assessment, const QString &path,
                                             bool withAppraisalNotes)
{
    auto written = RequestFile::exportFor(*m_file, assessment, path, withAppraisalNotes, m_author);
    if (!written)
        return written.error();
    // The requests have travelled: they can no longer be withdrawn, so no step before
    // may be undone past them (nor redone as a second request).
    m_undoStack.clear();
    refreshRows({assessment.uuid});
    return true;
}

Result<int> ProvinceDocument::finalize(const AssessmentInfo &assessment, const KeyPair &signer)
{
    auto closed = StatusFlow::finalize(*m_file, assessment, m_author, &signer);
    if (closed) {
        m_undoStack.clear();
        refreshRows({assessment.uuid});
    }
    return closed;
}

Result<QList<FinalizeOutcome>> ProvinceDocument::finalizeGroup(const QString &group, const KeyPair &signer)
{
    auto outcomes = StatusFlow::finalizeGroup(*m_file, group, m_info.year > 0 ? std::optional<int>(m_info.year) : std::nullopt, m_author, &signer);
    if (!outcomes)
        return outcomes;
    QStringList finalized;
    for (const FinalizeOutcome &outcome : outcomes.value()) {
        if (outcome.finalized)
            finalized.append(outcome.assessment.uuid);
    }
    if (!finalized.isEmpty()) {
        m_undoStack.clear();
        refreshRows(finalized);
    }
    return outcomes;
}

Result<bool> ProvinceDocument::reopen(const AssessmentInfo &assessment, const QString &reason)
{
    auto reopened = StatusFlow::reopen(*m_file, assessment, reason, m_author);
    if (reopened) {
        m_undoStack.clear();
        refreshRows({assessment.uuid});
    }
    return reopened;
}

void ProvinceDocument::refreshRows(const QStringList &assessmentUuids)
{
    for (const QString &uuid : assessmentUuids) {
        if (auto reloaded = m_overview.reloadRow(*m_file, uuid); !reloaded)
            emit errorOccurred(reloaded.error().message);
    }
    emit overviewChanged();
    for (const QString &uuid : assessmentUuids)
        emit assessmentChanged(uuid);
}

Result<bool> ProvinceDocument::imported()
{
    m_undoStack.clear();
    auto read = reload();
    if (read)
        emit reloaded();
    return read;
}

} // namespace ParScore
