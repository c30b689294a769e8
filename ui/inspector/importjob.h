#pragma once

#include "merge.h"
#include "result.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace ParScore {

// One merge of submissions into the province file (a dry run for the preview, or the real
// import), run on a thread of its own with its own connection so that the window never
// freezes. Cancel stops it before the next file; the merge is one transaction, so a
// cancelled or failed import leaves the province file exactly as it was.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString provincePath, QString author, QStringList sources, MergeOptions options,
              QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits: the thread never outlives the job

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const;
    // Once finished() was emitted.
    const std::optional<Result<MergeReport>> &result() const { return m_result; }

signals:
    void progressed(int done, int total); // before each file, and once all are done
    void finished();

private:
    void run(); // on the job's thread

    QString m_provincePath;
    QString m_author;
    QStringList m_sources;
    MergeOptions m_options;
    std::atomic<bool> m_cancelled = false;
    std::optional<Result<MergeReport>> m_result; // written by the thread before it ends
    QThread *m_thread = nullptr;
};

} // namespace ParScore
