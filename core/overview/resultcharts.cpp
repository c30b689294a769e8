#include "resultcharts.h"

#include <algorithm>

namespace ParScore::ResultCharts {

int bandOf(qint64 percent)
{
    return int(std::clamp<qint64>(percent / 1000, 0, bands - 1));
}

Distribution distribution(const Overview &overview)
{
    Distribution result;
    for (const OverviewRow &row : overview.rows) {
        qsizetype group = result.groups.indexOf(row.assessment.group);
        if (group < 0) {
            result.groups.append(row.assessment.group);
            result.counts.append(QList<int>(bands, 0));
            group = result.groups.size() - 1;
        }
        if (row.final && row.final->percent)
            ++result.counts[group][bandOf(*row.final->percent)];
    }
    return result;
}

QList<SelfAgainstFinal> selfAgainstFinal(const Overview &overview)
{
    QList<SelfAgainstFinal> points;
    for (const OverviewRow &row : overview.rows) {
        if (row.self && row.self->percent && row.final && row.final->percent)
            points.append({row.assessment.agencyCode, row.assessment.agencyName, row.assessment.group,
                           *row.self->percent, *row.final->percent, row.provisional()});
    }
    return points;
}

} // namespace ParScore::ResultCharts
