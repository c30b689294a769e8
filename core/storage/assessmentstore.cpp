#include "assessmentstore.h"
#include "sha256.h"

#include "answerjson.h"
#include "answersparser.h"
#include "clock.h"
#include "criteriaparser.h"
#include "inputlimits.h"
#include "preparedqueries.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace ParScore {
namespace {

constexpr int maxTextLength = 1000; // agency names and codes; anything longer is not ours

Error damaged(const QString &detail)
{
    return Error::unreadable(
        AssessmentStore::tr("The file is damaged or was altered: %1").arg(detail));
}

struct StoredItem
{
    QString kind; // "node", "bonus", "penalty"
    QString item;
    QByteArray json;
};

QList<StoredItem> itemsOf(const CriteriaSet &set, const AnswerSet &answers)
{
    QList<StoredItem> items;
    for (auto it = answers.answers.constBegin(); it != answers.answers.constEnd(); ++it) {
        if (const CriteriaNode *leaf = set.node(it.key()))
            items.append(
                {QStringLiteral("node"), it.key(), answerToCompactJson(*leaf, it.value())});
    }
    for (auto it = answers.bonus.constBegin(); it != answers.bonus.constEnd(); ++it)
        items.append({QStringLiteral("bonus"), it.key(), QByteArray::number(it.value())});
    for (auto it = answers.penalty.constBegin(); it != answers.penalty.constEnd(); ++it)
        items.append({QStringLiteral("penalty"), it.key(), QByteArray::number(it.value())});
    return items;
}

// The stored text of one item of a layer (inside the caller's transaction); nullopt when
// there is none.
Result<std::optional<QByteArray>> storedItem(QSqlDatabase &db, const AssessmentInfo &assessment, Layer layer,
                                             const QString &kind, const QString &item)
{
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT answer FROM answers WHERE assessment = ? AND layer = ? AND kind = ? "
                                    "AND item = ?"));
    existing.addBindValue(assessment.uuid);
    existing.addBindValue(layerKey(layer));
    existing.addBindValue(kind);
    existing.addBindValue(item);
    if (!existing.exec())
        return damaged(AssessmentStore::tr("the answers cannot be read"));
    if (!existing.next())
        return std::optional<QByteArray>();
    return std::optional(existing.value(0).toByteArray());
}

struct ItemWrite
{
    bool changed = false;
    std::optional<QByteArray> before; // the text replaced or removed
};

// An inspector's signature over the appraisal stood behind the appraisal as it was signed:
// an appraisal changed since is no longer what was signed, so the signature goes with the
// change (signed again with `sign` before sending). Inside the caller's transaction.
Result<bool> dropAppraisalSignature(QSqlDatabase &db, const AssessmentInfo &assessment, Layer layer)
{
    if (layer == Layer::Self)
        return true;
    return execSql(db, QStringLiteral("DELETE FROM signatures WHERE assessment = ? AND kind = 'appraisal'"),
                   {assessment.uuid});
}

// Stores (`json`) or removes (nullopt) one item of a layer with its log entry, inside the
// caller's transaction; an item that already holds `json` is neither written nor logged.
Result<ItemWrite> writeItem(QSqlDatabase &db, const AssessmentInfo &assessment, Layer layer, const QString &kind,
                            const QString &item, const std::optional<QByteArray> &json, const QString &author,
                            qint64 now)
{
    auto current = storedItem(db, assessment, layer, kind, item);
    if (!current)
        return current.error();
    const std::optional<QByteArray> &before = current.value();
    if (before == json)
        return ItemWrite{false, before};
    auto stored =
        json ? execSql(db,
                       QStringLiteral("INSERT OR REPLACE INTO answers (assessment, layer, kind, item, answer, "
                                      "modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {assessment.uuid, layerKey(layer), kind, item, QString::fromUtf8(*json), now,
                        AssessmentStore::recordedAuthor(author)})
             : execSql(db,
                       QStringLiteral(
                           "DELETE FROM answers WHERE assessment = ? AND layer = ? AND kind = ? AND item = ?"),
                       {assessment.uuid, layerKey(layer), kind, item});
    if (stored)
        stored = dropAppraisalSignature(db, assessment, layer);
    if (!stored)
        return stored.error();
    // The log names bonus and penalty items "bonus:B1".
    const QString itemName = kind == QLatin1String("node") ? item : kind + u':' + item;
    auto logged = AssessmentStore::appendLog(
        db, {{}, assessment.uuid, now, author, QStringLiteral("answer"), layerKey(layer), itemName,
             before ? QString::fromUtf8(*before) : QString(), json ? QString::fromUtf8(*json) : QString()});
    if (!logged)
        return logged.error();
    return ItemWrite{true, before};
}

