#pragma once

#include "assessmentstore.h"
#include "criteriaset.h"
#include "parxfile.h"
#include "parxvalidator.h"

#include <QCommandLineOption>
#include <memory>
#include <optional>
#include <variant>

namespace ParScore::Cli {

// One assessment of an opened .parx, with its validated criteria set.
struct OpenedAssessment
{
    std::unique_ptr<ParxFile> file;
    AssessmentInfo info;
    std::optional<CriteriaSet> set;
};

// Opens `path` and picks the assessment named by `agency` (code or UUID; empty: the
// only one). Prints the problem and returns the exit status on failure.
std::variant<OpenedAssessment, int> openAssessment(const QString &path, ParxFile::Mode mode,
                                                   const QString &agency);
// Opens `path` and validates it (`depth`: Rows for a command that reads no document, such
// as overview), printing the problem on failure.
std::variant<std::unique_ptr<ParxFile>, int>
openFile(const QString &path, ParxFile::Mode mode,
         ParxValidator::Depth depth = ParxValidator::Depth::Rows);

// The author recorded in the change log: --author, else the login name.
QString authorName(const QString &option);

// Options shared by the file commands: --agency CODE and --author NAME.
QCommandLineOption agencyOption();
QCommandLineOption authorOption();

} // namespace ParScore::Cli
