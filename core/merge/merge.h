#pragma once

#include "parxfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <functional>

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

    QStringList added;
    QList<Update> updated;
    QList<Conflict> conflicts;
    QList<Duplicate> duplicates;
    QList<Rejected> rejected;
    QList<Edition> editions;
    int unchanged = 0; // assessments found in both with nothing to change
};

// Merges .parx files into a target (design.md "Merge"): assessments by UUID, answers per
// (assessment, layer, item) with the newer edit winning and the loser kept in the change
// log, evidence by SHA-256, comments and log entries by UUID. Layers keep their owner:
// an agency's file never brings appraisal layers, and a sealed self layer is replaced
// only by a newer seal. Idempotent, and independent of order for non-conflicting data.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)

public:
    Merger(ParxFile &target, QString author)
        : m_target(target)
        , m_author(std::move(author))
    {}

    // All sources in one transaction, rolled back when `dryRun`. Unreadable sources are
    // listed as rejected and the rest still merges. `progress` gets (done, total).
    Result<MergeReport> merge(const QStringList &sourcePaths, bool dryRun,
                              const std::function<void(int, int)> &progress = {});

private:
    Result<bool> mergeFile(QSqlDatabase &db, ParxFile &source, MergeReport &report);
    Result<bool> indexTarget(QSqlDatabase &db);

    ParxFile &m_target;
    QString m_author;
    // The target's assessments (UUID, criteria version) by "agency code / year / criteria
    // set id", kept up to date during the merge, so that finding duplicates and other
    // editions costs the same for the 1st and the 3000th file.
    QHash<QString, QList<std::pair<QString, QString>>> m_byAgencyYearSet;
};

} // namespace ParScore
