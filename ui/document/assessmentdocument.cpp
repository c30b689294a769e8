#include "assessmentdocument.h"

#include "assessmentstore.h"
#include "editcommands.h"
#include "evidencestore.h"
#include "requestpart.h"
#include "seal.h"
#include "windowfile.h"

#include <QDir>
#include <QFileInfo>

namespace ParScore {

AssessmentDocument::AssessmentDocument(QString path, QString author, std::unique_ptr<ParxFile> file)
    : m_path(std::move(path))
    , m_author(std::move(author))
    , m_file(std::move(file))
{
}

AssessmentDocument::~AssessmentDocument() = default;

Result<std::unique_ptr<AssessmentDocument>> AssessmentDocument::open(const QString &path, const QString &author,
                                                                     Access access)
{
    auto opened = WindowFile::open(path, access);
    if (!opened)
        return opened.error();
    WindowFile &window = opened.value();
    std::unique_ptr<AssessmentDocument> document(
        new AssessmentDocument(QFileInfo(path).absoluteFilePath(), author, std::move(window.file)));
    document->m_lock = std::move(window.lock);
    document->m_readOnlyCopy = window.readOnly;
    document->m_readOnlyOnDisk = window.readOnlyOnDisk;
    auto loaded = document->reload();
    if (!loaded)
        return loaded.error();
    return document;
}

Result<bool> AssessmentDocument::reload()
{
    AssessmentStore store(*m_file);
    auto all = store.list();
    if (!all)
        return all.error();
    // The window shows one agency's assessment; a file of many is the inspectors'.
    if (all.value().size() > 1)
        return Error::invalid(tr("%1 is an inspectors' consolidated file: it holds the assessments of %n "
                                 "agencies. It is for the inspectors' workspace; this window shows one agency's "
                                 "self-assessment.",
                                 nullptr, int(all.value().size()))
                                  .arg(QDir::toNativeSeparators(m_path)));
    auto info = store.find(QString());
    if (!info)
        return info.error();
    auto set = store.criteria(info.value().criteriaSha256);
    if (!set)
        return set.error();
    auto answers = store.answers(info.value(), set.value(), Layer::Self);
    if (!answers)
        return answers.error();
    auto notes = store.notes(info.value(), Layer::Self);
    if (!notes)
        return notes.error();
    auto evidence = EvidenceStore(*m_file).list(info.value().uuid);
    if (!evidence)
        return evidence.error();
    auto signature = Seal::signature(*m_file, info.value());
    if (!signature)
        return signature.error();
    m_info = info.value();
    m_sealSignature = signature.value();
    m_set = std::move(set).value();
    m_answers = answers.value();
    m_notes = notes.value();
    m_evidence = evidence.value();
    rescore();
    auto request = RequestPart::load(this, *m_file, m_author);
    if (!request)
        return request.error();
    m_request = std::move(request).value();
    if (m_request)
        connect(m_request.get(), &RequestPart::errorOccurred, this, &AssessmentDocument::errorOccurred);
    return true;
}

bool AssessmentDocument::accepted(const Result<bool> &written)
{
    if (!written)
        emit errorOccurred(written.error().message);
    return written.ok();
}

void AssessmentDocument::reloadEvidence()
{
    auto listed = EvidenceStore(*m_file).list(m_info.uuid);
    if (listed)
        m_evidence = listed.value();
}

void AssessmentDocument::rescore()
{
    m_card = scoreAnswers(m_set, m_answers, Role::Agency);
}

Result<ScorecardContent> AssessmentDocument::scorecardContent()
{
    return ScorecardHtml::load(*m_file, m_info, m_set);
}

QList<EvidenceInfo> AssessmentDocument::evidenceFor(const QString &nodeId) const
{
    QList<EvidenceInfo> result;
    for (const EvidenceInfo &document : m_evidence) {
        if (document.nodes.contains(nodeId))
            result.append(document);
    }
    return result;
}

bool AssessmentDocument::hasEvidence(const QString &nodeId) const
{
    return std::any_of(m_evidence.cbegin(), m_evidence.cend(),
                       [&nodeId](const EvidenceInfo &e) { return e.nodes.contains(nodeId); });
}

bool AssessmentDocument::setAnswer(const QString &nodeId, const std::optional<Answer> &answer)
{
    const auto current = m_answers.answers.constFind(nodeId);
    const std::optional<Answer> before =
        current == m_answers.answers.cend() ? std::nullopt : std::optional(*current);
    if (before == answer)
        return true;
    m_undoStack.push(new SetAnswerCommand(this, nodeId, before, answer, m_visit));
    const auto now = m_answers.answers.constFind(nodeId);
    return answer ? now != m_answers.answers.cend() && *now == *answer : now == m_answers.answers.cend();
}

bool AssessmentDocument::setNote(const QString &nodeId, const QString &text)
{
    if (m_notes.value(nodeId) == text)
        return true;
    m_undoStack.push(new SetNoteCommand(this, nodeId, m_notes.value(nodeId), text, m_visit));
    return m_notes.value(nodeId) == text;
}

std::optional<QString> AssessmentDocument::linkName(const QString &nodeId, const QString &sha256) const
{
    for (const EvidenceInfo &document : m_evidence) {
        if (document.sha256 == sha256 && document.nodes.contains(nodeId))
            return document.nameAt(nodeId);
    }
    return std::nullopt;
}

bool AssessmentDocument::attachEvidence(const QString &nodeId, const QStringList &files, const QString &effectiveDate)
{
    QList<std::optional<QString>> before; // how each file's document was linked here
    auto added = EvidenceStore(*m_file).add(m_info, m_set, {nodeId}, files, effectiveDate, m_author);
    if (!added) {
        emit errorOccurred(added.error().message);
        return false;
    }
    for (const QString &sha256 : added.value())
        before.append(linkName(nodeId, sha256));
    reloadEvidence();
    // Embedding cannot be undone without losing the bytes; the links can, as any other edit,
    // each back to exactly what it was on this item.
    auto *attach = new AttachEvidenceCommand(nodeId);
    QStringList done;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &sha256 = added.value()[i];
        const QString name = QFileInfo(files[i]).fileName();
        if (before[i] != name && !done.contains(sha256))
            new SetEvidenceLinkCommand(this, nodeId, sha256, before[i], linkName(nodeId, sha256), attach);
        done.append(sha256);
    }
    if (attach->childCount() > 0)
        m_undoStack.push(attach);
    else
        delete attach;
    emit nodeChanged(nodeId);
    return true;
}