// The first appraisal change of a submitted assessment starts its appraisal.
Result<bool> startAppraisal(QSqlDatabase &db, const AssessmentInfo &assessment, const QString &author, qint64 now)
{
    const auto status = AssessmentStore::currentStatus(db, assessment);
    if (!status)
        return status.error();
    if (status.value() != AssessmentStatus::Submitted)
        return true;
    return AssessmentStore::changeStatus(db, assessment, AssessmentStatus::Submitted, AssessmentStatus::InAppraisal,
                                         author, now);
}

} // namespace

Role roleOf(Layer layer)
{
    return layer == Layer::Self ? Role::Agency : Role::Appraiser;
}

bool AssessmentStore::isValidUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString AssessmentStore::recordedAuthor(const QString &author)
{
    // Data, not interface: the same text whatever language the program runs in.
    return author.trimmed().isEmpty() ? QStringLiteral("(unknown)") : author;
}

Result<bool> AssessmentStore::appendLog(QSqlDatabase &db, const LogEntry &entry)
{
    return execSql(
        db,
        QStringLiteral("INSERT INTO change_log (uuid, assessment, at, author, action, layer, item, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.uuid,
         entry.assessment, entry.at, recordedAuthor(entry.author), entry.action,
         entry.layer.isNull() ? QStringLiteral("") : entry.layer,
         entry.item.isNull() ? QStringLiteral("") : entry.item,
         entry.oldValue.isNull() ? QStringLiteral("") : entry.oldValue,
         entry.newValue.isNull() ? QStringLiteral("") : entry.newValue});
}

Result<AssessmentStatus> AssessmentStore::currentStatus(QSqlDatabase &db, const AssessmentInfo &assessment)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT status FROM assessments WHERE uuid = ?"));
    query.addBindValue(assessment.uuid);
    if (!query.exec() || !query.next())
        return damaged(tr("the assessment %1 is missing").arg(assessment.uuid));
    const auto status = assessmentStatusFromKey(query.value(0).toString());
    if (!status)
        return damaged(tr("an assessment record is invalid"));
    return *status;
}

Result<bool> AssessmentStore::changeStatus(QSqlDatabase &db, const AssessmentInfo &assessment, AssessmentStatus from,
                                           AssessmentStatus to, const QString &author, qint64 now,
                                           const QString &reason)
{
    auto changed = execSql(db, QStringLiteral("UPDATE assessments SET status = ? WHERE uuid = ?"),
                           {statusKey(to), assessment.uuid});
    if (!changed)
        return changed;
    return appendLog(db, {{}, assessment.uuid, now, author, QStringLiteral("status"), {}, reason, statusKey(from),
                          statusKey(to)});
}

Result<bool> AssessmentStore::requireInspectorFile(ParxFile &file)
{
    if (file.info(QStringLiteral("role")) != QLatin1String("inspector"))
        return Error::invalid(tr("Explanation requests, finalizing and reopening are done in the inspectors' "
                                 "province file, not in an agency's file"));
    return true;
}

