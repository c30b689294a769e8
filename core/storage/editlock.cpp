#include "editlock.h"

#include <QFileInfo>

namespace ParScore {

QString EditLock::lockPath(const QString &parxPath)
{
    const QFileInfo info(parxPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> EditLock::take(const QString &parxPath, bool *heldElsewhere)
{
    auto lock = std::make_unique<QLockFile>(lockPath(parxPath));
    lock->setStaleLockTime(0); // held as long as its program runs, however long that is
    const bool taken = lock->tryLock(0);
    if (heldElsewhere)
        *heldElsewhere = !taken && lock->error() == QLockFile::LockFailedError;
    return taken ? std::move(lock) : nullptr;
}

QString EditLock::holder(const QString &parxPath)
{
    QLockFile lock(lockPath(parxPath));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0) || lock.error() != QLockFile::LockFailedError)
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    lock.getLockInfo(&pid, &host, &application);
    return tr("%1 on %2, process %3")
        .arg(application.isEmpty() ? tr("a program") : application, host, QString::number(pid));
}

bool EditLock::release(const QString &parxPath)
{
    QLockFile lock(lockPath(parxPath));
    return lock.removeStaleLockFile() || !QFileInfo::exists(lockPath(parxPath));
}

} // namespace ParScore
