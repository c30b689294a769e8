#pragma once

#include "assessmentstore.h"
#include "sqlitestatement.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <unordered_map>

// Moving rows of one assessment from a source .parx into the province file during a merge.
// The decisions (which answer wins, who owns a layer, what a source is trusted with) stay
// in merge.cpp and mergeassessment.cpp.
namespace ParScore::MergeRows {

using Rows = QList<QVariantList>;

// A source is read through SQLite's own connection to it (`sqlite3 *from`), which the
// thread that opened and checked the file lends to the merge inside the read transaction
// of its checks: the merge takes exactly what was checked.

// The first `columns` values of every row of a query on a source; a failure means the
// source cannot be read.
Result<Rows> select(sqlite3 *from, const QString &sql, const QVariantList &binds, int columns);

// The province file during a merge. Every read and write of it goes through here, so that
// a failure of the target (disk full, I/O error) is told apart from a bad source: the
// first stops the whole run and leaves the file as it was, the second rejects one source.
class Target
{
public:
    explicit Target(QSqlDatabase &db)
        : m_db(db)
    {}
    QSqlDatabase &db() { return m_db; }
    Result<bool> exec(const QString &sql, const QVariantList &values = {});
    Result<Rows> rows(const QString &sql, const QVariantList &binds, int columns);
    // Runs `insertSql` once for each row `selectSql` (one parameter: the assessment) finds in
    // `from`, its values passed through untouched. A failure to read `from` is the source's
    // (an error with failed() false); a failure to write is the target's.
    Result<bool> copyRows(sqlite3 *from, const QString &selectSql, const QString &insertSql,
                          const QString &assessment);
    Result<bool> appendLog(const LogEntry &entry);
    // Marks an error of the target's own (from a call that does not go through here).
    Result<bool> failedWith(const Error &error);
    bool failed() const { return m_failure.has_value(); }
    const Error &failure() const { return *m_failure; }
    void clearFailure() { m_failure.reset(); }

private:
    // Each statement is prepared once for the whole run and executed with new values: a
    // merge runs the same few statements hundreds of thousands of times.
    QSqlQuery &statement(const QString &sql);

    QSqlDatabase &m_db;
    std::optional<Error> m_failure;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_inserts;
};

// Which layers' rows a source may bring: the self layer always, the appraisal layers only
// from a source the inspector trusts with them.
QStringList allowedLayers(bool appraisals);
// An SQL condition on a `layer` column that keeps `layers` (and rows of no layer).
QString layerCondition(const QStringList &layers);

// Copies the rows of `table` for one assessment that the target lacks (by primary key),
// keeping those whose columns satisfy `condition` (SQL on the source; empty: all).
Result<bool> copyMissing(sqlite3 *from, Target &to, const QString &table, const QStringList &columns,
                         const QString &assessment, const QString &condition = {});
// Copies an assessment's documents (bytes once per SHA-256, checked while streamed),
// their rows and links; a document or link edited later on one side wins (drafts are
// merged without removing what the source no longer holds).
Result<bool> copyEvidence(sqlite3 *from, Target &to, const QString &assessment);
// Notes of the given layers, the newer text winning (the larger on a tie).
Result<bool> mergeNotes(sqlite3 *from, Target &to, const QString &assessment, const QStringList &layers);

extern const QStringList answerColumns;
extern const QStringList noteColumns;
extern const QStringList commentColumns;
extern const QStringList logColumns;
extern const QStringList requestColumns;
extern const QStringList signatureColumns;

} // namespace ParScore::MergeRows