Result<AssessmentInfo> AssessmentStore::create(const CriteriaSet &set, const NewAssessment &info,
                                               const QString &author)
{
    if (info.agencyCode.trimmed().isEmpty() || info.agencyCode.size() > maxTextLength)
        return Error::invalid(tr("The agency code must be a non-empty text"));
    if (info.agencyName.trimmed().isEmpty() || info.agencyName.size() > maxTextLength)
        return Error::invalid(tr("The agency name must be a non-empty text"));
    if (info.group.trimmed().isEmpty() || info.group.size() > maxTextLength)
        return Error::invalid(
            tr("The agency group must be a non-empty text such as so, xa or phuong"));
    if (!set.unitKinds().isEmpty() && !set.unitKinds().contains(info.group))
        return Error::invalid(
            tr("The criteria set %1 is for the groups %2, not “%3”")
                .arg(set.id(), set.unitKinds().join(QStringLiteral(", ")), info.group));
    if (info.year < 1900 || info.year > 2999)
        return Error::invalid(tr("The year must be between 1900 and 2999"));

    AssessmentInfo assessment;
    assessment.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    assessment.criteriaSha256 = set.sha256();
    assessment.agencyCode = info.agencyCode;
    assessment.agencyName = info.agencyName;
    assessment.group = info.group;
    assessment.year = info.year;
    assessment.createdAt = Clock::nowMs();
    auto written = m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto stored = execSql(
            db,
            QStringLiteral("INSERT OR IGNORE INTO criteria_sets (sha256, set_id, version, json) "
                           "VALUES (?, ?, ?, ?)"),
            {set.sha256(), set.id(), set.version(), set.bytes()});
        if (!stored)
            return stored;
        auto inserted =
            execSql(db,
                    QStringLiteral(
                        "INSERT INTO assessments (uuid, criteria_sha256, agency_code, agency_name, "
                        "unit_group, year, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {assessment.uuid, assessment.criteriaSha256, assessment.agencyCode,
                     assessment.agencyName, assessment.group, assessment.year,
                     statusKey(assessment.status), assessment.createdAt});
        if (!inserted)
            return inserted;
        return appendLog(db, {{},
                              assessment.uuid,
                              assessment.createdAt,
                              author,
                              QStringLiteral("create"),
                              {},
                              {},
                              {},
                              set.id() + u'@' + set.version()});
    });
    if (!written)
        return written.error();
    return assessment;
}

Result<QList<AssessmentInfo>> AssessmentStore::select(const QString &condition,
                                                      const QVariantList &values)
{
    QSqlQuery &query = PreparedQueries::get(
        m_file.db(), QStringLiteral("SELECT uuid, criteria_sha256, agency_code, agency_name, unit_group, year, status, "
                                    "created_at, seal_sha256, sealed_at, sealed_by, seal_version FROM assessments %1 "
                                    "ORDER BY agency_code, year, uuid")
                         .arg(condition));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return damaged(tr("the list of assessments cannot be read"));
    QList<AssessmentInfo> result;
    while (query.next()) {
        AssessmentInfo a;
        a.uuid = query.value(0).toString();
        a.criteriaSha256 = query.value(1).toString();
        a.agencyCode = query.value(2).toString();
        a.agencyName = query.value(3).toString();
        a.group = query.value(4).toString();
        bool yearOk = false;
        a.year = query.value(5).toInt(&yearOk);
        const auto status = assessmentStatusFromKey(query.value(6).toString());
        a.createdAt = query.value(7).toLongLong();
        a.sealSha256 = query.value(8).toString();
        a.sealedAt = query.value(9).toLongLong();
        a.sealedBy = query.value(10).toString();
        // Seals made before the version was recorded are of the second definition.
        a.sealVersion = a.sealSha256.isEmpty() ? 0 : query.value(11).isNull() ? 2 : query.value(11).toInt();
        if (!isValidUuid(a.uuid) || !yearOk || a.year < 1900 || a.year > 2999 || !status
            || a.agencyCode.isEmpty() || a.agencyCode.size() > maxTextLength
            || a.agencyName.size() > maxTextLength || a.group.size() > maxTextLength
            || a.criteriaSha256.size() != 64)
            return damaged(tr("an assessment record is invalid"));
        a.status = *status;
        result.append(a);
    }
    return result;
}

Result<QList<AssessmentInfo>> AssessmentStore::list()
{
    return select(QString(), {});
}

Result<bool> AssessmentStore::requireUnsealed(QSqlDatabase &db, const AssessmentInfo &assessment)
{
    // Read inside the caller's transaction: another program may have sealed it since.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT seal_sha256 FROM assessments WHERE uuid = ?"));
    query.addBindValue(assessment.uuid);
    if (!query.exec() || !query.next())
        return damaged(tr("the assessment %1 is missing").arg(assessment.uuid));
    if (!query.value(0).isNull())
        return Error::invalid(
            tr("The self-assessment of %1 was submitted (sealed) and can no longer be changed")
                .arg(assessment.agencyCode));
    return true;
}

