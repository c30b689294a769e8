#pragma once

#include "assessment.h"

#include <QString>

namespace ParScore {

// A layer of answers in words, in the user's language: "Self-assessment", "Appraisal 1",
// "Appraisal 2" (the rounds an item is scored in).
QString layerName(Layer layer);

} // namespace ParScore
