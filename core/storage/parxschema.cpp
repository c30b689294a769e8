#include "parxschema.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <map>
#include <sqlite3.h>

namespace ParScore {
namespace {

// Version 1: the first release of the format. Kept verbatim: migrations start from it.
const char *const schemaV1[] = {
    "CREATE TABLE file_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE criteria_sets (sha256 TEXT PRIMARY KEY NOT NULL, set_id TEXT NOT NULL,"
    " version TEXT NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE assessments (uuid TEXT PRIMARY KEY NOT NULL, criteria_sha256 TEXT NOT NULL,"
    " agency_code TEXT NOT NULL, agency_name TEXT NOT NULL, unit_group TEXT NOT NULL,"
    " year INTEGER NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " seal_sha256 TEXT, sealed_at INTEGER, sealed_by TEXT)",
    "CREATE TABLE answers (assessment TEXT NOT NULL, layer TEXT NOT NULL, kind TEXT NOT NULL,"
    " item TEXT NOT NULL, answer TEXT NOT NULL, modified_at INTEGER NOT NULL,"
    " modified_by TEXT NOT NULL, PRIMARY KEY (assessment, layer, kind, item))",
    "CREATE TABLE notes (assessment TEXT NOT NULL, layer TEXT NOT NULL, node TEXT NOT NULL,"
    " text TEXT NOT NULL, modified_at INTEGER NOT NULL, modified_by TEXT NOT NULL,"
    " PRIMARY KEY (assessment, layer, node))",
    "CREATE TABLE blobs (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, data BLOB NOT "
    "NULL)",
    "CREATE TABLE evidence (assessment TEXT NOT NULL, sha256 TEXT NOT NULL, name TEXT NOT NULL,"
    " mime_type TEXT NOT NULL, added_at INTEGER NOT NULL, added_by TEXT NOT NULL,"
    " PRIMARY KEY (assessment, sha256))",
    "CREATE TABLE evidence_links (assessment TEXT NOT NULL, sha256 TEXT NOT NULL, node TEXT NOT "
    "NULL,"
    " PRIMARY KEY (assessment, sha256, node))",
    "CREATE TABLE change_log (uuid TEXT PRIMARY KEY NOT NULL, assessment TEXT NOT NULL,"
    " at INTEGER NOT NULL, author TEXT NOT NULL, action TEXT NOT NULL, layer TEXT, item TEXT,"
    " old_value TEXT, new_value TEXT)",
    "CREATE INDEX change_log_by_assessment ON change_log (assessment, at)",
};

// Version 2: evidence gets an effective date; comment threads per item.
const char *const migrationV1toV2[] = {
    "ALTER TABLE evidence ADD COLUMN effective_date TEXT",
    "CREATE TABLE comments (uuid TEXT PRIMARY KEY NOT NULL, assessment TEXT NOT NULL,"
    " node TEXT NOT NULL, author TEXT NOT NULL, created_at INTEGER NOT NULL, text TEXT NOT NULL)",
};

// Version 3: a link keeps the name the document was attached under to that item (NULL:
// the document's first name); documents and links record when they last changed (NULL:
// when added / unknown), so that merging drafts carries the newer; an assessment records
// the version of its seal (NULL: 2); a province file lists the criteria sets it accepts
// (a file of an older version accepts the sets it already holds) and the agencies
// expected to submit to it (with the name and group they are listed under); an inspectors'
// file holds the explanation requests it made (outside any seal), each with its own UUID
// for the responses that will refer to it, closed (closed_as 'unanswered') at finalizing.
const char *const migrationV2toV3[] = {
    "ALTER TABLE evidence_links ADD COLUMN name TEXT",
    "ALTER TABLE evidence_links ADD COLUMN modified_at INTEGER",
    "ALTER TABLE evidence ADD COLUMN modified_at INTEGER",
    "ALTER TABLE assessments ADD COLUMN seal_version INTEGER",
    "CREATE TABLE accepted_criteria (sha256 TEXT PRIMARY KEY NOT NULL)",
    "INSERT INTO accepted_criteria SELECT sha256 FROM criteria_sets",
    "CREATE TABLE expected_agencies (agency_code TEXT PRIMARY KEY NOT NULL, agency_name TEXT NOT NULL,"
    " unit_group TEXT NOT NULL)",
    "CREATE TABLE requests (uuid TEXT PRIMARY KEY NOT NULL, assessment TEXT NOT NULL, node TEXT NOT NULL,"
    " text TEXT NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL, closed_at INTEGER,"
    " closed_as TEXT)",
    "CREATE INDEX requests_by_assessment ON requests (assessment, created_at)",
};

// Version 4: the agency's responses to explanation requests (one per request), made in a
// request file and imported into the province file, and the documents attached to them
// (bytes in `blobs`); both outside the submission's seal (a request file seals them with a
// seal of their own, kept in file_info).
const char *const migrationV3toV4[] = {
    "CREATE TABLE responses (uuid TEXT PRIMARY KEY NOT NULL, request TEXT NOT NULL UNIQUE, text TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, created_by TEXT NOT NULL)",
    "CREATE TABLE response_evidence (response TEXT NOT NULL, sha256 TEXT NOT NULL, name TEXT NOT NULL,"
    " mime_type TEXT NOT NULL, effective_date TEXT, PRIMARY KEY (response, sha256))",
};

// Version 5: signatures (docs/signatures.md). An assessment's seal, its final result and an
// inspector's appraisal may each be signed once with an Ed25519 key: the row keeps what was
// signed (the kind's fingerprint and its version), the public key and the detached signature.
// A province file keeps the public keys it trusts: one per agency code (imported from a list,
// or learnt from the first signed submission and confirmed later) and its inspectors'.
const char *const migrationV4toV5[] = {
    "CREATE TABLE signatures (assessment TEXT NOT NULL, kind TEXT NOT NULL, version INTEGER NOT NULL,"
    " fingerprint TEXT NOT NULL, public_key TEXT NOT NULL, signature TEXT NOT NULL, signed_at INTEGER NOT NULL,"
    " PRIMARY KEY (assessment, kind))",
    "CREATE TABLE known_keys (holder_kind TEXT NOT NULL, agency_code TEXT NOT NULL, public_key TEXT NOT NULL,"
    " holder TEXT NOT NULL, source TEXT NOT NULL, recorded_at INTEGER NOT NULL, confirmed_at INTEGER,"
    " PRIMARY KEY (holder_kind, agency_code, public_key))",
};

// Every statement that builds a file of a version, in the order ParScore runs them.
QStringList statementsUpTo(int version)
{
    QStringList statements;
    for (const char *statement : schemaV1)
        statements.append(QString::fromLatin1(statement));
    if (version >= 2) {
        for (const char *statement : migrationV1toV2)
            statements.append(QString::fromLatin1(statement));
    }
    if (version >= 3) {
        for (const char *statement : migrationV2toV3)
            statements.append(QString::fromLatin1(statement));
    }
    if (version >= 4) {
        for (const char *statement : migrationV3toV4)
            statements.append(QString::fromLatin1(statement));
    }
    if (version >= 5) {
        for (const char *statement : migrationV4toV5)
            statements.append(QString::fromLatin1(statement));
    }
    return statements;
}

// "type name" → the definition as SQLite stores it, whitespace collapsed. Indexes SQLite
// makes for primary keys have no text: their presence is what the table's key implies.
using Structure = std::map<QString, QString>;

QString normalised(const QString &sql)
{
    return sql.simplified();
}

// What SQLite itself stores for our own statements (ALTER TABLE rewrites the CREATE text),
// read once per version from a database in memory.
Structure expectedStructure(int version)
{
    static QMutex mutex;
    static std::map<int, Structure> cache;
    const QMutexLocker lock(&mutex);
    if (const auto found = cache.find(version); found != cache.end())
        return found->second;
    Structure structure;
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        bool built = true;
        for (const QString &statement : statementsUpTo(version))
            built = built && sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_stmt *query = nullptr;
        if (built && sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_master", -1, &query, nullptr) == SQLITE_OK) {
            while (sqlite3_step(query) == SQLITE_ROW) {
                const auto text = [query](int column) {
                    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, column)));
                };
                structure[text(0) + u' ' + text(1)] = normalised(text(2));
            }
        }
        sqlite3_finalize(query);
    }
    sqlite3_close(db);
    cache[version] = structure;
    return structure;
}

