#pragma once

#include "criteriaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ParScore {

// The criteria sets a province file accepts (table accepted_criteria, by SHA-256): an
// agency's submission is merged only on one of them, so an agency cannot export a set,
// make it easier and be ranked on it. The receiver decides, never the incoming file.
class AcceptedCriteria
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::AcceptedCriteria)

public:
    struct Entry
    {
        QString sha256, id, version;
    };
    // The sets accepted, with the identity their stored content declares.
    static Result<QList<Entry>> list(QSqlDatabase &db);
    // Stores a set (when the file lacks it) and accepts it, inside the caller's transaction.
    static Result<bool> accept(QSqlDatabase &db, const CriteriaSet &set);
};

} // namespace ParScore
