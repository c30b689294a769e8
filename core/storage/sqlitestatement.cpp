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
    : SqliteStatement(sqliteHandle(db), sql)
{
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
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

void SqliteStatement::bind(int index, const QVariant &value)
{
    int result = SQLITE_MISUSE;
    switch (value.isNull() ? int(QMetaType::UnknownType) : value.typeId()) {
    case QMetaType::UnknownType:
        result = m_statement ? sqlite3_bind_null(m_statement, index) : result;
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        result = m_statement ? sqlite3_bind_int64(m_statement, index, value.toLongLong()) : result;
        break;
    case QMetaType::Double:
        result = m_statement ? sqlite3_bind_double(m_statement, index, value.toDouble()) : result;
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        result = m_statement ? sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                                   SQLITE_TRANSIENT)
                             : result;
        break;
    }
    default:
        bind(index, value.toString());
        return;
    }
    if (result != SQLITE_OK)
        m_failed = true;
}

QVariant SqliteStatement::value(int column) const
{
    switch (m_statement ? sqlite3_column_type(m_statement, column) : SQLITE_NULL) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                 sqlite3_column_bytes(m_statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default:
        return {};
    }
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
