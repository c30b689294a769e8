#pragma once

#include "overview.h"

#include <QJsonObject>

namespace ParScore {

// `overview --json` (criteria-format.md §6): {"layer", "assessments": [row…], "missing":
// [{"agencyCode", "agencyName", "group"}…]}. Each row has the contract's keys, `self` and
// `final` as the §5 `total` object (null where the layer is empty), `rank` (null when
// unranked), "provisional": true while the assessment is not final (its final points,
// grade and rank may still change), and "overclaim": {"points", "percentPoints"} (the
// final answers scored as the agency minus the self score; null when there is nothing to
// compare). `missing`: the expected agencies that have not submitted (Overview::missing).
QJsonObject overviewJson(const Overview &overview);
QJsonObject overviewRowJson(const OverviewRow &row);

} // namespace ParScore
