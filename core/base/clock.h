#pragma once

#include <QDateTime>

namespace ParScore {

// The source of "now" for everything the core stamps with a time (answers, change log,
// seal, merge). Tests install a manual clock so that history and merge are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The clock in use; the system clock unless a test replaced it.
    static const Clock &current();
    // Installs `clock` (not owned; nullptr restores the system clock).
    static void setCurrent(const Clock *clock);
    // Milliseconds since the epoch, UTC: the precision times are stored at.
    static qint64 nowMs() { return current().now().toMSecsSinceEpoch(); }
};

} // namespace ParScore