Result<bool> AssessmentStore::requireWritable(QSqlDatabase &db, const AssessmentInfo &assessment, Layer layer)
{
    if (layer == Layer::Self) {
        auto unsealed = requireUnsealed(db, assessment);
        if (!unsealed)
            return unsealed;
    }
    const auto status = currentStatus(db, assessment);
    if (!status)
        return status.error();
    if (status.value() == AssessmentStatus::Final)
        return Error::invalid(tr("The assessment of %1 for %2 is final and can no longer be changed")
                                  .arg(assessment.agencyCode, QString::number(assessment.year)));
    return true;
}

Result<AssessmentInfo> AssessmentStore::find(const QString &key)
{
    auto all = key.isEmpty()
                   ? list()
                   : select(QStringLiteral("WHERE uuid = ? OR agency_code = ?"), {key, key});
    if (!all)
        return all.error();
    const QList<AssessmentInfo> &matches = all.value();
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty())
        return Error::invalid(key.isEmpty() ? tr("The file holds no assessment")
                                            : tr("The file holds no assessment “%1”").arg(key));
    return Error::invalid(
        tr("The file holds %n assessment(s); name one with --agency CODE or its UUID", nullptr,
           int(matches.size())));
}

Result<CriteriaSet> AssessmentStore::criteria(const QString &sha256)
{
    QSqlQuery query(m_file.db());
    query.prepare(QStringLiteral("SELECT json FROM criteria_sets WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return damaged(tr("the criteria set %1 is missing").arg(sha256.left(12)));
    const QByteArray bytes = query.value(0).toByteArray();
    // The same bytes always parse the same: a set met before (the same set in every agency's
    // file of a merge) is neither hashed nor parsed again, only compared byte for byte.
    static QMutex mutex;
    static QHash<QString, CriteriaSet> parsed;
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = parsed.constFind(sha256); found != parsed.cend() && found->bytes() == bytes)
            return *found;
    }
    if (Sha256::hex(bytes) != sha256)
        return damaged(tr("the embedded criteria set does not match its fingerprint"));
    auto set = CriteriaParser::parse(bytes);
    if (!set) // the first problem names it: a broken rule or a cap gone over
        return damaged(tr("the embedded criteria set is invalid (%1)")
                           .arg(set.error().message
                                + (set.error().details.isEmpty()
                                       ? QString()
                                       : QStringLiteral(": ") + set.error().details.constFirst())));
    if (set.value().sha256() != sha256)
        return damaged(tr("the embedded criteria set does not match its fingerprint"));
    const QMutexLocker lock(&mutex);
    if (parsed.size() >= 32) // a few sets a year: kept small whatever a run meets
        parsed.clear();
    parsed.insert(sha256, set.value());
    return set;
}

Result<AnswerSet> AssessmentStore::answers(const AssessmentInfo &assessment, const CriteriaSet &set,
                                           Layer layer)
{
    QSqlQuery query(m_file.db());
    query.prepare(QStringLiteral(
        "SELECT kind, item, answer FROM answers WHERE assessment = ? AND layer = ?"));
    query.addBindValue(assessment.uuid);
    query.addBindValue(layerKey(layer));
    if (!query.exec())
        return damaged(tr("the answers cannot be read"));
    QList<AnswerRow> rows;
    while (query.next())
        rows.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray()});
    return answersFromRows(set, layer, rows);
}

