#pragma once

#include "overview.h"

namespace ParScore {

// What the workspace's charts show, computed from the overview alone (so that the charts
// say exactly what the overview says): the distribution of final indexes per group, each
// agency's self-assessed index against its final one, each area's average share of its
// maximum per group, and the over-claim per agency and area.
namespace ResultCharts {

constexpr int bands = 10; // [0, 10), [10, 20) … [90, 100] percent

struct Distribution
{
    QStringList groups;      // in the overview's order
    QList<QList<int>> counts; // per group: how many final indexes fall in each band
};

struct SelfAgainstFinal
{
    QString agencyCode;
    QString agencyName;
    QString group;
    qint64 selfPercent = 0;  // hundredths of a percent
    qint64 finalPercent = 0;
    bool provisional = true;
};

// A top-level area as the charts name it. Areas are identified by node id across the
// criteria sets (and versions) of the rows; the title is that of the first row, in the
// overview's order, whose set has the area; areas are ordered by their place among their
// sets' areas (the lowest), then by id, so that the order does not move with the ranking
// (docs/criteria-format-notes.md).
struct Area
{
    QString nodeId;
    QString title;
};

struct AreaShares
{
    QStringList groups; // in the overview's order
    QList<Area> areas;  // of every row
    // Per group, per area: the mean over the group's agencies with a final layer (and the
    // area, with a maximum) of final area points ÷ the appraisers' area maximum, as a
    // percent in hundredths, computed exactly and rounded once; none where no agency counts.
    QList<QList<std::optional<qint64>>> percents;
};

struct AreaOverclaimRow
{
    QString agencyCode;
    QString agencyName;
    // Per area of AreaOverclaims::areas: AreaFigures::overclaim's percentage points
    // (hundredths); none where there is nothing to compare.
    QList<std::optional<qint64>> percentPoints;
};

struct AreaOverclaims
{
    QList<Area> areas; // the group's rows' areas
    QList<AreaOverclaimRow> rows; // the group's agencies, in the overview's order
};

// Agencies without a final percent are left out.
Distribution distribution(const Overview &overview);
// Agencies with both percents, in the overview's order.
QList<SelfAgainstFinal> selfAgainstFinal(const Overview &overview);
AreaShares areaShares(const Overview &overview);
// Every agency of `group`, with or without figures.
AreaOverclaims overclaimByArea(const Overview &overview, const QString &group);
// The step between the labels of an axis of counts up to `most`: 1, 2, 5, 10, 20, 50 …, so
// that there are ten steps at most and every label is a whole number.
int countStep(int most);
// The band of a percent (hundredths): 0 for [0, 10 %), … 9 for [90 %, 100 %].
int bandOf(qint64 percent);

} // namespace ResultCharts

} // namespace ParScore
