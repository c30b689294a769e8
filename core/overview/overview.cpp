#include "overview.h"

#include "areafigures.h"

#include "requeststore.h"

#include "answersscan.h"
#include "assessmentstore.h"
#include "parxvalidator.h"

#include <QSet>
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

// Totals only: the explanations of thousands of layers would cost more than scoring them.
std::optional<Scorecard> cardOf(const CriteriaSet &set, const AnswerSet &answers, Role role)
{
    return scoreLayer(set, answers, role, Explanation::Skipped);
}

std::optional<ScoreSummary> summaryOf(const std::optional<Scorecard> &card)
{
    if (!card)
        return std::nullopt;
    return static_cast<const ScoreSummary &>(*card); // the totals alone: no nodes kept
}

// Each distinct criteria set parsed once: a province's thousands of assessments share a few.
class CriteriaCache
{
public:
    using Sets = QHash<QString, std::shared_ptr<const CriteriaSet>>;
    CriteriaCache(AssessmentStore &store, Sets &sets)
        : m_store(store)
        , m_sets(sets)
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
    Sets &m_sets;
};

// Whether an appraisal layer answers anything the agency scores itself: one of its leaves,
// or a bonus or penalty item (they count in the self total too).
bool answersAgencyItems(const CriteriaSet &set, const AnswerSet &layer)
{
    if (!layer.bonus.isEmpty() || !layer.penalty.isEmpty())
        return true;
    for (auto it = layer.answers.keyBegin(); it != layer.answers.keyEnd(); ++it) {
        const CriteriaNode *node = set.node(*it);
        if (node && node->agencyScorable)
            return true;
    }
    return false;
}

// One assessment's row from its layers of answers (no file is read: any thread).
OverviewRow rowOf(const AssessmentInfo &info, const CriteriaSet &set, SealState seal,
                  const AnswersScan::Layers &layers)
{
    OverviewRow row;
    row.assessment = info;
    row.seal = seal;
    row.criteriaId = set.id();
    row.criteriaVersion = set.version();
    row.criteriaStatus = set.status();
    const auto &[self, appraisal1, appraisal2] = layers;
    const AnswerSet final = finalAnswers({&self, &appraisal1, &appraisal2});
    const std::optional<Scorecard> selfCard = cardOf(set, self, Role::Agency);
    const std::optional<Scorecard> finalCard = cardOf(set, final, Role::Appraiser);
    row.self = summaryOf(selfCard);
    row.final = summaryOf(finalCard);
    // Only where the appraisers touched the agency's items: otherwise nothing to compare
    // (and no second scoring of thousands of untouched assessments).
    std::optional<Scorecard> asAgencyCard;
    if (row.self && (answersAgencyItems(set, appraisal1) || answersAgencyItems(set, appraisal2))) {
        asAgencyCard = cardOf(set, final, Role::Agency);
        row.finalAsAgency = summaryOf(asAgencyCard);
        row.overclaim = overclaimOf({row.self->total, row.self->maxPoints},
                                    {row.finalAsAgency->total, row.finalAsAgency->maxPoints});
    }
    row.areas = areasOf(set, selfCard, finalCard, asAgencyCard);
    return row;
}

// One assessment on its way into the overview: read from the file in order, then scored.
struct Pending
{
    AssessmentInfo info;
    const CriteriaSet *set = nullptr;
    AnswersScan::Rows rows;
    SealState seal = SealState::NotSealed;
    SignatureCheck sealSignature;
    std::optional<Result<OverviewRow>> row;
};

// Validates and scores a pending assessment's layers (no file is read: any thread).
Result<OverviewRow> rowOf(const Pending &pending)
{
    const auto layers = AnswersScan::parse(*pending.set, pending.rows);
    if (!layers)
        return layers.error();
    OverviewRow row = rowOf(pending.info, *pending.set, pending.seal, layers.value());
    row.sealSignature = pending.sealSignature;
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
        const auto signature = Seal::signature(file, pending.info);
        if (!signature)
            return signature.error();
        pending.sealSignature = signature.value();
        batch.push_back(std::move(pending));
    }
    return true;
}

