#include "sourcecheck.h"

#include "assessmentstore.h"
#include "mergerows.h"
#include "parxvalidator.h"
#include "seal.h"

namespace ParScore {
namespace {

// The identity an assessment's set claims (the row check made it match the content): the
// same id and version as an accepted set with other bytes is a forgery.
std::optional<Error> criteriaRefusal(ParxFile &source, const AssessmentInfo &incoming,
                                     const SourceCheck::Accepted &accepted)
{
    if (accepted.contains(incoming.criteriaSha256))
        return std::nullopt;
    auto claimed = MergeRows::select(source.db(), QStringLiteral("SELECT set_id, version FROM criteria_sets WHERE sha256 = ?"),
                                     {incoming.criteriaSha256}, 2);
    if (!claimed)
        return claimed.error();
    const QString id = claimed.value().value(0).value(0).toString();
    const QString version = claimed.value().value(0).value(1).toString();
    for (const AcceptedCriteria::Entry &entry : accepted) {
        if (entry.id == id && entry.version == version)
            return Error::invalid(SourceCheck::tr("FORGED criteria set: %1 is scored on a set that calls itself %2 "
                                                  "version %3 but differs from the accepted one")
                                      .arg(incoming.agencyCode, id, version));
    }
    return Error::invalid(SourceCheck::tr("%1 is scored on the criteria set %2 version %3, which this province file "
                                          "does not accept (add it with --criteria)")
                              .arg(incoming.agencyCode, id, version));
}

} // namespace

std::optional<Error> SourceCheck::run(ParxFile &source, const Accepted &accepted, Findings &findings)
{
    const QString role = source.info(QStringLiteral("role"));
    if (role != QLatin1String("agency") && role != QLatin1String("inspector"))
        return Error::invalid(role.isEmpty() ? tr("the file does not say whose it is (its role is missing)")
                                             : tr("the file's role “%1” is unknown").arg(role));
    // Documents are checked as they are copied, not here.
    auto valid = ParxValidator::validate(source, ParxValidator::Depth::Rows);
    if (!valid)
        return valid.error();
    AssessmentStore store(source);
    auto assessments = store.list();
    if (!assessments)
        return assessments.error();
    auto appraised = MergeRows::select(source.db(),
                                       QStringLiteral("SELECT assessment FROM answers WHERE layer <> 'self' UNION "
                                                      "SELECT assessment FROM notes WHERE layer <> 'self'"),
                                       {}, 1);
    if (!appraised)
        return appraised.error();
    for (const QVariantList &row : appraised.value())
        findings.withAppraisals.insert(row[0].toString());
    for (const AssessmentInfo &incoming : assessments.value()) {
        if (auto refused = criteriaRefusal(source, incoming, accepted))
            return refused;
        if (!findings.sets.contains(incoming.criteriaSha256)) {
            auto set = store.criteria(incoming.criteriaSha256);
            if (!set)
                return set.error();
            findings.sets.insert(incoming.criteriaSha256, std::move(set).value());
        }
        // A submission whose seal no longer matches its content was changed after it was
        // submitted: the file is refused rather than trusted.
        auto seal = Seal::verify(source, incoming, Seal::Depth::Records);
        if (!seal)
            return seal.error();
        if (seal.value() == SealState::Tampered)
            return Error::invalid(tr("the self-assessment of %1 was changed after it was sealed").arg(incoming.agencyCode));
    }
    findings.assessments = std::move(assessments).value();
    return std::nullopt;
}

SourceChecker::SourceChecker(QStringList paths, SourceCheck::Accepted accepted)
    : m_paths(std::move(paths))
    , m_accepted(std::move(accepted))
    , m_thread([this] { work(); })
{
}

SourceChecker::~SourceChecker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

CheckedSource SourceChecker::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    CheckedSource source = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return source;
}

void SourceChecker::work()
{
    for (const QString &path : m_paths) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < ahead; });
            if (m_stop)
                return;
        }
        CheckedSource checked = check(path, m_accepted);
        {
            const std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(checked));
        }
        m_changed.notify_all();
    }
}

CheckedSource SourceChecker::check(const QString &path, const SourceCheck::Accepted &accepted)
{
    CheckedSource checked{path, {}, {}, {}};
    auto source = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    if (!source) {
        checked.refusal = source.error();
        return checked;
    }
    // One state of the file, from the counter to the last check.
    auto reading = source.value()->beginReading();
    auto counter = reading ? source.value()->changeCounter() : Result<quint32>(reading.error());
    if (!counter) {
        checked.refusal = counter.error();
        return checked;
    }
    checked.counter = counter.value();
    checked.refusal = SourceCheck::run(*source.value(), accepted, checked.findings);
    source.value()->endReading();
    return checked;
}

} // namespace ParScore
