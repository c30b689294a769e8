#include "merge.h"

#include "acceptedcriteria.h"
#include "assessmentstore.h"
#include "clock.h"
#include "mergeassessment.h"
#include "mergerows.h"
#include "parxvalidator.h"
#include "seal.h"

namespace ParScore {
namespace {

using namespace MergeRows;

// One call of Merger::merge: the target inside its transaction, what it accepts, the
// index of its agencies. Sources pass through one at a time.
class MergeRun
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)

public:
    MergeRun(ParxFile &target, QSqlDatabase &db, const MergeOptions &options, QString author)
        : m_targetFile(target)
        , m_target(db)
        , m_options(options)
        , m_author(std::move(author))
    {}

    Result<bool> prepare();
    // Merges one source under a savepoint: in whole, or rejected (with the reason in the
    // report) and undone. An error means the target failed and the run must stop.
    Result<bool> mergeSource(const QString &path, MergeReport &report);

private:
    Result<bool> mergeOpenSource(ParxFile &source, MergeReport &report);
    Result<bool> checkCriteria(ParxFile &source, const AssessmentInfo &incoming);

    ParxFile &m_targetFile;
    Target m_target;
    const MergeOptions &m_options;
    QString m_author;
    QHash<QString, AcceptedCriteria::Entry> m_accepted; // by SHA-256
    AgencyIndex m_index;
};

Result<bool> MergeRun::prepare()
{
    const QString role = m_targetFile.info(QStringLiteral("role"));
    if (role == QLatin1String("agency"))
        return Error::invalid(tr("%1 is an agency's own file, not a province file: merge into a new file instead")
                                  .arg(m_targetFile.path()));
    for (const CriteriaSet &set : m_options.acceptCriteria) {
        auto accepted = AcceptedCriteria::accept(m_target.db(), set);
        if (!accepted)
            return accepted;
    }
    auto accepted = AcceptedCriteria::list(m_target.db());
    if (!accepted)
        return accepted.error();
    for (const AcceptedCriteria::Entry &entry : accepted.value())
        m_accepted.insert(entry.sha256, entry);
    auto indexed = m_index.load(m_target);
    if (!indexed)
        return indexed;
    return ParxFile::setInfo(m_target.db(), QStringLiteral("role"), QStringLiteral("inspector"));
}

Result<bool> MergeRun::mergeSource(const QString &path, MergeReport &report)
{
    auto begun = m_target.exec(QStringLiteral("SAVEPOINT source"));
    if (!begun)
        return begun;
    m_index.beginSource();
    MergeReport partial;
    Result<bool> merged = true;
    {
        // Open for this source only: any number of files, one file handle at a time.
        auto source = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        merged = source ? mergeOpenSource(*source.value(), partial) : Result<bool>(source.error());
    }
    if (m_target.failed())
        return m_target.failure();
    if (!merged) {
        // Rejected whole: what it wrote is undone and the others still merge.
        m_index.undoSource();
        auto undone = m_target.exec(QStringLiteral("ROLLBACK TO source"));
        auto released = undone ? m_target.exec(QStringLiteral("RELEASE source")) : undone;
        if (!released)
            return released;
        report.rejected.append({path, merged.error().message});
        return true;
    }
    auto released = m_target.exec(QStringLiteral("RELEASE source"));
    if (!released)
        return released;
    partial.merged.append(path);
    report.append(partial);
    return true;
}

