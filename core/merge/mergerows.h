#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

// Moving rows of one assessment from a source .parx into the target of a merge. The
// decisions (which answer wins, who owns a layer) stay in merge.cpp.
namespace ParScore::MergeRows {

using Rows = QList<QVariantList>;

// The first `columns` values of every row of a query with bound values.
Result<Rows> select(QSqlDatabase &db, const QString &sql, const QVariantList &binds, int columns);
// Copies the rows of `table` for one assessment that the target lacks (by primary key).
Result<bool> copyMissing(QSqlDatabase &from, QSqlDatabase &to, const QString &table,
                         const QStringList &columns, const QString &assessment);
// Copies an assessment's documents (bytes once per SHA-256), their rows and links.
Result<bool> copyEvidence(QSqlDatabase &from, QSqlDatabase &to, const QString &assessment);
// Notes of the given layers, the newer text winning (the larger on a tie).
Result<bool> mergeNotes(QSqlDatabase &from, QSqlDatabase &to, const QString &assessment,
                        const QStringList &layers);

extern const QStringList answerColumns;
extern const QStringList noteColumns;
extern const QStringList commentColumns;
extern const QStringList logColumns;

} // namespace ParScore::MergeRows
