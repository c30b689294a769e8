#include "sqlitestatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace ParScore {

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(QSqlDatabase &db, const QString &sql)
    : m_db(sqliteHandle(db))
{
    const QByteArray utf8 = sql.toUtf8();
    if (!m_db || sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_failed = true;
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!m_statement || sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_failed = true;
}

void SqliteStatement::bindColumnsOf(const SqliteStatement &row)
{
    for (int column = 0; column < row.columnCount(); ++column) {
        if (!m_statement || sqlite3_bind_value(m_statement, column + 1, sqlite3_column_value(row.m_statement, column)) != SQLITE_OK)
            m_failed = true;
    }
}

bool SqliteStatement::next()
{
    if (!m_statement || m_failed)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool SqliteStatement::execute()
{
    next();
    return !m_failed;
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QSqlError SqliteStatement::error() const
{
    if (!m_db)
        return QSqlError(QStringLiteral("not an SQLite connection"), {}, QSqlError::ConnectionError);
    return QSqlError(QString::fromUtf8(sqlite3_errmsg(m_db)), {}, QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(m_db)));
}

} // namespace ParScore
