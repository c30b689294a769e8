#include "parxschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <map>

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
// the document's first name); an assessment records the version of its seal (NULL: 2).
const char *const migrationV2toV3[] = {
    "ALTER TABLE evidence_links ADD COLUMN name TEXT",
    "ALTER TABLE assessments ADD COLUMN seal_version INTEGER",
};

using Columns = QStringList;
using Structure = std::map<QString, Columns>; // "table:NAME" / "index:NAME" → columns

Structure expectedStructure(int version)
{
    Structure s{
        {QStringLiteral("table:file_info"), {QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("table:criteria_sets"),
         {QStringLiteral("sha256"), QStringLiteral("set_id"), QStringLiteral("version"),
          QStringLiteral("json")}},
        {QStringLiteral("table:assessments"),
         {QStringLiteral("uuid"), QStringLiteral("criteria_sha256"), QStringLiteral("agency_code"),
          QStringLiteral("agency_name"), QStringLiteral("unit_group"), QStringLiteral("year"),
          QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("seal_sha256"),
          QStringLiteral("sealed_at"), QStringLiteral("sealed_by")}},
        {QStringLiteral("table:answers"),
         {QStringLiteral("assessment"), QStringLiteral("layer"), QStringLiteral("kind"),
          QStringLiteral("item"), QStringLiteral("answer"), QStringLiteral("modified_at"),
          QStringLiteral("modified_by")}},
        {QStringLiteral("table:notes"),
         {QStringLiteral("assessment"), QStringLiteral("layer"), QStringLiteral("node"),
          QStringLiteral("text"), QStringLiteral("modified_at"), QStringLiteral("modified_by")}},
        {QStringLiteral("table:blobs"),
         {QStringLiteral("sha256"), QStringLiteral("size"), QStringLiteral("data")}},
        {QStringLiteral("table:evidence"),
         {QStringLiteral("assessment"), QStringLiteral("sha256"), QStringLiteral("name"),
          QStringLiteral("mime_type"), QStringLiteral("added_at"), QStringLiteral("added_by")}},
        {QStringLiteral("table:evidence_links"),
         {QStringLiteral("assessment"), QStringLiteral("sha256"), QStringLiteral("node")}},
        {QStringLiteral("table:change_log"),
         {QStringLiteral("uuid"), QStringLiteral("assessment"), QStringLiteral("at"),
          QStringLiteral("author"), QStringLiteral("action"), QStringLiteral("layer"),
          QStringLiteral("item"), QStringLiteral("old_value"), QStringLiteral("new_value")}},
        {QStringLiteral("index:change_log_by_assessment"),
         {QStringLiteral("assessment"), QStringLiteral("at")}},
    };
    if (version >= 2) {
        s[QStringLiteral("table:evidence")].append(QStringLiteral("effective_date"));
        s[QStringLiteral("table:comments")] = {
            QStringLiteral("uuid"),   QStringLiteral("assessment"), QStringLiteral("node"),
            QStringLiteral("author"), QStringLiteral("created_at"), QStringLiteral("text")};
    }
    if (version >= 3) {
        s[QStringLiteral("table:evidence_links")].append(QStringLiteral("name"));
        s[QStringLiteral("table:assessments")].append(QStringLiteral("seal_version"));
    }
    return s;
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
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion)))
        return Error::unreadable(
            tr("Cannot write the file's structure: %1").arg(query.lastError().text()));
    return true;
}

Result<bool> ParxSchema::verify(QSqlDatabase &db, int version)
{
    const Error foreign = Error::unreadable(
        tr("This file is not a ParScore assessment file, or it was altered by another program"));
    Structure actual;
    QSqlQuery master(db);
    if (!master.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master")))
        return foreign;
    while (master.next()) {
        const QString type = master.value(0).toString();
        const QString name = master.value(1).toString();
        if (type == QLatin1String("index") && name.startsWith(QLatin1String("sqlite_autoindex_")))
            continue; // created by SQLite for primary keys
        if (type != QLatin1String("table") && type != QLatin1String("index"))
            return foreign; // triggers and views never belong in a .parx
        const QString pragma = type == QLatin1String("table") ? QStringLiteral("table_info")
                                                              : QStringLiteral("index_info");
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("PRAGMA %1(\"%2\")")
                              .arg(pragma, QString(name).replace(u'"', QStringLiteral("\"\"")))))
            return foreign;
        Columns names;
        const int nameColumn = type == QLatin1String("table") ? 1 : 2;
        while (columns.next())
            names.append(columns.value(nameColumn).toString());
        actual[type + u':' + name] = names;
    }
    if (actual != expectedStructure(version))
        return foreign;
    return true;
}

} // namespace ParScore
