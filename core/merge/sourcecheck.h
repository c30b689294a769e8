#pragma once

#include "acceptedcriteria.h"
#include "assessment.h"
#include "parxfile.h"
#include "signatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct sqlite3;

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
        // By assessment UUID: the seal's signature of each sealed assessment (a signature
        // present holds, or the source was refused) and the appraisal's signature of each
        // sealed assessment with appraisal content, checked against the source's content.
        QHash<QString, SignatureCheck> sealSignatures;
        QHash<QString, SignatureCheck> appraisalSignatures;
        bool requestFile = false;         // a request file: only its sealed responses are merged
        QString province;                 // the province file a request file names
    };
    // The reason the source is refused, or nothing when it may be merged.
    static std::optional<Error> run(ParxFile &source, const Accepted &accepted, Findings &findings);
};

// A checked source, as the merge receives it.
struct CheckedSource
{
    QString path;
    std::optional<Error> refusal; // why it is rejected: nothing of it is merged
    // SQLite's own connection to the file, still inside the read transaction the checks ran
    // in (nothing when it was refused): the merge reads the very state that was checked.
    sqlite3 *connection = nullptr;
    SourceCheck::Findings findings;
};

// Checks the sources on threads of their own, a few files ahead of the merge, each file on
// a connection of its own inside one read transaction; the sources still reach the merge
// in the order given. A checked file stays open and is lent to the merge, which reads it
// through SQLite's C API (a Qt connection belongs to the thread that opened it), and the
// thread that opened it closes it once the merge has moved on: every file is opened once.
class SourceChecker
{
public:
    SourceChecker(QStringList paths, SourceCheck::Accepted accepted);
    ~SourceChecker(); // stops the threads and waits for them (the last lent file is closed)
    SourceChecker(const SourceChecker &) = delete;
    SourceChecker &operator=(const SourceChecker &) = delete;

    // The next source, in the order given; waits until it is checked. The source returned
    // before is given back: its connection must not be used any more.
    CheckedSource next();

private:
    using OpenFiles = std::map<qsizetype, std::unique_ptr<ParxFile>>; // by position in m_paths
    void work();
    bool mayCheckMore() const;
    static CheckedSource check(const QString &path, const SourceCheck::Accepted &accepted,
                               std::unique_ptr<ParxFile> &kept);

    const QStringList m_paths;
    const SourceCheck::Accepted m_accepted;
    std::size_t m_ahead = 0; // files opened but not yet given back by the merge, at most
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<qsizetype, CheckedSource> m_ready; // checked, not yet taken by next()
    qsizetype m_taken = 0;                      // the next position a thread checks
    qsizetype m_next = 0;                       // the position next() returns next
    qsizetype m_givenBack = 0;                  // positions before it are done with
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace ParScore
