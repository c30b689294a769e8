#pragma once

#include "overview.h"
#include "scorecardhtml.h"

#include <QCoreApplication>

namespace ParScore {

// The printed ranking (bảng xếp hạng) of a province: per (year, group), in the overview's
// order with its ties, STT | agency | self % | final % | grade | rank, laid out on the
// scorecard's pages (ScorecardPdf). A ranking that holds results not yet final says so in
// its heading and marks their figures "*"; an unofficial criteria set is named. Every text
// from a file is escaped. In the current language. The workspace's ranking window shows the
// same heading and lines (heading(), lines()).
class RankingHtml
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::RankingHtml)

public:
    // What the heading says below the title, as plain text.
    struct Heading
    {
        QString rankedOn;     // the layer ranked on
        QStringList warnings; // "PROVISIONAL: …" when results are not all final, then unofficial sets
        int provisional = 0;  // results not final, on a ranking of the final layer
    };
    // One line of the ranking, as plain text: a (year, group)'s heading, or an agency's
    // cells (No., agency, self %, final %, grade, rank; figures not final marked "*").
    struct Line
    {
        bool groupHeading = false;
        QStringList cells; // one cell for a group's heading
        const OverviewRow *row = nullptr; // the agency's, in the overview given
    };

    // `title`: the province file's title (may be empty).
    static ScorecardPieces pieces(const Overview &overview, const QString &title);
    static Heading heading(const Overview &overview);
    static QStringList columnTitles();
    // Each (year, group) numbered from 1, in the overview's order.
    static QList<Line> lines(const Overview &overview);
};

} // namespace ParScore
