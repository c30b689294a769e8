#include "workerthread.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace ParScore {

void WorkerThread::run(QProgressDialog &progress, const std::function<void()> &work,
                       const std::function<void()> &update, const std::function<void()> &cancelled)
{
    const std::unique_ptr<QThread> worker(QThread::create(work));
    progress.setWindowModality(Qt::WindowModal);
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, cancelled);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, update);
    tick.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    tick.stop();
    progress.reset();
}

} // namespace ParScore
