#include "requestfile.h"

#include "assessmentstore.h"
#include "clock.h"
#include "evidencestore.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace ParScore {
namespace {

Error unreadable(ParxFile &file)
{
    return Error::unreadable(RequestFile::tr("%1 cannot be read").arg(file.path()));
}

// Copies the rows of `table` that `condition` selects from one file into another, column
// for column, values untouched (the submission's seal covers them as they are).
Result<bool> copyRows(QSqlDatabase &from, QSqlDatabase &to, const QString &table, const QString &condition,
                      const QVariantList &values)
{
    QSqlQuery select(from);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, condition));
    for (const QVariant &value : values)
        select.addBindValue(value);
    if (!select.exec())
        return Error::unreadable(RequestFile::tr("The table %1 cannot be read").arg(table));
    while (select.next()) {
        const QSqlRecord record = select.record();
        QStringList columns;
        QVariantList row;
        for (int i = 0; i < record.count(); ++i) {
            columns.append(record.fieldName(i));
            row.append(record.value(i));
        }
        auto inserted = execSql(to,
                                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, columns.join(QStringLiteral(", ")),
                                         QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                                row);
        if (!inserted)
            return inserted;
    }
    return true;
}

const QString awaitingResponse =
    QStringLiteral("closed_as IS NULL AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.request = requests.uuid)");

} // namespace

bool RequestFile::isRequestFile(ParxFile &file)
{
    return file.info(QStringLiteral("role")) == QLatin1String("request");
}

Result<AssessmentInfo> RequestFile::assessment(ParxFile &file)
{
    if (!isRequestFile(file))
        return Error::invalid(tr("%1 is not a request file (made by export-request)").arg(file.path()));
    auto listed = AssessmentStore(file).list();
    if (!listed)
        return listed.error();
    if (listed.value().size() != 1)
        return Error::unreadable(
            AssessmentStore::tr("The file is damaged or was altered: %1").arg(tr("a request file holds one assessment")));
    return listed.value().constFirst();
}

Result<std::unique_ptr<ParxFile>> RequestFile::exportFor(ParxFile &province, const AssessmentInfo &assessment,
                                                         const QString &path, bool withAppraisalNotes,
                                                         const QString &author)
{
    auto inspectors = AssessmentStore::requireInspectorFile(province);
    if (!inspectors)
        return inspectors.error();
    QSqlDatabase &from = province.db();
    auto status = AssessmentStore::currentStatus(from, assessment);
    if (!status)
        return status.error();
    if (status.value() != AssessmentStatus::ExplanationRequested)
        return Error::invalid(tr("%1 has no explanation request awaiting a response: there is nothing to send")
                                  .arg(assessment.agencyCode));
    QSqlQuery open(from);
    open.prepare(QStringLiteral("SELECT COUNT(*) FROM requests WHERE assessment = ? AND ") + awaitingResponse);
    open.addBindValue(assessment.uuid);
    if (!open.exec() || !open.next())
        return unreadable(province);
    if (open.value(0).toInt() == 0)
        return Error::invalid(tr("%1 has no explanation request awaiting a response: there is nothing to send")
                                  .arg(assessment.agencyCode));
    const QString provinceUuid = province.info(QStringLiteral("uuid"));
    const QVariantList uuid{assessment.uuid};
    const QString noteLayers = withAppraisalNotes ? QStringLiteral("(layer = 'self' OR layer = 'appraisal1')")
                                                  : QStringLiteral("layer = 'self'");
    auto file = ParxFile::create(path, [&](ParxFile &unfinished) {
        return unfinished.write([&](QSqlDatabase &to) -> Result<bool> {
            for (const auto &[key, value] : {std::pair{QStringLiteral("role"), QStringLiteral("request")},
                                             std::pair{QStringLiteral("province"), provinceUuid}}) {
                auto set = ParxFile::setInfo(to, key, value);
                if (!set)
                    return set;
            }
            const std::pair<QString, QString> parts[] = {
                {QStringLiteral("criteria_sets"),
                 QStringLiteral("sha256 = (SELECT criteria_sha256 FROM assessments WHERE uuid = ?)")},
                {QStringLiteral("assessments"), QStringLiteral("uuid = ?")},
                {QStringLiteral("answers"), QStringLiteral("assessment = ? AND (layer = 'self' OR layer = 'appraisal1')")},
                {QStringLiteral("notes"), QStringLiteral("assessment = ? AND ") + noteLayers},
                {QStringLiteral("blobs"), QStringLiteral("sha256 IN (SELECT sha256 FROM evidence WHERE assessment = ?)")},
                {QStringLiteral("evidence"), QStringLiteral("assessment = ?")},
                {QStringLiteral("evidence_links"), QStringLiteral("assessment = ?")},
                {QStringLiteral("requests"), QStringLiteral("assessment = ? AND ") + awaitingResponse},
            };
            for (const auto &[table, condition] : parts) {
                auto copied = copyRows(from, to, table, condition, uuid);
                if (!copied)
                    return copied;
            }
            return execSql(to, QStringLiteral("UPDATE assessments SET status = ?"),
                           {statusKey(AssessmentStatus::ExplanationRequested)});
        });
    });
    if (!file)
        return file.error();
    auto logged = province.write([&](QSqlDatabase &db) {
        return AssessmentStore::appendLog(db, {{}, assessment.uuid, Clock::nowMs(), author,
                                               QStringLiteral("request-export"), {}, {}, {}, file.value()->info(QStringLiteral("uuid"))});
    });
    if (!logged) {
        // The request file is not sent unless the province file records it.
        const QString written = file.value()->path();
        file.value().reset();
        QFile::remove(written);
        return logged.error();
    }
    return file;
}

