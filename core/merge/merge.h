#pragma once

#include "criteriaset.h"
#include "parxfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonValue>
#include <QStringList>
#include <functional>
#include <optional>

namespace ParScore {

// What a merge did (or would do, in a dry run), as records the CLI, a preview dialog
// and the tests all read. Values are the stored answer JSON; null where absent.
struct MergeReport
{
    struct Update
    {
        QString assessment, layer, node;
        QJsonValue before, after;
    };
    struct Conflict
    {
        QString assessment, layer, node;
        QJsonValue kept, other; // the newer edit is kept; the other stays in the change log
    };
    struct Duplicate
    {
        QString agencyCode;
        int year = 0;
        QStringList assessments;
    };
    struct Rejected
    {
        QString file, reason;
    };
    struct Edition // the same assessment scored against another edition of its criteria set
    {
        QString assessment, agencyCode, keptVersion, otherVersion;
    };
    struct Resubmission // a sealed self-assessment replaced whole by a later submission
    {
        QString assessment, agencyCode;
        qint64 previousSealedAt = 0, sealedAt = 0; // ms since the epoch
    };
    struct IgnoredAppraisal // appraisal content a source carried and was not trusted with
    {
        QString file, assessment, agencyCode;
    };
    // A source not merged because an assessment in it does not match the province's list
    // (the agency's name or group) or year: the inspector decides (acceptMismatched).
    struct Held
    {
        QString file, agencyCode;
        QString listedName, listedGroup; // empty when the agency is not listed (held for its year)
        int listedYear = 0;              // the province file's year
        QString submittedName, submittedGroup;
        int submittedYear = 0;
        QStringList differs; // "name", "group", "year"
    };
    // An agency merged that the province's (non-empty) list does not name.
    struct NotListed
    {
        QString file, agencyCode, agencyName, group;
    };

    // Every assessment a merged source brought, whatever became of it: who it is, for a
    // preview that names agencies where the other records give an assessment's UUID.
    struct Arrival
    {
        QString file, assessment, agencyCode, agencyName, group;
        int year = 0;
    };

    // A response to an explanation request, imported from a request file.
    struct Response
    {
        QString file, assessment, agencyCode, request, node;
    };

    // A sealed submission of an agency whose key the province file knows, signed by another
    // key or unsigned (a stripped signature): nothing of its file was merged.
    struct KeyMismatch
    {
        QString file, assessment, agencyCode;
        QString known;                   // the fingerprint the province file knows
        std::optional<QString> incoming; // the submission's signer; nullopt: unsigned
    };
    // An agency's key learnt from its first signed submission, to be confirmed.
    struct LearnedKey
    {
        QString file, agencyCode, key; // key: the fingerprint
    };
    // A sealed submission merged without a signature, from an agency of no known key.
    struct UnsignedSubmission
    {
        QString file, agencyCode;
    };
    // A colleague's appraisal not taken: its signature is missing, does not hold, or its
    // signer is no inspector the province file trusts.
    struct UntrustedAppraisal
    {
        QString file, assessment, agencyCode;
        std::optional<QString> signer; // fingerprint; nullopt when unsigned
        QString reason;                // "unsigned", "invalid", "untrusted"
    };

    QStringList added;
    QList<Response> responses;
    QList<Update> updated;
    QList<Conflict> conflicts;
    QList<Duplicate> duplicates;
    QList<Rejected> rejected;
    QList<Edition> editions;
    QList<Resubmission> resubmitted;
    QList<IgnoredAppraisal> appraisalsIgnored;
    QList<Held> held; // one per mismatched assessment; nothing of their files was merged
    QList<NotListed> notListed;
    QList<Arrival> arrivals;
    QList<KeyMismatch> keyMismatches;
    QList<LearnedKey> learnedKeys;
    QList<UnsignedSubmission> unsignedSubmissions;
    QList<UntrustedAppraisal> untrustedAppraisals;
    QStringList merged; // the sources that went in, in order
    int unchanged = 0;  // assessments found in both with nothing to change

    void append(const MergeReport &other);
};

struct MergeOptions
{
    bool dryRun = false;
    // The inspector says the sources are colleagues' appraisal files: their appraisal
    // layers, appraisal notes and statuses are taken. Otherwise a source brings only the
    // agency's own content and a status of at most submitted, whatever it says it is.
    bool acceptAppraisals = false;
    // Criteria sets the target accepts from now on (stored in it), besides those it does.
    QList<CriteriaSet> acceptCriteria;
    // Called before each source with (done, total); returning false cancels the whole run.
    std::function<bool(int, int)> progress;
    // Merge sources that do not match the province's list of agencies or its year (see
    // MergeReport::Held) all the same: every one, or those whose absolute paths are listed.
    bool acceptMismatched = false;
    QSet<QString> acceptMismatchedFiles = {};
};

// Merges .parx files into a province file (design.md "Merge"): assessments by UUID,
// answers per (assessment, layer, item) with the newer edit winning and the loser kept in
// the change log, evidence by SHA-256, comments and log entries by UUID. The receiver
// decides what it trusts: a source's role, status and layers are claims, checked against
// MergeOptions; a source on a criteria set the target does not accept is rejected. When the
// province file lists the agencies it expects, or has a year, a source whose agency is
// listed under another name or group, or which is for another year, is held (not merged)
// unless the inspector accepts it; an agency not listed is merged and reported.
// Signatures (docs/signatures.md, "Trust"): a sealed submission of an agency whose key the
// province file knows must be signed by that key, or nothing of its file is merged; the
// first signed submission of an agency of no known key teaches its key (to be confirmed);
// a colleague's appraisal is taken only when signed by an inspector key the file trusts.
// One source is open at a time (constant memory, any number of files) and the whole run
// is one transaction: a failure of the target (disk full) or a cancel leaves it exactly as
// it was; a bad source is rejected whole and the others still merge.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)

public:
    Merger(ParxFile &target, QString author)
        : m_target(target)
        , m_author(std::move(author))
    {}

    Result<MergeReport> merge(const QStringList &sourcePaths, const MergeOptions &options);
    // What a held submission differs in, as a person reads it: one clause per difference
    // ("named “…”, the list says “…”; year 2025, the province file is for 2026").
    static QString heldDifferences(const MergeReport::Held &held);
    // The files to merge for what the inspector named: a folder stands for the .parx files
    // directly inside it, in name order; a file stands for itself.
    static QStringList sourcesIn(const QStringList &filesAndFolders);

private:
    ParxFile &m_target;
    QString m_author;
};

} // namespace ParScore
