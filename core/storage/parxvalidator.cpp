#include "parxvalidator.h"

#include "answersscan.h"
#include "assessmentstore.h"
#include "blobstream.h"
#include "clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <map>

namespace ParScore {
namespace {

// Per table, the rows ParScore would never write (`unsound`) and the columns holding times.
// Written for a statement that is cheap to prepare and run on every file of a merge: lists
// of values as chains of <> (an IN list builds a table at each run), keys looked up with
// NOT EXISTS through the other table's primary key.
// A check of the table as a whole (`whole`) is a condition on the file, not on each row: it
// must also hold when the table is empty.
struct TableCheck
{
    const char *table;
    const char *unsound;
    std::initializer_list<const char *> times;
    bool whole = false;
};

const TableCheck tableChecks[] = {
    {"file_info",
     "(SELECT COUNT(*) FROM file_info WHERE key = 'uuid' AND typeof(value) = 'text' AND length(value) = 36) <> 1"
     " OR EXISTS (SELECT 1 FROM file_info WHERE key = 'role' AND value <> 'agency' AND value <> 'inspector'"
     "     AND value <> 'request')"
     " OR EXISTS (SELECT 1 FROM file_info WHERE key = 'province' AND (typeof(value) <> 'text' OR length(value) <> 36))"
     " OR EXISTS (SELECT 1 FROM file_info WHERE key = 'year' AND (typeof(value) <> 'text'"
     "     OR value NOT GLOB '[12][0-9][0-9][0-9]'))"
     " OR EXISTS (SELECT 1 FROM file_info WHERE key = 'title' AND (typeof(value) <> 'text' OR length(value) > 1000))",
     {},
     true},
    {"criteria_sets",
     "typeof(sha256) <> 'text' OR length(sha256) <> 64 OR typeof(set_id) <> 'text' OR typeof(version) <> 'text'"
     " OR (typeof(json) <> 'blob' AND typeof(json) <> 'text')",
     {}},
    {"assessments",
     "typeof(year) <> 'integer' OR typeof(created_at) <> 'integer'"
     " OR typeof(agency_code) <> 'text' OR typeof(agency_name) <> 'text' OR typeof(unit_group) <> 'text'"
     " OR NOT EXISTS (SELECT 1 FROM criteria_sets c WHERE c.sha256 = assessments.criteria_sha256)"
     " OR (seal_sha256 IS NULL) <> (sealed_at IS NULL)"
     " OR (seal_sha256 IS NOT NULL AND (length(seal_sha256) <> 64 OR typeof(sealed_at) <> 'integer'"
     "     OR typeof(sealed_by) <> 'text'))"
     " OR (seal_version IS NOT NULL AND (seal_sha256 IS NULL OR (seal_version <> 2 AND seal_version <> 3)"
     "     OR typeof(seal_version) <> 'integer'))",
     {"created_at", "sealed_at"}},
    // An agency's file holds only its self layer: appraisals are entered in the inspectors'.
    {"answers",
     "(layer <> 'self' AND layer <> 'appraisal1' AND layer <> 'appraisal2')"
     " OR (kind <> 'node' AND kind <> 'bonus' AND kind <> 'penalty') OR typeof(item) <> 'text' OR typeof(answer) <> 'text'"
     " OR typeof(modified_at) <> 'integer' OR typeof(modified_by) <> 'text'"
     " OR NOT EXISTS (SELECT 1 FROM assessments a WHERE a.uuid = answers.assessment)"
     " OR (layer <> 'self' AND EXISTS (SELECT 1 FROM file_info WHERE key = 'role' AND value = 'agency'))",
     {"modified_at"}},
    {"notes",
     "(layer <> 'self' AND layer <> 'appraisal1' AND layer <> 'appraisal2')"
     " OR typeof(node) <> 'text' OR typeof(text) <> 'text' OR typeof(modified_at) <> 'integer'"
     " OR typeof(modified_by) <> 'text' OR NOT EXISTS (SELECT 1 FROM assessments a WHERE a.uuid = notes.assessment)"
     " OR (layer <> 'self' AND EXISTS (SELECT 1 FROM file_info WHERE key = 'role' AND value = 'agency'))",
     {"modified_at"}},
    {"comments",
     "typeof(uuid) <> 'text' OR length(uuid) <> 36 OR typeof(node) <> 'text'"
     " OR typeof(author) <> 'text' OR typeof(created_at) <> 'integer' OR typeof(text) <> 'text'"
     " OR NOT EXISTS (SELECT 1 FROM assessments a WHERE a.uuid = comments.assessment)",
     {"created_at"}},
    {"blobs",
     "typeof(sha256) <> 'text' OR length(sha256) <> 64"
     " OR typeof(size) <> 'integer' OR size < 0 OR (typeof(data) <> 'blob' AND typeof(data) <> 'text')",
     {}},
    {"evidence",
     "NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = evidence.sha256)"
     " OR NOT EXISTS (SELECT 1 FROM assessments a WHERE a.uuid = evidence.assessment) OR typeof(name) <> 'text'"
     " OR typeof(mime_type) <> 'text' OR typeof(added_at) <> 'integer' OR typeof(added_by) <> 'text'"
     " OR (effective_date IS NOT NULL AND (typeof(effective_date) <> 'text'"
     "     OR date(effective_date) IS NOT effective_date))"
     " OR (modified_at IS NOT NULL AND typeof(modified_at) <> 'integer')",
     {"added_at", "modified_at"}},
    {"evidence_links",
     "typeof(node) <> 'text' OR NOT EXISTS"
     " (SELECT 1 FROM evidence e WHERE e.assessment = evidence_links.assessment AND e.sha256 = evidence_links.sha256)"
     " OR (name IS NOT NULL AND (typeof(name) <> 'text' OR length(trim(name)) = 0))"
     " OR (modified_at IS NOT NULL AND typeof(modified_at) <> 'integer')",
     {"modified_at"}},
    {"expected_agencies",
     "typeof(agency_code) <> 'text' OR length(trim(agency_code)) = 0 OR length(agency_code) > 1000"
     " OR typeof(agency_name) <> 'text' OR length(trim(agency_name)) = 0 OR length(agency_name) > 1000"
     " OR typeof(unit_group) <> 'text' OR length(trim(unit_group)) = 0 OR length(unit_group) > 1000",
     {}},
    // Explanation requests are the inspectors': never in an agency's file.
    {"requests",
     "typeof(uuid) <> 'text' OR length(uuid) <> 36 OR typeof(node) <> 'text'"
     " OR typeof(text) <> 'text' OR length(trim(text)) = 0 OR length(text) > 2000"
     " OR typeof(created_at) <> 'integer' OR typeof(created_by) <> 'text'"
     " OR NOT EXISTS (SELECT 1 FROM assessments a WHERE a.uuid = requests.assessment)"
     " OR (closed_at IS NULL) <> (closed_as IS NULL)"
     " OR (closed_at IS NOT NULL AND (typeof(closed_at) <> 'integer' OR closed_as IS NOT 'unanswered'))"
     " OR EXISTS (SELECT 1 FROM file_info WHERE key = 'role' AND value = 'agency')",
     {"created_at", "closed_at"}},
    // Responses answer requests: in a request file or in the province file that imported them.
    {"responses",
     "typeof(uuid) <> 'text' OR length(uuid) <> 36 OR typeof(request) <> 'text'"
     " OR typeof(text) <> 'text' OR length(trim(text)) = 0 OR length(text) > 4000"
     " OR typeof(created_at) <> 'integer' OR typeof(created_by) <> 'text'"
     " OR NOT EXISTS (SELECT 1 FROM requests r WHERE r.uuid = responses.request)",
     {"created_at"}},
    {"response_evidence",
     "NOT EXISTS (SELECT 1 FROM responses r WHERE r.uuid = response_evidence.response)"
     " OR NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = response_evidence.sha256)"
     " OR typeof(name) <> 'text' OR length(trim(name)) = 0 OR typeof(mime_type) <> 'text'"
     " OR (effective_date IS NOT NULL AND (typeof(effective_date) <> 'text'"
     "     OR date(effective_date) IS NOT effective_date))",
     {}},
    // A signature belongs to a sealed assessment; keys and signatures are base64 of their exact
    // sizes (checked as keys when read); an agency's file signs only its seal.
    {"signatures",
     "(kind <> 'seal' AND kind <> 'final' AND kind <> 'appraisal') OR typeof(version) <> 'integer' OR version <> 1"
     " OR typeof(fingerprint) <> 'text' OR length(fingerprint) <> 64 OR fingerprint GLOB '*[^0-9a-f]*'"
     " OR typeof(public_key) <> 'text' OR length(public_key) <> 44"
     " OR typeof(signature) <> 'text' OR length(signature) <> 88 OR typeof(signed_at) <> 'integer'"
     " OR NOT EXISTS (SELECT 1 FROM assessments a WHERE a.uuid = signatures.assessment AND a.seal_sha256 IS NOT NULL)"
     " OR (kind <> 'seal' AND EXISTS (SELECT 1 FROM file_info WHERE key = 'role' AND value = 'agency'))",
     {"signed_at"}},
    // Trusted keys are the province's: never in an agency's or a request file.
    {"known_keys",
     "(holder_kind <> 'agency' AND holder_kind <> 'inspector') OR typeof(agency_code) <> 'text'"
     " OR (holder_kind = 'agency') <> (length(agency_code) > 0) OR length(agency_code) > 1000"
     " OR typeof(public_key) <> 'text' OR length(public_key) <> 44"
     " OR typeof(holder) <> 'text' OR length(holder) > 1000"
     " OR (source <> 'imported' AND source <> 'learned') OR typeof(recorded_at) <> 'integer'"
     " OR (confirmed_at IS NOT NULL AND typeof(confirmed_at) <> 'integer')"
     " OR EXISTS (SELECT 1 FROM file_info WHERE key = 'role' AND value <> 'inspector')",
     {"recorded_at", "confirmed_at"}},
    {"accepted_criteria", "NOT EXISTS (SELECT 1 FROM criteria_sets c WHERE c.sha256 = accepted_criteria.sha256)", {}},
    {"change_log",
     "typeof(uuid) <> 'text' OR length(uuid) <> 36"
     " OR typeof(at) <> 'integer' OR typeof(author) <> 'text' OR (action <> 'create' AND action <> 'answer'"
     " AND action <> 'evidence' AND action <> 'seal' AND action <> 'status' AND action <> 'note'"
     " AND action <> 'merge' AND action <> 'merge-conflict' AND action <> 'request' AND action <> 'request-closed'"
     " AND action <> 'request-export' AND action <> 'response' AND action <> 'response-seal'"
     " AND action <> 'signature' AND action <> 'trust')",
     {"at"}},
};

Error damaged(const QString &detail)
{
    return Error::unreadable(AssessmentStore::tr("The file is damaged or was altered: %1").arg(detail));
}

// Every table checked in one statement, one pass over each table: a file is checked with
// one query (parsed once), not with a query per check (a merge checks thousands of files).
// Column i tells of tableChecks[i]: 2 when a row is unsound, 1 when a time is out of range.
QString checksInOneQuery()
{
    QStringList columns;
    for (const TableCheck &check : tableChecks) {
        QStringList times;
        for (const char *column : check.times)
            times.append(QStringLiteral("%1 < :earliest OR %1 > :latest").arg(QLatin1String(column)));
        const QString outOfRange = times.isEmpty() ? QStringLiteral("0") : times.join(QStringLiteral(" OR "));
        columns.append(check.whole
                           ? QStringLiteral("(SELECT CASE WHEN %1 THEN 2 ELSE 0 END)").arg(QLatin1String(check.unsound))
                           : QStringLiteral("(SELECT IFNULL(MAX(CASE WHEN %2 THEN 2 WHEN %3 THEN 1 ELSE 0 END), 0) FROM %1)")
                                 .arg(QLatin1String(check.table), QLatin1String(check.unsound), outOfRange));
    }
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "));
}

Result<bool> checkRowsAndTimes(QSqlDatabase &db)
{
    // Times are written by ParScore's clock: never before 2000, never more than a day ahead.
    constexpr qint64 earliest = 946684800000; // 2000-01-01
    static const QString sql = checksInOneQuery();
    QSqlQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":earliest"), earliest);
    query.bindValue(QStringLiteral(":latest"), Clock::nowMs() + 24 * 3600 * 1000);
    if (!query.exec() || !query.next())
        return damaged(ParxValidator::tr("the table %1 cannot be read").arg(QStringLiteral("file_info")));
    for (int column = 0; column < int(std::size(tableChecks)); ++column) {
        const QString table = QLatin1String(tableChecks[column].table);
        switch (query.value(column).toInt()) {
        case 0:
            break;
        case 1:
            return damaged(ParxValidator::tr("the table %1 holds a time in the future or before 2000").arg(table));
        default:
            return damaged(ParxValidator::tr("the table %1 holds values ParScore never writes").arg(table));
        }
    }
    return true;
}

