#include "mergeassessment.h"

#include "resultseal.h"
#include "seal.h"
#include "signatures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <functional>
#include <map>
#include <set>

namespace ParScore {
namespace {

using namespace MergeRows;

struct StoredAnswer
{
    QByteArray answer;
    qint64 at = 0;
    QString by;
};

struct ItemKey
{
    QString layer, kind, item;
    QString name() const { return kind == QLatin1String("node") ? item : kind + u':' + item; }
    friend bool operator<(const ItemKey &a, const ItemKey &b)
    {
        return std::tie(a.layer, a.kind, a.item) < std::tie(b.layer, b.kind, b.item);
    }
};

using Answers = std::map<ItemKey, StoredAnswer>;

Answers toAnswers(const Rows &rows)
{
    Answers answers;
    for (const QVariantList &row : rows)
        answers[{row[0].toString(), row[1].toString(), row[2].toString()}] = {row[3].toByteArray(),
                                                                              row[4].toLongLong(), row[5].toString()};
    return answers;
}

const QString answersOf = QStringLiteral(
    "SELECT layer, kind, item, answer, modified_at, modified_by FROM answers WHERE assessment = ?");

// The values an item had before each logged change: if one side's current value is in
// the other's history, that other side simply moved on from it (no conflict).
QString pastValuesSql()
{
    return QStringLiteral("SELECT old_value FROM change_log WHERE assessment = ? AND layer = ? AND item = ?");
}

QSet<QByteArray> toSet(const Rows &rows)
{
    QSet<QByteArray> values;
    for (const QVariantList &row : rows)
        values.insert(row[0].toByteArray());
    return values;
}

QJsonValue answerJson(const QByteArray &stored)
{
    if (stored.isNull())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(stored);
    if (document.isObject())
        return document.object();
    bool ok = false;
    const qlonglong count = stored.toLongLong(&ok); // bonus and penalty counts
    return ok ? QJsonValue(count) : QJsonValue(QString::fromUtf8(stored));
}

// Who wins one item both sides hold with different values.
struct Decision
{
    bool takeTheirs = false;
    bool conflict = false;
};

Decision decide(const StoredAnswer &ours, const StoredAnswer &theirs, const QSet<QByteArray> &theirPast,
                const QSet<QByteArray> &ourPast)
{
    // One side moved on from the other's value only if it also edited later: a change log
    // cannot make an older edit win without a conflict being reported.
    const bool theyMovedOn = theirPast.contains(ours.answer) && theirs.at > ours.at;
    const bool weMovedOn = ourPast.contains(theirs.answer) && ours.at >= theirs.at;
    if (theyMovedOn && !weMovedOn)
        return {true, false};
    if (weMovedOn && !theyMovedOn)
        return {false, false};
    // Both changed it independently: the newer edit wins (the larger value on a tie, so
    // that the order of merging does not matter).
    return {theirs.at > ours.at || (theirs.at == ours.at && theirs.answer > ours.answer), true};
}

// One item (assessment, layer, kind, item) as both sides hold it. run() returns whether it
// changed the province file.
struct ItemMerge
{
    SourceContext &context;
    QString assessment; // in the province file
    QString incoming;   // in the source (the same UUID)
    ItemKey key;
    bool replacing = false; // the self layer is replaced whole by a later submission
    bool quiet = false;     // and reported as one resubmission, not item by item

