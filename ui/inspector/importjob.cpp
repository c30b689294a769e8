#include "importjob.h"

#include "parxfile.h"

#include <QThread>

namespace ParScore {

ImportJob::ImportJob(QString provincePath, QString author, QStringList sources, MergeOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_provincePath(std::move(provincePath))
    , m_author(std::move(author))
    , m_sources(std::move(sources))
    , m_options(std::move(options))
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

void ImportJob::run()
{
    // A connection belongs to the thread that opened it: the job opens its own, and the
    // window's stays untouched until the import is done.
    auto target = ParxFile::open(m_provincePath, ParxFile::Mode::ReadWrite);
    if (!target) {
        m_result = target.error();
        return;
    }
    MergeOptions options = m_options;
    options.progress = [this](int done, int total) {
        emit progressed(done, total);
        return !m_cancelled.load();
    };
    m_result = Merger(*target.value(), m_author).merge(m_sources, options);
}

} // namespace ParScore
