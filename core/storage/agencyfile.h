#pragma once

#include "assessmentstore.h"
#include "parxfile.h"

#include <functional>
#include <memory>

namespace ParScore {

// A new agency's file, open for writing, with its one assessment.
struct AgencyFile
{
    std::unique_ptr<ParxFile> file;
    AssessmentInfo assessment;
};

// Creates an agency's file in one step: the schema, the role "agency", the assessment
// (with the criteria set embedded) and whatever `more` adds (the demo's answers) are all
// written under a temporary name, which is renamed to `path` only when everything is in.
// A failure, or a crash, midway leaves no file at `path`. Refuses an existing `path`.
Result<AgencyFile> createAgencyFile(
    const QString &path, const CriteriaSet &set, const NewAssessment &identity,
    const QString &author,
    const std::function<Result<bool>(AssessmentStore &, const AssessmentInfo &)> &more = {});

} // namespace ParScore
