#include "overview.h"

#include "answersscan.h"
#include "assessmentstore.h"

#include <algorithm>
#include <memory>

namespace ParScore {
namespace {

// The percent a row is ranked by: none unless the layer is answered, complete and has one.
std::optional<qint64> rankedPercent(const OverviewRow &row, OverviewLayer layer)
{
    const std::optional<ScoreSummary> &total = row.layer(layer);
    if (!total || !total->complete)
        return std::nullopt;
    return total->percent;
}

bool sameRankingGroup(const OverviewRow &a, const OverviewRow &b)
{
    return a.assessment.year == b.assessment.year && a.assessment.group == b.assessment.group;
}

std::optional<ScoreSummary> summaryOf(const CriteriaSet &set, const AnswerSet &answers, Role role)
{
    // Totals only: the explanations of thousands of layers would cost more than scoring them.
    const auto card = scoreLayer(set, answers, role, Explanation::Skipped);
    if (!card)
        return std::nullopt;
    return static_cast<const ScoreSummary &>(*card); // the totals alone: no nodes kept
}

// Each distinct criteria set parsed once: a province's thousands of assessments share a few.
class CriteriaCache
{
public:
    explicit CriteriaCache(AssessmentStore &store)
        : m_store(store)
    {}

    Result<const CriteriaSet *> get(const QString &sha256)
    {
        if (const auto it = m_sets.constFind(sha256); it != m_sets.cend())
            return it->get();
        auto set = m_store.criteria(sha256);
        if (!set)
            return set.error();
        auto stored = std::make_shared<const CriteriaSet>(std::move(set).value());
        m_sets.insert(sha256, stored);
        return stored.get();
    }

private:
    AssessmentStore &m_store;
    QHash<QString, std::shared_ptr<const CriteriaSet>> m_sets;
};

Result<OverviewRow> rowOf(ParxFile &file, const AssessmentInfo &info, const CriteriaSet &set,
                          const AnswersScan::Layers &layers)
{
    // From the records alone: the documents' bytes are checked by verify and merge.
    const auto seal = Seal::verify(file, info, Seal::Depth::Records);
    if (!seal)
        return seal.error();
    OverviewRow row;
    row.assessment = info;
    row.seal = seal.value();
    row.criteriaId = set.id();
    row.criteriaVersion = set.version();
    row.criteriaStatus = set.status();
    const auto &[self, appraisal1, appraisal2] = layers;
    row.self = summaryOf(set, self, Role::Agency);
    row.final = summaryOf(set, finalAnswers({&self, &appraisal1, &appraisal2}), Role::Appraiser);
    return row;
}

} // namespace

QString overviewLayerKey(OverviewLayer layer)
{
    return layer == OverviewLayer::Self ? QStringLiteral("self") : QStringLiteral("final");
}

std::optional<OverviewLayer> overviewLayerFromKey(const QString &key)
{
    if (key == QLatin1String("self"))
        return OverviewLayer::Self;
    if (key == QLatin1String("final"))
        return OverviewLayer::Final;
    return std::nullopt;
}

Result<Overview> Overview::load(ParxFile &file, const OverviewOptions &options)
{
    AssessmentStore store(file);
    auto listed = store.list();
    if (!listed)
        return listed.error();
    QList<AssessmentInfo> assessments = std::move(listed).value();
    AnswersScan::sortForScan(assessments);
    AnswersScan scan(file);
    CriteriaCache sets(store);
    Overview overview;
    overview.layer = options.layer;
    overview.rows.reserve(assessments.size());
    for (const AssessmentInfo &info : std::as_const(assessments)) {
        const auto set = sets.get(info.criteriaSha256);
        if (!set)
            return set.error();
        const auto layers = scan.next(info, *set.value());
        if (!layers)
            return layers.error();
        auto row = rowOf(file, info, *set.value(), layers.value());
        if (!row)
            return row.error();
        overview.rows.append(std::move(row).value());
    }
    rankRows(overview.rows, options.layer);
    // Filtered after ranking: a group's ranks are the same whether or not it is shown alone.
    if (!options.group.isEmpty())
        overview.rows.removeIf(
            [&](const OverviewRow &row) { return row.assessment.group != options.group; });
    return overview;
}

void Overview::rankRows(QList<OverviewRow> &rows, OverviewLayer layer)
{
    // Within a (year, group), by percent, highest first, unranked last: the order of ranks.
    std::sort(rows.begin(), rows.end(), [layer](const OverviewRow &a, const OverviewRow &b) {
        if (a.assessment.year != b.assessment.year)
            return a.assessment.year < b.assessment.year;
        if (a.assessment.group != b.assessment.group)
            return a.assessment.group < b.assessment.group;
        const auto pa = rankedPercent(a, layer);
        const auto pb = rankedPercent(b, layer);
        if (pa.has_value() != pb.has_value())
            return pa.has_value();
        if (pa && *pa != *pb)
            return *pa > *pb;
        if (a.assessment.agencyCode != b.assessment.agencyCode)
            return a.assessment.agencyCode < b.assessment.agencyCode;
        return a.assessment.uuid < b.assessment.uuid;
    });
    // Competition ranking: the place is one more than the number ranked above (1, 2, 2, 4).
    int place = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        place = i > 0 && sameRankingGroup(rows[i - 1], rows[i]) ? place + 1 : 1;
        const auto percent = rankedPercent(rows[i], layer);
        if (!percent) {
            rows[i].rank.reset();
            continue;
        }
        const bool tied = place > 1 && rankedPercent(rows[i - 1], layer) == percent;
        rows[i].rank = tied ? rows[i - 1].rank : std::optional<int>(place);
    }
}

} // namespace ParScore