// Reads every document once, in pieces: its bytes must match its SHA-256 key and its size.
Result<bool> checkDocuments(QSqlDatabase &db)
{
    QSqlQuery hashes(db);
    if (!hashes.exec(QStringLiteral("SELECT sha256 FROM blobs")))
        return damaged(ParxValidator::tr("the table %1 cannot be read").arg(QStringLiteral("blobs")));
    QStringList keys;
    while (hashes.next())
        keys.append(hashes.value(0).toString());
    for (const QString &key : std::as_const(keys)) {
        auto intact = BlobStream::intact(db, key);
        if (!intact)
            return damaged(ParxValidator::tr("the table %1 cannot be read").arg(QStringLiteral("blobs")));
        if (!intact.value())
            return damaged(ParxValidator::tr("the evidence document %1 does not match its fingerprint").arg(key.left(12)));
    }
    return true;
}

} // namespace

Result<bool> ParxValidator::validate(ParxFile &file, Depth depth)
{
    if (depth == Depth::Everything) {
        QSqlQuery integrity(file.db());
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next()
            || integrity.value(0).toString() != QLatin1String("ok"))
            return Error::unreadable(tr("%1 is damaged and cannot be read safely").arg(file.path()));
        auto documents = checkDocuments(file.db());
        if (!documents)
            return documents;
    }
    auto rows = checkRowsAndTimes(file.db());
    if (!rows)
        return rows;

    return checkAssessments(file, depth != Depth::RowsButAnswers);
}

