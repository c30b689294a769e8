#pragma once

#include "jsonfields.h"

#include <QtGlobal>

// Bounds on untrusted input. They keep every intermediate product of the rule engine
// inside 128-bit integers and refuse absurd files before they cost memory.
namespace ParScore::Limits {

inline constexpr int formatVersion = 1;
inline constexpr qint64 maxJsonFileBytes = 16 * 1024 * 1024;
// Whole numbers in answers (counts, numerators, denominators): exact in a double.
inline constexpr double maxWholeNumber = 1e15;

inline const NumberSpec maxPointsSpec{2, 0, 1e6};
inline const NumberSpec nonNegativeSpec{6, 0, 1e6};
inline const NumberSpec percentSpec{6, 0, 100};
inline const NumberSpec anySpec{6, -1e6, 1e6};

} // namespace ParScore::Limits
