#include "sourcecheck.h"

#include "responseseal.h"

#include "assessmentstore.h"
#include "mergerows.h"
#include "parxvalidator.h"
#include "resultseal.h"
#include "seal.h"
#include "sqlitestatement.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ParScore {
namespace {

// The identity an assessment's set claims (the row check made it match the content): the
// same id and version as an accepted set with other bytes is a forgery.
std::optional<Error> criteriaRefusal(ParxFile &source, const AssessmentInfo &incoming,
                                     const SourceCheck::Accepted &accepted)
{
    if (accepted.contains(incoming.criteriaSha256))
        return std::nullopt;
    auto claimed = MergeRows::select(sqliteHandle(source.db()), QStringLiteral("SELECT set_id, version FROM criteria_sets WHERE sha256 = ?"),
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

// A request file brings its sealed responses and nothing else: the rest is not read.
std::optional<Error> checkRequestFile(ParxFile &source, SourceCheck::Findings &findings)
{
    auto valid = ParxValidator::validate(source, ParxValidator::Depth::Rows);
    if (!valid)
        return valid.error();
    auto sealed = ResponseSeal::verify(source, Seal::Depth::Records);
    if (!sealed)
        return sealed.error();
    if (sealed.value() == SealState::NotSealed)
        return Error::invalid(SourceCheck::tr("the response in this request file is not sealed (seal it first)"));
    if (sealed.value() == SealState::Tampered)
        return Error::invalid(SourceCheck::tr("TAMPERED: the response was changed after it was sealed"));
    findings.requestFile = true;
    findings.province = source.info(QStringLiteral("province"));
    return std::nullopt;
}

// The seal's signature must hold when there is one: a seal whose content, key or signature
// was altered is refused like a broken seal. Whose key it is, is the province file's to
// judge (the merge). The appraisal's signature is only recorded: the merge decides.
std::optional<Error> signaturesOf(ParxFile &source, const AssessmentInfo &incoming, SourceCheck::Findings &findings)
{
    auto seal = Seal::signature(source, incoming);
    if (!seal)
        return seal.error();
    if (seal.value().isSigned && !seal.value().valid)
        return Error::invalid(SourceCheck::tr("the seal of %1 is signed but the signature does not hold: the seal, "
                                              "its key or its signature was altered")
                                  .arg(incoming.agencyCode));
    findings.sealSignatures.insert(incoming.uuid, seal.value());
    if (!findings.withAppraisals.contains(incoming.uuid))
        return std::nullopt;
    auto appraisal = Signatures::check(source.db(), incoming.uuid, SignatureKind::Appraisal,
                                       [&] { return ResultSeal::appraisalFingerprint(source.db(), incoming); });
    if (!appraisal)
        return appraisal.error();
    findings.appraisalSignatures.insert(incoming.uuid, appraisal.value());
    return std::nullopt;
}

} // namespace

std::optional<Error> SourceCheck::run(ParxFile &source, const Accepted &accepted, Findings &findings)
{
    const QString role = source.info(QStringLiteral("role"));
    if (role == QLatin1String("request"))
        return checkRequestFile(source, findings);
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
    auto appraised = MergeRows::select(sqliteHandle(source.db()),
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
        if (!incoming.isSealed())
            continue;
        auto signature = signaturesOf(source, incoming, findings);
        if (signature)
            return signature;
    }
    findings.assessments = std::move(assessments).value();
    return std::nullopt;
}

SourceChecker::SourceChecker(QStringList paths, SourceCheck::Accepted accepted)
    : m_paths(std::move(paths))
    , m_accepted(std::move(accepted))
{
    // Checking a file costs more than merging it: two checking threads at least, so that
    // the merge never waits for them; more on a larger machine, never more than files.
    const qsizetype cores = qsizetype(std::thread::hardware_concurrency());
    const qsizetype threads = std::min(std::clamp<qsizetype>(cores - 1, 2, 4), std::max<qsizetype>(1, m_paths.size()));
    m_ahead = std::size_t(threads) + 1;
    for (qsizetype i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

SourceChecker::~SourceChecker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

CheckedSource SourceChecker::next()
{
    std::unique_lock lock(m_mutex);
    m_givenBack = m_next; // the source returned last time, if any
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_ready.count(m_next) > 0; });
    auto ready = m_ready.find(m_next++);
    CheckedSource source = std::move(ready->second);
    m_ready.erase(ready);
    return source;
}

bool SourceChecker::mayCheckMore() const
{
    return m_taken < m_paths.size() && std::size_t(m_taken - m_givenBack) < m_ahead;
}

void SourceChecker::work()
{
#ifdef Q_OS_LINUX
    // The merging thread is the one the whole run waits for: on a machine with fewer cores
    // than threads, the checking threads take what it leaves rather than turns with it.
    setpriority(PRIO_PROCESS, gettid(), 10);
#endif
    OpenFiles lent; // opened by this thread (a Qt connection is closed where it was opened)
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] {
            return m_stop || mayCheckMore() || (!lent.empty() && lent.begin()->first < m_givenBack)
                || (m_taken >= m_paths.size() && lent.empty());
        });
        if (m_stop || (m_taken >= m_paths.size() && lent.empty()))
            break;
        OpenFiles done;
        while (!lent.empty() && lent.begin()->first < m_givenBack)
            done.insert(lent.extract(lent.begin()));
        if (!done.empty()) {
            lock.unlock();
            done.clear(); // ends the read transactions and closes the files
            lock.lock();
            continue;
        }
        if (!mayCheckMore())
            continue;
        const qsizetype position = m_taken++;
        lock.unlock();
        std::unique_ptr<ParxFile> kept;
        CheckedSource checked = check(m_paths[position], m_accepted, kept);
        lock.lock();
        if (kept)
            lent.emplace(position, std::move(kept));
        m_ready.emplace(position, std::move(checked));
        m_changed.notify_all();
    }
    lock.unlock();
    lent.clear();
}

CheckedSource SourceChecker::check(const QString &path, const SourceCheck::Accepted &accepted,
                                   std::unique_ptr<ParxFile> &kept)
{
    CheckedSource checked{path, {}, nullptr, {}};
    auto source = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    if (!source) {
        checked.refusal = source.error();
        return checked;
    }
    // One state of the file, from the first check to the last row merged.
    auto reading = source.value()->beginReading();
    if (!reading) {
        checked.refusal = reading.error();
        return checked;
    }
    checked.refusal = SourceCheck::run(*source.value(), accepted, checked.findings);
    if (checked.refusal)
        return checked; // closed at once: nothing of it is read again
    checked.connection = sqliteHandle(source.value()->db());
    kept = std::move(source).value();
    return checked;
}

} // namespace ParScore
