#pragma once

#include "result.h"

#include <QCoreApplication>

namespace ParScore {

// The first-run demo: a department's assessment on the built-in illustrative set, about
// two thirds scored from the shipped demo answers, with a note, so that a new officer
// sees what a file in progress looks like.
class DemoFile
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::DemoFile)

public:
    static Result<bool> create(const QString &path);
};

} // namespace ParScore
