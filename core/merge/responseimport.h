#pragma once

#include "merge.h"
#include "mergerows.h"

#include <QCoreApplication>

namespace ParScore {

// Imports the sealed responses of a request file into the province file during a merge:
// only responses to requests the province file itself holds (by request UUID), with their
// documents. The rest of a request file (its copy of the submission, the round-1 appraisal,
// statuses) is ignored. A response for another province file, for an agency whose result is
// final, to a request closed as unanswered, or differing from the response already imported
// for its request rejects the whole file; the same response again changes nothing.
class ResponseImport
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)

public:
    ResponseImport(MergeRows::Target &target, sqlite3 *source, QString sourcePath, QString author, qint64 now)
        : m_target(target)
        , m_source(source)
        , m_sourcePath(std::move(sourcePath))
        , m_author(std::move(author))
        , m_now(now)
    {}

    // `province`: the province UUID the request file names; `targetProvince`: the target's.
    Result<bool> run(const QString &province, const QString &targetProvince, MergeReport &report);

private:
    MergeRows::Target &m_target;
    sqlite3 *m_source;
    QString m_sourcePath;
    QString m_author;
    qint64 m_now;
};

} // namespace ParScore
