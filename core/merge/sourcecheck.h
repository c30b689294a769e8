#pragma once

#include "acceptedcriteria.h"
#include "assessment.h"
#include "parxfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace ParScore {

// What a source must pass before anything of it is merged: a role ParScore writes, every row
// sound, every assessment on a criteria set the province accepts, every seal matching its
// records. The receiver checks; the file's claims are data.
class SourceCheck
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Merger)

public:
    using Accepted = QHash<QString, AcceptedCriteria::Entry>; // by SHA-256
    // What the checks learnt of a source that the merge needs again.
    struct Findings
    {
        QList<AssessmentInfo> assessments;
        QHash<QString, CriteriaSet> sets; // by SHA-256
        QSet<QString> withAppraisals;     // assessments holding appraisal answers or notes
    };
    // The reason the source is refused, or nothing when it may be merged.
    static std::optional<Error> run(ParxFile &source, const Accepted &accepted, Findings &findings);
};

// A checked source, as the merge receives it.
struct CheckedSource
{
    QString path;
    std::optional<Error> refusal;  // why it is rejected: nothing of it is merged
    std::optional<quint32> counter; // the file's change counter while it was checked
    SourceCheck::Findings findings;
};

// Checks the sources on a second thread, a file or two ahead of the merge, each on a
// connection of its own inside one read transaction: the merge of one file and the checks
// of the next run side by side on a machine's two cores. The merge opens each file again
// and compares its change counter (ParxFile::changeCounter()) to be sure it merges the
// file that was checked.
class SourceChecker
{
public:
    SourceChecker(QStringList paths, SourceCheck::Accepted accepted);
    ~SourceChecker(); // stops the thread and waits for it
    SourceChecker(const SourceChecker &) = delete;
    SourceChecker &operator=(const SourceChecker &) = delete;

    // The next source, in the order given; waits until it is checked.
    CheckedSource next();

private:
    void work();
    static CheckedSource check(const QString &path, const SourceCheck::Accepted &accepted);

    static constexpr std::size_t ahead = 2; // checked but not yet merged, at most
    const QStringList m_paths;
    const SourceCheck::Accepted m_accepted;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<CheckedSource> m_ready;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace ParScore