Result<ExplanationResponse> RequestFile::respond(ParxFile &file, const QString &node, const QString &text,
                                                 const QStringList &files, const QString &effectiveDate,
                                                 const QString &author)
{
    auto held = assessment(file);
    if (!held)
        return held.error();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("A response needs a text"));
    if (trimmed.size() > maxResponseLength)
        return Error::invalid(tr("A response holds at most %1 characters").arg(maxResponseLength));
    if (!effectiveDate.isEmpty()
        && QDate::fromString(effectiveDate, Qt::ISODate).toString(Qt::ISODate) != effectiveDate)
        return Error::invalid(EvidenceStore::tr("The effective date “%1” is not a date of the form YYYY-MM-DD")
                                  .arg(effectiveDate));
    if (!file.info(QStringLiteral("response_seal")).isEmpty())
        return Error::invalid(tr("The response is sealed and can no longer be changed"));
    auto loaded = EvidenceStore::readFiles(files);
    if (!loaded)
        return loaded.error();
    const qint64 now = Clock::nowMs();
    ExplanationResponse response;
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        QSqlQuery request(db);
        request.prepare(QStringLiteral("SELECT uuid FROM requests WHERE node = ? AND closed_as IS NULL "
                                       "ORDER BY created_at, uuid LIMIT 1"));
        request.addBindValue(node);
        if (!request.exec())
            return unreadable(file);
        if (!request.next())
            return Error::invalid(tr("No explanation request is open on item %1").arg(node));
        const QString requestUuid = request.value(0).toString();
        auto existing = responses(db, {requestUuid});
        if (!existing)
            return existing.error();
        response = existing.value().isEmpty()
                       ? ExplanationResponse{QUuid::createUuid().toString(QUuid::WithoutBraces), requestUuid, {}, 0, {}, {}}
                       : existing.value().constFirst();
        response.text = trimmed;
        response.createdAt = now;
        response.createdBy = AssessmentStore::recordedAuthor(author);
        auto stored = execSql(db,
                              QStringLiteral("INSERT INTO responses (uuid, request, text, created_at, created_by) "
                                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                                             "text = excluded.text, created_at = excluded.created_at, "
                                             "created_by = excluded.created_by"),
                              {response.uuid, response.request, response.text, now, response.createdBy});
        if (!stored)
            return stored;
        for (const EvidenceStore::IncomingFile &item : loaded.value()) {
            auto bytes = EvidenceStore::storeBytes(db, item.path, item.sha256, item.size);
            if (!bytes)
                return bytes;
            auto document = execSql(db,
                                    QStringLiteral("INSERT INTO response_evidence (response, sha256, name, mime_type, "
                                                   "effective_date) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                                   "(response, sha256) DO UPDATE SET name = excluded.name, "
                                                   "effective_date = excluded.effective_date"),
                                    {response.uuid, item.sha256, item.name, item.mimeType,
                                     effectiveDate.isEmpty() ? QVariant() : QVariant(effectiveDate)});
            if (!document)
                return document;
        }
        return AssessmentStore::appendLog(db, {{}, held.value().uuid, now, author, QStringLiteral("response"), {},
                                               node, {}, response.text});
    });
    if (!written)
        return written.error();
    auto reread = responses(file.db(), {response.request});
    if (!reread)
        return reread.error();
    return reread.value().constFirst();
}

