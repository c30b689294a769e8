#pragma once

#include <cstdio>

// One line per measurement: what, the time, the target; true when the target is met.
inline bool report(const char *what, double ms, double targetMs)
{
    const bool met = ms <= targetMs;
    std::printf("%-58s %9.3f ms  (target %g ms) %s\n", what, ms, targetMs, met ? "ok" : "MISSED");
    return met;
}
