#include "merge.h"

#include "assessmentstore.h"
#include "clock.h"
#include "mergerows.h"
#include "parxvalidator.h"
#include "seal.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
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

Result<std::map<ItemKey, StoredAnswer>> readAnswers(QSqlDatabase &db, const QString &assessment)
{
    auto rows = select(
        db,
        QStringLiteral("SELECT layer, kind, item, answer, modified_at, modified_by FROM answers "
                       "WHERE assessment = ?"),
        {assessment}, 6);
    if (!rows)
        return rows.error();
    std::map<ItemKey, StoredAnswer> answers;
    for (const QVariantList &row : rows.value())
        answers[{row[0].toString(), row[1].toString(), row[2].toString()}] = {
            row[3].toByteArray(), row[4].toLongLong(), row[5].toString()};
    return answers;
}

// The values an item had before each logged change: if one side's current value is in
// the other's history, that other side simply moved on from it (no conflict).
Result<QSet<QByteArray>> pastValues(QSqlDatabase &db, const QString &assessment, const ItemKey &key)
{
    auto rows = select(
        db,
        QStringLiteral(
            "SELECT old_value FROM change_log WHERE assessment = ? AND layer = ? AND item = ?"),
        {assessment, key.layer, key.name()}, 1);
    if (!rows)
        return rows.error();
    QSet<QByteArray> values;
    for (const QVariantList &row : rows.value())
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

QString agencyYearSetKey(const QString &agencyCode, int year, const QString &setId)
{
    return agencyCode + u'\n' + QString::number(year) + u'\n' + setId;
}

int statusRank(const QString &status)
{
    const auto parsed = assessmentStatusFromKey(status);
    return parsed ? int(*parsed) : 0;
}

} // namespace

Result<MergeReport> Merger::merge(const QStringList &sourcePaths, bool dryRun,
                                  const std::function<void(int, int)> &progress)
{
    MergeReport report;
    std::vector<std::unique_ptr<ParxFile>> sources;
    int done = 0;
    // The target must itself be sound: merging never builds on a damaged file.
    auto targetValid = ParxValidator::validate(m_target);
    if (!targetValid)
        return targetValid.error();
    for (const QString &path : sourcePaths) {
        auto opened = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        const auto valid = opened ? ParxValidator::validate(*opened.value()) : Result<bool>(opened.error());
        if (!valid)
            report.rejected.append({path, valid.error().message});
        else
            sources.push_back(std::move(opened).value());
    }
    auto written = m_target.write(
        [&](QSqlDatabase &db) -> Result<bool> {
            auto indexed = indexTarget(db);
            if (!indexed)
                return indexed;
            for (auto &source : sources) {
                // A source that turns out invalid part-way is rejected whole: its changes
                // are undone to a savepoint, and the other sources still merge.
                execSql(db, QStringLiteral("SAVEPOINT source"));
                MergeReport partial = report;
                const auto indexBefore = m_byAgencyYearSet;
                auto merged = mergeFile(db, *source, partial);
                if (merged) {
                    report = partial;
                    execSql(db, QStringLiteral("RELEASE source"));
                } else {
                    m_byAgencyYearSet = indexBefore;
                    execSql(db, QStringLiteral("ROLLBACK TO source"));
                    execSql(db, QStringLiteral("RELEASE source"));
                    report.rejected.append({source->path(), merged.error().message});
                }
                if (progress)
                    progress(++done, int(sources.size()));
            }
            return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("inspector"));
        },
        !dryRun);
    if (!written)
        return written.error();
    return report;
}

Result<bool> Merger::indexTarget(QSqlDatabase &db)
{
    auto rows =
        select(db,
               QStringLiteral("SELECT a.uuid, a.agency_code, a.year, c.set_id, c.version "
                              "FROM assessments a "
                              "LEFT JOIN criteria_sets c ON c.sha256 = a.criteria_sha256"),
               {}, 5);
    if (!rows)
        return rows.error();
    m_byAgencyYearSet.clear();
    for (const QVariantList &row : rows.value())
        m_byAgencyYearSet[agencyYearSetKey(row[1].toString(), row[2].toInt(), row[3].toString())]
            .append({row[0].toString(), row[4].toString()});
    return true;
}

