#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "merge.h"
#include "mergerows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ParScore {

// The province file's assessments by agency code, year and criteria set id, with their
// UUID and criteria version: finding duplicates and other editions costs the same for the
// 1st and the 3,000th file. Additions made for a source that is then rejected are undone.
class AgencyIndex
{
public:
    struct Entry
    {
        QString uuid, version;
    };
    Result<bool> load(MergeRows::Target &target);
    // Those already indexed for the agency, year and set; then records `entry` among them.
    QList<Entry> add(const QString &agencyCode, int year, const QString &setId, const Entry &entry);
    void beginSource() { m_addedBySource.clear(); }
    void undoSource();

private:
    static QString key(const QString &agencyCode, int year, const QString &setId);
    QHash<QString, QList<Entry>> m_entries;
    QStringList m_addedBySource; // keys whose last entry the current source added
};

// What one source is trusted with and where its records go, for AssessmentMerge.
struct SourceContext
{
    MergeRows::Target &target;
    ParxFile &targetFile;
    sqlite3 *source; // as its checker lends it (see mergerows.h)
    QString sourcePath;
    bool takeAppraisals = false; // the inspector said it is a colleague's appraisal file
    QString author;
    qint64 now = 0;
    MergeReport &report; // of this source only; added to the run's when it went in whole
    AgencyIndex &index;
    const QSet<QString> &withAppraisals; // the source's assessments holding appraisal content
    // The inspector named a colleague's file, but this assessment's appraisal is not signed by
    // a key the province file trusts: reported as untrusted (not as ignored).
    bool appraisalUntrusted = false;
};

// Merges one assessment of a source into the province file: added whole when new, else
// item by item (newer edit wins) with the self layer owned by the latest submission.
// Returns an error when the source must be rejected, or when the target failed
// (SourceContext::target tells which).
class AssessmentMerge
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)

public:
    AssessmentMerge(SourceContext &context, const AssessmentInfo &incoming, const CriteriaSet &set)
        : m_context(context)
        , m_incoming(incoming)
        , m_set(set)
    {}
    Result<bool> run();

private:
    enum class SelfLayer
    {
        Keep,    // the province's is a later (or the only) submission: untouched
        Merge,   // neither is sealed: drafts merge item by item
        Replace, // the incoming submission replaces the self layer whole
    };

    Result<bool> addNew();
    Result<bool> mergeExisting(const AssessmentInfo &current);
    Result<bool> mergeAnswers(const AssessmentInfo &current, SelfLayer self, bool &changed);
    Result<bool> mergeDraftEvidence(const AssessmentInfo &current, bool &changed);
    Result<bool> replaceSelfContent(const AssessmentInfo &current);
    Result<bool> raiseStatus(const AssessmentInfo &current, bool &changed);
    Result<bool> copyHistory(const QString &uuid);
    Result<bool> mergeRequests(const QString &uuid);
    // The status the province file's log (with the source's trusted entries) last moved to.
    Result<std::optional<AssessmentStatus>> latestTransition(const QString &uuid);
    // Whether the assessment's result is final here and stays final: no reopening of it,
    // logged after its last finalizing here, comes with a trusted source.
    Result<bool> staysFinal(const AssessmentInfo &current);
    Result<qint64> targetChanges(); // rows the target's connection changed so far
    Result<bool> recheckSeal();
    // The seal's signature comes and goes with the seal it signs.
    Result<bool> copySealSignature(const QString &uuid);
    // The final and appraisal signatures, after the assessment merged: the source's (from a
    // trusted colleague) taken where it holds for the content as merged, the province file's
    // own dropped where it no longer does.
    Result<bool> carryResultSignatures(const QString &uuid);
    Result<bool> noteIgnoredAppraisals();
    int cappedStatus(AssessmentStatus status) const;

    SourceContext &m_context;
    const AssessmentInfo &m_incoming;
    const CriteriaSet &m_set;
};

} // namespace ParScore