namespace {

// What restoreResponse is asked to write, checked as a row read from a file would be.
Result<bool> checkState(const QString &requestUuid, const ExplanationResponse &state)
{
    if (state.request != requestUuid || QUuid::fromString(state.uuid).isNull() || state.uuid.size() != 36)
        return Error::invalid(RequestFile::tr("The response does not belong to request %1").arg(requestUuid));
    if (state.text.trimmed().isEmpty())
        return Error::invalid(RequestFile::tr("A response needs a text"));
    if (state.text.size() > RequestFile::maxResponseLength)
        return Error::invalid(RequestFile::tr("A response holds at most %1 characters").arg(RequestFile::maxResponseLength));
    QStringList seen;
    for (const ResponseDocument &document : state.documents) {
        if (document.sha256.size() != 64 || seen.contains(document.sha256) || document.name.trimmed().isEmpty())
            return Error::invalid(RequestFile::tr("The response lists a document twice or without a name"));
        if (!document.effectiveDate.isEmpty()
            && QDate::fromString(document.effectiveDate, Qt::ISODate).toString(Qt::ISODate) != document.effectiveDate)
            return Error::invalid(EvidenceStore::tr("The effective date “%1” is not a date of the form YYYY-MM-DD")
                                      .arg(document.effectiveDate));
        seen.append(document.sha256);
    }
    return true;
}

Result<bool> holdsBytes(QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery present(db);
    present.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    present.addBindValue(sha256);
    if (!present.exec())
        return Error::unreadable(RequestFile::tr("The responses cannot be read"));
    return present.next();
}

// Stores the bytes of `document` from the first of `sources` holding them. A source that has
// moved or cannot be read is passed over (a kept copy may still hold the bytes); each source is
// hashed at most once per write (`hashed`, by path; nullopt: unreadable), and no further than
// the first match.
Result<bool> storeFromSources(QSqlDatabase &db, const ResponseDocument &document, const QStringList &sources,
                              QHash<QString, std::optional<EvidenceStore::IncomingFile>> &hashed)
{
    for (const QString &source : sources) {
        if (!hashed.contains(source)) {
            auto read = EvidenceStore::readFiles({source});
            hashed.insert(source, read ? std::optional(read.value().constFirst()) : std::nullopt);
        }
        const std::optional<EvidenceStore::IncomingFile> &item = hashed[source];
        if (item && item->sha256 == document.sha256)
            return EvidenceStore::storeBytes(db, item->path, item->sha256, item->size);
    }
    return Error::invalid(RequestFile::tr("The document %1 is no longer where it was attached from: it cannot be "
                                          "attached again")
                              .arg(document.name));
}

} // namespace

