#pragma once

#include "overview.h"

namespace ParScore {

// What the overview keeps of one assessment's scored layers beside their totals: the
// over-claim, and each top-level area's figures (issue 12's charts).

// finalAsAgency − self, in points and in percentage points of each one's maximum (exact,
// rounded once; none when either maximum is 0).
Overclaim overclaimOf(AreaPoints self, AreaPoints finalAsAgency);

// Each top-level area's figures from the row's scored layers (`finalAsAgency` is none where
// nothing is compared); the cards are dropped afterwards, these few integers stay.
QList<AreaFigures> areasOf(const CriteriaSet &set, const std::optional<Scorecard> &self,
                           const std::optional<Scorecard> &final,
                           const std::optional<Scorecard> &finalAsAgency);

} // namespace ParScore
