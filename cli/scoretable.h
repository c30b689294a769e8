#pragma once

#include "criteriaset.h"
#include "scorer.h"
#include "scoringtext.h"

#include <QString>

namespace ParScore::Cli {

// The readable result of `parscore-cli score`: a header naming the set (and warning when
// it is not official), one row per node, then the totals. In the current language.
QString scoreTable(const CriteriaSet &set, const Scorecard &card, bool withExplanations);

} // namespace ParScore::Cli