template<std::size_t N> Result<bool> execAll(QSqlDatabase &db, const char *const (&statements)[N])
{
    for (const char *statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(statement)))
            return Error::unreadable(ParxSchema::tr("Cannot write the file's structure: %1")
                                         .arg(query.lastError().text()));
    }
    return true;
}

} // namespace

Result<bool> ParxSchema::create(QSqlDatabase &db)
{
    auto created = execAll(db, schemaV1);
    if (!created)
        return created;
    return migrate(db, 1);
}

Result<bool> ParxSchema::migrate(QSqlDatabase &db, int fromVersion)
{
    if (fromVersion < 2) {
        auto migrated = execAll(db, migrationV1toV2);
        if (!migrated)
            return migrated;
    }
    if (fromVersion < 3) {
        auto migrated = execAll(db, migrationV2toV3);
        if (!migrated)
            return migrated;
    }
    if (fromVersion < 4) {
        auto migrated = execAll(db, migrationV3toV4);
        if (!migrated)
            return migrated;
    }
    if (fromVersion < 5) {
        auto migrated = execAll(db, migrationV4toV5);
        if (!migrated)
            return migrated;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion)))
        return Error::unreadable(
            tr("Cannot write the file's structure: %1").arg(query.lastError().text()));
    return true;
}

Result<bool> ParxSchema::verify(QSqlDatabase &db, int version)
{
    // The full definitions, not only the column names: a table rebuilt without its key
    // (two rows for one item) or a column without NOT NULL is not a ParScore file.
    const Error foreign = Error::unreadable(
        tr("This file is not a ParScore assessment file, or it was altered by another program"));
    Structure actual;
    QSqlQuery master(db);
    if (!master.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
        return foreign;
    while (master.next())
        actual[master.value(0).toString() + u' ' + master.value(1).toString()] =
            normalised(master.value(2).toString());
    const Structure expected = expectedStructure(version);
    if (expected.empty() || actual != expected)
        return foreign;
    return true;
}

} // namespace ParScore