Result<bool> RequestFile::restoreResponse(ParxFile &file, const QString &requestUuid,
                                          const std::optional<ExplanationResponse> &state, const QString &author,
                                          const QStringList &sources)
{
    auto held = assessment(file);
    if (!held)
        return held.error();
    if (!file.info(QStringLiteral("response_seal")).isEmpty())
        return Error::invalid(tr("The response is sealed and can no longer be changed"));
    if (state) {
        auto checked = checkState(requestUuid, *state);
        if (!checked)
            return checked;
    }
    QHash<QString, std::optional<EvidenceStore::IncomingFile>> hashed;
    return file.write([&](QSqlDatabase &db) -> Result<bool> {
        QSqlQuery request(db);
        request.prepare(QStringLiteral("SELECT node FROM requests WHERE uuid = ? AND closed_as IS NULL"));
        request.addBindValue(requestUuid);
        if (!request.exec())
            return unreadable(file);
        if (!request.next())
            return Error::invalid(tr("No explanation request %1 is open in this file").arg(requestUuid));
        const QString node = request.value(0).toString();
        auto existing = responses(db, {requestUuid});
        if (!existing)
            return existing.error();
        const std::optional<ExplanationResponse> before =
            existing.value().isEmpty() ? std::nullopt : std::optional(existing.value().constFirst());
        QStringList leaving; // documents whose bytes may no longer be needed
        if (before) {
            for (const ResponseDocument &document : before->documents)
                leaving.append(document.sha256);
            if (!state || state->uuid != before->uuid) {
                for (const QString &table : {QStringLiteral("response_evidence WHERE response"),
                                             QStringLiteral("responses WHERE uuid")}) {
                    auto removed = execSql(db, QStringLiteral("DELETE FROM %1 = ?").arg(table), {before->uuid});
                    if (!removed)
                        return removed;
                }
            }
        }
        if (state) {
            auto stored = execSql(db,
                                  QStringLiteral("INSERT INTO responses (uuid, request, text, created_at, created_by) "
                                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                                                 "text = excluded.text, created_at = excluded.created_at, "
                                                 "created_by = excluded.created_by"),
                                  {state->uuid, requestUuid, state->text, state->createdAt, state->createdBy});
            if (!stored)
                return stored;
            auto cleared = execSql(db, QStringLiteral("DELETE FROM response_evidence WHERE response = ?"), {state->uuid});
            if (!cleared)
                return cleared;
            for (const ResponseDocument &document : state->documents) {
                auto present = holdsBytes(db, document.sha256);
                if (!present)
                    return present;
                if (!present.value()) {
                    auto bytes = storeFromSources(db, document, sources, hashed);
                    if (!bytes)
                        return bytes;
                }
                auto row = execSql(db,
                                   QStringLiteral("INSERT INTO response_evidence (response, sha256, name, mime_type, "
                                                  "effective_date) VALUES (?, ?, ?, ?, ?)"),
                                   {state->uuid, document.sha256, document.name, document.mimeType,
                                    document.effectiveDate.isEmpty() ? QVariant() : QVariant(document.effectiveDate)});
                if (!row)
                    return row;
            }
        }
        for (const QString &sha256 : leaving) {
            auto unused = execSql(db,
                                  QStringLiteral("DELETE FROM blobs WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM "
                                                 "evidence WHERE sha256 = blobs.sha256) AND NOT EXISTS (SELECT 1 "
                                                 "FROM response_evidence WHERE sha256 = blobs.sha256)"),
                                  {sha256});
            if (!unused)
                return unused;
        }
        return AssessmentStore::appendLog(db, {{}, held.value().uuid, Clock::nowMs(), author,
                                               QStringLiteral("response"), {}, node,
                                               before ? before->text : QString(), state ? state->text : QString()});
    });
}

Result<QList<ExplanationResponse>> RequestFile::responses(QSqlDatabase &db, const QStringList &requestUuids)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uuid, request, text, created_at, created_by FROM responses ORDER BY request")))
        return Error::unreadable(tr("The responses cannot be read"));
    QList<ExplanationResponse> found;
    while (query.next()) {
        if (!requestUuids.isEmpty() && !requestUuids.contains(query.value(1).toString()))
            continue;
        found.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toLongLong(), query.value(4).toString(), {}});
    }
    for (ExplanationResponse &response : found) {
        QSqlQuery documents(db);
        documents.prepare(QStringLiteral("SELECT sha256, name, mime_type, IFNULL(effective_date, '') FROM "
                                         "response_evidence WHERE response = ? ORDER BY sha256"));
        documents.addBindValue(response.uuid);
        if (!documents.exec())
            return Error::unreadable(tr("The responses cannot be read"));
        while (documents.next())
            response.documents.append({documents.value(0).toString(), documents.value(1).toString(),
                                       documents.value(2).toString(), documents.value(3).toString()});
    }
    return found;
}

} // namespace ParScore
