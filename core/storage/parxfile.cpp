#include "parxfile.h"

#include "parxschema.h"
#include "preparedqueries.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>
#include <mutex>
#include <sqlite3.h>

namespace ParScore {
namespace {

constexpr int busyTimeoutMs = 3000;

struct Header
{
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

// Reads the SQLite header without handing the file to SQLite, so that files that are
// not ours are refused before any parsing (and never modified).
Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::unreadable(ParxFile::tr("The file %1 does not exist").arg(path));
    if (!info.isFile())
        return Error::unreadable(ParxFile::tr("%1 is not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::unreadable(ParxFile::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Error::unreadable(
            ParxFile::tr("%1 is not a ParScore assessment file (.parx)").arg(path));
    Header result;
    result.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    result.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (result.applicationId != quint32(ParxSchema::applicationId))
        return Error::unreadable(
            ParxFile::tr("%1 is a database, but not a ParScore assessment file").arg(path));
    if (result.userVersion > quint32(ParxSchema::currentVersion))
        return Error::unreadable(
            ParxFile::tr("%1 was made by a newer version of ParScore (file format %2; "
                         "this version reads up to %3). Install a newer ParScore.")
                .arg(path, QString::number(result.userVersion),
                     QString::number(ParxSchema::currentVersion)));
    if (result.userVersion < 1)
        return Error::unreadable(
            ParxFile::tr("%1 is not a complete ParScore assessment file").arg(path));
    return result;
}

// Hardens the connection against crafted files: no triggers, no views, no functions
// with side effects from the schema, no writes to the schema by ordinary SQL. A connection
// that cannot be hardened is not used at all.
bool harden(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!sqlite)
        return false;
    bool hardened = true;
    for (const auto &[option, value] : {std::pair{SQLITE_DBCONFIG_DEFENSIVE, 1}, std::pair{SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
                                        std::pair{SQLITE_DBCONFIG_ENABLE_TRIGGER, 0}, std::pair{SQLITE_DBCONFIG_ENABLE_VIEW, 0},
                                        std::pair{SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0}}) {
        int now = -1;
        hardened = hardened && sqlite3_db_config(sqlite, option, value, &now) == SQLITE_OK && now == value;
    }
    sqlite3_limit(sqlite, SQLITE_LIMIT_LENGTH, 1 << 30);
    return hardened;
}

QString queryText(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

QString describeSqlError(const QSqlError &error, const QString &path)
{
    // SQLite's result codes; the low byte is the primary code of an extended one.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ParxFile::tr("%1 is being changed by another program; try again when it has finished").arg(path);
    case 8: // SQLITE_READONLY
        if (!QFileInfo::exists(path))
            return ParxFile::tr("%1 was moved or deleted while it was open: open it again from where it is now")
                .arg(path);
        return ParxFile::tr("%1 cannot be written: the file or its folder is read-only").arg(path);
    case 10: // SQLITE_IOERR
        return ParxFile::tr("%1 could not be read or written: the disk or network drive may be unavailable")
            .arg(path);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return ParxFile::tr("%1 is damaged (for example a copy that did not finish) and cannot be used").arg(path);
    case 13: // SQLITE_FULL
        return ParxFile::tr("The disk holding %1 is full: free some space and try again").arg(path);
    case 14: // SQLITE_CANTOPEN
        return ParxFile::tr("%1 cannot be opened: check that it exists and that you may read it").arg(path);
    default:
        return ParxFile::tr("Error in the file %1: %2").arg(path, error.text());
    }
}

Result<bool> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Error::unreadable(describeSqlError(query.lastError(), db.databaseName()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error::unreadable(describeSqlError(query.lastError(), db.databaseName()));
    return true;
}

ParxFile::ParxFile(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_connection(QStringLiteral("parx-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ParxFile::~ParxFile()
{
    PreparedQueries::forget(m_connection);
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<bool> ParxFile::connect(const QString &path, bool readOnly)
{
    // SQLite counts its memory under one lock shared by every connection: a merge reads one
    // file on a second thread while it writes another, and that count would make them wait
    // for each other. It can only be turned off before SQLite starts (else it stays on).
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return Error::unreadable(
            tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite)"));
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return Error::unreadable(describeSqlError(m_db.lastError(), path));
    if (!harden(m_db)) {
        m_db.close();
        return Error::unreadable(tr("%1 cannot be opened safely: this SQLite library does not offer the protections "
                                    "ParScore needs against crafted files")
                                     .arg(path));
    }
    // A rollback journal (not WAL): the database file alone is complete whenever no
    // transaction is running, so a copy taken while the file is open needs no side files.
    // Reading the schema version first rolls back a hot journal; switching through
    // PERSIST then removes a journal a killed writer left without content.
    // A reader writes nothing and cannot change the journal: it only checks cells as it reads.
    const QStringList writer = {QStringLiteral("PRAGMA schema_version"), QStringLiteral("PRAGMA journal_mode = PERSIST"),
                                QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA synchronous = FULL"),
                                QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("PRAGMA cell_size_check = ON")};
    for (const QString &pragma : readOnly ? QStringList{QStringLiteral("PRAGMA cell_size_check = ON")} : writer) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma) && !readOnly)
            return Error::unreadable(describeSqlError(query.lastError(), path));
    }
    return true;
}

Result<std::unique_ptr<ParxFile>> ParxFile::create(const QString &path,
                                                   const std::function<Result<bool>(ParxFile &)> &fill)
{
    if (QFileInfo::exists(path))
        return Error::unreadable(tr("%1 already exists; choose another name").arg(path));
    const QFileInfo target(path);
    // Built beside the target under a temporary name, then renamed: never half a file.
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName()
                              + QStringLiteral(".") + QUuid::createUuid().toString(QUuid::Id128)
                              + QStringLiteral(".tmp");
    {
        std::unique_ptr<ParxFile> file(new ParxFile(temporary, Mode::ReadWrite));
        auto connected = file->connect(temporary, false);
        if (!connected) {
            QFile::remove(temporary);
            return connected.error();
        }
        auto built = file->write([](QSqlDatabase &db) -> Result<bool> {
            auto id = execSql(
                db, QStringLiteral("PRAGMA application_id = %1").arg(ParxSchema::applicationId));
            if (!id)
                return id;
            auto schema = ParxSchema::create(db);
            if (!schema)
                return schema;
            return execSql(db,
                           QStringLiteral("INSERT INTO file_info (key, value) VALUES ('uuid', ?)"),
                           {QUuid::createUuid().toString(QUuid::WithoutBraces)});
        });
        if (built && fill)
            built = fill(*file);
        if (!built) {
            file.reset();
            QFile::remove(temporary);
            return built.error();
        }
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error::unreadable(tr("Cannot create %1").arg(path));
    }
    return open(path, Mode::ReadWrite);
}

QString ParxFile::whyReadOnlyOnDisk(const QString &path)
{
    const auto readOnly = [](const QFileInfo &info) {
        constexpr QFileDevice::Permissions anyWrite =
            QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        return !info.isWritable() || !(info.permissions() & anyWrite);
    };
    const QFileInfo file(path);
    if (readOnly(file))
        return tr("the file %1 is marked read-only on this computer").arg(QDir::toNativeSeparators(path));
    if (readOnly(QFileInfo(file.absolutePath())))
        return tr("the folder %1 cannot be written, so the file cannot be changed safely there")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    return {};
}

Result<bool> ParxFile::copy(const QString &source, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error::invalid(tr("%1 already exists: choose another name").arg(QDir::toNativeSeparators(target)));
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error::unreadable(tr("%1 cannot be read").arg(QDir::toNativeSeparators(source)));
    QSaveFile out(target); // the copy appears whole or not at all
    if (!out.open(QIODevice::WriteOnly))
        return Error::unreadable(tr("%1 cannot be written").arg(QDir::toNativeSeparators(target)));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                       | QFileDevice::ReadOther);
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return Error::unreadable(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
    }
    if (in.error() != QFileDevice::NoError)
        return Error::unreadable(tr("%1 cannot be read").arg(QDir::toNativeSeparators(source)));
    if (!out.commit())
        return Error::unreadable(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
    return true;
}

Result<std::unique_ptr<ParxFile>> ParxFile::open(const QString &path, Mode mode, Checks checks)
{
    if (!readHeader(path))
        return readHeader(path).error();
    // A journal left by a writer that was killed: SQLite restores the old content when
    // the file is opened for writing. Let it do so (and nothing else) before reading.
    if (mode == Mode::ReadOnly && QFileInfo::exists(path + QStringLiteral("-journal"))) {
        ParxFile recovery(path, Mode::ReadWrite);
        auto recovered = recovery.connect(path, false);
        if (!recovered)
            return recovered.error();
    }
    const auto header = readHeader(path);
    if (!header)
        return header.error();
    const int version = int(header.value().userVersion);
    if (version == ParxSchema::currentVersion || mode == Mode::ReadWrite)
        return openChecked(path, mode, version, checks);

    // Reading an older file: migrate a private copy so the original stays untouched.
    auto directory = std::make_unique<QTemporaryDir>();
    const QString copy = directory->filePath(QStringLiteral("migrated.parx"));
    if (!directory->isValid() || !QFile::copy(path, copy))
        return Error::unreadable(tr("Cannot read %1").arg(path));
    auto opened = openChecked(copy, Mode::ReadWrite, version);
    if (!opened) {
        // The person chose the original: what is wrong is said of it, not of a private copy.
        Error error = opened.error();
        error.message.replace(copy, path);
        for (QString &detail : error.details)
            detail.replace(copy, path);
        return error;
    }
    opened.value()->m_migratedCopy = std::move(directory);
    opened.value()->m_path = path;
    opened.value()->m_mode = Mode::ReadOnly;
    return opened;
}

Result<std::unique_ptr<ParxFile>> ParxFile::openChecked(const QString &path, Mode mode, int version, Checks checks)
{
    std::unique_ptr<ParxFile> file(new ParxFile(path, mode));
    auto connected = file->connect(path, mode == Mode::ReadOnly);
    if (!connected)
        return connected.error();
    // The structure is checked first, then the b-trees. A large file is checked table by
    // table but the evidence bytes, so that opening never reads hundreds of megabytes of
    // documents (those are checked against their SHA-256 whenever they are read); a small
    // one in one pass, which costs less than a pass per table (a merge opens thousands).
    // A file checked whole a moment ago is only connected to (ParxFile::Checks).
    if (checks == Checks::CheckedBefore && version == ParxSchema::currentVersion)
        return file;
    auto verified = ParxSchema::verify(file->m_db, version);
    if (!verified)
        return verified.error();
    const Error damaged = Error::unreadable(tr("%1 is damaged and cannot be read safely").arg(path));
    constexpr qint64 checkedWhole = 8 * 1024 * 1024;
    if (QFileInfo(path).size() <= checkedWhole) {
        if (queryText(file->m_db, QStringLiteral("PRAGMA quick_check")) != QLatin1String("ok"))
            return damaged;
    } else {
        QSqlQuery tables(file->m_db);
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'blobs'")))
            return damaged;
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            if (queryText(file->m_db, QStringLiteral("PRAGMA quick_check(%1)").arg(table)) != QLatin1String("ok"))
                return damaged;
        }
    }
    if (version < ParxSchema::currentVersion) {
        auto migrated =
            file->write([version](QSqlDatabase &db) { return ParxSchema::migrate(db, version); });
        if (!migrated)
            return migrated.error();
        auto reverified = ParxSchema::verify(file->m_db, ParxSchema::currentVersion);
        if (!reverified)
            return reverified.error();
    }
    return file;
}

QString ParxFile::info(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM file_info WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Result<bool> ParxFile::beginReading()
{
    // A deferred transaction takes its shared lock at the first read.
    QSqlQuery begin(m_db);
    QSqlQuery read(m_db);
    if (!begin.exec(QStringLiteral("BEGIN")) || !read.exec(QStringLiteral("PRAGMA schema_version")))
        return Error::unreadable(describeSqlError(read.lastError(), m_path));
    return true;
}

void ParxFile::endReading()
{
    QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
}

Result<quint32> ParxFile::changeCounter() const
{
    QFile file(m_path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(28) : QByteArray();
    if (header.size() < 28)
        return Error::unreadable(tr("Cannot read %1").arg(m_path));
    return qFromBigEndian<quint32>(header.constData() + 24);
}

Result<bool> ParxFile::setInfo(QSqlDatabase &db, const QString &key, const QString &value)
{
    return execSql(db,
                   QStringLiteral("INSERT OR REPLACE INTO file_info (key, value) VALUES (?, ?)"),
                   {key, value});
}

Result<bool> ParxFile::write(const std::function<Result<bool>(QSqlDatabase &)> &work, bool commit)
{
    // A file deleted while open still takes writes on Linux, into a file nobody will see.
    if (!QFileInfo::exists(m_path))
        return Error::unreadable(
            tr("%1 was moved or deleted while it was open: open it again from where it is now").arg(m_path));
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::unreadable(describeSqlError(begin.lastError(), m_path));
    Result<bool> result = work(m_db);
    QSqlQuery end(m_db);
    if (!result || !commit) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString reason = describeSqlError(end.lastError(), m_path);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error::unreadable(reason);
    }
    return true;
}

} // namespace ParScore
