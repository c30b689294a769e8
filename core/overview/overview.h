#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"
#include "scorer.h"
#include "seal.h"

#include <optional>

namespace ParScore {

// The layer agencies are ranked on (criteria-format.md §6, `overview --layer`).
enum class OverviewLayer
{
    Self, // the agency's own answers, scored as the agency
    Final // the final answers (§4), scored as the appraiser
};
QString overviewLayerKey(OverviewLayer layer); // "self", "final"
std::optional<OverviewLayer> overviewLayerFromKey(const QString &key);

struct OverviewOptions
{
    OverviewLayer layer = OverviewLayer::Final;
    QString group; // when not empty, only this group's rows are kept (ranked among all first)
};

// One assessment of the file as the inspectors' overview shows it.
struct OverviewRow
{
    AssessmentInfo assessment;             // agency, group, year, status, seal records
    SealState seal = SealState::NotSealed; // from the records alone (Seal::Depth::Records)
    QString criteriaId;
    QString criteriaVersion;
    SetStatus criteriaStatus = SetStatus::Draft;
    // Each layer's totals; none where the layer is empty. `self` is scored as the agency,
    // `final` (the latest answer of each item across the layers) as the appraisers.
    std::optional<ScoreSummary> self;
    std::optional<ScoreSummary> final;
    std::optional<int> rank; // within (year, group) on the ranked layer; none: unranked

    bool sealIntact() const { return seal == SealState::Intact; }
    // Final points, grades and ranks stand until the appraisal is final (issue 10).
    bool provisional() const { return assessment.status != AssessmentStatus::Final; }
    const std::optional<ScoreSummary> &layer(OverviewLayer which) const
    {
        return which == OverviewLayer::Self ? self : final;
    }
};

// The province overview (bảng tổng hợp): every assessment of a file with its self and final
// totals and its rank within its year and group. The inspector's window, the printed
// rankings and the exports all read this one function.
struct Overview
{
    OverviewLayer layer = OverviewLayer::Final; // the layer ranked on
    QList<OverviewRow> rows;                    // in the order of rankRows()

    // Reads, scores and ranks every assessment of `file`, whose rows the caller has
    // validated (ParxValidator, RowsButAnswers at least): every layer of answers is
    // validated here as it is read, in one pass, and any invalid one fails the whole load.
    // Each distinct criteria set is parsed once; no document's bytes are read.
    static Result<Overview> load(ParxFile &file, const OverviewOptions &options = {});
    // Opens the file at `path` and loads its overview, every row checked: the checks run on
    // a second connection and thread beside the reading (a province of 3,321 agencies then
    // opens in under a second), on the same state of the file (its change counter).
    static Result<Overview> open(const QString &path, const OverviewOptions &options = {});

    // Ranks rows within each (year, group) on `layer` (criteria-format.md §6): by percent
    // in hundredths, highest first; equal percents share a rank and the next rank skips
    // (1, 2, 2, 4); a row not complete in that layer, or with no percent, has no rank. Then
    // orders them by year, group, rank (unranked last), agency code and UUID.
    static void rankRows(QList<OverviewRow> &rows, OverviewLayer layer);
};

} // namespace ParScore