    Result<bool> run(const StoredAnswer *ours, const StoredAnswer *theirs);

private:
    Result<bool> remove(const QByteArray &before);
    Result<Decision> decideAgainst(const StoredAnswer &ours, const StoredAnswer &theirs);
    Result<bool> log(const QString &action, const QByteArray &before, const QByteArray &after);
};

Result<bool> ItemMerge::run(const StoredAnswer *ours, const StoredAnswer *theirs)
{
    const QByteArray before = ours ? ours->answer : QByteArray();
    if (!theirs) // drafts merge without removing what the source no longer holds
        return replacing ? remove(before) : Result<bool>(false);
    if (ours && before == theirs->answer)
        return false;
    Decision decision{true, false};
    if (ours && !replacing) {
        auto decided = decideAgainst(*ours, *theirs);
        if (!decided)
            return decided.error();
        decision = decided.value();
    }
    if (decision.conflict) {
        const QByteArray kept = decision.takeTheirs ? theirs->answer : before;
        const QByteArray other = decision.takeTheirs ? before : theirs->answer;
        context.report.conflicts.append({assessment, key.layer, key.name(), answerJson(kept), answerJson(other)});
        auto logged = log(QStringLiteral("merge-conflict"), other, kept);
        if (!logged)
            return logged;
    }
    if (!decision.takeTheirs)
        return decision.conflict;
    auto stored = context.target.exec(
        QStringLiteral("INSERT OR REPLACE INTO answers (assessment, layer, kind, item, answer, modified_at, "
                       "modified_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {assessment, key.layer, key.kind, key.item, QString::fromUtf8(theirs->answer), theirs->at, theirs->by});
    if (!stored)
        return stored;
    if (!decision.conflict) {
        if (!quiet)
            context.report.updated.append(
                {assessment, key.layer, key.name(), answerJson(before), answerJson(theirs->answer)});
        auto logged = log(QStringLiteral("merge"), before, theirs->answer);
        if (!logged)
            return logged;
    }
    return true;
}

Result<bool> ItemMerge::remove(const QByteArray &before)
{
    // The submission no longer holds this item.
    auto removed = context.target.exec(
        QStringLiteral("DELETE FROM answers WHERE assessment = ? AND layer = ? AND kind = ? AND item = ?"),
        {assessment, key.layer, key.kind, key.item});
    auto logged = removed ? log(QStringLiteral("merge"), before, QByteArray()) : removed;
    if (!logged)
        return logged;
    if (!quiet)
        context.report.updated.append({assessment, key.layer, key.name(), answerJson(before), QJsonValue::Null});
    return true;
}

Result<Decision> ItemMerge::decideAgainst(const StoredAnswer &ours, const StoredAnswer &theirs)
{
    auto theirPast = select(context.source, pastValuesSql(), {incoming, key.layer, key.name()}, 1);
    if (!theirPast)
        return theirPast.error();
    auto ourPast = context.target.rows(pastValuesSql(), {assessment, key.layer, key.name()}, 1);
    if (!ourPast)
        return ourPast.error();
    return decide(ours, theirs, toSet(theirPast.value()), toSet(ourPast.value()));
}

Result<bool> ItemMerge::log(const QString &action, const QByteArray &before, const QByteArray &after)
{
    return context.target.appendLog({{}, assessment, context.now, context.author, action, key.layer, key.name(),
                                     QString::fromUtf8(before), QString::fromUtf8(after)});
}

} // namespace

Result<bool> AgencyIndex::load(Target &target)
{
    auto rows = target.rows(QStringLiteral("SELECT a.uuid, a.agency_code, a.year, c.set_id, c.version "
                                           "FROM assessments a LEFT JOIN criteria_sets c ON c.sha256 = a.criteria_sha256"),
                            {}, 5);
    if (!rows)
        return rows.error();
    m_entries.clear();
    for (const QVariantList &row : rows.value())
        m_entries[key(row[1].toString(), row[2].toInt(), row[3].toString())].append(
            {row[0].toString(), row[4].toString()});
    return true;
}

QList<AgencyIndex::Entry> AgencyIndex::add(const QString &agencyCode, int year, const QString &setId,
                                           const Entry &entry)
{
    const QString k = key(agencyCode, year, setId);
    QList<Entry> &entries = m_entries[k];
    const QList<Entry> before = entries;
    entries.append(entry);
    m_addedBySource.append(k);
    return before;
}

void AgencyIndex::undoSource()
{
    for (const QString &k : std::as_const(m_addedBySource)) {
        QList<Entry> &entries = m_entries[k];
        if (!entries.isEmpty())
            entries.removeLast();
    }
    m_addedBySource.clear();
}

QString AgencyIndex::key(const QString &agencyCode, int year, const QString &setId)
{
    return agencyCode + u'\n' + QString::number(year) + u'\n' + setId;
}

int AssessmentMerge::cappedStatus(AssessmentStatus status) const
{
    // An agency's own file can at most say it submitted, and only with a seal to show for
    // it: the appraisal states are the inspectors', and a file cannot grant them to itself.
    if (m_context.takeAppraisals)
        return int(status);
    const AssessmentStatus most = m_incoming.isSealed() ? AssessmentStatus::Submitted : AssessmentStatus::Draft;
    return std::min(int(status), int(most));
}

Result<bool> AssessmentMerge::run()
{
    auto ignored = noteIgnoredAppraisals();
    if (!ignored)
        return ignored;
    auto existing = m_context.target.rows(QStringLiteral("SELECT uuid FROM assessments WHERE uuid = ?"),
                                          {m_incoming.uuid}, 1);
    if (!existing)
        return existing.error();
    if (existing.value().isEmpty())
        return addNew();
    auto current = AssessmentStore(m_context.targetFile).find(m_incoming.uuid);
    if (!current)
        return m_context.target.failedWith(current.error());
    return mergeExisting(current.value());
}

Result<bool> AssessmentMerge::noteIgnoredAppraisals()
{
    if (!m_context.takeAppraisals && !m_context.appraisalUntrusted && m_context.withAppraisals.contains(m_incoming.uuid))
        m_context.report.appraisalsIgnored.append({m_context.sourcePath, m_incoming.uuid, m_incoming.agencyCode});
    return true;
}

Result<bool> AssessmentMerge::addNew()
{
    const AssessmentInfo &a = m_incoming;
    // The same agency and year again: a duplicate when scored on the same edition of the
    // criteria set, another edition otherwise. Both are kept, for a person to decide.
    for (const AgencyIndex::Entry &other : m_context.index.add(a.agencyCode, a.year, m_set.id(), {a.uuid, m_set.version()})) {
        if (other.version == m_set.version())
            m_context.report.duplicates.append({a.agencyCode, a.year, {other.uuid, a.uuid}});
        else
            m_context.report.editions.append({a.uuid, a.agencyCode, other.version, m_set.version()});
    }
    const QStringList layers = allowedLayers(m_context.takeAppraisals);
    const QString layersKept = layerCondition(layers);
    const auto sealed = [&a](const QVariant &value) { return a.isSealed() ? value : QVariant(); };
    auto inserted = m_context.target.exec(
        QStringLiteral("INSERT INTO assessments (uuid, criteria_sha256, agency_code, agency_name, unit_group, year, "
                       "status, created_at, seal_sha256, sealed_at, sealed_by, seal_version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.uuid, a.criteriaSha256, a.agencyCode, a.agencyName, a.group, a.year,
         statusKey(AssessmentStatus(cappedStatus(a.status))), a.createdAt, sealed(a.sealSha256), sealed(a.sealedAt),
         sealed(a.sealedBy), sealed(a.sealVersion)});
    if (!inserted)
        return inserted;
    sqlite3 *from = m_context.source;
    const std::function<Result<bool>()> steps[] = {
        [&] { return copyMissing(from, m_context.target, QStringLiteral("answers"), answerColumns, a.uuid, layersKept); },
        [&] { return copyMissing(from, m_context.target, QStringLiteral("notes"), noteColumns, a.uuid, layersKept); },
        [&] { return copyEvidence(from, m_context.target, a.uuid); },
        [&] { return copyHistory(a.uuid); },
        [&] { return m_context.takeAppraisals ? mergeRequests(a.uuid) : Result<bool>(true); },
        [&] { return a.isSealed() ? copySealSignature(a.uuid) : Result<bool>(true); },
        [&] { return m_context.takeAppraisals ? carryResultSignatures(a.uuid) : Result<bool>(true); },
    };
    for (const auto &step : steps) {
        if (auto done = step(); !done)
            return done;
    }
    m_context.report.added.append(a.uuid);
    return a.isSealed() ? recheckSeal() : Result<bool>(true);
}

Result<bool> AssessmentMerge::mergeExisting(const AssessmentInfo &current)
{
    const AssessmentInfo &a = m_incoming;
    if (current.agencyCode != a.agencyCode || current.agencyName != a.agencyName || current.group != a.group
        || current.year != a.year)
        return Error::invalid(tr("the assessment %1 names another agency or year (%2, %3) than in this file (%4, %5)")
                                  .arg(a.uuid, a.agencyCode, QString::number(a.year), current.agencyCode,
                                       QString::number(current.year)));
    if (current.criteriaSha256 != a.criteriaSha256) {
        auto kept = AssessmentStore(m_context.targetFile).criteria(current.criteriaSha256);
        m_context.report.editions.append(
            {a.uuid, a.agencyCode, kept ? kept.value().version() : current.criteriaSha256.left(12), m_set.version()});
        return true;
    }
    const auto locked = staysFinal(current); // read before this source's history is copied
    if (!locked)
        return locked.error();
    // Who owns the self layer: a later submission replaces it whole; an unsealed target
    // takes a sealed submission whole; drafts merge item by item; a sealed self layer is
    // never touched by anything older or unsealed.
    const SelfLayer self = a.isSealed() && (!current.isSealed() || a.sealedAt > current.sealedAt) ? SelfLayer::Replace
                           : !current.isSealed() && !a.isSealed()                               ? SelfLayer::Merge
                                                                                                : SelfLayer::Keep;
    bool changed = false;
    auto answers = mergeAnswers(current, self, changed);
    if (!answers)
        return answers;
    if (self == SelfLayer::Replace) {
        auto replaced = replaceSelfContent(current);
        if (!replaced)
            return replaced;
        if (current.isSealed())
            m_context.report.resubmitted.append({current.uuid, a.agencyCode, current.sealedAt, a.sealedAt});
        changed = true;
    } else if (self == SelfLayer::Merge) {
        auto evidence = mergeDraftEvidence(current, changed);
        if (!evidence)
            return evidence;
    } else if (a.isSealed() && a.sealSha256 == current.sealSha256) {
        // The same submission again: its signature, if the province's copy came without one.
        auto signature = copyMissing(m_context.source, m_context.target, QStringLiteral("signatures"),
                                     signatureColumns, a.uuid, QStringLiteral("kind = 'seal'"));
        if (!signature)
            return signature;
    }
    const bool contentChanged = changed;
    // The history first: the status follows the latest transition logged on either side.
    auto history = copyHistory(a.uuid);
    if (!history)
        return history;
    auto changesBefore = targetChanges();
    if (!changesBefore)
        return changesBefore.error();
    if (m_context.takeAppraisals) {
        auto requests = mergeRequests(a.uuid);
        if (!requests)
            return requests;
    }
    auto status = raiseStatus(current, changed);
    if (!status)
        return status;
    QStringList noteLayers = allowedLayers(m_context.takeAppraisals);
    if (self != SelfLayer::Merge)
        noteLayers.removeAll(layerKey(Layer::Self)); // replaced whole above, or kept
    auto notes = mergeNotes(m_context.source, m_context.target, a.uuid, noteLayers);
    if (!notes)
        return notes;
    if (locked.value()) {
        // A final result changes only once reopened (here, or by a colleague's logged
        // reopening that comes with this file), never by what arrives for it: answers,
        // notes, requests. What was written above is rolled back with the whole source.
        auto changesAfter = targetChanges();
        if (!changesAfter)
            return changesAfter.error();
        if (contentChanged || changesAfter.value() != changesBefore.value())
            return Error::invalid(tr("the result of %1 is final: what this file brings for it (a new submission or "
                                     "appraisal) is not taken; reopen the result first")
                                      .arg(a.agencyCode));
    }
    if (changed || m_context.takeAppraisals) {
        auto signatures = carryResultSignatures(current.uuid);
        if (!signatures)
            return signatures;
    }
    if (!changed)
        ++m_context.report.unchanged;
    return self == SelfLayer::Replace ? recheckSeal() : Result<bool>(true);
}

Result<bool> AssessmentMerge::mergeAnswers(const AssessmentInfo &current, SelfLayer self, bool &changed)
{
    auto mine = m_context.target.rows(answersOf, {current.uuid}, 6);
    auto theirs = select(m_context.source, answersOf, {m_incoming.uuid}, 6);
    if (!mine)
        return mine.error();
    if (!theirs)
        return theirs.error();
    const Answers ours = toAnswers(mine.value());
    const Answers incoming = toAnswers(theirs.value());
    const QStringList layers = allowedLayers(m_context.takeAppraisals);
    std::set<ItemKey> keys;
    for (const auto &entry : ours)
        keys.insert(entry.first);
    for (const auto &entry : incoming)
        keys.insert(entry.first);
    for (const ItemKey &key : keys) {
        const bool isSelf = key.layer == layerKey(Layer::Self);
        if (!layers.contains(key.layer) || (isSelf && self == SelfLayer::Keep))
            continue;
        ItemMerge item{m_context, current.uuid, m_incoming.uuid, key};
        item.replacing = isSelf && self == SelfLayer::Replace;
        item.quiet = item.replacing && current.isSealed(); // a resubmission is one record
        const auto mineIt = ours.find(key);
        const auto theirsIt = incoming.find(key);
        auto merged = item.run(mineIt != ours.end() ? &mineIt->second : nullptr,
                               theirsIt != incoming.end() ? &theirsIt->second : nullptr);
        if (!merged)
            return merged;
        changed = changed || merged.value();
    }
    return true;
}

Result<bool> AssessmentMerge::mergeDraftEvidence(const AssessmentInfo &current, bool &changed)
{
    // Whether anything changed: the documents' and links' rows before and after.
    const QString state = QStringLiteral(
        "SELECT (SELECT COUNT(*) || '/' || TOTAL(IFNULL(modified_at, added_at)) FROM evidence WHERE assessment = ?) "
        "|| '/' || (SELECT COUNT(*) || '/' || TOTAL(IFNULL(modified_at, 0)) FROM evidence_links WHERE assessment = ?)");
    auto before = m_context.target.rows(state, {current.uuid, current.uuid}, 1);
    if (!before)
        return before.error();
    auto evidence = copyEvidence(m_context.source, m_context.target, m_incoming.uuid);
    if (!evidence)
        return evidence;
    auto after = m_context.target.rows(state, {current.uuid, current.uuid}, 1);
    if (!after)
        return after.error();
    changed = changed || before.value() != after.value();
    return true;
}

Result<bool> AssessmentMerge::replaceSelfContent(const AssessmentInfo &current)
{
    // The seal covers the self notes, the documents and their links: they come whole with
    // the submission, and so does the seal itself.
    for (const QString &sql : {QStringLiteral("DELETE FROM evidence_links WHERE assessment = ?"),
                               QStringLiteral("DELETE FROM evidence WHERE assessment = ?"),
                               QStringLiteral("DELETE FROM notes WHERE assessment = ? AND layer = 'self'")}) {
        auto cleared = m_context.target.exec(sql, {current.uuid});
        if (!cleared)
            return cleared;
    }
    auto notes = mergeNotes(m_context.source, m_context.target, m_incoming.uuid, {layerKey(Layer::Self)});
    if (!notes)
        return notes;
    auto evidence = copyEvidence(m_context.source, m_context.target, m_incoming.uuid);
    if (!evidence)
        return evidence;
    auto signature = copySealSignature(current.uuid);
    if (!signature)
        return signature;
    return m_context.target.exec(QStringLiteral("UPDATE assessments SET seal_sha256 = ?, sealed_at = ?, sealed_by = ?, "
                                                "seal_version = ? WHERE uuid = ?"),
                                 {m_incoming.sealSha256, m_incoming.sealedAt, m_incoming.sealedBy,
                                  m_incoming.sealVersion, current.uuid});
}

Result<bool> AssessmentMerge::raiseStatus(const AssessmentInfo &current, bool &changed)
{
    // Status never goes back, whatever the order of merging, except that a colleague's file
    // and the province file together follow their latest logged transition (so that a
    // reopening is not undone by a stale copy still saying "final", nor a later finalizing
    // by a copy made before it). Only trusted files' transitions are in the log (copyHistory).
    int after = std::max(cappedStatus(m_incoming.status), int(current.status));
    if (m_context.takeAppraisals) {
        auto latest = latestTransition(current.uuid);
        if (!latest)
            return latest.error();
        if (latest.value())
            after = int(*latest.value());
    }
    if (after == int(current.status))
        return true;
    changed = true;
    return m_context.target.exec(QStringLiteral("UPDATE assessments SET status = ? WHERE uuid = ?"),
                                 {statusKey(AssessmentStatus(after)), current.uuid});
}

Result<bool> AssessmentMerge::copyHistory(const QString &uuid)
{
    // Comments and the change log, by UUID; log entries of layers, transitions and requests
    // the source is not trusted with are not taken (a forged history would only mislead,
    // and the latest logged transition sets a status).
    auto comments = copyMissing(m_context.source, m_context.target, QStringLiteral("comments"), commentColumns, uuid);
    if (!comments)
        return comments;
    QString condition = layerCondition(allowedLayers(m_context.takeAppraisals));
    if (m_context.takeAppraisals) // transitions and requests are logged with no layer ('')
        condition = QStringLiteral("(layer = '' OR %1)").arg(condition);
    else
        condition += QStringLiteral(" AND action <> 'status' AND action <> 'request' AND action <> 'request-closed'");
    return copyMissing(m_context.source, m_context.target, QStringLiteral("change_log"), logColumns, uuid, condition);
}

Result<bool> AssessmentMerge::mergeRequests(const QString &uuid)
{
    // A colleague's requests by UUID; one closed on either side stays closed.
    auto copied = copyMissing(m_context.source, m_context.target, QStringLiteral("requests"), requestColumns, uuid);
    if (!copied)
        return copied;
    auto closed = select(m_context.source,
                         QStringLiteral("SELECT uuid, closed_at, closed_as FROM requests WHERE assessment = ? AND "
                                        "closed_as IS NOT NULL"),
                         {uuid}, 3);
    if (!closed)
        return closed.error();
    for (const QVariantList &row : closed.value()) {
        auto updated = m_context.target.exec(
            QStringLiteral("UPDATE requests SET closed_at = ?, closed_as = ? WHERE uuid = ? AND assessment = ? "
                           "AND closed_as IS NULL"),
            {row[1], row[2], row[0], uuid});
        if (!updated)
            return updated;
    }
    return true;
}

Result<std::optional<AssessmentStatus>> AssessmentMerge::latestTransition(const QString &uuid)
{
    auto latest = m_context.target.rows(QStringLiteral("SELECT new_value FROM change_log WHERE assessment = ? AND "
                                                       "action = 'status' ORDER BY at DESC, uuid DESC LIMIT 1"),
                                        {uuid}, 1);
    if (!latest)
        return latest.error();
    if (latest.value().isEmpty())
        return std::optional<AssessmentStatus>();
    const auto status = assessmentStatusFromKey(latest.value().constFirst()[0].toString());
    if (!status)
        return Error::invalid(tr("the change log of %1 names an unknown status").arg(m_incoming.agencyCode));
    return std::optional(*status);
}

Result<bool> AssessmentMerge::staysFinal(const AssessmentInfo &current)
{
    if (current.status != AssessmentStatus::Final)
        return false;
    if (!m_context.takeAppraisals)
        return true; // only a colleague's file brings transitions
    auto finalized = m_context.target.rows(QStringLiteral("SELECT IFNULL(MAX(at), 0) FROM change_log WHERE "
                                                          "assessment = ? AND action = 'status' AND new_value = ?"),
                                           {current.uuid, statusKey(AssessmentStatus::Final)}, 1);
    if (!finalized)
        return finalized.error();
    auto reopened = select(m_context.source,
                           QStringLiteral("SELECT IFNULL(MAX(at), 0) FROM change_log WHERE assessment = ? AND "
                                          "action = 'status' AND old_value = ?"),
                           {current.uuid, statusKey(AssessmentStatus::Final)}, 1);
    if (!reopened)
        return reopened.error();
    const qint64 finalAt = finalized.value().isEmpty() ? 0 : finalized.value().constFirst()[0].toLongLong();
    const qint64 reopenAt = reopened.value().isEmpty() ? 0 : reopened.value().constFirst()[0].toLongLong();
    return reopenAt <= finalAt;
}

Result<qint64> AssessmentMerge::targetChanges()
{
    auto changes = m_context.target.rows(QStringLiteral("SELECT total_changes()"), {}, 1);
    if (!changes)
        return changes.error();
    return changes.value().isEmpty() ? 0 : changes.value().constFirst()[0].toLongLong();
}

Result<bool> AssessmentMerge::copySealSignature(const QString &uuid)
{
    // The province's seal signature belongs to the seal being replaced (or is none): the
    // submission's own comes with its seal, or none when it is unsigned.
    auto cleared = m_context.target.exec(QStringLiteral("DELETE FROM signatures WHERE assessment = ? AND kind = 'seal'"),
                                         {uuid});
    if (!cleared)
        return cleared;
    return copyMissing(m_context.source, m_context.target, QStringLiteral("signatures"), signatureColumns, uuid,
                       QStringLiteral("kind = 'seal'"));
}

Result<bool> AssessmentMerge::carryResultSignatures(const QString &uuid)
{
    const QString rowsSql = QStringLiteral("SELECT kind, version, fingerprint, public_key, signature, signed_at "
                                           "FROM signatures WHERE assessment = ? AND kind <> 'seal'");
    auto ours = m_context.target.rows(rowsSql, {uuid}, 6);
    if (!ours)
        return ours.error();
    Rows theirs;
    if (m_context.takeAppraisals) {
        auto read = select(m_context.source, rowsSql, {uuid}, 6);
        if (!read)
            return read.error();
        theirs = std::move(read).value();
    }
    if (ours.value().isEmpty() && theirs.isEmpty())
        return true;
    const auto rowOf = [](const Rows &rows, const QString &kind) -> std::optional<SignatureRow> {
        for (const QVariantList &row : rows) {
            if (row[0].toString() == kind)
                return SignatureRow{row[1].toInt(), row[2].toString(), row[3].toString(), row[4].toString(),
                                    row[5].toLongLong()};
        }
        return std::nullopt;
    };
    auto merged = AssessmentStore(m_context.targetFile).find(uuid);
    if (!merged)
        return m_context.target.failedWith(merged.error());
    for (const SignatureKind kind : {SignatureKind::Final, SignatureKind::Appraisal}) {
        const QString key = signatureKindKey(kind);
        const std::optional<SignatureRow> mine = rowOf(ours.value(), key);
        const std::optional<SignatureRow> incoming = rowOf(theirs, key);
        if (!mine && !incoming)
            continue;
        auto fingerprint = kind == SignatureKind::Final ? ResultSeal::finalFingerprint(m_context.target.db(), merged.value())
                                                        : ResultSeal::appraisalFingerprint(m_context.target.db(), merged.value());
        if (!fingerprint)
            return m_context.target.failedWith(fingerprint.error());
        if (incoming && Signatures::check(*incoming, uuid, kind, fingerprint.value()).valid) {
            auto stored = m_context.target.exec(
                QStringLiteral("INSERT OR REPLACE INTO signatures (assessment, kind, version, fingerprint, public_key, "
                               "signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {uuid, key, incoming->version, incoming->fingerprint, incoming->publicKey, incoming->signature,
                 incoming->signedAt});
            if (!stored)
                return stored;
        } else if (mine && !Signatures::check(*mine, uuid, kind, fingerprint.value()).valid) {
            auto removed = m_context.target.exec(
                QStringLiteral("DELETE FROM signatures WHERE assessment = ? AND kind = ?"), {uuid, key});
            if (!removed)
                return removed;
        }
    }
    return true;
}

Result<bool> AssessmentMerge::recheckSeal()
{
    // What arrived must be what was sealed: checked again in the province file.
    auto merged = AssessmentStore(m_context.targetFile).find(m_incoming.uuid);
    if (!merged)
        return m_context.target.failedWith(merged.error());
    auto state = Seal::verify(m_context.targetFile, merged.value(), Seal::Depth::Records);
    if (!state)
        return m_context.target.failedWith(state.error());
    if (state.value() != SealState::Intact)
        return Error::invalid(tr("the seal of %1 does not hold once merged: the submission's content was not "
                                 "taken as it was sealed")
                                  .arg(m_incoming.agencyCode));
    return true;
}

} // namespace ParScore
