#pragma once

#include "overview.h"
#include "scorecardhtml.h"

#include <QCoreApplication>

namespace ParScore {

// The printed ranking (bảng xếp hạng) of a province: per (year, group), in the overview's
// order with its ties, STT | agency | self % | final % | grade | rank, laid out on the
// scorecard's pages (ScorecardPdf). A ranking that holds results not yet final says so in
// its heading and marks their figures "*"; an unofficial criteria set is named. Every text
// from a file is escaped. In the current language.
class RankingHtml
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::RankingHtml)

public:
    // `title`: the province file's title (may be empty).
    static ScorecardPieces pieces(const Overview &overview, const QString &title);
};

} // namespace ParScore
