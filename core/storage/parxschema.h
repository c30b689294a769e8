#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ParScore {

// The SQLite schema of a .parx file (docs/file-format.md): creation, forward migration
// and the structural check that refuses crafted files.
class ParxSchema
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ParxSchema)

public:
    // "PARX" in the SQLite header's application_id field.
    static constexpr qint32 applicationId = 0x50415258;
    static constexpr int currentVersion = 5;

    // Creates the current schema in an empty database (inside the caller's transaction).
    static Result<bool> create(QSqlDatabase &db);
    // Brings a file of an older version to the current one (inside the caller's transaction).
    static Result<bool> migrate(QSqlDatabase &db, int fromVersion);
    // Checks that the database holds exactly the tables, columns and indexes of `version`
    // and nothing else (no triggers, no views).
    static Result<bool> verify(QSqlDatabase &db, int version);
};

} // namespace ParScore
