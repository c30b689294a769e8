#pragma once

#include "criteriaset.h"
#include "result.h"

#include <QCoreApplication>

namespace ParScore {

// The criteria sets compiled into ParScore (resources/criteria) and the "builtin:"
// specifications that name them.
class BuiltinCriteria
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::BuiltinCriteria)

public:
    // Every built-in set, sorted by id then version.
    static QList<CriteriaSet> all();
    // "ID" (the newest version) or "ID@VERSION", without the "builtin:" prefix.
    static Result<CriteriaSet> find(const QString &idAndVersion);
    // "builtin:ID[@VERSION]" or a path to a criteria JSON file.
    static Result<CriteriaSet> load(const QString &spec);
    static bool isBuiltinSpec(const QString &spec);
};

// Orders versions like "2026.1" < "2026.10" (numeric where both parts are numbers).
int compareVersions(const QString &a, const QString &b);

} // namespace ParScore