Result<AnswerSet> AssessmentStore::answersFromRows(const CriteriaSet &set, Layer layer,
                                                   const QList<AnswerRow> &rows)
{
    if (rows.isEmpty())
        return AnswerSet(); // what parsing an empty layer gives, without the round trip
    // Stored answers go through the same validation as an answers file.
    QJsonObject nodes;
    QJsonObject bonus;
    QJsonObject penalty;
    QHash<QString, QByteArray> stored;
    for (const AnswerRow &row : rows) {
        if (row.kind == QLatin1String("node")) {
            nodes.insert(row.item, QJsonDocument::fromJson(row.json).object());
            stored.insert(row.item, row.json);
        } else {
            bool ok = false;
            const qlonglong count = row.json.toLongLong(&ok);
            QJsonObject &target = row.kind == QLatin1String("bonus") ? bonus : penalty;
            if (!ok || (row.kind != QLatin1String("bonus") && row.kind != QLatin1String("penalty")))
                return damaged(tr("a stored answer is invalid"));
            target.insert(row.item, count);
        }
    }
    const QJsonObject file{{QStringLiteral("format"), QStringLiteral("parscore.answers")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("answers"), nodes},
                           {QStringLiteral("bonus"), bonus},
                           {QStringLiteral("penalty"), penalty}};
    auto parsed = AnswersParser::parseObject(set, file, roleOf(layer));
    if (!parsed)
        return damaged(tr("stored answers are invalid: %1")
                           .arg(parsed.error().details.join(QStringLiteral("; "))));
    // Answers are stored in one canonical form; anything else was written by another program
    // (and would make equal answers look different when merging).
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        const CriteriaNode *leaf = set.node(it.key());
        if (!leaf || answerToCompactJson(*leaf, parsed.value().answers.value(it.key())) != it.value())
            return damaged(tr("the stored answer of %1 is not in ParScore's form").arg(it.key()));
    }
    return parsed;
}

Result<bool> AssessmentStore::requireAppraisalHome(Layer layer)
{
    // Appraisals are entered where inspectors merge agency files, so that every appraisal
    // answer has one home and merging never has to choose between two of them.
    if (layer != Layer::Self && m_file.info(QStringLiteral("role")) == QLatin1String("agency"))
        return Error::invalid(tr("Appraisal answers are entered in the inspectors' file: merge this "
                                 "agency file into it first (parscore-cli merge -o FILE.parx …)"));
    return true;
}

Result<int> AssessmentStore::applyAnswers(const AssessmentInfo &assessment, const CriteriaSet &set,
                                          Layer layer, const AnswerSet &answers,
                                          const QString &author)
{
    auto home = requireAppraisalHome(layer);
    if (!home)
        return home.error();
    int changed = 0;
    const qint64 now = Clock::nowMs();
    auto written = m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto writable = requireWritable(db, assessment, layer);
        if (!writable)
            return writable;
        for (const StoredItem &item : itemsOf(set, answers)) {
            auto stored = writeItem(db, assessment, layer, item.kind, item.item, item.json, author, now);
            if (!stored)
                return stored.error();
            if (stored.value().changed)
                ++changed;
        }
        if (changed > 0 && layer != Layer::Self)
            return startAppraisal(db, assessment, author, now);
        return true;
    });
    if (!written)
        return written.error();
    return changed;
}

