#pragma once

#include "overview.h"

#include <QJsonObject>

namespace ParScore {

// `overview --json` (criteria-format.md §6): {"layer", "assessments": [row…]}. Each row has
// the contract's keys, `self` and `final` as the §5 `total` object (null where the layer is
// empty), `rank` (null when unranked), and "provisional": true while the assessment is
// not final (its final points, grade and rank may still change).
QJsonObject overviewJson(const Overview &overview);
QJsonObject overviewRowJson(const OverviewRow &row);

} // namespace ParScore
