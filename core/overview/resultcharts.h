#pragma once

#include "overview.h"

namespace ParScore {

// What the workspace's charts show, computed from the overview alone (so that the charts
// say exactly what the overview says): the distribution of final indexes per group, and
// each agency's self-assessed index against its final one.
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

// Agencies without a final percent are left out.
Distribution distribution(const Overview &overview);
// Agencies with both percents, in the overview's order.
QList<SelfAgainstFinal> selfAgainstFinal(const Overview &overview);
// The band of a percent (hundredths): 0 for [0, 10 %), … 9 for [90 %, 100 %].
int bandOf(qint64 percent);

} // namespace ResultCharts

} // namespace ParScore