using RowIterator = QList<OverviewRow>::iterator;

// Sorts rows holding whole (year, group)s into the order of ranks and ranks them
// (Overview::rankRows).
void rankRange(RowIterator first, RowIterator last, OverviewLayer layer)
{
    // Within a (year, group), by percent, highest first, unranked last: the order of ranks.
    std::sort(first, last, [layer](const OverviewRow &a, const OverviewRow &b) {
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
    for (RowIterator it = first; it != last; ++it) {
        place = it != first && sameRankingGroup(*(it - 1), *it) ? place + 1 : 1;
        const auto percent = rankedPercent(*it, layer);
        if (!percent) {
            it->rank.reset();
            continue;
        }
        const bool tied = place > 1 && rankedPercent(*(it - 1), layer) == percent;
        it->rank = tied ? (it - 1)->rank : std::optional<int>(place);
    }
}

// The rows of one (year, group) in rows ordered by rankRows (empty: where they would go).
std::pair<RowIterator, RowIterator> groupRange(QList<OverviewRow> &rows, int year,
                                               const QString &group)
{
    const auto key = [](const OverviewRow &row) {
        return std::tie(row.assessment.year, row.assessment.group);
    };
    return std::equal_range(
        rows.begin(), rows.end(), std::tie(year, group), [&](const auto &a, const auto &b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, OverviewRow>)
                return key(a) < b;
            else
                return a < key(b);
        });
}

// The expected agencies with no assessment for the province's year (any year without one),
// of `group` when not empty.
QList<ExpectedAgency> missingAgencies(const ProvinceInfo &province,
                                      const QList<AssessmentInfo> &assessments,
                                      const QString &group)
{
    // A draft merged in (an unsealed copy) is not a submission: its agency is still missing.
    QSet<QString> submitted;
    for (const AssessmentInfo &assessment : assessments) {
        if ((province.year == 0 || assessment.year == province.year) && assessment.status != AssessmentStatus::Draft)
            submitted.insert(assessment.agencyCode);
    }
    QList<ExpectedAgency> missing;
    for (const ExpectedAgency &agency : province.agencies) {
        if ((group.isEmpty() || agency.group == group) && !submitted.contains(agency.code))
            missing.append(agency);
    }
    return missing;
}

// One assessment read and scored again from the file; none when the file no longer holds it.
Result<std::optional<OverviewRow>> freshRow(ParxFile &file, AssessmentStore &store,
                                            CriteriaCache::Sets &sets, const QString &uuid)
{
    auto found = store.find(uuid);
    if (!found) // not there (Invalid), or the file cannot be read
        return found.error().kind == ErrorKind::Invalid
                   ? Result<std::optional<OverviewRow>>(std::nullopt)
                   : Result<std::optional<OverviewRow>>(found.error());
    const AssessmentInfo &info = found.value();
    if (info.uuid != uuid)
        return std::optional<OverviewRow>();
    auto set = CriteriaCache(store, sets).get(info.criteriaSha256);
    if (!set)
        return set.error();
    AnswersScan::Layers layers;
    for (const Layer layer : allLayers) {
        auto answers = store.answers(info, *set.value(), layer);
        if (!answers)
            return answers.error();
        layers[std::size_t(layer)] = std::move(answers).value();
    }
    const auto seal = Seal::verify(file, info, Seal::Depth::Records);
    if (!seal)
        return seal.error();
    auto open = RequestStore(file).openCounts();
    if (!open)
        return open.error();
    const auto signature = Seal::signature(file, info);
    if (!signature)
        return signature.error();
    OverviewRow row = rowOf(info, *set.value(), seal.value(), layers);
    row.sealSignature = signature.value();
    row.openRequests = open.value().value(info.uuid);
    return std::optional(std::move(row));
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
    auto province = ProvinceFile::read(file);
    if (!province)
        return province.error();
    QList<AssessmentInfo> assessments = std::move(listed).value();
    AnswersScan::sortForScan(assessments);
    AnswersScan scan(file);
    Overview overview;
    overview.layer = options.layer;
    overview.group = options.group;
    overview.provinceYear = province.value().year;
    overview.missing = missingAgencies(province.value(), assessments, options.group);
    CriteriaCache sets(store, overview.criteria);
    overview.rows.reserve(assessments.size());
    // Reading (on this thread, the file's connection) and scoring (on every core) overlap:
    // while one batch is scored, the next is read, its seals checked from the records.
    std::vector<Pending> batch;
    std::vector<Pending> next;
    auto read = readBatch(file, scan, sets, assessments, 0, batch);
    if (!read)
        return read.error();
    for (qsizetype from = 0; !batch.empty();) {
        from += qsizetype(batch.size());
        std::thread scorer([&batch] { scoreAll(batch); });
        read = from < assessments.size() ? readBatch(file, scan, sets, assessments, from, next) : Result<bool>(true);
        if (from >= assessments.size())
            next.clear();
        scorer.join();
        if (!read)
            return read.error();
        for (Pending &pending : batch) {
            if (!*pending.row)
                return pending.row->error();
            overview.rows.append(std::move(*pending.row).value());
        }
        std::swap(batch, next);
    }
    auto open = RequestStore(file).openCounts();
    if (!open)
        return open.error();
    for (OverviewRow &row : overview.rows)
        row.openRequests = open.value().value(row.assessment.uuid);
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
    rankRange(rows.begin(), rows.end(), layer);
}

Result<Overview::Span> Overview::reloadRow(ParxFile &file, const QString &assessmentUuid)
{
    if (!AssessmentStore::isValidUuid(assessmentUuid))
        return Error::invalid(
            AssessmentStore::tr("The file holds no assessment “%1”").arg(assessmentUuid));
    AssessmentStore store(file);
    auto fresh = freshRow(file, store, criteria, assessmentUuid);
    if (!fresh)
        return fresh.error();
    const auto old = std::find_if(rows.cbegin(), rows.cend(), [&](const OverviewRow &row) {
        return row.assessment.uuid == assessmentUuid;
    });
    const qsizetype sizeBefore = rows.size();
    qsizetype first = rows.size();
    qsizetype end = 0;
    std::optional<std::pair<int, QString>> oldGroup;
    if (old != rows.cend()) {
        first = old - rows.cbegin();
        end = first + 1;
        oldGroup = {old->assessment.year, old->assessment.group};
        rows.removeAt(first);
    }
    auto rerank = [&](int year, const QString &rowGroup) {
        const auto [from, to] = groupRange(rows, year, rowGroup);
        rankRange(from, to, layer);
        first = std::min(first, qsizetype(from - rows.begin()));
        end = std::max(end, qsizetype(to - rows.begin()));
    };
    const std::optional<OverviewRow> &row = fresh.value();
    if (row && (group.isEmpty() || row->assessment.group == group)) {
        const auto at = groupRange(rows, row->assessment.year, row->assessment.group).first;
        rows.insert(at - rows.begin(), *row);
        rerank(row->assessment.year, row->assessment.group);
    }
    if (oldGroup && !(row && std::pair(row->assessment.year, row->assessment.group) == *oldGroup))
        rerank(oldGroup->first, oldGroup->second);

    // The agency has submitted now; or, gone, it may be missing again (read the file anew).
    if (row && (provinceYear == 0 || row->assessment.year == provinceYear)
        && row->assessment.status != AssessmentStatus::Draft) {
        missing.removeIf([&](const ExpectedAgency &agency) {
            return agency.code == row->assessment.agencyCode;
        });
    } else if (!row) {
        auto province = ProvinceFile::read(file);
        auto listed = province ? store.list() : Result<QList<AssessmentInfo>>(province.error());
        if (!listed)
            return listed.error();
        missing = missingAgencies(province.value(), listed.value(), group);
    }
    if (rows.size() != sizeBefore)
        end = rows.size();
    if (end <= first)
        return Span{};
    return Span{first, end - first};
}

} // namespace ParScore
