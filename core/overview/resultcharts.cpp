#include "resultcharts.h"

#include <QMap>
#include <algorithm>
#include <functional>

namespace ParScore::ResultCharts {
namespace {

// The areas of some rows' sets, each once by node id, titled by the first row's set that has
// it, ordered by their place among their sets' areas (the lowest), then by id: an order that
// does not move when the ranking does.
class AreaIndex
{
public:
    AreaIndex(const Overview &overview, const std::function<bool(const OverviewRow &)> &counts)
    {
        struct Seen
        {
            QString title;
            qsizetype place = 0;
        };
        QHash<QString, Seen> seen;
        for (const OverviewRow &row : overview.rows) {
            if (!counts(row))
                continue;
            const auto set = overview.criteria.value(row.assessment.criteriaSha256);
            for (qsizetype place = 0; place < row.areas.size(); ++place) {
                const QString &id = row.areas[place].nodeId;
                const auto found = seen.find(id);
                if (found != seen.end()) {
                    found->place = std::min(found->place, place);
                    continue;
                }
                const CriteriaNode *node = set ? set->node(id) : nullptr;
                seen.insert(id, {node ? node->title : QString(), place});
                m_areas.append({id, node ? node->title : QString()});
            }
        }
        std::stable_sort(m_areas.begin(), m_areas.end(), [&seen](const Area &a, const Area &b) {
            const qsizetype pa = seen.value(a.nodeId).place;
            const qsizetype pb = seen.value(b.nodeId).place;
            return pa != pb ? pa < pb : a.nodeId < b.nodeId;
        });
        for (qsizetype i = 0; i < m_areas.size(); ++i)
            m_positions.insert(m_areas[i].nodeId, i);
    }

    qsizetype indexOf(const QString &nodeId) const { return m_positions.value(nodeId, -1); }
    const QList<Area> &areas() const { return m_areas; }

private:
    QList<Area> m_areas;
    QHash<QString, qsizetype> m_positions;
};

// The shares of one group's agencies in one area: their points summed per distinct maximum
// (a set's area maximum, lowered where items are not applicable and excluded), so that the
// exact mean adds a few fractions, not one per agency, and stays within 128 bits.
struct ShareSum
{
    QMap<Hundredths, Int128> pointsByMaximum;
    qint64 agencies = 0;

    std::optional<qint64> meanPercent() const
    {
        if (agencies == 0)
            return std::nullopt;
        Fraction sum;
        for (auto it = pointsByMaximum.cbegin(); it != pointsByMaximum.cend(); ++it)
            sum = sum + Fraction(it.value() * 100, it.key());
        return (sum / Fraction::fromInteger(agencies)).roundToHundredths();
    }
};

} // namespace

int countStep(int most)
{
    int step = 1;
    for (int scale = 1; most > 10 * step; scale *= 10) {
        for (const int factor : {1, 2, 5}) {
            step = factor * scale;
            if (most <= 10 * step)
                break;
        }
    }
    return step;
}

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

AreaShares areaShares(const Overview &overview)
{
    const AreaIndex index(overview, [](const OverviewRow &) { return true; });
    AreaShares shares;
    shares.areas = index.areas();
    QList<QList<ShareSum>> sums; // per group, per area
    for (const OverviewRow &row : overview.rows) {
        qsizetype group = shares.groups.indexOf(row.assessment.group);
        if (group < 0) {
            shares.groups.append(row.assessment.group);
            sums.append(QList<ShareSum>(shares.areas.size()));
            group = shares.groups.size() - 1;
        }
        for (const AreaFigures &area : row.areas) {
            if (!area.final || area.final->maxPoints == 0)
                continue;
            ShareSum &sum = sums[group][index.indexOf(area.nodeId)];
            sum.pointsByMaximum[area.final->maxPoints] += area.final->points;
            ++sum.agencies;
        }
    }
    for (const QList<ShareSum> &group : std::as_const(sums)) {
        QList<std::optional<qint64>> percents;
        for (const ShareSum &sum : group)
            percents.append(sum.meanPercent());
        shares.percents.append(percents);
    }
    return shares;
}

AreaOverclaims overclaimByArea(const Overview &overview, const QString &group)
{
    const auto inGroup = [&group](const OverviewRow &row) { return row.assessment.group == group; };
    const AreaIndex index(overview, inGroup);
    AreaOverclaims result;
    result.areas = index.areas();
    for (const OverviewRow &row : overview.rows) {
        if (!inGroup(row))
            continue;
        AreaOverclaimRow &cells = result.rows.emplace_back();
        cells.agencyCode = row.assessment.agencyCode;
        cells.agencyName = row.assessment.agencyName;
        cells.percentPoints.resize(result.areas.size());
        for (const AreaFigures &area : row.areas) {
            if (area.overclaim)
                cells.percentPoints[index.indexOf(area.nodeId)] = area.overclaim->percentPoints;
        }
    }
    return result;
}

} // namespace ParScore::ResultCharts
