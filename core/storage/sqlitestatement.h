#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace ParScore {

// The SQLite connection under a Qt one (nullptr when it is not SQLite).
sqlite3 *sqliteHandle(QSqlDatabase &db);

// One statement through SQLite's C API, for the few hot paths where Qt's conversions of
// every value cost more than the work itself (copying rows between files in a merge):
// values go from one statement's columns to another's parameters untouched.
class SqliteStatement
{
public:
    SqliteStatement(QSqlDatabase &db, const QString &sql);
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement; }
    int columnCount() const;
    void bind(int index, const QString &text); // 1-based, as SQLite counts
    void bind(int index, const QVariant &value); // text, integer, real, bytes or null
    // Binds each column of `row` (standing on a row) to the parameters 1…n.
    void bindColumnsOf(const SqliteStatement &row);
    // The next row of a query: false at the end, or on an error (failed() tells).
    bool next();
    // A column of the current row (0-based): integer, real, text, bytes or null.
    QVariant value(int column) const;
    // Runs a statement that returns no rows; false on an error.
    bool execute();
    bool failed() const { return m_failed; }
    void reset(); // ready to run again, bindings cleared
    // What went wrong, as Qt reports it (describeSqlError() words it for people).
    QSqlError error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace ParScore