Result<bool> MergeRun::mergeOpenSource(ParxFile &source, MergeReport &report)
{
    // What the file says of itself is checked, not believed: its role must be one ParScore
    // writes; its rows must be sound (documents are checked as they are copied).
    const QString role = source.info(QStringLiteral("role"));
    if (role != QLatin1String("agency") && role != QLatin1String("inspector"))
        return Error::invalid(role.isEmpty() ? tr("the file does not say whose it is (its role is missing)")
                                             : tr("the file's role “%1” is unknown").arg(role));
    auto valid = ParxValidator::validate(source, ParxValidator::Depth::Rows);
    if (!valid)
        return valid;
    AssessmentStore store(source);
    auto assessments = store.list();
    if (!assessments)
        return assessments.error();
    SourceContext context{m_target, m_targetFile, source, m_options.acceptAppraisals, m_author, Clock::nowMs(), report,
                          m_index};
    for (const AssessmentInfo &incoming : assessments.value()) {
        auto accepted = checkCriteria(source, incoming);
        if (!accepted)
            return accepted;
        auto set = store.criteria(incoming.criteriaSha256); // parsed once per run
        if (!set)
            return set.error();
        // A submission whose seal no longer matches its content was changed after it was
        // submitted: the file is refused rather than trusted.
        auto seal = Seal::verify(source, incoming, Seal::Depth::Records);
        if (!seal)
            return seal.error();
        if (seal.value() == SealState::Tampered)
            return Error::invalid(tr("the self-assessment of %1 was changed after it was sealed").arg(incoming.agencyCode));
        auto merged = AssessmentMerge(context, incoming, set.value()).run();
        if (!merged)
            return merged;
    }
    return true;
}

Result<bool> MergeRun::checkCriteria(ParxFile &source, const AssessmentInfo &incoming)
{
    if (m_accepted.contains(incoming.criteriaSha256))
        return true;
    // The identity the source's set claims (the row validator checked it against the
    // content): the same id and version as an accepted set with other bytes is a forgery.
    auto claimed = select(source.db(), QStringLiteral("SELECT set_id, version FROM criteria_sets WHERE sha256 = ?"),
                          {incoming.criteriaSha256}, 2);
    if (!claimed)
        return claimed.error();
    const QString id = claimed.value().value(0).value(0).toString();
    const QString version = claimed.value().value(0).value(1).toString();
    for (const AcceptedCriteria::Entry &entry : std::as_const(m_accepted)) {
        if (entry.id == id && entry.version == version)
            return Error::invalid(tr("FORGED criteria set: %1 is scored on a set that calls itself %2 version %3 "
                                     "but differs from the accepted one")
                                      .arg(incoming.agencyCode, id, version));
    }
    return Error::invalid(tr("%1 is scored on the criteria set %2 version %3, which this province file does not "
                             "accept (add it with --criteria)")
                              .arg(incoming.agencyCode, id, version));
}

} // namespace

void MergeReport::append(const MergeReport &other)
{
    added += other.added;
    updated += other.updated;
    conflicts += other.conflicts;
    duplicates += other.duplicates;
    rejected += other.rejected;
    editions += other.editions;
    resubmitted += other.resubmitted;
    appraisalsIgnored += other.appraisalsIgnored;
    merged += other.merged;
    unchanged += other.unchanged;
}

Result<MergeReport> Merger::merge(const QStringList &sourcePaths, const MergeOptions &options)
{
    // The target must itself be sound: merging never builds on a damaged file.
    auto targetValid = ParxValidator::validate(m_target, ParxValidator::Depth::Rows);
    if (!targetValid)
        return targetValid.error();
    MergeReport report;
    auto written = m_target.write(
        [&](QSqlDatabase &db) -> Result<bool> {
            MergeRun run(m_target, db, options, m_author);
            auto prepared = run.prepare();
            if (!prepared)
                return prepared;
            for (qsizetype i = 0; i < sourcePaths.size(); ++i) {
                if (options.progress && !options.progress(int(i), int(sourcePaths.size())))
                    return Error::invalid(tr("The merge was cancelled: nothing was written"));
                auto merged = run.mergeSource(sourcePaths[i], report);
                if (!merged)
                    return Error::unreadable(tr("Nothing was merged: %1").arg(merged.error().message));
            }
            if (options.progress)
                options.progress(int(sourcePaths.size()), int(sourcePaths.size()));
            return true;
        },
        !options.dryRun);
    if (!written)
        return written.error();
    return report;
}

} // namespace ParScore
