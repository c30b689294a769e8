#include "preparedqueries.h"

#include <memory>
#include <unordered_map>

namespace ParScore::PreparedQueries {
namespace {

using Statements = std::unordered_map<QString, std::unique_ptr<QSqlQuery>>;

std::unordered_map<QString, Statements> &connections()
{
    thread_local std::unordered_map<QString, Statements> byConnection;
    return byConnection;
}

} // namespace

QSqlQuery &get(QSqlDatabase &db, const QString &sql)
{
    auto &query = connections()[db.connectionName()][sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    query->finish(); // a statement left mid-way by an early return is reset before reuse
    return *query;
}

void forget(const QString &connectionName)
{
    connections().erase(connectionName);
}

} // namespace ParScore::PreparedQueries
