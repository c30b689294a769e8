#include "assessment.h"

namespace ParScore {

QString layerKey(Layer layer)
{
    switch (layer) {
    case Layer::Self:
        return QStringLiteral("self");
    case Layer::Appraisal1:
        return QStringLiteral("appraisal1");
    case Layer::Appraisal2:
        return QStringLiteral("appraisal2");
    }
    return {};
}

std::optional<Layer> layerFromKey(const QString &key)
{
    for (const Layer layer : allLayers) {
        if (layerKey(layer) == key)
            return layer;
    }
    return std::nullopt;
}

QString statusKey(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Draft:
        return QStringLiteral("draft");
    case AssessmentStatus::Submitted:
        return QStringLiteral("submitted");
    case AssessmentStatus::InAppraisal:
        return QStringLiteral("inAppraisal");
    case AssessmentStatus::ExplanationRequested:
        return QStringLiteral("explanationRequested");
    case AssessmentStatus::Final:
        return QStringLiteral("final");
    }
    return {};
}

std::optional<AssessmentStatus> assessmentStatusFromKey(const QString &key)
{
    for (const auto status :
         {AssessmentStatus::Draft, AssessmentStatus::Submitted, AssessmentStatus::InAppraisal,
          AssessmentStatus::ExplanationRequested, AssessmentStatus::Final}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace ParScore
