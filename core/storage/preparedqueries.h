#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ParScore {

// Statements prepared once per connection and run again with new values: for the reads a
// long-lived connection repeats thousands of times (the province file during a merge checks
// every copied seal again). Kept per thread, as connections are; a ParxFile forgets its
// own when it closes.
namespace PreparedQueries {

// The statement for `sql` on `db`, prepared on first use; bind values and exec() it.
QSqlQuery &get(QSqlDatabase &db, const QString &sql);
void forget(const QString &connectionName);

} // namespace PreparedQueries

} // namespace ParScore
