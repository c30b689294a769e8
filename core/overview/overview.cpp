#include "overview.h"

#include "answersscan.h"
#include "assessmentstore.h"
#include "parxvalidator.h"

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

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

// One assessment on its way into the overview: read from the file in order, then scored.
struct Pending
{
    AssessmentInfo info;
    const CriteriaSet *set = nullptr;
    AnswersScan::Rows rows;
    SealState seal = SealState::NotSealed;
    std::optional<Result<OverviewRow>> row;
};

// Validates and scores a pending assessment's layers (no file is read: any thread).
Result<OverviewRow> rowOf(const Pending &pending)
{
    const auto layers = AnswersScan::parse(*pending.set, pending.rows);
    if (!layers)
        return layers.error();
    OverviewRow row;
    row.assessment = pending.info;
    row.seal = pending.seal;
    row.criteriaId = pending.set->id();
    row.criteriaVersion = pending.set->version();
    row.criteriaStatus = pending.set->status();
    const auto &[self, appraisal1, appraisal2] = layers.value();
    row.self = summaryOf(*pending.set, self, Role::Agency);
    row.final = summaryOf(*pending.set, finalAnswers({&self, &appraisal1, &appraisal2}), Role::Appraiser);
    return row;
}

// Scores a batch on every core: validating and scoring thousands of layers is most of an
// overview's work, and none of it touches the file.
void scoreAll(std::vector<Pending> &batch)
{
    const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    std::vector<std::thread> threads;
    for (unsigned worker = 0; worker < workers; ++worker)
        threads.emplace_back([&batch, worker, workers] {
            for (std::size_t i = worker; i < batch.size(); i += workers)
                batch[i].row = rowOf(batch[i]);
        });
    for (std::thread &thread : threads)
        thread.join();
}

// Reads the next batch of assessments (their answer rows and seal state) from the file.
Result<bool> readBatch(ParxFile &file, AnswersScan &scan, CriteriaCache &sets,
                       const QList<AssessmentInfo> &assessments, qsizetype from, std::vector<Pending> &batch)
{
    constexpr qsizetype batchSize = 512; // memory stays flat, whatever the number of agencies
    batch.clear();
    for (qsizetype i = from; i < std::min(from + batchSize, assessments.size()); ++i) {
        Pending pending;
        pending.info = assessments[i];
        auto set = sets.get(pending.info.criteriaSha256);
        if (!set)
            return set.error();
        pending.set = set.value();
        auto rows = scan.nextRows(pending.info);
        if (!rows)
            return rows.error();
        pending.rows = std::move(rows).value();
        // From the records alone: the documents' bytes are checked by verify and merge.
        const auto seal = Seal::verify(file, pending.info, Seal::Depth::Records);
        if (!seal)
            return seal.error();
        pending.seal = seal.value();
        batch.push_back(std::move(pending));
    }
    return true;
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
    std::vector<Pending> batch;
    for (qsizetype from = 0; from < assessments.size(); from += qsizetype(batch.size())) {
        auto read = readBatch(file, scan, sets, assessments, from, batch);
        if (!read)
            return read.error();
        scoreAll(batch);
        for (Pending &pending : batch) {
            if (!*pending.row)
                return pending.row->error();
            overview.rows.append(std::move(*pending.row).value());
        }
    }
    rankRows(overview.rows, options.layer);
    // Filtered after ranking: a group's ranks are the same whether or not it is shown alone.
    if (!options.group.isEmpty())
        overview.rows.removeIf(
            [&](const OverviewRow &row) { return row.assessment.group != options.group; });
    return overview;
}

Result<Overview> Overview::open(const QString &path, const OverviewOptions &options)
{
    // The checks a reading command makes before it works (every row but the answers, which
    // load() validates as it reads them), on their own connection and thread.
    std::optional<quint32> checkedCounter;
    std::optional<Error> refusal;
    std::thread checker([&] {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        if (!file) {
            refusal = file.error();
            return;
        }
        auto reading = file.value()->beginReading();
        auto counter = reading ? file.value()->changeCounter() : Result<quint32>(reading.error());
        auto valid = counter ? ParxValidator::validate(*file.value(), ParxValidator::Depth::RowsButAnswers)
                             : Result<bool>(counter.error());
        if (!valid)
            refusal = valid.error();
        else
            checkedCounter = counter.value();
        file.value()->endReading();
    });
    Result<Overview> overview = Error::unreadable(QString());
    std::optional<quint32> readCounter;
    {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly, ParxFile::Checks::CheckedBefore);
        auto reading = file ? file.value()->beginReading() : Result<bool>(file.error());
        auto counter = reading ? file.value()->changeCounter() : Result<quint32>(reading.error());
        overview = counter ? load(*file.value(), options) : Result<Overview>(counter.error());
        if (counter)
            readCounter = counter.value();
        if (file)
            file.value()->endReading();
    }
    checker.join();
    if (refusal)
        return *refusal;
    if (!overview || readCounter != checkedCounter) {
        // Changed between the two (or read through an older version's private copy): once
        // more, checked and read on one connection.
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        if (!file)
            return file.error();
        auto valid = ParxValidator::validate(*file.value(), ParxValidator::Depth::RowsButAnswers);
        if (!valid)
            return valid.error();
        return load(*file.value(), options);
    }
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