bool AssessmentDocument::setEvidenceLinked(const QString &nodeId, const QString &sha256, bool linked)
{
    const auto document = std::find_if(m_evidence.cbegin(), m_evidence.cend(),
                                       [&sha256](const EvidenceInfo &e) { return e.sha256 == sha256; });
    if (document == m_evidence.cend())
        return false;
    const std::optional<QString> before = linkName(nodeId, sha256);
    const std::optional<QString> after = linked ? std::optional(before.value_or(document->name)) : std::nullopt;
    if (before == after)
        return true;
    m_undoStack.push(new SetEvidenceLinkCommand(this, nodeId, sha256, before, after));
    return linkName(nodeId, sha256) == after;
}

void AssessmentDocument::retranslate()
{
    rescore(); // the engine's explanations are written in the current language
    emit scoresChanged();
    for (int i = 0; i < m_undoStack.count(); ++i) {
        // Every command on this stack is one of ours (editcommands.h).
        if (auto *command = dynamic_cast<EditCommand *>(const_cast<QUndoCommand *>(m_undoStack.command(i))))
            command->retranslate();
    }
}

bool AssessmentDocument::setEvidenceDate(const QString &nodeId, const QString &sha256, const QString &effectiveDate)
{
    const auto document = std::find_if(m_evidence.cbegin(), m_evidence.cend(),
                                       [&sha256](const EvidenceInfo &e) { return e.sha256 == sha256; });
    if (document == m_evidence.cend() || document->effectiveDate == effectiveDate)
        return document != m_evidence.cend();
    m_undoStack.push(new SetEvidenceDateCommand(this, nodeId, sha256, document->nameAt(nodeId), document->effectiveDate,
                                                effectiveDate));
    return std::any_of(m_evidence.cbegin(), m_evidence.cend(), [&](const EvidenceInfo &e) {
        return e.sha256 == sha256 && e.effectiveDate == effectiveDate;
    });
}

