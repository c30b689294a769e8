#include "clock.h"

namespace ParScore {
namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

const SystemClock systemClock;
const Clock *g_clock = &systemClock;

} // namespace

const Clock &Clock::current()
{
    return *g_clock;
}

void Clock::setCurrent(const Clock *clock)
{
    g_clock = clock ? clock : &systemClock;
}

} // namespace ParScore
