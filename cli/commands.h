#pragma once

#include <QStringList>

namespace ParScore::Cli {

// Each command gets its own arguments (after the command words) and returns its exit status.
int criteriaList(const QStringList &arguments);
int criteriaCheck(const QStringList &arguments);
int criteriaExport(const QStringList &arguments);
int score(const QStringList &arguments);

} // namespace ParScore::Cli