Result<QList<AnswerChange>> AssessmentStore::setAnswers(Layer layer, const QList<AnswerEdit> &edits,
                                                        const QString &author, bool commit)
{
    auto home = requireAppraisalHome(layer);
    if (!home)
        return home.error();
    for (const AnswerEdit &edit : edits) {
        const CriteriaNode *leaf = edit.set.node(edit.nodeId);
        if (!leaf || !leaf->isLeaf())
            return Error::invalid(tr("There is no item %1 in the criteria set").arg(edit.nodeId));
    }
    QList<AnswerChange> changes;
    const qint64 now = Clock::nowMs();
    auto written = m_file.write(
        [&](QSqlDatabase &db) -> Result<bool> {
            QSet<QString> checked;
            QList<const AssessmentInfo *> changedAssessments;
            QSet<QString> changedUuids;
            for (const AnswerEdit &edit : edits) {
                if (!checked.contains(edit.assessment.uuid)) {
                    auto writable = requireWritable(db, edit.assessment, layer);
                    if (!writable)
                        return writable;
                    checked.insert(edit.assessment.uuid);
                }
                const CriteriaNode &leaf = *edit.set.node(edit.nodeId);
                const auto jsonOf = [&leaf](const std::optional<Answer> &answer) {
                    return answer ? std::optional(answerToCompactJson(leaf, *answer)) : std::nullopt;
                };
                const QString node = QStringLiteral("node");
                if (edit.expected) {
                    auto current = storedItem(db, edit.assessment, layer, node, edit.nodeId);
                    if (!current)
                        return current.error();
                    if (current.value() != jsonOf(*edit.expected))
                        return Error::invalid(
                            tr("The answer of item %1 of %2 was changed since; nothing was written")
                                .arg(edit.nodeId, edit.assessment.agencyCode));
                }
                auto stored =
                    writeItem(db, edit.assessment, layer, node, edit.nodeId, jsonOf(edit.answer), author, now);
                if (!stored)
                    return stored.error();
                if (!stored.value().changed)
                    continue;
                std::optional<Answer> before;
                if (const auto &text = stored.value().before) {
                    auto parsed = AnswersParser::parseAnswer(edit.set, edit.nodeId,
                                                             QJsonDocument::fromJson(*text).object(), roleOf(layer));
                    if (!parsed)
                        return damaged(tr("a stored answer is invalid"));
                    before = parsed.value();
                }
                changes.append({edit.assessment, edit.set, edit.nodeId, before, edit.answer});
                if (!changedUuids.contains(edit.assessment.uuid)) {
                    changedUuids.insert(edit.assessment.uuid);
                    changedAssessments.append(&edit.assessment);
                }
            }
            if (layer != Layer::Self) {
                for (const AssessmentInfo *assessment : changedAssessments) {
                    auto started = startAppraisal(db, *assessment, author, now);
                    if (!started)
                        return started;
                }
            }
            return true;
        },
        commit);
    if (!written)
        return written.error();
    return changes;
}

Result<QList<LogEntry>> AssessmentStore::log(const QString &assessmentUuid)
{
    QSqlQuery query(m_file.db());
    query.prepare(QStringLiteral(
        "SELECT uuid, assessment, at, author, action, layer, item, old_value, new_value "
        "FROM change_log WHERE IFNULL(?, '') = '' OR assessment = ? ORDER BY at, rowid"));
    query.addBindValue(assessmentUuid);
    query.addBindValue(assessmentUuid);
    if (!query.exec())
        return damaged(tr("the change log cannot be read"));
    QList<LogEntry> entries;
    while (query.next()) {
        entries.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
             query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
             query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return entries;
}

} // namespace ParScore

namespace ParScore {

Result<bool> AssessmentStore::setNote(const AssessmentInfo &assessment, Layer layer,
                                      const CriteriaSet &set, const QString &nodeId,
                                      const QString &text, const QString &author)
{
    if (!set.node(nodeId))
        return Error::invalid(tr("There is no item %1 in the criteria set").arg(nodeId));
    const qint64 now = Clock::nowMs();
    return m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto writable = requireWritable(db, assessment, layer);
        if (!writable)
            return writable;
        // Read inside the transaction: the logged old text is the one replaced.
        auto current = notes(assessment, layer);
        if (!current)
            return current.error();
        const QString before = current.value().value(nodeId);
        if (before == text)
            return true;
        auto stored =
            text.isEmpty()
                ? execSql(db,
                          QStringLiteral(
                              "DELETE FROM notes WHERE assessment = ? AND layer = ? AND node = ?"),
                          {assessment.uuid, layerKey(layer), nodeId})
                : execSql(
                    db,
                    QStringLiteral("INSERT OR REPLACE INTO notes (assessment, layer, node, text, "
                                   "modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?)"),
                    {assessment.uuid, layerKey(layer), nodeId, text, now, recordedAuthor(author)});
        if (stored)
            stored = dropAppraisalSignature(db, assessment, layer);
        if (!stored)
            return stored;
        return appendLog(db, {{},
                              assessment.uuid,
                              now,
                              author,
                              QStringLiteral("note"),
                              layerKey(layer),
                              nodeId,
                              before,
                              text});
    });
}

