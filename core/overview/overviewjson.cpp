#include "overviewjson.h"

#include "scorejson.h"

#include <QJsonArray>

namespace ParScore {
namespace {

QJsonValue totalOrNull(const std::optional<ScoreSummary> &total)
{
    return total ? QJsonValue(totalJson(*total)) : QJsonValue(QJsonValue::Null);
}

// {"points", "percentPoints"} (percentPoints null without a percent), or null.
QJsonValue overclaimOrNull(const std::optional<Overclaim> &overclaim)
{
    if (!overclaim)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("points"), pointsJson(overclaim->points)},
                       {QStringLiteral("percentPoints"), overclaim->percentPoints
                                                             ? pointsJson(*overclaim->percentPoints)
                                                             : QJsonValue(QJsonValue::Null)}};
}

} // namespace

QJsonObject overviewRowJson(const OverviewRow &row)
{
    const AssessmentInfo &a = row.assessment;
    return {
        {QStringLiteral("uuid"), a.uuid},
        {QStringLiteral("agencyCode"), a.agencyCode},
        {QStringLiteral("agencyName"), a.agencyName},
        {QStringLiteral("group"), a.group},
        {QStringLiteral("year"), a.year},
        {QStringLiteral("status"), statusKey(a.status)},
        {QStringLiteral("sealed"), a.isSealed()},
        {QStringLiteral("sealIntact"), row.sealIntact()},
        {QStringLiteral("criteria"),
         QJsonObject{{QStringLiteral("id"), row.criteriaId},
                     {QStringLiteral("version"), row.criteriaVersion},
                     {QStringLiteral("sha256"), a.criteriaSha256},
                     {QStringLiteral("status"), statusKey(row.criteriaStatus)}}},
        {QStringLiteral("self"), totalOrNull(row.self)},
        {QStringLiteral("final"), totalOrNull(row.final)},
        {QStringLiteral("rank"), row.rank ? QJsonValue(*row.rank) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("provisional"), row.provisional()},
        {QStringLiteral("overclaim"), overclaimOrNull(row.overclaim)},
        {QStringLiteral("openRequests"), row.openRequests}};
}

QJsonObject overviewJson(const Overview &overview)
{
    QJsonArray rows;
    for (const OverviewRow &row : overview.rows)
        rows.append(overviewRowJson(row));
    QJsonArray missing;
    for (const ExpectedAgency &agency : overview.missing)
        missing.append(QJsonObject{{QStringLiteral("agencyCode"), agency.code},
                                   {QStringLiteral("agencyName"), agency.name},
                                   {QStringLiteral("group"), agency.group}});
    return {{QStringLiteral("layer"), overviewLayerKey(overview.layer)},
            {QStringLiteral("assessments"), rows},
            {QStringLiteral("missing"), missing}};
}

} // namespace ParScore