// Each assessment against its criteria set, in a few passes over the tables rather than a
// few queries per assessment (a province file holds thousands): the set labelled as its
// content says and meant for the agency's group, every layer of answers valid, every item
// named by a note, a link or a comment in the set.
Result<bool> ParxValidator::checkAssessments(ParxFile &file, bool withAnswers)
{
    AssessmentStore store(file);
    auto listed = store.list();
    if (!listed)
        return listed.error();
    QList<AssessmentInfo> assessments = std::move(listed).value();
    AnswersScan::sortForScan(assessments);
    AnswersScan scan(file);
    std::map<QString, CriteriaSet> sets;       // by SHA-256; std::map keeps addresses
    QHash<QString, const CriteriaSet *> setOf; // by assessment UUID
    for (const AssessmentInfo &info : std::as_const(assessments)) {
        auto found = sets.find(info.criteriaSha256);
        if (found == sets.end()) {
            auto set = checkedCriteria(file, store, info);
            if (!set)
                return set.error();
            found = sets.emplace(info.criteriaSha256, std::move(set).value()).first;
        }
        const CriteriaSet &set = found->second;
        if (!set.unitKinds().isEmpty() && !set.unitKinds().contains(info.group))
            return damaged(tr("the agency %1 is of group %2, which its criteria set is not for")
                               .arg(info.agencyCode, info.group));
        if (withAnswers) {
            auto answers = scan.next(info, set); // every layer, validated as every read is
            if (!answers)
                return answers.error();
        }
        setOf.insert(info.uuid, &set);
    }
    return checkNamedItems(file, setOf);
}