Result<QMap<QString, QString>> AssessmentStore::notes(const AssessmentInfo &assessment, Layer layer)
{
    QSqlQuery query(m_file.db());
    query.prepare(
        QStringLiteral("SELECT node, text FROM notes WHERE assessment = ? AND layer = ?"));
    query.addBindValue(assessment.uuid);
    query.addBindValue(layerKey(layer));
    if (!query.exec())
        return damaged(tr("the notes cannot be read"));
    QMap<QString, QString> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

Result<Comment> AssessmentStore::addComment(const AssessmentInfo &assessment,
                                            const CriteriaSet &set, const QString &nodeId,
                                            const QString &text, const QString &author)
{
    if (!set.node(nodeId))
        return Error::invalid(tr("There is no item %1 in the criteria set").arg(nodeId));
    if (text.trimmed().isEmpty())
        return Error::invalid(tr("A comment needs a text"));
    const Comment comment{QUuid::createUuid().toString(QUuid::WithoutBraces), nodeId,
                          recordedAuthor(author), Clock::nowMs(), text};
    auto written = m_file.write([&](QSqlDatabase &db) {
        return execSql(
            db,
            QStringLiteral(
                "INSERT INTO comments (uuid, assessment, node, author, created_at, text) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            {comment.uuid, assessment.uuid, comment.node, comment.author, comment.createdAt,
             comment.text});
    });
    if (!written)
        return written.error();
    return comment;
}

Result<QList<Comment>> AssessmentStore::comments(const AssessmentInfo &assessment)
{
    QSqlQuery query(m_file.db());
    query.prepare(QStringLiteral(
        "SELECT uuid, node, author, created_at, text FROM comments WHERE assessment = ? "
        "ORDER BY created_at, uuid"));
    query.addBindValue(assessment.uuid);
    if (!query.exec())
        return damaged(tr("the comments cannot be read"));
    QList<Comment> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong(),
                       query.value(4).toString()});
    return result;
}

} // namespace ParScore

namespace ParScore {

Result<bool> AssessmentStore::setAnswer(const AssessmentInfo &assessment, const CriteriaSet &set,
                                        Layer layer, const QString &nodeId,
                                        const std::optional<Answer> &answer, const QString &author)
{
    const CriteriaNode *leaf = set.node(nodeId);
    if (!leaf || !leaf->isLeaf())
        return Error::invalid(tr("There is no item %1 in the criteria set").arg(nodeId));
    if (answer) {
        AnswerSet one;
        one.answers.insert(nodeId, *answer);
        auto applied = applyAnswers(assessment, set, layer, one, author);
        if (!applied)
            return applied.error();
        return true;
    }
    return clearItem(assessment, layer, QStringLiteral("node"), nodeId, author);
}

Result<bool> AssessmentStore::setExtraCount(const AssessmentInfo &assessment, const CriteriaSet &set,
                                            Layer layer, ExtraKind kind, const QString &itemId, qint64 count,
                                            const QString &author)
{
    const auto &section = set.extra(kind);
    if (!section || !section->item(itemId))
        return Error::invalid(tr("There is no bonus or penalty item %1 in the criteria set").arg(itemId));
    if (count < 0 || double(count) > Limits::maxWholeNumber)
        return Error::invalid(tr("The number of times item %1 applies must be a whole number from 0").arg(itemId));
    const QString kindKey = kind == ExtraKind::Bonus ? QStringLiteral("bonus") : QStringLiteral("penalty");
    if (count == 0)
        return clearItem(assessment, layer, kindKey, itemId, author);
    AnswerSet one;
    (kind == ExtraKind::Bonus ? one.bonus : one.penalty).insert(itemId, count);
    auto applied = applyAnswers(assessment, set, layer, one, author);
    if (!applied)
        return applied.error();
    return true;
}

Result<bool> AssessmentStore::clearItem(const AssessmentInfo &assessment, Layer layer, const QString &kind,
                                        const QString &item, const QString &author)
{
    const qint64 now = Clock::nowMs();
    return m_file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto writable = requireWritable(db, assessment, layer);
        if (!writable)
            return writable;
        auto removed = writeItem(db, assessment, layer, kind, item, std::nullopt, author, now);
        if (!removed)
            return removed.error();
        if (removed.value().changed && layer != Layer::Self)
            return startAppraisal(db, assessment, author, now);
        return true;
    });
}

} // namespace ParScore
