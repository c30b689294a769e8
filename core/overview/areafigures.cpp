#include "areafigures.h"

namespace ParScore {

Overclaim overclaimOf(AreaPoints self, AreaPoints finalAsAgency)
{
    Overclaim overclaim;
    overclaim.points = finalAsAgency.points - self.points;
    if (self.maxPoints != 0 && finalAsAgency.maxPoints != 0) {
        const Fraction difference =
            Fraction(Int128(finalAsAgency.points) * 100, finalAsAgency.maxPoints)
            - Fraction(Int128(self.points) * 100, self.maxPoints);
        overclaim.percentPoints = difference.roundToHundredths();
    }
    return overclaim;
}

namespace {

AreaPoints pointsOf(const NodeScore &node)
{
    return {node.points, node.maxPoints};
}

} // namespace

QList<AreaFigures> areasOf(const CriteriaSet &set, const std::optional<Scorecard> &self,
                           const std::optional<Scorecard> &final,
                           const std::optional<Scorecard> &finalAsAgency)
{
    QList<AreaFigures> areas;
    const QList<int> roots = set.roots();
    areas.reserve(roots.size());
    for (const int index : roots) {
        AreaFigures area;
        area.nodeId = set.nodes()[index].id;
        if (final)
            area.final = pointsOf(final->nodes[index]);
        if (self && finalAsAgency)
            area.overclaim = overclaimOf(pointsOf(self->nodes[index]), pointsOf(finalAsAgency->nodes[index]));
        areas.append(area);
    }
    return areas;
}

} // namespace ParScore
