#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "parxfile.h"
#include "provincefile.h"
#include "scorer.h"
#include "seal.h"

#include <QHash>
#include <memory>
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

// How far the agency's own score stands from what the appraisers give it, on the same
// ground (issue 10): the final answers scored as the agency minus the self-assessment.
// Negative when the agency claimed more than the appraisers give (over-claimed), positive
// when it claimed less.
struct Overclaim
{
    Hundredths points = 0; // finalAsAgency.total − self.total
    // (finalAsAgency.total ÷ its maximum − self.total ÷ its maximum) × 100, computed exactly
    // and rounded once (Fraction::roundToHundredths), in hundredths of a percentage point;
    // none when either maximum is 0 (no percent).
    std::optional<qint64> percentPoints;
};

// An area's points against its maximum in one scored layer.
struct AreaPoints
{
    Hundredths points = 0;
    Hundredths maxPoints = 0; // in the role the layer is scored as
};

// One top-level area of an assessment (a node of depth 0; bonus and penalty are not areas)
// as the charts read it (issue 12): a few integers, not the layer's nodes.
struct AreaFigures
{
    QString nodeId; // the area's id in the row's criteria set
    // The final answers scored as the appraiser; none where the row's `final` is none.
    std::optional<AreaPoints> final;
    // The row's over-claim narrowed to the area: the final answers scored as the agency
    // minus the self score on the area alone, the percentage points against the area's
    // maximum as the agency (none when either is 0: an area the appraisers score). None
    // where the row's `overclaim` is none.
    std::optional<Overclaim> overclaim;
};

// One assessment of the file as the inspectors' overview shows it.
struct OverviewRow
{
    AssessmentInfo assessment;             // agency, group, year, status, seal records
    SealState seal = SealState::NotSealed; // from the records alone (Seal::Depth::Records)
    SignatureCheck sealSignature;          // the seal's signature (Seal::signature: one row read)
    QString criteriaId;
    QString criteriaVersion;
    SetStatus criteriaStatus = SetStatus::Draft;
    // Each layer's totals; none where the layer is empty. `self` is scored as the agency,
    // `final` (the latest answer of each item across the layers) as the appraisers.
    std::optional<ScoreSummary> self;
    std::optional<ScoreSummary> final;
    // The final answers scored as the agency: the items the agency scores itself, the same
    // ground as `self`. None where `overclaim` is none.
    std::optional<ScoreSummary> finalAsAgency;
    // finalAsAgency − self; none when the self layer is empty or no appraisal layer answers
    // any of the agency's items (its leaves, bonus and penalty items): nothing to compare.
    std::optional<Overclaim> overclaim;
    QList<AreaFigures> areas; // the set's top-level areas, in its order
    std::optional<int> rank; // within (year, group) on the ranked layer; none: unranked
    int openRequests = 0;    // explanation requests not yet answered or closed

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
    QString group;                              // the one group shown; empty: all
    QList<OverviewRow> rows;                    // in the order of rankRows()
    // The agencies the province file expects (ProvinceFile) with no assessment for the
    // province's year (any year when the file has none), of `group` when one is shown;
    // ordered by group, then code.
    QList<ExpectedAgency> missing;
    int provinceYear = 0; // the province file's year; 0: it has none
    // Each distinct criteria set of the rows, parsed once, by SHA-256 (reloadRow reuses them).
    QHash<QString, std::shared_ptr<const CriteriaSet>> criteria;

    // Rows whose place or numbers reloadRow() may have changed: [first, first + count).
    // When the number of rows changed (an assessment appeared or went), every row from
    // `first` on has moved.
    struct Span
    {
        qsizetype first = 0;
        qsizetype count = 0;
    };

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

    // After an edit of one assessment (the inspectors' window, live): reads and scores that
    // assessment again, puts its row in place (adding it if new, removing it if gone or
    // outside `group`), ranks its (year, group) again and updates `missing` for its agency.
    // Reads one assessment, not the file; the rows of other groups are left alone.
    Result<Span> reloadRow(ParxFile &file, const QString &assessmentUuid);
};

} // namespace ParScore
