#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace ParScore {

// One open .parx file: a SQLite database opened defensively (untrusted input), checked
// (header, quick_check, exact schema) and brought to the current schema version. Every
// change runs in one transaction, so a crash leaves the old or the new content.
class ParxFile
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ParxFile)

public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite
    };

    // Creates a new, empty file; refuses to replace an existing one. The file appears
    // whole or not at all: it is built under a temporary name, and `fill` (when given)
    // writes its first content there, before the rename, so that content appears with it.
    static Result<std::unique_ptr<ParxFile>>
    create(const QString &path, const std::function<Result<bool>(ParxFile &)> &fill = {});
    // How much opening checks. CheckedBefore: the header and the hardened connection only,
    // for a file checked whole a moment ago on another connection (a merge checks the next
    // file while it merges this one); the caller compares changeCounter() before reading
    // anything, to be sure it is the file that was checked.
    enum class Checks
    {
        Full,
        CheckedBefore
    };
    static Result<std::unique_ptr<ParxFile>> open(const QString &path, Mode mode, Checks checks = Checks::Full);
    // Why the file at `path` cannot be changed where it is (marked read-only, or in a
    // folder that cannot be written, where SQLite cannot keep its journal); empty when it
    // can. The marks are respected even where the system would let this user write anyway.
    static QString whyReadOnlyOnDisk(const QString &path);
    // Copies a .parx that no program is writing to `target` (a new file, never one that
    // exists), whole or not at all; the copy can be written whatever marks the original had.
    static Result<bool> copy(const QString &source, const QString &target);
    ~ParxFile();
    ParxFile(const ParxFile &) = delete;
    ParxFile &operator=(const ParxFile &) = delete;

    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }

    // Runs `work` inside one write transaction (BEGIN IMMEDIATE): commits when it returns
    // no error, rolls back otherwise. Another process writing the file is reported, not
    // waited for forever.
    // With `commit` false the transaction is rolled back even on success (a dry run).
    Result<bool> write(const std::function<Result<bool>(QSqlDatabase &)> &work, bool commit = true);

    // Small facts about the whole file (file_info): its "uuid", and its "role" — "agency"
    // for an agency's submission, "inspector" for a file the inspectors merge into.
    QString info(const QString &key);

    // A read transaction: what is read in it is one state of the file, which no other
    // program changes until endReading().
    Result<bool> beginReading();
    void endReading();
    // The file's change counter (SQLite's header), read from the file on disk: SQLite moves it
    // on every change committed, so an equal counter means the same content.
    Result<quint32> changeCounter() const;
    static Result<bool> setInfo(QSqlDatabase &db, const QString &key, const QString &value);

private:
    ParxFile(QString path, Mode mode);
    static Result<std::unique_ptr<ParxFile>> openChecked(const QString &path, Mode mode,
                                                         int version, Checks checks = Checks::Full);
    Result<bool> connect(const QString &path, bool readOnly);

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_migratedCopy; // a read-only open of an older file
};

// Runs one SQL statement with bound values; a failure becomes an Error.
Result<bool> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// What an SQLite failure on the file at `path` means to the person using it, in their
// language (busy, read-only, moved or deleted, damaged, disk full…), never SQLite's words
// alone.
QString describeSqlError(const QSqlError &error, const QString &path);

} // namespace ParScore
