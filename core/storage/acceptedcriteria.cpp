#include "acceptedcriteria.h"

#include "parxfile.h"

#include <QSqlQuery>

namespace ParScore {

Result<QList<AcceptedCriteria::Entry>> AcceptedCriteria::list(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT c.sha256, c.set_id, c.version FROM accepted_criteria a "
                                   "JOIN criteria_sets c ON c.sha256 = a.sha256 ORDER BY c.set_id, c.version")))
        return Error::unreadable(describeSqlError(query.lastError(), db.databaseName()));
    QList<Entry> entries;
    while (query.next())
        entries.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return entries;
}

Result<bool> AcceptedCriteria::accept(QSqlDatabase &db, const CriteriaSet &set)
{
    auto stored = execSql(db,
                          QStringLiteral("INSERT OR IGNORE INTO criteria_sets (sha256, set_id, version, json) "
                                         "VALUES (?, ?, ?, ?)"),
                          {set.sha256(), set.id(), set.version(), set.bytes()});
    if (!stored)
        return stored;
    return execSql(db, QStringLiteral("INSERT OR IGNORE INTO accepted_criteria (sha256) VALUES (?)"), {set.sha256()});
}

} // namespace ParScore