Result<bool> AssessmentDocument::writeEvidenceDate(const QString &nodeId, const QString &sha256,
                                                   const QString &effectiveDate)
{
    auto written = EvidenceStore(*m_file).setEffectiveDate(m_info, sha256, effectiveDate, m_author);
    if (!accepted(written))
        return written;
    reloadEvidence();
    emit nodeChanged(nodeId);
    return true;
}

qint64 AssessmentDocument::extraCount(ExtraKind kind, const QString &itemId) const
{
    return (kind == ExtraKind::Bonus ? m_answers.bonus : m_answers.penalty).value(itemId, 0);
}

bool AssessmentDocument::setExtraCount(ExtraKind kind, const QString &itemId, qint64 count)
{
    const qint64 before = extraCount(kind, itemId);
    if (before == count)
        return true;
    m_undoStack.push(new SetExtraCountCommand(this, kind, itemId, before, count, m_visit));
    return extraCount(kind, itemId) == count;
}

Result<bool> AssessmentDocument::writeExtraCount(ExtraKind kind, const QString &itemId, qint64 count)
{
    auto written =
        AssessmentStore(*m_file).setExtraCount(m_info, m_set, Layer::Self, kind, itemId, count, m_author);
    if (!accepted(written))
        return written;
    QMap<QString, qint64> &counts = kind == ExtraKind::Bonus ? m_answers.bonus : m_answers.penalty;
    if (count == 0)
        counts.remove(itemId);
    else
        counts.insert(itemId, count);
    rescore();
    emit scoresChanged();
    return true;
}

bool AssessmentDocument::seal(const KeyPair &signer)
{
    auto result = Seal::seal(*m_file, m_info, m_author, &signer);
    if (!result) {
        emit errorOccurred(result.error().message);
        return false;
    }
    m_info = result.value();
    // What the file now records, read back: the window shows the signature the file holds.
    auto signature = Seal::signature(*m_file, m_info);
    m_sealSignature = signature ? signature.value() : SignatureCheck{};
    m_undoStack.clear(); // the self layer is read-only from now on
    emit sealed();
    return true;
}

Result<bool> AssessmentDocument::writeAnswer(const QString &nodeId, const std::optional<Answer> &answer)
{
    auto written = AssessmentStore(*m_file).setAnswer(m_info, m_set, Layer::Self, nodeId, answer, m_author);
    if (!accepted(written))
        return written;
    if (answer)
        m_answers.answers.insert(nodeId, *answer);
    else
        m_answers.answers.remove(nodeId);
    rescore();
    emit nodeChanged(nodeId);
    emit scoresChanged();
    return true;
}

Result<bool> AssessmentDocument::writeNote(const QString &nodeId, const QString &text)
{
    auto written = AssessmentStore(*m_file).setNote(m_info, Layer::Self, m_set, nodeId, text, m_author);
    if (!accepted(written))
        return written;
    if (text.isEmpty())
        m_notes.remove(nodeId);
    else
        m_notes.insert(nodeId, text);
    emit nodeChanged(nodeId);
    return true;
}

Result<bool> AssessmentDocument::writeEvidenceLink(const QString &nodeId, const QString &sha256,
                                                   const std::optional<QString> &name)
{
    auto written = EvidenceStore(*m_file).setLink(m_info, sha256, nodeId, name, m_author);
    if (!accepted(written))
        return written;
    reloadEvidence();
    emit nodeChanged(nodeId);
    return true;
}

} // namespace ParScore