Result<CriteriaSet> ParxValidator::checkedCriteria(ParxFile &file, AssessmentStore &store,
                                                   const AssessmentInfo &info)
{
    auto set = store.criteria(info.criteriaSha256);
    if (!set)
        return set.error();
    QSqlQuery identity(file.db());
    identity.prepare(QStringLiteral("SELECT set_id, version FROM criteria_sets WHERE sha256 = ?"));
    identity.addBindValue(info.criteriaSha256);
    if (!identity.exec() || !identity.next() || identity.value(0).toString() != set.value().id()
        || identity.value(1).toString() != set.value().version())
        return damaged(
            tr("the criteria set of %1 is not labelled as its content says").arg(info.agencyCode));
    return set;
}

Result<bool> ParxValidator::checkNamedItems(ParxFile &file,
                                            const QHash<QString, const CriteriaSet *> &setOf)
{
    QSqlQuery query(file.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT 'note', assessment, node FROM notes UNION ALL "
                                   "SELECT 'link', assessment, node FROM evidence_links UNION ALL "
                                   "SELECT 'comment', assessment, node FROM comments UNION ALL "
                                   "SELECT 'request', assessment, node FROM requests")))
        return damaged(tr("the evidence links cannot be read"));
    while (query.next()) {
        const CriteriaSet *set = setOf.value(query.value(1).toString());
        const QString node = query.value(2).toString();
        if (set && set->node(node))
            continue;
        const QString kind = query.value(0).toString();
        return damaged(kind == QLatin1String("note")        ? tr("a note refers to the unknown item %1").arg(node)
                       : kind == QLatin1String("request") ? tr("an explanation request refers to the unknown item %1").arg(node)
                                                            : tr("evidence or a comment refers to the unknown item %1").arg(node));
    }
    if (query.lastError().isValid())
        return damaged(tr("the evidence links cannot be read"));
    return true;
}

} // namespace ParScore