Result<bool> Merger::mergeFile(QSqlDatabase &db, ParxFile &source, MergeReport &report)
{
    AssessmentStore sourceStore(source);
    AssessmentStore targetStore(m_target);
    auto sourceAssessments = sourceStore.list();
    if (!sourceAssessments)
        return sourceAssessments.error();
    QSqlDatabase &from = source.db();
    const qint64 now = Clock::nowMs();
    const bool fromAgency = source.info(QStringLiteral("role")) == QLatin1String("agency");

    for (const AssessmentInfo &incoming : sourceAssessments.value()) {
        // Everything the source says about this assessment is validated before use.
        auto set = sourceStore.criteria(incoming.criteriaSha256);
        if (!set)
            return set.error();
        for (const Layer layer : allLayers) {
            auto valid = sourceStore.answers(incoming, set.value(), layer);
            if (!valid)
                return valid.error();
        }

        // A submission whose seal no longer matches its content was changed after it was
        // submitted: that assessment is refused rather than trusted; the others still merge.
        auto seal = Seal::verify(source, incoming);
        if (!seal)
            return seal.error();
        if (seal.value() == SealState::Tampered) {
            report.rejected.append({source.path(),
                                    tr("the self-assessment of %1 was changed after it was sealed")
                                        .arg(incoming.agencyCode)});
            continue;
        }

        auto existing = select(db, QStringLiteral("SELECT uuid FROM assessments WHERE uuid = ?"),
                               {incoming.uuid}, 1);
        if (!existing)
            return existing.error();
        if (existing.value().isEmpty()) {
            auto &sameAgency = m_byAgencyYearSet[agencyYearSetKey(
                incoming.agencyCode, incoming.year, set.value().id())];
            // The same agency and year again: a duplicate when scored on the same edition of
            // the criteria set, another edition otherwise. Both are kept, for a person to decide.
            for (const auto &[otherUuid, otherVersion] : std::as_const(sameAgency)) {
                if (otherVersion == set.value().version())
                    report.duplicates.append(
                        {incoming.agencyCode, incoming.year, {otherUuid, incoming.uuid}});
                else
                    report.editions.append(
                        {incoming.uuid, incoming.agencyCode, otherVersion, set.value().version()});
            }
            sameAgency.append({incoming.uuid, set.value().version()});
            auto steps = {
                execSql(db,
                        QStringLiteral("INSERT OR IGNORE INTO criteria_sets (sha256, set_id, "
                                       "version, json) VALUES "
                                       "(?, ?, ?, ?)"),
                        {set.value().sha256(), set.value().id(), set.value().version(),
                         set.value().bytes()}),
                execSql(
                    db,
                    QStringLiteral(
                        "INSERT INTO assessments (uuid, criteria_sha256, agency_code, agency_name, "
                        "unit_group, year, status, created_at, seal_sha256, sealed_at, sealed_by, "
                        "seal_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {incoming.uuid, incoming.criteriaSha256, incoming.agencyCode,
                     incoming.agencyName, incoming.group, incoming.year, statusKey(incoming.status),
                     incoming.createdAt,
                     incoming.isSealed() ? QVariant(incoming.sealSha256) : QVariant(),
                     incoming.isSealed() ? QVariant(incoming.sealedAt) : QVariant(),
                     incoming.isSealed() ? QVariant(incoming.sealedBy) : QVariant(),
                     incoming.isSealed() ? QVariant(incoming.sealVersion) : QVariant()}),
                copyMissing(from, db, QStringLiteral("answers"), answerColumns, incoming.uuid),
                copyMissing(from, db, QStringLiteral("notes"), noteColumns, incoming.uuid),
                copyMissing(from, db, QStringLiteral("comments"), commentColumns, incoming.uuid),
                copyEvidence(from, db, incoming.uuid),
                copyMissing(from, db, QStringLiteral("change_log"), logColumns, incoming.uuid),
            };
            for (const Result<bool> &step : steps) {
                if (!step)
                    return step;
            }
            report.added.append(incoming.uuid);
            continue;
        }

        auto targetInfo = targetStore.find(incoming.uuid);
        if (!targetInfo)
            return targetInfo.error();
        const AssessmentInfo &current = targetInfo.value();
        if (current.agencyCode != incoming.agencyCode || current.agencyName != incoming.agencyName
            || current.group != incoming.group || current.year != incoming.year) {
            report.rejected.append(
                {source.path(), tr("the assessment %1 names another agency or year (%2, %3) than in "
                                   "this file (%4, %5)")
                                    .arg(incoming.uuid, incoming.agencyCode,
                                         QString::number(incoming.year), current.agencyCode,
                                         QString::number(current.year))});
            continue;
        }
        if (current.criteriaSha256 != incoming.criteriaSha256) {
            auto kept = targetStore.criteria(current.criteriaSha256);
            report.editions.append({incoming.uuid, incoming.agencyCode,
                                    kept ? kept.value().version() : current.criteriaSha256.left(12),
                                    set.value().version()});
            continue;
        }

        // Who owns the self layer: a newer seal replaces it whole; an unsealed target
        // takes a sealed submission whole; otherwise items merge one by one, and a
        // sealed self layer is never touched.
        const bool replaceSelf =
            incoming.isSealed() && (!current.isSealed() || incoming.sealedAt > current.sealedAt);
        const bool mergeSelf = !current.isSealed() && !incoming.isSealed();
        bool changed = false;

        auto mine = readAnswers(db, current.uuid);
        auto theirs = readAnswers(from, incoming.uuid);
        if (!mine || !theirs)
            return Error::unreadable(tr("A file cannot be read while merging"));
        std::set<ItemKey> keys;
        for (const auto &[key, value] : mine.value())
            keys.insert(key);
        for (const auto &[key, value] : theirs.value())
            keys.insert(key);

        for (const ItemKey &key : keys) {
            const bool self = key.layer == layerKey(Layer::Self);
            if (self && !(replaceSelf || mergeSelf))
                continue;
            const auto mineIt = mine.value().find(key);
            const auto theirsIt = theirs.value().find(key);
            const bool haveMine = mineIt != mine.value().end();
            const bool haveTheirs = theirsIt != theirs.value().end();
            const QByteArray before = haveMine ? mineIt->second.answer : QByteArray();
            if (!haveTheirs) {
                if (self && replaceSelf) { // the submission does not hold this item any more
                    auto removed = execSql(
                        db,
                        QStringLiteral("DELETE FROM answers WHERE assessment = ? AND layer = ? "
                                       "AND kind = ? AND item = ?"),
                        {current.uuid, key.layer, key.kind, key.item});
                    if (!removed)
                        return removed;
                    report.updated.append({current.uuid, key.layer, key.name(), answerJson(before),
                                           QJsonValue::Null});
                    auto logged = AssessmentStore::appendLog(
                        db, {{}, current.uuid, now, m_author, QStringLiteral("merge"), key.layer,
                             key.name(), QString::fromUtf8(before), QString()});
                    if (!logged)
                        return logged;
                    changed = true;
                }
                continue;
            }
            const StoredAnswer &incomingAnswer = theirsIt->second;
            if (haveMine && before == incomingAnswer.answer)
                continue;

            bool takeTheirs = !haveMine || (self && replaceSelf);
            bool conflict = false;
            if (!takeTheirs) {
                auto theirPast = pastValues(from, incoming.uuid, key);
                auto myPast = pastValues(db, current.uuid, key);
                if (!theirPast || !myPast)
                    return Error::unreadable(tr("A file cannot be read while merging"));
                // One side moved on from the other's value only if it also edited later: a
                // change log cannot make an older edit win without a conflict being reported.
                const StoredAnswer &ours = mineIt->second;
                const bool theyMovedOn =
                    theirPast.value().contains(before) && incomingAnswer.at > ours.at;
                const bool weMovedOn =
                    myPast.value().contains(incomingAnswer.answer) && ours.at >= incomingAnswer.at;
                if (theyMovedOn && !weMovedOn) {
                    takeTheirs = true;
                } else if (!(weMovedOn && !theyMovedOn)) {
                    // Both changed it independently: the newer edit wins (the larger value
                    // on a tie, so that the order of merging does not matter).
                    conflict = true;
                    takeTheirs =
                        incomingAnswer.at > ours.at
                        || (incomingAnswer.at == ours.at && incomingAnswer.answer > ours.answer);
                }
            }
            if (conflict) {
                const QByteArray kept = takeTheirs ? incomingAnswer.answer : before;
                const QByteArray other = takeTheirs ? before : incomingAnswer.answer;
                report.conflicts.append(
                    {current.uuid, key.layer, key.name(), answerJson(kept), answerJson(other)});
                auto logged = AssessmentStore::appendLog(db, {{},
                                                              current.uuid,
                                                              now,
                                                              m_author,
                                                              QStringLiteral("merge-conflict"),
                                                              key.layer,
                                                              key.name(),
                                                              QString::fromUtf8(other),
                                                              QString::fromUtf8(kept)});
                if (!logged)
                    return logged;
                changed = true;
            }
            if (!takeTheirs)
                continue;
            auto stored = execSql(
                db,
                QStringLiteral("INSERT OR REPLACE INTO answers (assessment, layer, kind, item, "
                               "answer, modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {current.uuid, key.layer, key.kind, key.item, QString::fromUtf8(incomingAnswer.answer),
                 incomingAnswer.at, incomingAnswer.by});
            if (!stored)
                return stored;
            if (!conflict) {
                report.updated.append({current.uuid, key.layer, key.name(), answerJson(before),
                                       answerJson(incomingAnswer.answer)});
                auto logged =
                    AssessmentStore::appendLog(db, {{},
                                                    current.uuid,
                                                    now,
                                                    m_author,
                                                    QStringLiteral("merge"),
                                                    key.layer,
                                                    key.name(),
                                                    QString::fromUtf8(before),
                                                    QString::fromUtf8(incomingAnswer.answer)});
                if (!logged)
                    return logged;
            }
            changed = true;
        }

        // Status never goes back, whatever the order; an agency's own file can at most say
        // it submitted: the appraisal states are the inspectors'.
        int incomingRank = statusRank(statusKey(incoming.status));
        if (fromAgency)
            incomingRank = std::min(incomingRank, int(AssessmentStatus::Submitted));
        const int statusAfter = std::max(incomingRank, statusRank(statusKey(current.status)));
        const QString statusText = statusKey(AssessmentStatus(statusAfter));
        if (replaceSelf) {
            for (const QString &table :
                 {QStringLiteral("evidence"), QStringLiteral("evidence_links")}) {
                auto cleared =
                    execSql(db, QStringLiteral("DELETE FROM %1 WHERE assessment = ?").arg(table),
                            {current.uuid});
                if (!cleared)
                    return cleared;
            }
            // The seal covers the self notes too: they come whole with the submission.
            auto notesCleared = execSql(
                db, QStringLiteral("DELETE FROM notes WHERE assessment = ? AND layer = 'self'"),
                {current.uuid});
            if (!notesCleared)
                return notesCleared;
            auto notesCopied = mergeNotes(from, db, incoming.uuid, {layerKey(Layer::Self)});
            if (!notesCopied)
                return notesCopied;
            auto sealed =
                execSql(db,
                        QStringLiteral(
                            "UPDATE assessments SET seal_sha256 = ?, sealed_at = ?, sealed_by = ?, "
                            "seal_version = ?, status = ? WHERE uuid = ?"),
                        {incoming.sealSha256, incoming.sealedAt, incoming.sealedBy, incoming.sealVersion,
                         statusText, current.uuid});
            if (!sealed)
                return sealed;
            changed = true;
        } else if (statusAfter != statusRank(statusKey(current.status))) {
            auto status =
                execSql(db, QStringLiteral("UPDATE assessments SET status = ? WHERE uuid = ?"),
                        {statusText, current.uuid});
            if (!status)
                return status;
            changed = true;
        }
        if (replaceSelf || mergeSelf) {
            auto before = select(
                db, QStringLiteral("SELECT COUNT(*) FROM evidence_links WHERE assessment = ?"),
                {current.uuid}, 1);
            auto evidence = copyEvidence(from, db, incoming.uuid);
            auto after = select(
                db, QStringLiteral("SELECT COUNT(*) FROM evidence_links WHERE assessment = ?"),
                {current.uuid}, 1);
            if (!evidence || !before || !after)
                return Error::unreadable(tr("A file cannot be read while merging"));
            changed = changed || before.value() != after.value();
        }
        for (const auto &[table, columns] : {std::pair{QStringLiteral("comments"), commentColumns},
                                             std::pair{QStringLiteral("change_log"), logColumns}}) {
            auto copied = copyMissing(from, db, table, columns, incoming.uuid);
            if (!copied)
                return copied;
        }
        QStringList noteLayers;
        if (mergeSelf)
            noteLayers.append(layerKey(Layer::Self));
        noteLayers << layerKey(Layer::Appraisal1) << layerKey(Layer::Appraisal2);
        auto notes = mergeNotes(from, db, incoming.uuid, noteLayers);
        if (!notes)
            return notes;
        if (!changed)
            ++report.unchanged;
    }
    return true;
}

} // namespace ParScore
