#include "merge.h"

#include "acceptedcriteria.h"
#include "assessmentstore.h"
#include "clock.h"
#include "mergeassessment.h"
#include "mergerows.h"
#include "parxvalidator.h"
#include "provincefile.h"
#include "responseimport.h"
#include "seal.h"
#include "sourcecheck.h"
#include "trustedkeys.h"

#include <QDir>
#include <QFileInfo>

namespace ParScore {
namespace {

using namespace MergeRows;

// A name or group as compared with the province's list: without the spaces around it, and
// composed (NFC), so that the same name typed with a decomposing keyboard or input method
// still matches. Letter case and the spaces inside count.
QString comparable(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

// What the province file expects of its submissions: the agencies it lists, by code, and
// its year (0: none).
class Expectations
{
public:
    Result<bool> load(ParxFile &target)
    {
        auto info = ProvinceFile::read(target);
        if (!info)
            return info.error();
        m_year = info.value().year;
        for (const ExpectedAgency &agency : info.value().agencies)
            m_agencies.insert(agency.code, agency);
        return true;
    }

    // The assessment's differences from the list and the year; nothing when it matches.
    std::optional<MergeReport::Held> held(const QString &file, const AssessmentInfo &incoming) const
    {
        MergeReport::Held mismatch{file, incoming.agencyCode, {}, {}, m_year,
                               incoming.agencyName, incoming.group, incoming.year, {}};
        const auto listed = m_agencies.constFind(incoming.agencyCode);
        if (listed != m_agencies.cend()) {
            mismatch.listedName = listed->name;
            mismatch.listedGroup = listed->group;
            if (comparable(listed->name) != comparable(incoming.agencyName))
                mismatch.differs.append(QStringLiteral("name"));
            if (comparable(listed->group) != comparable(incoming.group))
                mismatch.differs.append(QStringLiteral("group"));
        }
        if (m_year != 0 && incoming.year != m_year)
            mismatch.differs.append(QStringLiteral("year"));
        if (mismatch.differs.isEmpty())
            return std::nullopt;
        return mismatch;
    }

    bool isNotListed(const AssessmentInfo &incoming) const
    {
        return !m_agencies.isEmpty() && !m_agencies.contains(incoming.agencyCode);
    }

private:
    QHash<QString, ExpectedAgency> m_agencies;
    int m_year = 0;
};

// The keys the province file trusts, as the merge reads them once and learns more.
class KnownKeys
{
public:
    Result<bool> load(QSqlDatabase &db)
    {
        auto keys = TrustedKeys::read(db);
        if (!keys)
            return keys.error();
        for (const KnownKey &known : keys.value()) {
            if (known.holderKind == KeyHolderKind::Agency)
                m_agencies.insert(known.agencyCode, known.key);
            else
                m_inspectors.append(known.key);
        }
        return true;
    }
    std::optional<PublicKey> agency(const QString &code) const
    {
        const auto found = m_agencies.constFind(code);
        return found == m_agencies.cend() ? std::nullopt : std::optional<PublicKey>(*found);
    }
    void learn(const QString &code, const PublicKey &key) { m_agencies.insert(code, key); }
    bool isInspector(const PublicKey &key) const { return m_inspectors.contains(key); }

private:
    QHash<QString, PublicKey> m_agencies;
    QList<PublicKey> m_inspectors;
};

// What the province file's keys say of one source's sealed submissions (decided by the
// receiver from the signatures the checks verified, never by what the file claims).
struct TrustPlan
{
    QList<MergeReport::KeyMismatch> mismatches; // any: nothing of the source is merged
    QList<std::pair<AssessmentInfo, PublicKey>> learn;
    QList<MergeReport::UnsignedSubmission> unsignedSubmissions;
};

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
    const SourceCheck::Accepted &accepted() const { return m_accepted; }
    // Merges one checked source under a savepoint: in whole, or rejected (with the reason in
    // the report) and undone. An error means the target failed and the run must stop.
    Result<bool> mergeSource(const CheckedSource &checked, MergeReport &report);

private:
    Result<bool> mergeChecked(const CheckedSource &checked, MergeReport &report);
    // The source's assessments that do not match the province's list or year, unless the
    // inspector accepts the source as it is.
    QList<MergeReport::Held> heldOf(const CheckedSource &checked) const;
    TrustPlan trustOf(const CheckedSource &checked) const;
    // Whether a colleague's appraisal of `incoming` may be taken; reports it when not.
    bool appraisalTrusted(const CheckedSource &checked, const AssessmentInfo &incoming, MergeReport &report) const;
    Result<bool> learnKeys(const TrustPlan &plan, const QString &file, MergeReport &report);

    ParxFile &m_targetFile;
    Target m_target;
    const MergeOptions &m_options;
    QString m_author;
    SourceCheck::Accepted m_accepted;
    AgencyIndex m_index;
    Expectations m_expected;
    KnownKeys m_keys;
    QSet<QString> m_acceptMismatchedFiles; // absolute paths
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
    auto expected = m_expected.load(m_targetFile);
    if (!expected)
        return expected;
    auto keys = m_keys.load(m_target.db());
    if (!keys)
        return keys;
    for (const QString &path : m_options.acceptMismatchedFiles)
        m_acceptMismatchedFiles.insert(QFileInfo(path).absoluteFilePath());
    return ParxFile::setInfo(m_target.db(), QStringLiteral("role"), QStringLiteral("inspector"));
}

QList<MergeReport::Held> MergeRun::heldOf(const CheckedSource &checked) const
{
    if (m_options.acceptMismatched || m_acceptMismatchedFiles.contains(QFileInfo(checked.path).absoluteFilePath()))
        return {};
    QList<MergeReport::Held> held;
    for (const AssessmentInfo &incoming : checked.findings.assessments) {
        if (auto mismatch = m_expected.held(checked.path, incoming))
            held.append(std::move(*mismatch));
    }
    return held;
}

TrustPlan MergeRun::trustOf(const CheckedSource &checked) const
{
    TrustPlan plan;
    QHash<QString, PublicKey> learning; // by this source, so that two of its submissions agree
    for (const AssessmentInfo &incoming : checked.findings.assessments) {
        if (!incoming.isSealed())
            continue;
        const SignatureCheck signature = checked.findings.sealSignatures.value(incoming.uuid);
        std::optional<PublicKey> known = m_keys.agency(incoming.agencyCode);
        if (!known && learning.contains(incoming.agencyCode))
            known = learning.constFind(incoming.agencyCode).value();
        if (known) {
            if (!signature.isSigned || !signature.signer || !(*signature.signer == *known))
                plan.mismatches.append({checked.path, incoming.uuid, incoming.agencyCode, known->fingerprint(),
                                        signature.signer ? std::optional<QString>(signature.signer->fingerprint())
                                                         : std::nullopt});
        } else if (signature.isSigned && signature.signer) {
            learning.insert(incoming.agencyCode, *signature.signer);
            plan.learn.append({incoming, *signature.signer});
        } else {
            plan.unsignedSubmissions.append({checked.path, incoming.agencyCode});
        }
    }
    return plan;
}

bool MergeRun::appraisalTrusted(const CheckedSource &checked, const AssessmentInfo &incoming,
                                MergeReport &report) const
{
    if (!m_options.acceptAppraisals || !checked.findings.withAppraisals.contains(incoming.uuid))
        return m_options.acceptAppraisals;
    const SignatureCheck signature = checked.findings.appraisalSignatures.value(incoming.uuid);
    const QString reason = !signature.isSigned || !signature.signer ? QStringLiteral("unsigned")
                           : !signature.valid                       ? QStringLiteral("invalid")
                           : !m_keys.isInspector(*signature.signer) ? QStringLiteral("untrusted")
                                                                    : QString();
    if (reason.isEmpty())
        return true;
    report.untrustedAppraisals.append(
        {checked.path, incoming.uuid, incoming.agencyCode,
         signature.signer ? std::optional<QString>(signature.signer->fingerprint()) : std::nullopt, reason});
    return false;
}

Result<bool> MergeRun::learnKeys(const TrustPlan &plan, const QString &file, MergeReport &report)
{
    const qint64 now = Clock::nowMs();
    for (const auto &[incoming, key] : plan.learn) {
        auto learnt = TrustedKeys::learn(m_target.db(), incoming.agencyCode, key, incoming.agencyName, m_author, now);
        if (!learnt)
            return m_target.failedWith(learnt.error());
        report.learnedKeys.append({file, incoming.agencyCode, key.fingerprint()});
    }
    report.unsignedSubmissions += plan.unsignedSubmissions;
    return true;
}

Result<bool> MergeRun::mergeSource(const CheckedSource &checked, MergeReport &report)
{
    TrustPlan trust;
    if (!checked.refusal) {
        // Held whole: nothing of it is written until the inspector accepts it.
        const QList<MergeReport::Held> held = heldOf(checked);
        if (!held.isEmpty()) {
            report.held += held;
            return true;
        }
        // Signed by another key than the agency's known one, or unsigned: not merged.
        trust = trustOf(checked);
        if (!trust.mismatches.isEmpty()) {
            report.keyMismatches += trust.mismatches;
            return true;
        }
    }
    auto begun = m_target.exec(QStringLiteral("SAVEPOINT source"));
    if (!begun)
        return begun;
    m_index.beginSource();
    MergeReport partial;
    Result<bool> merged = checked.refusal ? Result<bool>(*checked.refusal) : mergeChecked(checked, partial);
    if (merged)
        merged = learnKeys(trust, checked.path, partial);
    if (m_target.failed())
        return m_target.failure();
    if (!merged) {
        // Rejected whole: what it wrote is undone and the others still merge.
        m_index.undoSource();
        auto undone = m_target.exec(QStringLiteral("ROLLBACK TO source"));
        auto released = undone ? m_target.exec(QStringLiteral("RELEASE source")) : undone;
        if (!released)
            return released;
        report.rejected.append({checked.path, merged.error().message});
        return true;
    }
    auto released = m_target.exec(QStringLiteral("RELEASE source"));
    if (!released)
        return released;
    for (const auto &[incoming, key] : trust.learn)
        m_keys.learn(incoming.agencyCode, key);
    partial.merged.append(checked.path);
    report.append(partial);
    return true;
}

Result<bool> MergeRun::mergeChecked(const CheckedSource &checked, MergeReport &report)
{
    // What the checks read of it (the same state of the file) is not read again.
    if (checked.findings.requestFile)
        return ResponseImport(m_target, checked.connection, checked.path, m_author, Clock::nowMs())
            .run(checked.findings.province, m_targetFile.info(QStringLiteral("uuid")), report);
    SourceContext context{m_target, m_targetFile, checked.connection, checked.path, m_options.acceptAppraisals,
                          m_author, Clock::nowMs(),     report,       m_index,  checked.findings.withAppraisals};
    for (const AssessmentInfo &incoming : checked.findings.assessments) {
        context.takeAppraisals = appraisalTrusted(checked, incoming, report);
        context.appraisalUntrusted = m_options.acceptAppraisals && !context.takeAppraisals;
        auto merged = AssessmentMerge(context, incoming, checked.findings.sets[incoming.criteriaSha256]).run();
        if (!merged)
            return merged;
        report.arrivals.append({checked.path, incoming.uuid, incoming.agencyCode, incoming.agencyName, incoming.group,
                                incoming.year});
        if (m_expected.isNotListed(incoming))
            report.notListed.append({checked.path, incoming.agencyCode, incoming.agencyName, incoming.group});
    }
    return true;
}

} // namespace

void MergeReport::append(const MergeReport &other)
{
    added += other.added;
    responses += other.responses;
    updated += other.updated;
    conflicts += other.conflicts;
    duplicates += other.duplicates;
    rejected += other.rejected;
    editions += other.editions;
    resubmitted += other.resubmitted;
    appraisalsIgnored += other.appraisalsIgnored;
    held += other.held;
    notListed += other.notListed;
    arrivals += other.arrivals;
    keyMismatches += other.keyMismatches;
    learnedKeys += other.learnedKeys;
    unsignedSubmissions += other.unsignedSubmissions;
    untrustedAppraisals += other.untrustedAppraisals;
    merged += other.merged;
    unchanged += other.unchanged;
}

QString Merger::heldDifferences(const MergeReport::Held &held)
{
    QStringList clauses;
    if (held.differs.contains(QLatin1String("name")))
        clauses.append(
            tr("named “%1”, the list says “%2”").arg(held.submittedName, held.listedName));
    if (held.differs.contains(QLatin1String("group")))
        clauses.append(
            tr("group “%1”, the list says “%2”").arg(held.submittedGroup, held.listedGroup));
    if (held.differs.contains(QLatin1String("year")))
        clauses.append(
            tr("year %1, the province file is for %2")
                .arg(QString::number(held.submittedYear), QString::number(held.listedYear)));
    return clauses.join(QStringLiteral("; "));
}

QStringList Merger::sourcesIn(const QStringList &filesAndFolders)
{
    QStringList files;
    for (const QString &input : filesAndFolders) {
        if (!QFileInfo(input).isDir()) {
            files.append(input);
            continue;
        }
        const QDir dir(input);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (QFileInfo(name).suffix().compare(QLatin1String("parx"), Qt::CaseInsensitive) == 0)
                files.append(dir.filePath(name));
        }
    }
    return files;
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
            SourceChecker checker(sourcePaths, run.accepted());
            for (qsizetype i = 0; i < sourcePaths.size(); ++i) {
                if (options.progress && !options.progress(int(i), int(sourcePaths.size())))
                    return Error::invalid(tr("The merge was cancelled: nothing was written"));
                auto merged = run.mergeSource(checker.next(), report);
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
