#include "requestpart.h"

#include "assessmentdocument.h"
#include "assessmentstore.h"
#include "blobstream.h"
#include "clock.h"
#include "evidencestore.h"
#include "responsecommand.h"
#include "responseseal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <QUuid>

namespace ParScore {
namespace {

void sortDocuments(ExplanationResponse &response)
{
    // As RequestFile::responses reads them, so that a state compares equal to the file's.
    std::sort(response.documents.begin(), response.documents.end(),
              [](const ResponseDocument &a, const ResponseDocument &b) { return a.sha256 < b.sha256; });
}

// The council's requests as a request file holds them, checked as RequestStore::add checks a
// new one: an item the set does not have would go unanswered, yet pass the readiness check.
Result<bool> checkRequests(const CriteriaSet &set, const QList<ExplanationRequest> &requests, const QString &path)
{
    QStringList problems;
    for (const ExplanationRequest &request : requests) {
        QString problem;
        if (QUuid::fromString(request.uuid).isNull() || request.uuid.size() != 36)
            problem = RequestPart::tr("its identifier is not a UUID");
        else if (!set.node(request.node))
            problem = AssessmentStore::tr("There is no item %1 in the criteria set").arg(request.node);
        else if (request.text.trimmed().isEmpty())
            problem = RequestStore::tr("An explanation request needs a text");
        else if (request.text.size() > RequestStore::maxTextLength)
            problem = RequestStore::tr("An explanation request holds at most %1 characters")
                          .arg(RequestStore::maxTextLength);
        if (!problem.isEmpty())
            problems.append(RequestPart::tr("request %1 on item %2: %3").arg(request.uuid, request.node, problem));
    }
    if (problems.isEmpty())
        return true;
    return Error::invalid(RequestPart::tr("The request file %1 cannot be opened: its requests for explanation are "
                                          "damaged or were altered.\n%2")
                              .arg(QDir::toNativeSeparators(path), problems.join(u'\n')));
}

} // namespace

RequestPart::RequestPart(AssessmentDocument *document, ParxFile &file, QString author)
    : m_document(document)
    , m_file(file)
    , m_author(std::move(author))
{
}

Result<std::unique_ptr<RequestPart>> RequestPart::load(AssessmentDocument *document, ParxFile &file,
                                                       const QString &author)
{
    if (!RequestFile::isRequestFile(file))
        return std::unique_ptr<RequestPart>();
    std::unique_ptr<RequestPart> part(new RequestPart(document, file, author));
    auto listed = RequestStore(file).list(document->info());
    if (!listed)
        return listed.error();
    auto checked = checkRequests(document->set(), listed.value(), file.path());
    if (!checked)
        return checked.error();
    for (const ExplanationRequest &request : listed.value()) {
        if (request.closedAs.isEmpty())
            part->m_requests[request.node].append(request);
    }
    AssessmentStore store(file);
    auto answers = store.answers(document->info(), document->set(), Layer::Appraisal1);
    if (!answers)
        return answers.error();
    auto notes = store.notes(document->info(), Layer::Appraisal1);
    if (!notes)
        return notes.error();
    part->m_round1Answers = answers.value();
    part->m_round1 = scoreAnswers(document->set(), part->m_round1Answers, Role::Appraiser);
    part->m_round1Notes = notes.value();
    // "Sealed and ready to send" only for a seal that still matches what it covers.
    auto seal = ResponseSeal::verify(file);
    if (!seal)
        return seal.error();
    if (seal.value() == SealState::Tampered)
        return Error::invalid(tr("The explanation in %1 was altered after it was sealed: the response seal no "
                                 "longer matches the explanations and documents it covers. Ask for the file as "
                                 "it was sealed.")
                                  .arg(QDir::toNativeSeparators(file.path())));
    part->m_sealFingerprint = file.info(QStringLiteral("response_seal"));
    auto responses = part->rereadResponses();
    if (!responses)
        return responses.error();
    return part;
}

Result<bool> RequestPart::rereadResponses()
{
    auto held = RequestFile::responses(m_file.db());
    if (!held)
        return held.error();
    m_responses.clear();
    for (const ExplanationResponse &response : held.value())
        m_responses.insert(response.request, response);
    return true;
}

QList<ExplanationRequest> RequestPart::requestsOn(const QString &nodeId) const
{
    return m_requests.value(nodeId);
}

QStringList RequestPart::flaggedNodes() const
{
    QStringList nodes;
    for (const CriteriaNode &node : m_document->set().nodes()) {
        if (isFlagged(node.id))
            nodes.append(node.id);
    }
    return nodes;
}

std::optional<ExplanationResponse> RequestPart::responseOn(const QString &nodeId) const
{
    const auto requests = m_requests.constFind(nodeId);
    if (requests == m_requests.cend())
        return std::nullopt;
    const auto response = m_responses.constFind(requests->constFirst().uuid);
    return response == m_responses.cend() ? std::nullopt : std::optional(*response);
}

QStringList RequestPart::unexplained() const
{
    QStringList nodes;
    for (const QString &nodeId : flaggedNodes()) {
        if (!responseOn(nodeId))
            nodes.append(nodeId);
    }
    return nodes;
}

bool RequestPart::round1Scored(const CriteriaNode &node) const
{
    if (m_round1Answers.answers.contains(node.id))
        return true;
    for (const int child : node.children) {
        if (round1Scored(m_document->set().nodes()[child]))
            return true;
    }
    return false;
}

bool RequestPart::isReadOnly() const
{
    return isSealed() || m_document->isReadOnlyCopy();
}

bool RequestPart::change(const QString &nodeId, const std::optional<ExplanationResponse> &after,
                         const QStringList &sources)
{
    const auto before = responseOn(nodeId);
    if (before == after)
        return true;
    if (isReadOnly())
        return false;
    m_document->undoStack()->push(new SetResponseCommand(this, nodeId, before, after, sources, m_document->visits()));
    return responseOn(nodeId) == after;
}

bool RequestPart::setExplanation(const QString &nodeId, const QString &text)
{
    if (!isFlagged(nodeId))
        return false;
    const QString trimmed = text.trimmed();
    auto before = responseOn(nodeId);
    if (before ? before->text == trimmed : trimmed.isEmpty())
        return true;
    if (trimmed.isEmpty()) {
        if (!before->documents.isEmpty()) {
            emit refused(nodeId, tr("The documents are sent with an explanation: it cannot be empty while they "
                                    "are attached. The explanation written before is kept."));
            return false;
        }
        return change(nodeId, std::nullopt);
    }
    ExplanationResponse after = before.value_or(ExplanationResponse{
        QUuid::createUuid().toString(QUuid::WithoutBraces), m_requests.value(nodeId).constFirst().uuid, {}, 0, {}, {}});
    after.text = trimmed;
    after.createdAt = Clock::nowMs();
    after.createdBy = AssessmentStore::recordedAuthor(m_author);
    return change(nodeId, after);
}

bool RequestPart::attachDocuments(const QString &nodeId, const QStringList &files, const QString &effectiveDate)
{
    auto before = responseOn(nodeId);
    if (files.isEmpty() || !isFlagged(nodeId))
        return false;
    if (!before) {
        emit refused(nodeId, tr("Write the explanation first: the documents are sent with it."));
        return false;
    }
    auto read = EvidenceStore::readFiles(files);
    if (!read) {
        emit errorOccurred(read.error().message);
        return false;
    }
    ExplanationResponse after = *before;
    for (const EvidenceStore::IncomingFile &item : read.value()) {
        after.documents.removeIf([&item](const ResponseDocument &d) { return d.sha256 == item.sha256; });
        after.documents.append({item.sha256, item.name, item.mimeType, effectiveDate});
    }
    sortDocuments(after);
    return change(nodeId, after, files);
}

bool RequestPart::removeDocument(const QString &nodeId, const QString &sha256)
{
    auto after = responseOn(nodeId);
    if (!after)
        return false;
    after->documents.removeIf([&sha256](const ResponseDocument &d) { return d.sha256 == sha256; });
    return change(nodeId, after);
}

bool RequestPart::setDocumentDate(const QString &nodeId, const QString &sha256, const QString &effectiveDate)
{
    auto after = responseOn(nodeId);
    if (!after)
        return false;
    for (ResponseDocument &document : after->documents) {
        if (document.sha256 == sha256)
            document.effectiveDate = effectiveDate;
    }
    return change(nodeId, after);
}

Result<bool> RequestPart::keepCopy(const QString &sha256)
{
    const QString path = m_copies.filePath(sha256);
    if (QFileInfo::exists(path))
        return true;
    QFile out(path);
    if (!m_copies.isValid() || !out.open(QIODevice::WriteOnly))
        return Error::unreadable(tr("A copy of the document cannot be kept for undo in %1").arg(m_copies.path()));
    auto written = BlobStream::writeTo(m_file.db(), sha256, out);
    if (!written) {
        out.remove();
        return written;
    }
    return true;
}

Result<bool> RequestPart::write(const QString &nodeId, const std::optional<ExplanationResponse> &from,
                                const std::optional<ExplanationResponse> &to, const QStringList &sources)
{
    QStringList withCopies; // the copies kept here first: the files attached from may have moved
    if (from) {
        for (const ResponseDocument &document : from->documents) {
            if (to && to->documents.contains(document))
                continue;
            auto kept = keepCopy(document.sha256);
            if (!kept) {
                emit errorOccurred(kept.error().message);
                return kept;
            }
        }
    }
    if (to) {
        for (const ResponseDocument &document : to->documents) {
            if (QFileInfo::exists(m_copies.filePath(document.sha256)))
                withCopies.append(m_copies.filePath(document.sha256));
        }
    }
    withCopies += sources;
    const QString requestUuid = m_requests.value(nodeId).constFirst().uuid;
    auto written = RequestFile::restoreResponse(m_file, requestUuid, to, m_author, withCopies);
    if (!written) {
        emit errorOccurred(written.error().message);
        return written;
    }
    if (to)
        m_responses.insert(requestUuid, *to);
    else
        m_responses.remove(requestUuid);
    emit responseChanged(nodeId);
    return true;
}

bool RequestPart::seal()
{
    auto sealedWith = ResponseSeal::seal(m_file, m_author);
    if (!sealedWith) {
        emit errorOccurred(sealedWith.error().message);
        return false;
    }
    m_sealFingerprint = sealedWith.value();
    m_document->undoStack()->clear(); // nothing in the file changes from now on
    emit sealed();
    return true;
}

} // namespace ParScore
